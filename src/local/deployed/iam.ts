/**
 * IAM enforcement for the deployed-artifact run: every AWS call a bundle makes is evaluated against the calling
 * function's role policies (and, where a service principal acts, the resource policy) by a real policy evaluator,
 * `@cloud-copilot/iam-simulate` (AGPL-3.0: a devDependency, used by the tests and the local `--deployed` run only,
 * never bundled). A denied call fails as AWS fails it.
 */
import { isWildcardOnlyAction, runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import type { Simulation } from '@cloud-copilot/iam-simulate';
import { OpsAlertError } from '#core/errors.js';
import { operationName, simulatedStackSetId, UnknownAwsOperationError, type AccountContext, type AwsCall } from './aws-call.js';

export type { AccountContext, AwsCall } from './aws-call.js';

/** What one call needs: an IAM action on a resource, with the request's context keys. */
export interface Authorization {
  /** 'cloudwatch:DescribeAlarms' */
  action: string;
  /** The resource ARN, or '*' for actions that have no resource type (or when the reference asks for '*'). */
  resource: string;
  /** Request context keys (e.g. 'aws:SourceAccount'), besides the ones the enforcer adds (aws:PrincipalArn...). */
  context?: Record<string, string | string[]>;
}

/** An IAM policy document (JSON). */
export interface PolicyDocument {
  Version?: string;
  Statement: unknown[] | Record<string, unknown>;
}

/** One identity policy of a role: an inline AWS::IAM::Policy document or a managed policy's document. */
export interface IdentityPolicy {
  name: string;
  document: PolicyDocument;
}

/** A function's execution role, as extracted from the template. */
export interface FunctionRole {
  /** The role's name, as in the assumed-role ARN (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`). */
  roleName: string;
  /** The function's name: the session name of the assumed role. */
  functionName: string;
  /** Inline and customer-managed policy documents attached to the role. */
  policies: IdentityPolicy[];
  /**
   * ARNs of AWS-managed policies attached to the role. Their documents come from `AWS_MANAGED_POLICIES` (only
   * logs-only policies, e.g. AWSLambdaBasicExecutionRole, are known); an unknown one throws UnknownManagedPolicyError.
   */
  managedPolicyArns?: string[];
  /** The role's ARN with its IAM path (aws:PrincipalArn). @default `arn:PARTITION:iam::ACCOUNT:role/ROLENAME` */
  roleArn?: string;
  /**
   * The account the role is in, when it is not the enforcer's (organization mode: a spoke role assumed by a hub step;
   * its calls act in that account). @default the enforcer's account
   */
  account?: string;
}

/** The evaluator's answer. */
export type IamResult = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

/** A denied call, recorded for the run's report. */
export interface Denial {
  functionId: string;
  /** e.g. 'cloudwatch:DescribeAlarms' */
  action: string;
  resource: string;
  result: Exclude<IamResult, 'Allowed'>;
  /** The call that needed it. */
  service: string;
  operation: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION` */
  principalArn: string;
}

export type AuthorizeOutcome = { allowed: true } | { allowed: false; denial: Denial };

/** A role names an AWS-managed policy this layer has no document for: its grants cannot be checked. */
export class UnknownManagedPolicyError extends OpsAlertError {
  override name = 'UnknownManagedPolicyError';
}

/** The evaluator refused the request itself (unknown action, resource of the wrong type...): a defect here. */
export class IamSimulationError extends OpsAlertError {
  override name = 'IamSimulationError';
}

/** An encrypted topic's key has no key policy given: every publish would be denied by KMS, for a reason that is not the roles'. */
export class MissingKeyPolicyError extends OpsAlertError {
  override name = 'MissingKeyPolicyError';
}

/** A call from a function the enforcer has no role for. */
export class UnknownFunctionRoleError extends OpsAlertError {
  override name = 'UnknownFunctionRoleError';
}

/**
 * The AWS-managed policies this layer knows the documents of, by name. Only logs/tracing ones: none of them grants
 * anything the workflow's own calls need, so an incomplete copy could only hide a missing grant, never invent one.
 */
export const AWS_MANAGED_POLICIES: Readonly<Record<string, PolicyDocument>> = {
  AWSLambdaBasicExecutionRole: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
  },
  AWSXRayDaemonWriteAccess: {
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', 'xray:GetSamplingStatisticSummaries'],
      Resource: '*',
    }],
  },
};

/** The document of an AWS-managed policy from its ARN (`arn:PARTITION:iam::aws:policy/[path/]NAME`). */
export const managedPolicyDocument = (arn: string): PolicyDocument => {
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const document = arn.includes(':iam::aws:policy/') ? AWS_MANAGED_POLICIES[name] : undefined;
  if (!document) {
    throw new UnknownManagedPolicyError(
      `Managed policy ${arn} has no known document here (known AWS-managed ones: ${Object.keys(AWS_MANAGED_POLICIES).join(', ')}). ` +
        'Pass a customer-managed policy as one of the role\'s policies, or add the AWS-managed document to AWS_MANAGED_POLICIES.',
    );
  }
  return document;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

const required = (call: AwsCall, field: string): string => {
  const value = text(call.input[field]);
  if (!value) throw new UnknownAwsOperationError(`${call.service} ${call.operation}: the input has no ${field}, so the resource it acts on is unknown.`);
  return value;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** 'Service Quotas' → 'servicequotas', 'SFN' → 'sfn'. */
const serviceKey = (service: string): string => service.replace(/[\s_-]/g, '').toLowerCase();

/** The document client's short command names, to the DynamoDB operations they send. */
const DOCUMENT_CLIENT_OPERATIONS: Readonly<Record<string, string>> = {
  Get: 'GetItem', Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', BatchGet: 'BatchGetItem', BatchWrite: 'BatchWriteItem',
};

type Builder = (call: AwsCall, arn: ArnBuilder, context: AccountContext) => Authorization[];

interface ArnBuilder {
  /** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` in the call's Region (Region and account can be blanked). */
  (service: string, resource: string, options?: { region?: string; account?: string }): string;
}

const star = (action: string): Builder => () => [{ action, resource: '*' }];

const alarmArn = (arn: ArnBuilder, name: string): string => arn('cloudwatch', `alarm:${name}`);
const quotaArn = (call: AwsCall, arn: ArnBuilder, action: string): Authorization => ({
  action,
  resource: arn('servicequotas', `${required(call, 'ServiceCode')}/${required(call, 'QuotaCode')}`),
  context: { 'servicequotas:service': required(call, 'ServiceCode') },
});
const parameterArn = (arn: ArnBuilder, name: string): string => (name.startsWith('arn:') ? name : arn('ssm', `parameter${name.startsWith('/') ? name : `/${name}`}`));
const tableArn = (arn: ArnBuilder, table: string): string => (table.startsWith('arn:') ? table : arn('dynamodb', `table/${table}`));
/** KMS authorizes on the key: a key id or key ARN. An alias would need the account's alias map, which is not simulated. */
const keyArn = (arn: ArnBuilder, key: string): string => {
  if (key.startsWith('alias/') || key.includes(':alias/')) throw new UnknownAwsOperationError(`KMS call by alias (${key}): aliases are not resolved here; use the key id or ARN.`);
  return key.startsWith('arn:') ? key : arn('kms', `key/${key}`);
};

/** One DynamoDB action on the table (and index) the input names. */
const tableAction = (action: string): Builder => (call, arn) => {
  const table = tableArn(arn, required(call, 'TableName'));
  const index = text(call.input.IndexName);
  return [{ action, resource: index ? `${table}/index/${index}` : table }];
};

const batchTables = (action: string): Builder => (call, arn) => {
  const tables = Object.keys((call.input.RequestItems ?? {}) as Record<string, unknown>);
  if (tables.length === 0) throw new UnknownAwsOperationError(`${call.service} ${call.operation}: RequestItems names no table.`);
  return tables.map((table) => ({ action, resource: tableArn(arn, table) }));
};

/**
 * DescribeAlarms: alarm-level permissions apply to metric alarms asked by name. Asking for composite alarms, or for
 * alarms without names (a prefix, or every alarm), needs the action on `*` (CloudWatch API reference, DescribeAlarms:
 * "To use this operation and return information about composite alarms, you must be signed on with the
 * cloudwatch:DescribeAlarms permission that is scoped to *").
 */
const describeAlarms: Builder = (call, arn) => {
  const names = strings(call.input.AlarmNames);
  const types = strings(call.input.AlarmTypes);
  if (names.length === 0 || types.includes('CompositeAlarm') || text(call.input.ParentsOfAlarmName) || text(call.input.ChildrenOfAlarmName)) {
    return [{ action: 'cloudwatch:DescribeAlarms', resource: '*' }];
  }
  return names.map((name) => ({ action: 'cloudwatch:DescribeAlarms', resource: alarmArn(arn, name) }));
};

/** The authorizations per service key and operation. */
const AUTHORIZATIONS: Readonly<Record<string, Readonly<Record<string, Builder>>>> = {
  cloudwatch: {
    DescribeAlarms: describeAlarms,
    DescribeAlarmHistory: (call, arn) => [{ action: 'cloudwatch:DescribeAlarmHistory', resource: text(call.input.AlarmName) ? alarmArn(arn, required(call, 'AlarmName')) : '*' }],
    GetMetricData: star('cloudwatch:GetMetricData'),
    GetMetricStatistics: star('cloudwatch:GetMetricStatistics'),
    ListMetrics: star('cloudwatch:ListMetrics'),
    PutMetricAlarm: (call, arn) => [{ action: 'cloudwatch:PutMetricAlarm', resource: alarmArn(arn, required(call, 'AlarmName')) }],
    PutCompositeAlarm: (call, arn) => [{ action: 'cloudwatch:PutCompositeAlarm', resource: alarmArn(arn, required(call, 'AlarmName')) }],
    DeleteAlarms: (call, arn) => strings(call.input.AlarmNames).map((name) => ({ action: 'cloudwatch:DeleteAlarms', resource: alarmArn(arn, name) })),
  },
  servicequotas: {
    GetServiceQuota: (call, arn) => [quotaArn(call, arn, 'servicequotas:GetServiceQuota')],
    GetAWSDefaultServiceQuota: star('servicequotas:GetAWSDefaultServiceQuota'),
    ListServiceQuotas: star('servicequotas:ListServiceQuotas'),
    ListAWSDefaultServiceQuotas: star('servicequotas:ListAWSDefaultServiceQuotas'),
    RequestServiceQuotaIncrease: (call, arn) => [quotaArn(call, arn, 'servicequotas:RequestServiceQuotaIncrease')],
    GetRequestedServiceQuotaChange: star('servicequotas:GetRequestedServiceQuotaChange'),
    ListRequestedServiceQuotaChangeHistoryByQuota: (call, arn) => [quotaArn(call, arn, 'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota')],
    ListRequestedServiceQuotaChangeHistory: star('servicequotas:ListRequestedServiceQuotaChangeHistory'),
  },
  support: Object.fromEntries(
    ['CreateCase', 'DescribeCases', 'AddCommunicationToCase', 'DescribeCommunications', 'DescribeServices', 'DescribeSeverityLevels', 'ResolveCase']
      .map((operation) => [operation, star(`support:${operation}`)]),
  ),
  sns: {
    Publish: (call) => {
      const topic = text(call.input.TopicArn) ?? text(call.input.TargetArn);
      if (!topic) throw new UnknownAwsOperationError(`SNS Publish without TopicArn/TargetArn (SMS to a phone number) is not simulated.`);
      return [{ action: 'sns:Publish', resource: topic }];
    },
  },
  ssm: {
    GetParameter: (call, arn) => [{ action: 'ssm:GetParameter', resource: parameterArn(arn, required(call, 'Name')) }],
    GetParameters: (call, arn) => strings(call.input.Names).map((name) => ({ action: 'ssm:GetParameters', resource: parameterArn(arn, name) })),
  },
  dynamodb: {
    GetItem: tableAction('dynamodb:GetItem'),
    PutItem: tableAction('dynamodb:PutItem'),
    UpdateItem: tableAction('dynamodb:UpdateItem'),
    DeleteItem: tableAction('dynamodb:DeleteItem'),
    Query: tableAction('dynamodb:Query'),
    Scan: tableAction('dynamodb:Scan'),
    DescribeTable: tableAction('dynamodb:DescribeTable'),
    BatchGetItem: batchTables('dynamodb:BatchGetItem'),
    BatchWriteItem: batchTables('dynamodb:BatchWriteItem'),
  },
  sfn: {
    StartExecution: (call) => [{ action: 'states:StartExecution', resource: required(call, 'stateMachineArn') }],
    StartSyncExecution: (call) => [{ action: 'states:StartSyncExecution', resource: required(call, 'stateMachineArn') }],
    ListExecutions: (call) => [{ action: 'states:ListExecutions', resource: required(call, 'stateMachineArn') }],
    DescribeStateMachine: (call) => [{ action: 'states:DescribeStateMachine', resource: required(call, 'stateMachineArn') }],
    DescribeExecution: (call) => [{ action: 'states:DescribeExecution', resource: required(call, 'executionArn') }],
    GetExecutionHistory: (call) => [{ action: 'states:GetExecutionHistory', resource: required(call, 'executionArn') }],
    RedriveExecution: (call) => [{ action: 'states:RedriveExecution', resource: required(call, 'executionArn') }],
    StopExecution: (call) => [{ action: 'states:StopExecution', resource: required(call, 'executionArn') }],
  },
  lambda: {
    Invoke: (call, arn) => {
      const name = required(call, 'FunctionName');
      return [{ action: 'lambda:InvokeFunction', resource: name.startsWith('arn:') ? name : arn('lambda', `function:${name}`) }];
    },
  },
  bedrock: {
    ListInferenceProfiles: star('bedrock:ListInferenceProfiles'),
    // An id is a profile of the caller's account and Region: a system-defined profile (geo.provider.model) or an application one.
    GetInferenceProfile: (call, arn) => {
      const id = required(call, 'inferenceProfileIdentifier');
      if (id.startsWith('arn:')) return [{ action: 'bedrock:GetInferenceProfile', resource: id }];
      return [{ action: 'bedrock:GetInferenceProfile', resource: arn('bedrock', `${id.split('.').length >= 3 ? 'inference-profile' : 'application-inference-profile'}/${id}`) }];
    },
  },
  cloudformation: {
    // Resource type stackset: arn:${Partition}:cloudformation:${Region}:${Account}:stackset/${StackSetName}:${Id}. A
    // name is resolved to its stack set's id; a service-managed stack set called as DELEGATED_ADMIN is the management
    // account's (CloudFormation user guide: service-managed stack sets are created in the management account).
    ListStackInstances: (call, arn, context) => {
      const name = required(call, 'StackSetName');
      const delegated = call.input.CallAs === 'DELEGATED_ADMIN';
      if (delegated && !context.managementAccount) {
        throw new UnknownAwsOperationError(`${call.service} ${call.operation} as DELEGATED_ADMIN: the stack set is the management account's, and no management account is known (AccountContext.managementAccount).`);
      }
      const owner = delegated ? context.managementAccount : context.account;
      const list = { action: 'cloudformation:ListStackInstances', resource: arn('cloudformation', `stackset/${name.includes(':') ? name : simulatedStackSetId(name)}`, { ...(owner ? { account: owner } : {}) }) };
      // As a delegated administrator, CloudFormation checks that the caller may list the organization's delegated
      // administrators (user guide, "Register a delegated administrator member account").
      return delegated ? [list, { action: 'organizations:ListDelegatedAdministrators', resource: '*' }] : [list];
    },
  },
  kms: {
    Decrypt: (call, arn) => [{ action: 'kms:Decrypt', resource: keyArn(arn, required(call, 'KeyId')) }],
    GenerateDataKey: (call, arn) => [{ action: 'kms:GenerateDataKey', resource: keyArn(arn, required(call, 'KeyId')) }],
  },
};

/**
 * The (action, resource, context) authorizations an API call needs, per the Service Authorization Reference.
 * Throws UnknownAwsOperationError for an operation it does not know, so nothing passes unchecked.
 */
export const authorizationsFor = (call: AwsCall, context: AccountContext): Authorization[] => {
  const service = serviceKey(call.service);
  let operation = operationName(call.operation);
  if (service === 'dynamodb') operation = DOCUMENT_CLIENT_OPERATIONS[operation] ?? operation;
  const builder = AUTHORIZATIONS[service]?.[operation];
  if (!builder) {
    throw new UnknownAwsOperationError(
      `No IAM authorization is known for ${call.service} ${call.operation}: add it to src/local/deployed/iam.ts (per the Service Authorization Reference) before a bundle may call it.`,
    );
  }
  const region = call.region || context.region;
  const arn: ArnBuilder = (arnService, resource, options) =>
    `arn:${context.partition}:${arnService}:${options?.region ?? region}:${options?.account ?? context.account}:${resource}`;
  return builder({ ...call, operation }, arn, { ...context, region });
};

/** Any resource: a request on `*` for an action that has resource types matches only statements on `*`. */
const EVERY_RESOURCE = '(every resource)';

const statementsOf = (document: PolicyDocument): unknown[] => (Array.isArray(document.Statement) ? document.Statement : [document.Statement]);

/**
 * Evaluations already made in this process, by the whole request (principal, action, resource, context, every
 * policy): the evaluator is a pure function of it, and each scenario's deployment asks the same questions again with
 * the same roles (a test that changes a policy asks a different one).
 */
const evaluations = new Map<string, Promise<IamResult>>();
const MAX_REMEMBERED_EVALUATIONS = 20_000;

/** One evaluation by the policy evaluator, or the same one's remembered result. */
const evaluate = (simulation: Simulation): Promise<IamResult> => {
  const key = JSON.stringify(simulation);
  let result = evaluations.get(key);
  if (!result) {
    if (evaluations.size >= MAX_REMEMBERED_EVALUATIONS) evaluations.clear();
    result = evaluateNow(simulation);
    evaluations.set(key, result);
    // A refused request (IamSimulationError) is not remembered: it throws again for its caller.
    result.catch(() => evaluations.delete(key));
  }
  return result;
};

const evaluateNow = async (simulation: Simulation): Promise<IamResult> => {
  const { action } = simulation.request;
  const [service = '', name = ''] = action.split(':');
  const wildcardOnly = await isWildcardOnlyAction(service, name);
  if (simulation.request.resource.resource === '*' && !wildcardOnly) {
    // The evaluator reads a '*' resource as "some resource" and answers whether any matching one is allowed; AWS
    // needs a statement that allows '*' itself. A resource no ARN pattern matches asks exactly that.
    const result = runUnsafeSimulation({ ...simulation, request: { ...simulation.request, resource: { ...simulation.request.resource, resource: EVERY_RESOURCE } } }, {});
    return result as IamResult;
  }
  const outcome = await runSimulation(simulation, {});
  if (outcome.resultType === 'error') {
    throw new IamSimulationError(`The IAM evaluator refused ${action} on ${simulation.request.resource.resource}: ${JSON.stringify(outcome.errors)}`);
  }
  return outcome.overallResult as IamResult;
};

/** Evaluates calls against the functions' roles; records every denial. */
export class IamEnforcer {
  /** Every denial so far, in order. */
  readonly denials: Denial[] = [];
  private readonly policies = new Map<string, { name: string; policy: PolicyDocument }[]>();
  /** Evaluations by function and request: the policies do not change after construction, so each is made once. */
  private readonly results = new Map<string, Promise<IamResult>>();
  private readonly extraRoles = new Map<string, FunctionRole>();

  /**
   * @param roles - per functionId, its execution role
   * @param context - the account and partition (the Region of each call is the call's own)
   * @param options.topicKeys - topic ARN → KMS key ARN of the encrypted topics: publishing to one also needs
   *   kms:GenerateDataKey and kms:Decrypt on its key
   * @param options.keyPolicies - key ARN → key policy, evaluated as the resource policy of the kms actions. As in
   *   AWS, a KMS action is allowed only if the key policy allows it (directly, or by letting the account's IAM
   *   policies decide with the account-root statement CDK's default key policy has): a key without a policy here denies.
   */
  constructor(
    private readonly roles: Readonly<Record<string, FunctionRole>>,
    private readonly context: Omit<AccountContext, 'region'> & { region?: string },
    private readonly options: { topicKeys?: Readonly<Record<string, string>>; keyPolicies?: Readonly<Record<string, PolicyDocument>> } = {},
  ) {
    for (const [topic, key] of Object.entries(options.topicKeys ?? {})) {
      if (!options.keyPolicies?.[key]) {
        throw new MissingKeyPolicyError(
          `Topic ${topic} is encrypted with key ${key}, but no key policy was given for it (options.keyPolicies): KMS allows nothing ` +
            'its key policy does not allow, so every publish would be denied. Pass the template\'s AWS::KMS::Key KeyPolicy.',
        );
      }
    }
    for (const [functionId, role] of Object.entries(roles)) this.addRole(functionId, role);
  }

  /**
   * Another principal whose calls are checked from now on: organization mode registers each spoke session a hub step
   * assumed (the spoke role's policies, in the spoke account) under its own id.
   */
  addRole(id: string, role: FunctionRole): void {
    this.extraRoles.set(id, role);
    this.policies.set(id, [
      ...role.policies.map((p) => ({ name: p.name, policy: p.document })),
      ...(role.managedPolicyArns ?? []).map((arn) => ({ name: arn.slice(arn.lastIndexOf('/') + 1), policy: managedPolicyDocument(arn) })),
    ]);
  }

  hasRole(id: string): boolean {
    return this.policies.has(id);
  }

  /** The identity policies the role of `id` holds (AWS-managed ones with their documents). */
  identityPolicies(id: string): IdentityPolicy[] {
    this.role(id);
    return (this.policies.get(id) ?? []).map((p) => ({ name: p.name, document: p.policy }));
  }

  /** The account the principal `id` is in. */
  accountOf(id: string): string {
    return this.role(id).account ?? this.context.account;
  }

  /** `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`, the caller as AWS names it. */
  principalArn(functionId: string): string {
    const role = this.role(functionId);
    return `arn:${this.context.partition}:sts::${role.account ?? this.context.account}:assumed-role/${role.roleName}/${role.functionName}`;
  }

  /** The role's ARN (aws:PrincipalArn of its sessions), its path included. */
  roleArn(id: string): string {
    const role = this.role(id);
    return role.roleArn ?? `arn:${this.context.partition}:iam::${role.account ?? this.context.account}:role/${role.roleName}`;
  }

  /** The authorizations a call needs, with the KMS ones of an encrypted topic. */
  authorizations(call: AwsCall, account: string = this.context.account): Authorization[] {
    const region = call.region || this.context.region || 'us-east-1';
    const needed = authorizationsFor(call, { account, partition: this.context.partition, region, ...(this.context.managementAccount ? { managementAccount: this.context.managementAccount } : {}) });
    const keys = this.options.topicKeys ?? {};
    return needed.flatMap((auth) => {
      const key = auth.action === 'sns:Publish' ? keys[auth.resource] : undefined;
      // SNS uses the topic's key on the publisher's behalf: kms:GenerateDataKey* and kms:Decrypt (SNS developer guide).
      return key ? [auth, { action: 'kms:GenerateDataKey', resource: key }, { action: 'kms:Decrypt', resource: key }] : [auth];
    });
  }

  /** Allowed, or the recorded denial of the first authorization the role does not grant. Unknown functionId throws. */
  async authorize(functionId: string, call: AwsCall): Promise<AuthorizeOutcome> {
    const policies = this.policies.get(functionId);
    if (!policies) this.role(functionId);
    const principal = this.principalArn(functionId);
    const account = this.accountOf(functionId);
    const region = call.region || this.context.region || 'us-east-1';
    for (const auth of this.authorizations(call, account)) {
      const contextVariables = {
        'aws:PrincipalArn': this.roleArn(functionId),
        'aws:PrincipalAccount': account,
        'aws:RequestedRegion': region,
        'aws:SecureTransport': 'true',
        ...(auth.context ?? {}),
      };
      const key = JSON.stringify([functionId, auth.action, auth.resource, contextVariables]);
      let evaluation = this.results.get(key);
      if (!evaluation) {
        evaluation = evaluate({
          request: {
            principal,
            action: auth.action,
            resource: { resource: auth.resource, accountId: account },
            contextVariables,
          },
          identityPolicies: policies ?? [],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          ...(auth.action.startsWith('kms:') && this.options.keyPolicies?.[auth.resource] ? { resourcePolicy: this.options.keyPolicies[auth.resource] } : {}),
        });
        this.results.set(key, evaluation);
      }
      const result = await evaluation;
      if (result !== 'Allowed') {
        const denial: Denial = { functionId, action: auth.action, resource: auth.resource, result, service: call.service, operation: operationName(call.operation), principalArn: principal };
        this.denials.push(denial);
        return { allowed: false, denial };
      }
    }
    return { allowed: true };
  }

  /**
   * For the container's interception: resolves when the call is allowed, else throws the error AWS would answer
   * (accessDeniedError), after recording the denial. The call's own functionId names the caller.
   */
  async assertAllowed(call: AwsCall): Promise<void> {
    const outcome = await this.authorize(call.functionId, call);
    if (!outcome.allowed) throw accessDeniedError(outcome.denial);
  }

  private role(functionId: string): FunctionRole {
    const role = this.roles[functionId] ?? this.extraRoles.get(functionId);
    if (!role) throw new UnknownFunctionRoleError(`No execution role is known for function '${functionId}' (known: ${Object.keys(this.roles).join(', ') || 'none'}).`);
    return role;
  }
}

/** How each service answers a denied call: error name and HTTP status, as the SDK surfaces them. */
const DENIAL_SHAPES: Readonly<Record<string, { name: string; status: number }>> = {
  // Query-protocol CloudWatch answers the error code AccessDenied with HTTP 403.
  cloudwatch: { name: 'AccessDenied', status: 403 },
  // SNS (query protocol) answers AuthorizationError, which SDK v3 models as AuthorizationErrorException.
  sns: { name: 'AuthorizationErrorException', status: 403 },
  lambda: { name: 'AccessDeniedException', status: 403 },
};

/**
 * The error AWS answers a denied call with, shaped as the SDK throws it: `name` (AccessDeniedException; SNS
 * AuthorizationErrorException, CloudWatch AccessDenied), the AWS message, `$fault: 'client'`,
 * `$metadata.httpStatusCode` (400 or 403).
 */
export const accessDeniedError = (denial: Denial): Error => {
  const service = serviceKey(denial.service);
  const kmsForSns = service === 'sns' && denial.action.startsWith('kms:');
  const shape = kmsForSns ? { name: 'KMSAccessDeniedException', status: 400 } : (DENIAL_SHAPES[service] ?? { name: 'AccessDeniedException', status: 400 });
  const why = denial.result === 'ExplicitlyDenied'
    ? 'with an explicit deny in an identity-based policy'
    : `because no identity-based policy allows the ${denial.action} action`;
  const message = `User: ${denial.principalArn} is not authorized to perform: ${denial.action} on resource: ${denial.resource} ${why}`;
  return Object.assign(new Error(message), {
    name: shape.name,
    $fault: 'client' as const,
    $metadata: { httpStatusCode: shape.status, attempts: 1, totalRetryDelay: 0 },
  });
};

/** The answer of a resource-policy check. */
export interface ResourcePolicyVerdict {
  allowed: boolean;
  /** One line per evaluated permission: "sns:Publish on arn:...: Allowed". */
  reasons: string[];
}

/** A service principal acting on a resource of the account: the resource policy alone decides. */
const servicePrincipalVerdict = async (checks: { principal: string; action: string; resource: string; account: string; policy: PolicyDocument | undefined; context: Record<string, string> }[]): Promise<ResourcePolicyVerdict> => {
  const reasons: string[] = [];
  let allowed = true;
  for (const check of checks) {
    if (!check.policy || statementsOf(check.policy).length === 0) {
      allowed = false;
      reasons.push(`${check.action} on ${check.resource}: no resource policy allows ${check.principal}`);
      continue;
    }
    const result = await evaluate({
      request: { principal: check.principal, action: check.action, resource: { resource: check.resource, accountId: check.account }, contextVariables: check.context },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: check.policy,
    });
    if (result !== 'Allowed') allowed = false;
    reasons.push(`${check.action} on ${check.resource} by ${check.principal}: ${result}`);
  }
  return { allowed, reasons };
};

/**
 * CloudWatch alarm actions → SNS: may `cloudwatch.amazonaws.com`, acting for the alarm `sourceArn` in
 * `sourceAccount`, publish to the topic (topic policy: sns:Publish) and use its key (key policy: kms:Decrypt and
 * kms:GenerateDataKey*)? A topic without a policy document here has the default one, which only the owner account's
 * principals pass: a service principal is then denied. Without a key (keyArn undefined) only the topic is checked.
 */
export const evaluateServicePublish = async (input: {
  topicPolicy: PolicyDocument | undefined;
  keyPolicy?: PolicyDocument | undefined;
  sourceArn: string;
  sourceAccount: string;
  topicArn: string;
  keyArn?: string | undefined;
}): Promise<ResourcePolicyVerdict> => {
  const principal = 'cloudwatch.amazonaws.com';
  const account = input.topicArn.split(':')[4] ?? input.sourceAccount;
  const context = { 'aws:SourceAccount': input.sourceAccount, 'aws:SourceArn': input.sourceArn, 'aws:SecureTransport': 'true' };
  return servicePrincipalVerdict([
    { principal, action: 'sns:Publish', resource: input.topicArn, account, policy: input.topicPolicy, context },
    ...(input.keyArn
      ? ['kms:Decrypt', 'kms:GenerateDataKey'].map((action) => ({ principal, action, resource: input.keyArn ?? '', account, policy: input.keyPolicy, context }))
      : []),
  ]);
};

/**
 * EventBridge rule → target: a Lambda function (its AWS::Lambda::Permission statements as a resource policy,
 * lambda:InvokeFunction by `events.amazonaws.com` with aws:SourceArn = the rule) or a state machine (the rule's
 * target role's identity policies must allow states:StartExecution on it).
 */
export const evaluateEventBridgeTarget = async (
  input:
    | { kind: 'lambda'; functionArn: string; permissions: PolicyDocument | undefined; ruleArn: string; account: string }
    | { kind: 'stateMachine'; stateMachineArn: string; targetRolePolicies: IdentityPolicy[]; ruleArn: string; account: string; roleArn: string },
): Promise<ResourcePolicyVerdict> => {
  if (input.kind === 'lambda') {
    return servicePrincipalVerdict([{
      principal: 'events.amazonaws.com', action: 'lambda:InvokeFunction', resource: input.functionArn, account: input.account, policy: input.permissions,
      context: { 'aws:SourceArn': input.ruleArn, 'aws:SourceAccount': input.account },
    }]);
  }
  const session = input.roleArn.replace(/^arn:([^:]+):iam::(\d+):role\/(?:.*\/)?([^/]+)$/, 'arn:$1:sts::$2:assumed-role/$3/events');
  const result = await evaluate({
    request: {
      principal: session, action: 'states:StartExecution', resource: { resource: input.stateMachineArn, accountId: input.account },
      contextVariables: { 'aws:PrincipalArn': input.roleArn, 'aws:PrincipalAccount': input.account },
    },
    identityPolicies: input.targetRolePolicies.map((p) => ({ name: p.name, policy: p.document })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  });
  return { allowed: result === 'Allowed', reasons: [`states:StartExecution on ${input.stateMachineArn} by ${input.roleArn} (rule ${input.ruleArn}): ${result}`] };
};

/** Who asks STS to assume a role: a role session (a function's, a spoke session's, or any role of a test). */
export interface AssumeRoleCaller {
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` */
  sessionArn: string;
  /** The caller's role ARN with its path: aws:PrincipalArn. */
  roleArn: string;
  account: string;
  /** The organization of the caller's account (aws:PrincipalOrgID); undefined: not in an organization. */
  organizationId?: string;
  identityPolicies: IdentityPolicy[];
}

/** The role to assume, as its account holds it. */
export interface AssumeRoleTarget {
  roleArn: string;
  account: string;
  /** The organization of the role's account (aws:ResourceOrgID); undefined: not in an organization. */
  organizationId?: string;
  trustPolicy: PolicyDocument;
}

/**
 * sts:AssumeRole as IAM decides it: the role's trust policy (its resource policy) must allow the caller, and the
 * caller's identity policies must allow sts:AssumeRole on the role (a trust policy naming an account trusts that
 * account's IAM policies to decide, even within one account). Request context: aws:PrincipalArn (the caller's role,
 * path included), aws:PrincipalAccount, aws:PrincipalOrgID and aws:ResourceOrgID (when the accounts are in an
 * organization), aws:ResourceAccount, sts:RoleSessionName, sts:ExternalId (when given).
 */
export const evaluateAssumeRole = async (input: {
  caller: AssumeRoleCaller;
  target: AssumeRoleTarget;
  sessionName: string;
  externalId?: string;
  region: string;
}): Promise<IamResult> => {
  const { caller, target } = input;
  const contextVariables: Record<string, string> = {
    'aws:PrincipalArn': caller.roleArn,
    'aws:PrincipalAccount': caller.account,
    'aws:ResourceAccount': target.account,
    'aws:RequestedRegion': input.region,
    'aws:SecureTransport': 'true',
    'sts:RoleSessionName': input.sessionName,
    ...(caller.organizationId ? { 'aws:PrincipalOrgID': caller.organizationId } : {}),
    ...(target.organizationId ? { 'aws:ResourceOrgID': target.organizationId } : {}),
    ...(input.externalId ? { 'sts:ExternalId': input.externalId } : {}),
  };
  return evaluate({
    request: { principal: caller.sessionArn, action: 'sts:AssumeRole', resource: { resource: target.roleArn, accountId: target.account }, contextVariables },
    identityPolicies: caller.identityPolicies.map((p) => ({ name: p.name, policy: p.document })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: target.trustPolicy,
  });
};

/**
 * Organization mode: a spoke's forwarding rule puts an event on the hub's bus with its target role. Both must allow
 * it: the role's identity policies (events:PutEvents on the bus) and the bus's resource policy (the organization, the
 * event's source and detail type), as for any cross-account call.
 */
export const evaluatePutEventsToBus = async (input: {
  busArn: string;
  busPolicy: PolicyDocument | undefined;
  roleArn: string;
  rolePolicies: IdentityPolicy[];
  organizationId?: string;
  source: string;
  detailType: string;
}): Promise<ResourcePolicyVerdict> => {
  const account = input.roleArn.split(':')[4] ?? '';
  const session = input.roleArn.replace(/^arn:([^:]+):iam::(\d+):role\/(?:.*\/)?([^/]+)$/, 'arn:$1:sts::$2:assumed-role/$3/events');
  const result = await evaluate({
    request: {
      principal: session, action: 'events:PutEvents', resource: { resource: input.busArn, accountId: input.busArn.split(':')[4] ?? '' },
      contextVariables: {
        'aws:PrincipalArn': input.roleArn, 'aws:PrincipalAccount': account, 'events:source': [input.source], 'events:detail-type': [input.detailType],
        ...(input.organizationId ? { 'aws:PrincipalOrgID': input.organizationId } : {}),
      },
    },
    identityPolicies: input.rolePolicies.map((p) => ({ name: p.name, policy: p.document })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(input.busPolicy ? { resourcePolicy: input.busPolicy } : {}),
  });
  return { allowed: result === 'Allowed', reasons: [`events:PutEvents on ${input.busArn} by ${input.roleArn}: ${result}`] };
};
