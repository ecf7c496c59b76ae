/**
 * Organization mode (issue 13): the configuration, the hub stack (event bus, stack sets, step role path) and the
 * spoke template (alarms, forwarding rule, access role), synthesized from samples/config/organization.config.json.
 * Its cdk-nag and CloudFormation validation checks are in nag.suite.ts (on an app built as `cdk synth` builds it).
 */
import { Template } from 'aws-cdk-lib/assertions';
import { buildRuntimeSettings } from '../../infra/runtime-settings.js';
import { PORT_GRANTS, THRESHOLD_SPOKE_PORTS, THRESHOLD_UPDATER_GRANTS, iamAction } from '#adapters/port-grants.js';
import { alarmRulePattern } from '#workflow/alarm-rule.js';
import { SPOKE_PORTS, hubEventBusName, hubStepRolePath } from '#workflow/organization.js';
import { ENV } from '#workflow/environment.js';
import { LAMBDA_STEPS } from '#workflow/steps.js';
// The sample's app is built once for the file (helpers.ts sharedStacks, as `cdk synth` builds it; nag.suite.ts checks its
// findings): the describes below only read it (the example's: exampleStacks).
import { configRejection, configWithModels, deploymentOf, exampleConfigRaw, exampleStacks, organizationSampleRaw, sharedStacks, synthStacks, templateOf } from './helpers.js';

type Resource = { Type: string; Properties: Record<string, unknown> };

const sampleRaw = organizationSampleRaw;
const organizationOf = (raw: Record<string, unknown>) => raw.organization as Record<string, unknown>;

const resourcesOf = (template: Template | Record<string, unknown>, type: string): Resource[] => {
  const json = template instanceof Template ? template.toJSON() : template;
  return Object.values(json.Resources as Record<string, Resource>).filter((resource) => resource.Type === type);
};

describe('organization configuration', () => {
  it('is absent from the single-account example, which stays the default', () => {
    expect(deploymentOf(exampleConfigRaw()).organization).toBeUndefined();
  });

  it('reads the bundled sample with its defaults (callAs, operation preferences)', () => {
    const deployment = deploymentOf(sampleRaw());
    expect(deployment.organization).toMatchObject({
      organizationId: 'o-a1b2c3d4e5',
      hubAccount: '111111111111',
      callAs: 'DELEGATED_ADMIN',
      spokes: { regions: ['us-east-1', 'us-west-2'], maxConcurrentPercentage: 25, failureTolerancePercentage: 10 },
    });
  });

  it('rejects a malformed organization id, OU, Region or account id, naming the field', () => {
    const raw = sampleRaw();
    const organization = organizationOf(raw);
    organization.organizationId = 'org-1';
    organization.spokes = { organizationalUnits: ['OU-1'], regions: ['US East'] };
    organization.accounts = [{ id: '12345' }];
    const message = configRejection(raw);
    expect(message).toMatch(/organization\/organizationId/);
    expect(message).toMatch(/organization\/spokes\/organizationalUnits\/0/);
    expect(message).toMatch(/organization\/spokes\/regions\/0/);
    expect(message).toMatch(/organization\/accounts\/0\/id/);
  });

  it('rejects an account listed twice', () => {
    const raw = sampleRaw();
    organizationOf(raw).accounts = [{ id: '222222222222', name: 'A' }, { id: '222222222222', name: 'B' }];
    expect(configRejection(raw)).toMatch(/organization\/accounts\/1\/id: 222222222222 is already listed at organization\/accounts\/0/);
  });

  it('writes the per-account settings (name, Support plan, case overrides) into the runtime settings document', () => {
    const document = buildRuntimeSettings(deploymentOf(sampleRaw()));
    expect(document.accounts).toEqual({
      '222222222222': { name: 'Payments-Prod', supportPlan: 'enterprise', caseAutomation: { severity: { CRITICAL: 'urgent' } } },
      '333333333333': { name: 'Search-Prod', supportPlan: 'business', caseAutomation: { useCaseDescription: 'Semantic search over the product catalogue for 2 million monthly users.' } },
      '444444444444': { name: 'Sandbox', supportPlan: 'basic' },
    });
    expect(buildRuntimeSettings(deploymentOf(exampleConfigRaw())).accounts).toBeUndefined();
  });

  it('writes the OU settings with their member accounts (the $comment left out)', () => {
    expect(buildRuntimeSettings(deploymentOf(sampleRaw())).organizationalUnits).toEqual({
      'ou-ab12-11111111': { name: 'Production', accounts: ['222222222222', '333333333333'], caseAutomation: { ccEmailAddresses: ['prod-owners@example.com'] } },
    });
  });

  it('rejects an account listed by two OUs, and a malformed subscriber account, naming the field', () => {
    const raw = sampleRaw();
    organizationOf(raw).organizationalUnits = [{ id: 'ou-ab12-11111111', accounts: ['222222222222'] }, { id: 'ou-ab12-22222222', accounts: ['333333333333', '222222222222'] }];
    expect(configRejection(raw)).toMatch(/organization\/organizationalUnits\/1\/accounts\/1: account 222222222222 is already listed at organization\/organizationalUnits\/0/);
    const bad = sampleRaw();
    (bad.notifications as { emails: unknown[] }).emails = [{ address: 'a@example.com', accounts: ['2222'] }];
    expect(configRejection(bad)).toMatch(/notifications\/emails\/0\/accounts\/0/);
  });
});

