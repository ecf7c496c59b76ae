/**
 * Reads a synthesized cloud assembly AS IT IS: the core stack template's functions (bundled asset directory,
 * Environment, Timeout, role and every policy attached to it), the state machine definition with its substitutions,
 * the tables' key schemas, the SNS topic policies, KMS key policies, EventBridge rules and Lambda permissions.
 *
 * CloudFormation intrinsics are resolved with local physical names, chosen the way CloudFormation would name an
 * unnamed resource (`{stack}-{logicalId}`, shortened to each service's limit): Ref, Fn::GetAtt, Fn::Join, Fn::Sub,
 * Fn::Select, Fn::Split and the pseudo parameters. An intrinsic this reader does not know fails loudly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnsupportedResourceError } from '#core/errors.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface CfnResource {
  Type: string;
  Properties?: Record<string, Json>;
  Metadata?: Record<string, Json>;
  /** The template condition that decides whether the resource is created. */
  Condition?: string;
}
interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Parameters?: Record<string, { Default?: Json }>;
  Conditions?: Record<string, Json>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: Record<string, unknown>[];
}

export interface DeployedFunction {
  logicalId: string;
  name: string;
  arn: string;
  /** Absolute path of the bundle that would be uploaded (index.mjs), or undefined for inline code */
  bundle?: string;
  /** `index.handler` → export `handler` */
  handlerExport: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  /** The role's ARN, its IAM path included (`arn:aws:iam::ACCOUNT:role/PATH/NAME`): what aws:PrincipalArn holds. */
  roleArn: string;
  roleName: string;
  /** Every identity policy of the role: inline (AWS::IAM::Policy naming the role, Policies) and managed policy ARNs. */
  policies: { name: string; document: PolicyDocument }[];
  managedPolicyArns: string[];
}

export interface DeployedTable {
  logicalId: string;
  name: string;
  arn: string;
  keySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
  attributeDefinitions: { AttributeName: string; AttributeType: string }[];
}

export interface DeployedRule {
  logicalId: string;
  name: string;
  arn: string;
  eventPattern?: Record<string, unknown>;
  schedule?: string;
  /** The bus the rule listens on (a custom bus's name); undefined: the account's default bus. */
  eventBusName?: string;
  targets: { id: string; arn: string; input?: string; roleArn?: string }[];
}

/** An IAM role of a template (organization mode: the spoke's access role, read with readSpokeInstance). */
export interface DeployedRole {
  logicalId: string;
  name: string;
  /** `/` or `/a/b/` */
  path: string;
  arn: string;
  trustPolicy: PolicyDocument;
  policies: { name: string; document: PolicyDocument }[];
  maxSessionDurationSeconds: number;
}

/** Organization mode: a stack set of the hub template, with the spoke template `cdk deploy` uploads for it. */
export interface DeployedStackSet {
  logicalId: string;
  name: string;
  /** Absolute path of the template asset (`asset.HASH.json` in the cloud assembly), i.e. the TemplateURL's file. */
  templateFile: string;
  /** ParameterKey → ParameterValue, resolved in the hub. */
  parameters: Record<string, string>;
  regions: string[];
  organizationalUnits: string[];
  /** How the hub administers it: SELF (the management account) or DELEGATED_ADMIN. */
  callAs: 'SELF' | 'DELEGATED_ADMIN';
}

export interface DeployedEventBus {
  logicalId: string;
  name: string;
  arn: string;
  /** The bus's resource policy: its AWS::Events::EventBusPolicy statements. */
  policy?: PolicyDocument;
}