describe('organization mode: the hub', () => {
  const { stacks, deployment } = sharedStacks(sampleRaw());
  const core = stacks.core;
  const template = templateOf(core);
  const organization = core.organization ?? (() => { throw new Error('no organization in the hub'); })();

  it('holds no model-alarm stack: the alarms are in the spokes', () => {
    expect(stacks.alarms).toEqual([]);
    expect(resourcesOf(template, 'AWS::CloudWatch::CompositeAlarm')).toEqual([]);
  });

  describe('the threshold updater (one, in the hub, acting through the spoke roles)', () => {
    const updater = core.thresholds;
    const roleId = core.getLogicalId(updater.updater.role.node.defaultChild as never);
    const resources = template.toJSON().Resources as Record<string, Resource & { DependsOn?: string[] }>;
    const statements = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${roleId}"`))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown; Condition?: unknown }[] }).Statement);

    it('carries every configured account x Region, and the spoke stack set whose instances it lists, to the custom resource', () => {
      const [custom] = resourcesOf(template, 'Custom::BedrockOpsAlertThresholds');
      const carried = JSON.parse(String(custom?.Properties.Deployment)) as { targets?: unknown };
      expect(carried.targets).toEqual({
        accounts: ['222222222222', '333333333333', '444444444444'], regions: ['us-east-1', 'us-west-2'],
        spokeStackSet: { name: 'Acme-BedrockOpsAlert-Spoke', callAs: 'DELEGATED_ADMIN' },
      });
      expect(organization.spokes.templates[0]?.stackSet.stackSetName).toBe('Acme-BedrockOpsAlert-Spoke');
    });

    it('may list the instances of the spoke stack set only, by name, in the hub\'s Region (any account: a delegated administrator\'s stack set lives in the management account)', () => {
      expect(statements.filter((st) => [st.Action].flat().some((action) => action.startsWith('cloudformation:')))).toEqual([{
        Action: 'cloudformation:ListStackInstances', Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudformation:', { Ref: 'AWS::Region' }, ':*:stackset/Acme-BedrockOpsAlert-Spoke:*']] },
      }]);
      // As a delegated administrator (callAs DELEGATED_ADMIN), CloudFormation also checks this read of its caller.
      const organizations = statements.filter((st) => [st.Action].flat().some((action) => action.startsWith('organizations:')));
      expect(organizations.map((st) => [st.Resource, [st.Action].flat().filter((action) => action.startsWith('organizations:'))])).toEqual([['*', ['organizations:ListDelegatedAdministrators']]]);
    });

    it('runs after the spoke stack sets exist (its deploy-time run resizes their alarms)', () => {
      const customId = core.getLogicalId(updater.customResource.node.defaultChild as never);
      const stackSetIds = organization.spokes.templates.map((t) => core.getLogicalId(t.stackSet));
      expect(resources[customId]?.DependsOn).toEqual(expect.arrayContaining(stackSetIds));
    });

    it('has its role under the path the spoke roles trust, and the spoke role name in its environment', () => {
      expect((updater.updater.role.node.defaultChild as unknown as { path?: string }).path).toBe(hubStepRolePath('Acme'));
      const variables = (resources[core.getLogicalId(updater.updater.function.node.defaultChild as never)]?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables[ENV.spokeRoleName]).toBe('Acme-OpsAlertSpoke');
    });

    it('may assume the organization\'s spoke roles, and calls neither CloudWatch nor Service Quotas in the hub', () => {
      const actions = statements.flatMap((st) => [st.Action].flat());
      expect(actions.filter((action) => /^(cloudwatch|servicequotas|support):/.test(action))).toEqual([]);
      expect(statements.filter((st) => [st.Action].flat().includes('sts:AssumeRole'))).toEqual([{
        Action: 'sts:AssumeRole', Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:role/Acme-OpsAlertSpoke']] },
        Condition: { StringEquals: { 'aws:ResourceOrgID': 'o-a1b2c3d4e5' } },
      }]);
      // The hub's own resources: history table, settings parameter, topic.
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'ssm:GetParameter', 'sns:Publish']));
    });

    it('keeps the single-account updater without a path, acting in its own account', () => {
      const single = exampleStacks().stacks.core;
      expect((single.thresholds.updater.role.node.defaultChild as unknown as { path?: string }).path).toBeUndefined();
      const [custom] = resourcesOf(templateOf(single), 'Custom::BedrockOpsAlertThresholds');
      expect((JSON.parse(String(custom?.Properties.Deployment)) as { targets?: unknown }).targets).toBeUndefined();
      // No stack set to list: no CloudFormation grant.
      const singleRole = single.getLogicalId(single.thresholds.updater.role.node.defaultChild as never);
      const singleActions = Object.values(templateOf(single).toJSON().Resources as Record<string, Resource>)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${singleRole}"`))
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: { Action: string | string[] }[] }).Statement.flatMap((st) => [st.Action].flat()));
      expect(singleActions.filter((action) => action.startsWith('cloudformation:'))).toEqual([]);
      expect(singleActions).toContain('cloudwatch:PutMetricAlarm');
    });
  });

  it('filters a subscriber that follows some accounts on the account attribute (and its preference on severity)', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'payments-oncall@example.com', FilterPolicy: { account: ['222222222222'] } });
    template.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'sre-leads@example.com', FilterPolicy: { severity: ['CRITICAL'] } });
    const oncall = resourcesOf(template, 'AWS::SNS::Subscription').find((sub) => sub.Properties.Endpoint === 'oncall@example.com');
    expect(oncall?.Properties.FilterPolicy).toBeUndefined();
  });

  it('has an event bus that accepts only CloudWatch alarm events put by the organization', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: hubEventBusName('Acme') });
    const [policy] = resourcesOf(template, 'AWS::Events::EventBusPolicy');
    expect(policy?.Properties.Statement).toMatchObject({
      Effect: 'Allow',
      Action: 'events:PutEvents',
      Condition: {
        StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
        'ForAllValues:StringEquals': { 'events:source': ['aws.cloudwatch'], 'events:detail-type': ['CloudWatch Alarm State Change'] },
      },
    });
  });

  it('starts the workflow from that bus with the single-account pattern, any account, same target and dead-letter queue', () => {
    const busId = core.getLogicalId(organization.bus.node.defaultChild as never);
    const rules = resourcesOf(template, 'AWS::Events::Rule').filter((rule) => JSON.stringify(rule.Properties.EventBusName ?? null).includes(busId));
    expect(rules).toHaveLength(1);
    const { account: _account, ...expected } = alarmRulePattern({ alarmNamePrefix: deployment.alarmNamePrefix, account: 'unused' });
    expect(rules[0]?.Properties.EventPattern).toEqual(expected);
    const starterId = core.getLogicalId(core.starter.function.node.defaultChild as never);
    const target = (rules[0]?.Properties.Targets as Record<string, unknown>[])[0];
    expect(target).toMatchObject({ Arn: { 'Fn::GetAtt': [starterId, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 3600 } });
    expect(JSON.stringify(target?.DeadLetterConfig)).toContain(core.getLogicalId(core.events.deadLetterQueue.node.defaultChild as never));
  });

  it('deploys the spoke as a service-managed stack set to the OUs and Regions, automatically to accounts that join', () => {
    const [stackSet] = resourcesOf(template, 'AWS::CloudFormation::StackSet');
    expect(stackSet?.Properties).toMatchObject({
      StackSetName: 'Acme-BedrockOpsAlert-Spoke',
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'DELEGATED_ADMIN',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: ['ou-ab12-11111111', 'ou-ab12-22222222'] }, Regions: ['us-east-1', 'us-west-2'] }],
    });
    // The template is an S3 asset of the hub (not inline), and the parameters tell the spoke who the hub is.
    expect(JSON.stringify(stackSet?.Properties.TemplateURL)).toMatch(/cdk-[a-z0-9]+-assets-.*\.json/);
    expect(stackSet?.Properties.TemplateBody).toBeUndefined();
    const parameters = Object.fromEntries((stackSet?.Properties.Parameters as { ParameterKey: string; ParameterValue: unknown }[]).map((p) => [p.ParameterKey, p.ParameterValue]));
    expect(parameters.HubAccount).toBe('111111111111');
    expect(parameters.OrganizationId).toBe('o-a1b2c3d4e5');
    expect(parameters.RoleRegion).toBe('us-east-1');
    expect(JSON.stringify(parameters.HubStepRoleArnPattern)).toContain(`:iam::111111111111:role${hubStepRolePath('Acme')}*`);
    expect(parameters.HubEventBusArn).toEqual({ 'Fn::GetAtt': [core.getLogicalId(organization.bus.node.defaultChild as never), 'Arn'] });
  });

  it('puts exactly the roles of the steps that act in an account (spoke ports) under the path the spokes trust', () => {
    for (const step of LAMBDA_STEPS) {
      const role = core.workflowFunctions.functions[step.id].role;
      const path = (role.node.defaultChild as unknown as { path?: string }).path;
      const actsInAccount = step.ports.some((port) => (SPOKE_PORTS as readonly string[]).includes(port));
      expect([step.id, path]).toEqual([step.id, actsInAccount ? hubStepRolePath('Acme') : undefined]);
    }
  });

  it('lets those steps assume the spoke role of organization accounts instead of calling CloudWatch, Service Quotas or Support in the hub', () => {
    const resources = template.toJSON().Resources as Record<string, Resource>;
    for (const step of LAMBDA_STEPS) {
      const handler = core.workflowFunctions.functions[step.id];
      const roleId = core.getLogicalId(handler.role.node.defaultChild as never);
      const statements = Object.values(resources)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${roleId}"`))
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown; Condition?: unknown }[] }).Statement);
      const actions = statements.flatMap((st) => [st.Action].flat());
      const variables = (resources[core.getLogicalId(handler.function.node.defaultChild as never)]?.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      const actsInAccount = step.ports.some((port) => (SPOKE_PORTS as readonly string[]).includes(port));
      expect(actions.filter((action) => /^(cloudwatch|servicequotas|support):/.test(action))).toEqual([]);
      if (actsInAccount) {
        expect(variables[ENV.spokeRoleName]).toBe('Acme-OpsAlertSpoke');
        expect(statements.filter((st) => [st.Action].flat().includes('sts:AssumeRole'))).toEqual([{
          Action: 'sts:AssumeRole', Effect: 'Allow',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:role/Acme-OpsAlertSpoke']] },
          Condition: { StringEquals: { 'aws:ResourceOrgID': 'o-a1b2c3d4e5' } },
        }]);
      } else {
        expect(variables[ENV.spokeRoleName]).toBeUndefined();
        expect(actions).not.toContain('sts:AssumeRole');
      }
    }
  });

  it('keeps the single-account roles without a path', () => {
    const single = exampleStacks().stacks.core;
    for (const step of LAMBDA_STEPS) expect((single.workflowFunctions.functions[step.id].role.node.defaultChild as unknown as { path?: string }).path).toBeUndefined();
  });
});