export interface DeployedAssembly {
  stackName: string;
  region: string;
  account: string;
  stateMachine: { logicalId: string; name: string; arn: string; definition: string; roleArn: string };
  functions: DeployedFunction[];
  tables: DeployedTable[];
  topics: { logicalId: string; arn: string; kmsKeyArn?: string; policy?: PolicyDocument }[];
  keys: { logicalId: string; arn: string; policy: PolicyDocument }[];
  rules: DeployedRule[];
  /** AWS::Lambda::Permission: who may invoke which function */
  permissions: { functionArn: string; action: string; principal: string; sourceArn?: string; sourceAccount?: string }[];
  parameters: { logicalId: string; name: string; value: string }[];
  /** Organization mode: the spoke stack sets (empty in single-account mode). */
  stackSets: DeployedStackSet[];
  eventBuses: DeployedEventBus[];
  functionByArn(arn: string): DeployedFunction | undefined;
}

/** CloudFormation's generated names: `{stack}-{logicalId}` cut to the service limit (the random suffix left out). */
const generatedName = (stack: string, logicalId: string, max: number): string => `${stack}-${logicalId}`.slice(0, max);

export interface TemplateOptions {
  account: string;
  region: string;
  /** Values of the template's Parameters (a stack set's ParameterValues); a parameter without one takes its Default. */
  parameters?: Record<string, string>;
}

/**
 * The helpers that read one stack instance of a template: intrinsics resolved for the account, Region and parameter
 * values, resources whose Condition is false left out.
 */
const templateView = (template: CfnTemplate, stackName: string, options: TemplateOptions) => {
  const { account, region } = options;
  const parameterValue = (id: string): string | undefined => {
    if (options.parameters && id in options.parameters) return options.parameters[id];
    const declared = template.Parameters?.[id];
    if (!declared) return undefined;
    if (declared.Default === undefined) throw new UnsupportedResourceError(`Parameter ${id} of ${stackName} has no value and no Default`);
    return String(declared.Default);
  };
  const conditionCache = new Map<string, boolean>();
  const all = template.Resources;
  const resource = (id: string): CfnResource => {
    const found = all[id];
    if (!found) throw new UnsupportedResourceError(`The template references ${id}, which it does not declare`);
    return found;
  };
  const prop = (id: string, key: string): string | undefined => {
    const value = resource(id).Properties?.[key];
    return typeof value === 'string' ? value : undefined;
  };

  const physicalName = (id: string): string => {
    const r = resource(id);
    switch (r.Type) {
      case 'AWS::DynamoDB::Table': return prop(id, 'TableName') ?? generatedName(stackName, id, 255);
      case 'AWS::SNS::Topic': return prop(id, 'TopicName') ?? generatedName(stackName, id, 256);
      case 'AWS::SSM::Parameter': return prop(id, 'Name') ?? `CFN-${id}`;
      case 'AWS::Lambda::Function': return prop(id, 'FunctionName') ?? generatedName(stackName, id, 64);
      case 'AWS::StepFunctions::StateMachine': return prop(id, 'StateMachineName') ?? generatedName(stackName, id, 80);
      case 'AWS::IAM::Role': return prop(id, 'RoleName') ?? generatedName(stackName, id, 64);
      case 'AWS::SQS::Queue': return prop(id, 'QueueName') ?? generatedName(stackName, id, 80);
      case 'AWS::Logs::LogGroup': return prop(id, 'LogGroupName') ?? generatedName(stackName, id, 512);
      case 'AWS::Events::Rule': return prop(id, 'Name') ?? generatedName(stackName, id, 64);
      case 'AWS::CloudWatch::Alarm': return prop(id, 'AlarmName') ?? generatedName(stackName, id, 255);
      case 'AWS::Events::EventBus': return prop(id, 'Name') ?? generatedName(stackName, id, 256);
      case 'AWS::KMS::Key': return `${id.toLowerCase().replace(/[^a-z0-9]/g, '').padEnd(32, '0').slice(0, 8)}-0000-4000-8000-${id.length.toString().padStart(12, '0')}`;
      default: return generatedName(stackName, id, 255);
    }
  };
  const arnOf = (id: string): string => {
    const r = resource(id);
    const name = physicalName(id);
    switch (r.Type) {
      case 'AWS::DynamoDB::Table': return `arn:aws:dynamodb:${region}:${account}:table/${name}`;
      case 'AWS::SNS::Topic': return `arn:aws:sns:${region}:${account}:${name}`;
      case 'AWS::SSM::Parameter': return `arn:aws:ssm:${region}:${account}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
      case 'AWS::Lambda::Function': return `arn:aws:lambda:${region}:${account}:function:${name}`;
      case 'AWS::StepFunctions::StateMachine': return `arn:aws:states:${region}:${account}:stateMachine:${name}`;
      case 'AWS::IAM::Role': return `arn:aws:iam::${account}:role${prop(id, 'Path') ?? '/'}${name}`;
      case 'AWS::SQS::Queue': return `arn:aws:sqs:${region}:${account}:${name}`;
      case 'AWS::Logs::LogGroup': return `arn:aws:logs:${region}:${account}:log-group:${name}:*`;
      case 'AWS::Events::Rule': return `arn:aws:events:${region}:${account}:rule/${name}`;
      case 'AWS::CloudWatch::Alarm': return `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`;
      case 'AWS::KMS::Key': return `arn:aws:kms:${region}:${account}:key/${name}`;
      case 'AWS::Events::EventBus': return `arn:aws:events:${region}:${account}:event-bus/${name}`;
      default: throw new UnsupportedResourceError(`Fn::GetAtt ${id}.Arn: resource type ${r.Type} is not mapped to a local ARN`);
    }
  };
  /** What `Ref` returns for each type (CloudFormation's documented return values). */
  const ref = (id: string): string => {
    const pseudo: Record<string, string> = {
      'AWS::Region': region, 'AWS::AccountId': account, 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': stackName, 'AWS::NoValue': '',
    };
    if (id in pseudo) return pseudo[id]!;
    const parameter = parameterValue(id);
    if (parameter !== undefined) return parameter;
    const type = resource(id).Type;
    if (type === 'AWS::SNS::Topic' || type === 'AWS::StepFunctions::StateMachine') return arnOf(id);
    if (type === 'AWS::SQS::Queue') return `https://sqs.${region}.amazonaws.com/${account}/${physicalName(id)}`;
    return physicalName(id);
  };
  const getAtt = (id: string, attribute: string): string => {
    if (attribute === 'Arn') return arnOf(id);
    if (attribute === 'QueueName' || attribute === 'Name') return physicalName(id);
    if (attribute === 'QueueUrl') return ref(id);
    throw new UnsupportedResourceError(`Fn::GetAtt ${id}.${attribute} is not supported by the deployed-artifact run`);
  };
  const resolve = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(resolve);
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const [key] = keys as [string];
      const arg = node[key]!;
      switch (key) {
        case 'Ref': return ref(String(arg));
        case 'Fn::GetAtt': {
          const [id, attribute] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
          return getAtt(String(id), String(attribute));
        }
        case 'Fn::Join': {
          const [separator, parts] = arg as [string, Json[]];
          return (resolve(parts) as Json[]).map(String).join(separator);
        }
        case 'Fn::Select': {
          const [index, list] = arg as [Json, Json];
          return (resolve(list) as Json[])[Number(resolve(index))] ?? null;
        }
        case 'Fn::Split': {
          const [separator, text] = arg as [string, Json];
          return String(resolve(text)).split(separator);
        }
        case 'Fn::Sub': {
          const [text, vars] = typeof arg === 'string' ? [arg, {}] : (arg as [string, Record<string, Json>]);
          const resolvedVars = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(resolve(v))]));
          return text.replace(/\$\{([^}!]+)\}/g, (_whole, name: string) => {
            if (name in resolvedVars) return resolvedVars[name]!;
            const [id, attribute] = name.split('.');
            return attribute ? getAtt(id!, attribute) : ref(id!);
          });
        }
        case 'Fn::Equals': {
          const [a, b] = resolve(arg) as [Json, Json];
          return JSON.stringify(a) === JSON.stringify(b);
        }
        case 'Fn::Not': return !(resolve((arg as Json[])[0]!) as boolean);
        case 'Fn::And': return (arg as Json[]).every((c) => resolve(c) === true);
        case 'Fn::Or': return (arg as Json[]).some((c) => resolve(c) === true);
        case 'Condition': return conditionHolds(String(arg));
        default:
          if (key.startsWith('Fn::')) throw new UnsupportedResourceError(`Intrinsic ${key} is not supported by the deployed-artifact run`);
      }
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v)]));
  };
  function conditionHolds(name: string): boolean {
    const known = conditionCache.get(name);
    if (known !== undefined) return known;
    const expression = template.Conditions?.[name];
    if (expression === undefined) throw new UnsupportedResourceError(`The template uses condition ${name}, which it does not declare`);
    const holds = resolve(expression) === true;
    conditionCache.set(name, holds);
    return holds;
  }
  /** The resources this stack instance creates (a false Condition leaves one out). */
  const resources: Record<string, CfnResource> = Object.fromEntries(Object.entries(all).filter(([, r]) => !r.Condition || conditionHolds(r.Condition)));
  const resolved = (id: string): Record<string, unknown> => resolve((resource(id).Properties ?? {}) as Json) as Record<string, unknown>;
  const ofType = (type: string): string[] => Object.keys(resources).filter((id) => resources[id]!.Type === type);
  const refId = (node: Json | undefined): string | undefined => {
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      if (typeof node.Ref === 'string') return node.Ref;
      const att = node['Fn::GetAtt'];
      if (Array.isArray(att)) return String(att[0]);
    }
    return undefined;
  };

  // Identity policies, by role logical id.
  const policiesOfRole = new Map<string, { name: string; document: PolicyDocument }[]>();
  for (const id of ofType('AWS::IAM::Policy')) {
    const raw = resources[id]!.Properties ?? {};
    const props = resolved(id);
    for (const role of (raw.Roles as Json[] | undefined) ?? []) {
      const roleId = refId(role);
      if (!roleId) continue;
      policiesOfRole.set(roleId, [...(policiesOfRole.get(roleId) ?? []), { name: String(props.PolicyName), document: props.PolicyDocument as PolicyDocument }]);
    }
  }
  const roles = (): DeployedRole[] => ofType('AWS::IAM::Role').map((id) => {
    const props = resolved(id);
    const inline = ((props.Policies as { PolicyName: string; PolicyDocument: PolicyDocument }[] | undefined) ?? []).map((p) => ({ name: p.PolicyName, document: p.PolicyDocument }));
    return {
      logicalId: id, name: physicalName(id), path: typeof props.Path === 'string' ? props.Path : '/', arn: arnOf(id),
      trustPolicy: props.AssumeRolePolicyDocument as PolicyDocument,
      policies: [...inline, ...(policiesOfRole.get(id) ?? [])],
      maxSessionDurationSeconds: Number(props.MaxSessionDuration ?? 3600),
    };
  });
  const rules = (): DeployedRule[] => ofType('AWS::Events::Rule').map((id) => {
    const props = resolved(id);
    return {
      logicalId: id, name: physicalName(id), arn: arnOf(id),
      ...(props.EventPattern ? { eventPattern: props.EventPattern as Record<string, unknown> } : {}),
      ...(typeof props.ScheduleExpression === 'string' ? { schedule: props.ScheduleExpression } : {}),
      ...(typeof props.EventBusName === 'string' && props.EventBusName !== 'default' ? { eventBusName: props.EventBusName } : {}),
      targets: ((props.Targets as { Id: string; Arn: string; Input?: string; RoleArn?: string }[] | undefined) ?? [])
        .map((t) => ({ id: t.Id, arn: t.Arn, ...(t.Input ? { input: t.Input } : {}), ...(t.RoleArn ? { roleArn: t.RoleArn } : {}) })),
    };
  });
  return { resources, resource, prop, physicalName, arnOf, resolve, resolved, ofType, refId, policiesOfRole, roles, rules };
};