describe('organization mode: the spoke template', () => {
  const { stacks, deployment } = sharedStacks(sampleRaw());
  const spoke = stacks.core.organization?.spokes.templates[0] ?? (() => { throw new Error('no spoke template'); })();
  const template = spoke.template;

  it('holds every alarm of every model and its composite, as a model-alarm stack does', () => {
    expect(resourcesOf(template, 'AWS::CloudWatch::CompositeAlarm')).toHaveLength(deployment.models.length);
    const alarmNames = resourcesOf(template, 'AWS::CloudWatch::Alarm').map((alarm) => String(alarm.Properties.AlarmName));
    for (const name of alarmNames) expect(name.startsWith(deployment.alarmNamePrefix)).toBe(true);
    expect(alarmNames.length).toBeGreaterThanOrEqual(deployment.models.length * 8);
  });

  it('forwards this account\'s ALARM transitions to the hub bus with a role and a dead-letter queue', () => {
    const [rule] = resourcesOf(template, 'AWS::Events::Rule');
    const { account: _account, ...rest } = alarmRulePattern({ alarmNamePrefix: deployment.alarmNamePrefix, account: 'x' });
    expect(rule?.Properties.EventPattern).toEqual({ ...rest, account: [{ Ref: 'AWS::AccountId' }] });
    const [target] = rule?.Properties.Targets as Record<string, unknown>[];
    expect(target?.Arn).toEqual({ Ref: 'HubEventBusArn' });
    expect(target?.RoleArn).toBeDefined();
    expect(target?.DeadLetterConfig).toBeDefined();
    const forwardPolicy = resourcesOf(template, 'AWS::IAM::Policy').find((policy) => JSON.stringify(policy.Properties).includes('events:PutEvents'));
    expect((forwardPolicy?.Properties.PolicyDocument as { Statement: unknown[] }).Statement).toEqual([{ Action: 'events:PutEvents', Effect: 'Allow', Resource: { Ref: 'HubEventBusArn' } }]);
  });

  const accessRole = resourcesOf(template, 'AWS::IAM::Role').find((role) => JSON.stringify(role.Properties.RoleName ?? '').includes('OpsAlertSpoke'));

  it('has one access role per account (created in the role Region only), trusted only by the hub step roles (path) of the organization', () => {
    expect(accessRole?.Properties.RoleName).toBe('Acme-OpsAlertSpoke');
    expect((accessRole as unknown as { Condition: string }).Condition).toBe('CreatesAccessRole');
    expect((template.Conditions as Record<string, unknown>).CreatesAccessRole).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, { Ref: 'RoleRegion' }] });
    const policy = resourcesOf(template, 'AWS::IAM::Policy').find((p) => JSON.stringify(p.Properties.Roles).includes('HubAccess'));
    expect((policy as unknown as { Condition: string }).Condition).toBe('CreatesAccessRole');
    expect(accessRole?.Properties.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'HubAccount' }, ':root']] } },
        Condition: { ArnLike: { 'aws:PrincipalArn': { Ref: 'HubStepRoleArnPattern' } }, StringEquals: { 'aws:PrincipalOrgID': { Ref: 'OrganizationId' } } },
      }],
    });
  });

  it('allows the access role exactly the calls of the spoke ports and of the updater\'s quotas and alarms ports (src/adapters/port-grants.ts), nothing of the hub', () => {
    const policy = resourcesOf(template, 'AWS::IAM::Policy').find((p) => JSON.stringify(p.Properties.Roles).includes('HubAccess'));
    const statements = (policy?.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
    const granted = new Set(statements.flatMap((s) => [s.Action].flat()));
    const expected = new Set([
      ...SPOKE_PORTS.flatMap((port) => PORT_GRANTS[port].flatMap((grant) => grant.calls.map(iamAction))),
      ...THRESHOLD_SPOKE_PORTS.flatMap((port) => THRESHOLD_UPDATER_GRANTS[port].flatMap((grant) => grant.calls.map(iamAction))),
    ]);
    expect([...granted].sort()).toEqual([...expected].sort());
    // The updater's alarm writes only on this deployment's alarms (any Region of the account).
    const writes = statements.find((s) => [s.Action].flat().includes('cloudwatch:PutMetricAlarm'));
    expect(writes?.Resource).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:*:', { Ref: 'AWS::AccountId' }, `:alarm:${deployment.alarmNamePrefix}*`]] });
    expect([writes?.Action].flat().sort()).toEqual(['cloudwatch:DeleteAlarms', 'cloudwatch:DescribeAlarms', 'cloudwatch:PutMetricAlarm']);
    for (const action of granted) expect(action).toMatch(/^(cloudwatch|servicequotas|support|bedrock):/);
    // Bedrock: the updater's profile discovery only, read-only.
    expect([...granted].filter((action) => action.startsWith('bedrock:')).sort()).toEqual(['bedrock:GetInferenceProfile', 'bedrock:ListInferenceProfiles']);
    // Quota increases only on this account's Bedrock quotas (any Region of it: one role per account).
    const increase = statements.find((s) => [s.Action].flat().includes('servicequotas:RequestServiceQuotaIncrease'));
    expect(increase?.Resource).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':servicequotas:*:', { Ref: 'AWS::AccountId' }, ':bedrock/*']] });
  });

  it('needs no asset of its own (a stack set cannot publish one to every account)', () => {
    expect(JSON.stringify(template)).not.toMatch(/cdk-[a-z0-9]+-assets-/);
    expect(resourcesOf(template, 'AWS::Lambda::Function')).toEqual([]);
  });
});

describe('organization mode: more models than one spoke stack holds', () => {
  it('adds one alarms-only stack set per further model group', () => {
    const raw = configWithModels(5, { deployment: { modelsPerStack: 2 }, organization: organizationOf(sampleRaw()) });
    const { stacks } = synthStacks(raw);
    const templates = stacks.core.organization?.spokes.templates ?? [];
    expect(templates.map((t) => t.stackName)).toEqual(['Test-BedrockOpsAlert-Spoke', 'Test-BedrockOpsAlert-Spoke-Alarms-2', 'Test-BedrockOpsAlert-Spoke-Alarms-3']);
    expect(templates.map((t) => resourcesOf(t.template, 'AWS::CloudWatch::CompositeAlarm').length)).toEqual([2, 2, 1]);
    const stackSets = resourcesOf(templateOf(stacks.core), 'AWS::CloudFormation::StackSet');
    expect(stackSets).toHaveLength(3);
    expect(stackSets[1]?.Properties.Parameters).toBeUndefined();
  });
});