const readTemplate = (path: string): CfnTemplate => JSON.parse(readFileSync(path, 'utf8')) as CfnTemplate;

/** One stack instance of a spoke template (a stack set's), in `account` and `region`, with the stack set's parameter values. */
export interface SpokeInstance {
  stackName: string;
  account: string;
  region: string;
  /** The roles this instance creates (the access role only in the stack set's role Region). */
  roles: DeployedRole[];
  rules: DeployedRule[];
}

export const readSpokeInstance = (stackSet: DeployedStackSet, options: { account: string; region: string }): SpokeInstance => {
  const view = templateView(readTemplate(stackSet.templateFile), stackSet.name, { ...options, parameters: stackSet.parameters });
  return { stackName: stackSet.name, ...options, roles: view.roles(), rules: view.rules() };
};

export const readAssembly = (dir: string, templateFile: string, options: TemplateOptions): DeployedAssembly => {
  const { account, region } = options;
  const stackName = templateFile.replace(/\.template\.json$/, '');
  const view = templateView(readTemplate(join(dir, templateFile)), stackName, options);
  const { resources, physicalName, arnOf, resolved, ofType, refId, policiesOfRole } = view;

  const functions: DeployedFunction[] = ofType('AWS::Lambda::Function').map((id) => {
    const raw = resources[id]!.Properties ?? {};
    const props = resolved(id);
    const roleId = refId(raw.Role);
    const roleProps = roleId ? resolved(roleId) : {};
    const code = props.Code as { S3Key?: string; ZipFile?: string };
    const assetHash = code.S3Key?.replace(/\.zip$/, '');
    const bundle = assetHash ? join(dir, `asset.${assetHash}`, 'index.mjs') : undefined;
    const inline = ((roleProps.Policies as { PolicyName: string; PolicyDocument: PolicyDocument }[] | undefined) ?? [])
      .map((p) => ({ name: p.PolicyName, document: p.PolicyDocument }));
    return {
      logicalId: id,
      name: physicalName(id),
      arn: arnOf(id),
      ...(bundle && existsSync(bundle) ? { bundle } : {}),
      handlerExport: String(props.Handler ?? 'index.handler').split('.').pop() ?? 'handler',
      environment: ((props.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ?? {}),
      timeoutSeconds: Number(props.Timeout ?? 3),
      memoryMb: Number(props.MemorySize ?? 128),
      roleArn: String(props.Role),
      roleName: roleId ? physicalName(roleId) : '',
      policies: [...inline, ...(roleId ? policiesOfRole.get(roleId) ?? [] : [])],
      managedPolicyArns: ((roleProps.ManagedPolicyArns as string[] | undefined) ?? []).map(String),
    };
  });

  const machines = ofType('AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) throw new UnsupportedResourceError(`Expected one state machine in ${templateFile}, found ${machines.length}`);
  const machineId = machines[0]!;
  const machineProps = resolved(machineId);
  let definition: string;
  if (typeof machineProps.DefinitionString === 'string') definition = machineProps.DefinitionString;
  else if (machineProps.DefinitionS3Location) {
    const key = String((machineProps.DefinitionS3Location as { Key: string }).Key);
    definition = readFileSync(join(dir, `asset.${key.replace(/\.[a-z]+$/, '')}`), 'utf8');
  } else throw new UnsupportedResourceError('The state machine has neither DefinitionString nor DefinitionS3Location');
  const substitutions = (machineProps.DefinitionSubstitutions ?? {}) as Record<string, string>;
  definition = definition.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new UnsupportedResourceError(`The definition uses ${whole}, which DefinitionSubstitutions does not fill`);
    return value;
  });

  const keys = ofType('AWS::KMS::Key').map((id) => ({ logicalId: id, arn: arnOf(id), policy: resolved(id).KeyPolicy as PolicyDocument }));
  const topicPolicies = new Map<string, PolicyDocument>();
  for (const id of ofType('AWS::SNS::TopicPolicy')) {
    const props = resolved(id);
    for (const arn of props.Topics as string[]) topicPolicies.set(arn, props.PolicyDocument as PolicyDocument);
  }

  const byArn = new Map(functions.map((f) => [f.arn, f]));
  return {
    stackName, region, account,
    stateMachine: { logicalId: machineId, name: physicalName(machineId), arn: arnOf(machineId), definition, roleArn: String(machineProps.RoleArn) },
    functions,
    tables: ofType('AWS::DynamoDB::Table').map((id) => {
      const props = resolved(id);
      return {
        logicalId: id, name: physicalName(id), arn: arnOf(id),
        keySchema: props.KeySchema as DeployedTable['keySchema'], attributeDefinitions: props.AttributeDefinitions as DeployedTable['attributeDefinitions'],
      };
    }),
    topics: ofType('AWS::SNS::Topic').map((id) => {
      const props = resolved(id);
      const arn = arnOf(id);
      const policy = topicPolicies.get(arn);
      return { logicalId: id, arn, ...(typeof props.KmsMasterKeyId === 'string' ? { kmsKeyArn: props.KmsMasterKeyId } : {}), ...(policy ? { policy } : {}) };
    }),
    keys,
    rules: view.rules(),
    permissions: ofType('AWS::Lambda::Permission').map((id) => {
      const props = resolved(id);
      const fn = String(props.FunctionName);
      return {
        functionArn: fn.startsWith('arn:') ? fn : `arn:aws:lambda:${region}:${account}:function:${fn}`,
        action: String(props.Action), principal: String(props.Principal),
        ...(props.SourceArn ? { sourceArn: String(props.SourceArn) } : {}), ...(props.SourceAccount ? { sourceAccount: String(props.SourceAccount) } : {}),
      };
    }),
    parameters: ofType('AWS::SSM::Parameter').map((id) => ({ logicalId: id, name: physicalName(id), value: String(resolved(id).Value ?? '') })),
    stackSets: ofType('AWS::CloudFormation::StackSet').map((id) => {
      // The TemplateURL names the asset's object key (its hash): the file is `asset.HASH.json` in the assembly.
      const url = JSON.stringify(resources[id]!.Properties?.TemplateURL ?? '');
      const hash = /([0-9a-f]{64})\.json/.exec(url)?.[1];
      if (!hash) throw new UnsupportedResourceError(`Stack set ${id}: its TemplateURL names no template asset (${url})`);
      const props = resolved(id);
      const groups = (props.StackInstancesGroup as { DeploymentTargets?: { OrganizationalUnitIds?: string[] }; Regions?: string[] }[] | undefined) ?? [];
      return {
        logicalId: id, name: String(props.StackSetName ?? id), templateFile: join(dir, `asset.${hash}.json`),
        parameters: Object.fromEntries(((props.Parameters as { ParameterKey: string; ParameterValue: string }[] | undefined) ?? []).map((p) => [p.ParameterKey, String(p.ParameterValue)])),
        regions: [...new Set(groups.flatMap((g) => g.Regions ?? []))],
        organizationalUnits: [...new Set(groups.flatMap((g) => g.DeploymentTargets?.OrganizationalUnitIds ?? []))],
        callAs: props.CallAs === 'DELEGATED_ADMIN' ? 'DELEGATED_ADMIN' as const : 'SELF' as const,
      };
    }),
    eventBuses: ofType('AWS::Events::EventBus').map((id) => {
      const name = physicalName(id);
      const statements = ofType('AWS::Events::EventBusPolicy').map((p) => resolved(p)).filter((p) => p.EventBusName === name).map((p) => p.Statement as Record<string, unknown>);
      return { logicalId: id, name, arn: arnOf(id), ...(statements.length > 0 ? { policy: { Version: '2012-10-17', Statement: statements } } : {}) };
    }),
    // A qualified ARN (function:name:version-or-alias) invokes the same code here.
    functionByArn: (arn) => byArn.get(arn.split(':').slice(0, 7).join(':')),
  };
};
