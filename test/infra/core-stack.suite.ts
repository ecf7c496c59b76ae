import { Match } from 'aws-cdk-lib/assertions';
import { ENV } from '#workflow/environment.js';
import { LAMBDA_STEPS, WORKFLOW_TASK_STEPS } from '#workflow/steps.js';
import { grantsOfStep, iamAction } from '#adapters/port-grants.js';
import { alarmRulePattern } from '#workflow/alarm-rule.js';
import { STARTER_ASYNC_RETRY, STARTER_TARGET_RETRY } from '../../infra/constructs/events-to-starter-function.js';
import { HANDLER_BUNDLING } from '../../infra/constructs/handler-function.js';
import { HANDLER_ESBUILD } from '../../infra/handler-bundling.js';
import { STEP_FUNCTION_TIMEOUT_SECONDS, STEP_TASK_TIMEOUT_SECONDS } from '#workflow/timeouts.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '#local/project-root.js';
import { exampleStacks, templateOf, variedStacks } from './helpers.js';

type CfnResource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

describe('CoreStack (example configuration)', () => {
  // The example app, synthesized once for every suite of app.test.ts that reads it.
  const { stacks, deployment } = exampleStacks();
  const core = stacks.core;
  const template = templateOf(core);
  const resources = template.toJSON().Resources as Record<string, CfnResource>;
  const logicalIdOf = (construct: { node: { defaultChild?: unknown } }) => core.getLogicalId(construct.node.defaultChild as never);

  /** Every statement of every policy attached to a role. */
  const statementsOfRole = (roleLogicalId: string): Statement[] =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${roleLogicalId}"`))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const actionsOf = (statements: Statement[]) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  const resourceOfAction = (statements: Statement[], action: string) => statements.filter((s) => actionsOf([s]).includes(action)).map((s) => s.Resource);

  it('outputs the name of every function docs/deployment.md tells an operator to invoke', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const docs = readFileSync(join(PROJECT_ROOT, 'docs/deployment.md'), 'utf8');
    // `<Name output>` in prose, `$(output Name)` in the scripts: every one is an output of the core stack.
    const named = [...docs.matchAll(/<([A-Za-z]+) output>|\$\(output ([A-Za-z]+)\)/g)].map((m) => (m[1] ?? m[2]) as string);
    expect(named).toEqual(expect.arrayContaining(['ThresholdUpdaterFunctionName', 'StarterFunctionName', 'SettingsParameterName', 'DeadLetterQueueUrl']));
    for (const output of named) expect(outputs[output]).toBeDefined();
    expect(outputs.ThresholdUpdaterFunctionName?.Value).toEqual({ Ref: expect.stringMatching(/ThresholdUpdater/) });
    expect(outputs.StarterFunctionName?.Value).toEqual({ Ref: expect.stringMatching(/Starter/) });
  });

  describe('EventBridge → starter function', () => {
    it('matches only the ALARM transitions of this deployment\'s metric alarms in this account (the shared pattern)', () => {
      const expected = alarmRulePattern({ alarmNamePrefix: 'Acme-Bedrock-', account: '${AWS::AccountId}' });
      template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: { ...expected, account: [{ Ref: 'AWS::AccountId' }] },
        State: 'ENABLED',
      });
      expect(expected).toMatchObject({
        account: ['${AWS::AccountId}'],
        detail: { state: { value: ['ALARM'] }, configuration: { alarmRule: [{ exists: false }] } },
      });
    });

    it('targets the starter with a retry policy and the encrypted dead-letter queue', () => {
      const queueId = logicalIdOf(core.events.deadLetterQueue);
      template.hasResourceProperties('AWS::Events::Rule', {
        Targets: [Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalIdOf(core.starter.function), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: STARTER_TARGET_RETRY.retryAttempts, MaximumEventAgeInSeconds: STARTER_TARGET_RETRY.maxEventAge.toSeconds() },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
        })],
      });
      expect(STARTER_TARGET_RETRY).toMatchObject({ retryAttempts: 8 });
      expect(STARTER_TARGET_RETRY.maxEventAge.toSeconds()).toBe(3600);
      expect(resources[queueId]?.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
      // EventBridge may write to the queue only for this rule.
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sqs:SendMessage', Principal: { Service: 'events.amazonaws.com' }, Condition: { ArnEquals: { 'aws:SourceArn': Match.anyValue() } } })]) },
      });
    });

    it('dead-letters the starter\'s own failed async invocations to the same queue', () => {
      const starter = resources[logicalIdOf(core.starter.function)]?.Properties;
      expect(starter).toMatchObject({ DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalIdOf(core.events.deadLetterQueue), 'Arn'] } } });
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        MaximumRetryAttempts: STARTER_ASYNC_RETRY.retryAttempts,
        MaximumEventAgeInSeconds: 3600,
      });
    });

    it('lets the starter start executions of this state machine only, and tells it which one', () => {
      const statements = statementsOfRole(logicalIdOf(core.starter.role));
      expect(resourceOfAction(statements, 'states:StartExecution')).toEqual([{ Ref: logicalIdOf(core.workflow.stateMachine) }]);
      expect(resources[logicalIdOf(core.starter.function)]?.Properties).toMatchObject({
        Environment: { Variables: { [ENV.stateMachineArn]: { Ref: logicalIdOf(core.workflow.stateMachine) } } },
      });
    });
  });

  describe('state machine', () => {
    const stateMachine = resources[logicalIdOf(core.workflow.stateMachine)]!.Properties;

    it('is a Standard state machine with ALL-level logging and X-Ray tracing', () => {
      expect(stateMachine).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
      });
    });

    it('fills every ${...} placeholder of the definition with a step function ARN', () => {
      const substitutions = stateMachine.DefinitionSubstitutions as Record<string, unknown>;
      expect(Object.keys(substitutions).sort()).toEqual(WORKFLOW_TASK_STEPS.map((step) => step.placeholder).sort());
      for (const step of WORKFLOW_TASK_STEPS) {
        expect(substitutions[step.placeholder]).toEqual({ 'Fn::GetAtt': [logicalIdOf(core.workflowFunctions.functions[step.id].function), 'Arn'] });
      }
      // What CloudFormation will do: replace each ${Name} by its substitution; nothing may be left over.
      const definition = typeof stateMachine.DefinitionString === 'string'
        ? stateMachine.DefinitionString
        : ((stateMachine.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');
      const placeholders = [...definition.matchAll(/\$\{([^}]+)\}/g)].map((match) => match[1]);
      expect(placeholders.length).toBeGreaterThan(0);
      expect(placeholders.filter((name) => !(name! in substitutions))).toEqual([]);
    });

    it('gives the step functions the timeout the Tasks wait longer than, and deploys the definition with both limits', () => {
      // (test/workflow/timeouts.test.ts checks the definition file; this, what the app deploys.)
      for (const step of LAMBDA_STEPS) expect([step.id, resources[logicalIdOf(core.workflowFunctions.functions[step.id].function)]?.Properties.Timeout]).toEqual([step.id, STEP_FUNCTION_TIMEOUT_SECONDS]);
      const text = JSON.stringify(stateMachine.DefinitionString);
      expect(text).toContain(`\\"TimeoutSeconds\\": ${STEP_TASK_TIMEOUT_SECONDS},`);
      expect(text).not.toContain('\\"TimeoutSeconds\\": 60,');
      expect(text).toContain('Sandbox.Timedout');
    });

    it('may invoke each step function of the definition, and not NotifyFailure', () => {
      const statements = statementsOfRole(logicalIdOf(core.workflow.stateMachine.role));
      const invokeResources = JSON.stringify(resourceOfAction(statements, 'lambda:InvokeFunction'));
      for (const step of WORKFLOW_TASK_STEPS) expect(invokeResources).toContain(logicalIdOf(core.workflowFunctions.functions[step.id].function));
      expect(invokeResources).not.toContain(logicalIdOf(core.workflowFunctions.functions.NotifyFailure.function));
    });

    it('sends the failure e-mail from the execution status change (FAILED, TIMED_OUT, ABORTED), with retries and a DLQ', () => {
      const rules = Object.values(resources).filter((r) => r.Type === 'AWS::Events::Rule' && JSON.stringify(r.Properties).includes('Step Functions Execution Status Change'));
      expect(rules).toHaveLength(1);
      const rule = rules[0]?.Properties as { EventPattern: { source: string[]; detail: { status: string[]; stateMachineArn: unknown[] } }; Targets: { Arn: unknown; RetryPolicy: unknown; DeadLetterConfig: unknown }[] };
      expect(rule.EventPattern.source).toEqual(['aws.states']);
      expect(rule.EventPattern.detail.status).toEqual(['FAILED', 'TIMED_OUT', 'ABORTED']);
      expect(rule.EventPattern.detail.stateMachineArn).toEqual([{ Ref: logicalIdOf(core.workflow.stateMachine) }]);
      expect(rule.Targets[0]?.Arn).toEqual({ 'Fn::GetAtt': [logicalIdOf(core.workflowFunctions.functions.NotifyFailure.function), 'Arn'] });
      expect(rule.Targets[0]?.RetryPolicy).toEqual({ MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 });
      expect(rule.Targets[0]?.DeadLetterConfig).toBeDefined();
    });

    it('sends a NotifyFailure invocation that fails after its asynchronous retries to an alarmed on-failure destination', () => {
      const queue = logicalIdOf(core.workflowFunctions.failureNotificationDeadLetters);
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: logicalIdOf(core.workflowFunctions.functions.NotifyFailure.function) },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
      });
      const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm' && JSON.stringify(r.Properties).includes(queue));
      expect(alarms.map((a) => a.Properties?.AlarmName)).toEqual(['Acme-OpsAlert-Operations-FailureNotificationDeadLetters']);
      expect(JSON.stringify(alarms[0]?.Properties?.AlarmActions)).toContain(logicalIdOf(core.topics.operationsTopic));
    });
  });

  describe('functions', () => {
    const all = [...LAMBDA_STEPS.map((step) => core.workflowFunctions.functions[step.id]), core.starter];

    it('makes one function per step of LAMBDA_STEPS, each with a role of its own', () => {
      expect(Object.keys(core.workflowFunctions.functions).sort()).toEqual(LAMBDA_STEPS.map((step) => step.id).sort());
      const roles = LAMBDA_STEPS.map((step) => logicalIdOf(core.workflowFunctions.functions[step.id].role));
      expect(new Set(roles).size).toBe(LAMBDA_STEPS.length);
    });

    it('bundles with the esbuild options the bundle tests and the size benchmark use (infra/handler-bundling.ts)', () => {
      expect(HANDLER_BUNDLING).toMatchObject({
        format: HANDLER_ESBUILD.format, target: HANDLER_ESBUILD.target, minify: HANDLER_ESBUILD.minify, sourceMap: true,
        sourceMapMode: HANDLER_ESBUILD.sourcemap, sourcesContent: HANDLER_ESBUILD.sourcesContent, mainFields: HANDLER_ESBUILD.mainFields,
        banner: HANDLER_ESBUILD.banner.js, externalModules: HANDLER_ESBUILD.external, forceDockerBundling: false,
      });
    });

    it('run nodejs22.x on arm64 with tracing, source maps, the Powertools settings and the shared environment', () => {
      for (const handler of all) {
        expect(resources[logicalIdOf(handler.function)]?.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          TracingConfig: { Mode: 'Active' },
          Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^bedrock-ops-alert-/), POWERTOOLS_LOG_LEVEL: 'INFO' } },
        });
      }
      const notify = resources[logicalIdOf(core.workflowFunctions.functions.Notify.function)]?.Properties;
      expect(Object.keys((notify?.Environment as { Variables: object }).Variables)).toEqual(
        expect.arrayContaining([ENV.settingsParameterName, ENV.idempotencyTableName, ENV.caseLedgerTableName, ENV.notificationTopicArn]));
    });

    it('grants each step exactly what the ports it takes can call, on the narrowest resource', () => {
      // With test/workflow/grants.test.ts (each call a step makes in the samples is one its ports declare), every call
      // the samples make is allowed by its function's role.
      const settingsArn = JSON.stringify(core.resolve(core.settingsParameter.parameterArn));
      for (const step of LAMBDA_STEPS) {
        const grants = grantsOfStep(step);
        const statements = statementsOfRole(logicalIdOf(core.workflowFunctions.functions[step.id].role));
        const actions = new Set(actionsOf(statements));
        const expected = new Set(grants.flatMap((grant) => grant.calls.map(iamAction)));
        const allowedActions = new Set(actionsOf(statements.filter((statement) => statement.Effect === 'Allow')));
        for (const action of expected) expect([step.id, action, allowedActions.has(action)]).toEqual([step.id, action, true]);
        // Nothing beyond the ports' calls (plus logs, X-Ray, and the topic key for the encrypted topic).
        const allowed = new Set<string>([
          ...expected, 'logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords',
          ...(expected.has('sns:Publish') ? ['kms:Decrypt', 'kms:GenerateDataKey*'] : []),
          // NotifyFailure's on-failure destination
          ...(step.trigger ? ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'] : []),
        ]);
        expect([...actions].filter((a) => !allowed.has(a))).toEqual([]);
        // The settings parameter, only for the steps that read it, and only that one.
        if (expected.has('ssm:GetParameter')) expect(JSON.stringify(resourceOfAction(statements, 'ssm:GetParameter'))).toBe(`[${settingsArn}]`);
        if (!(step.ports as readonly string[]).includes('ledger')) expect(JSON.stringify(statements)).not.toContain(logicalIdOf(core.tables.caseLedgerTable));
        if (step.idempotencyKey === undefined) expect(JSON.stringify(statements)).not.toContain(logicalIdOf(core.tables.idempotencyTable));
      }
    });

    it('scopes the Service Quotas calls that have a quota resource to Bedrock quotas, and DescribeAlarms to "*" (composite alarms)', () => {
      const request = statementsOfRole(logicalIdOf(core.workflowFunctions.functions.RequestQuotaIncrease.role));
      for (const action of ['servicequotas:RequestServiceQuotaIncrease', 'servicequotas:GetServiceQuota', 'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota']) {
        expect(JSON.stringify(resourceOfAction(request, action))).toMatch(/:servicequotas:.*:bedrock\/\*"/);
      }
      const resolve = statementsOfRole(logicalIdOf(core.workflowFunctions.functions.ResolveChildAlarms.role));
      expect(resourceOfAction(resolve, 'cloudwatch:DescribeAlarms')).toEqual(['*']);
    });

    it('gives the ledger to the steps that take it (claim and release write it), and nothing of it to the others', () => {
      const find = statementsOfRole(logicalIdOf(core.workflowFunctions.functions.FindOpenCase.role));
      expect(actionsOf(find).filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
      const classify = statementsOfRole(logicalIdOf(core.workflowFunctions.functions.ClassifyAlarms.role));
      expect(actionsOf(classify).filter((a) => a.startsWith('dynamodb:') || a.startsWith('sns:'))).toEqual([]);
    });
  });

  describe('tables', () => {
    it('has the idempotency table keyed by id with TTL expiration, and the ledger keyed by pk with TTL expiresAt', () => {
      expect(resources[logicalIdOf(core.tables.idempotencyTable)]?.Properties).toMatchObject({
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      });
      expect(resources[logicalIdOf(core.tables.caseLedgerTable)]?.Properties).toMatchObject({
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      });
      template.allResourcesProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
      });
    });
  });

  describe('notifications', () => {
    it('encrypts the topics with the rotating key', () => {
      template.allResourcesProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
      template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    });

    it('subscribes each address with the filter policy of its preference', () => {
      const topic = logicalIdOf(core.topics.notificationTopic);
      const subscriptions = Object.values(resources)
        .filter((r) => r.Type === 'AWS::SNS::Subscription' && JSON.stringify(r.Properties.TopicArn).includes(topic))
        .map((r) => r.Properties);
      expect(subscriptions).toHaveLength(2);
      expect(subscriptions.find((s) => s.Endpoint === 'oncall@example.com')).toMatchObject({ Protocol: 'email' });
      expect(subscriptions.find((s) => s.Endpoint === 'oncall@example.com')?.FilterPolicy).toBeUndefined();
      expect(subscriptions.find((s) => s.Endpoint === 'sre-leads@example.com')).toMatchObject({ Protocol: 'email', FilterPolicy: { severity: ['CRITICAL'] } });
      for (const subscription of subscriptions) expect(subscription.RedrivePolicy).toBeDefined();
    });

    it('filters warning-only subscribers on WARNING', () => {
      // A warning-only subscriber as the only subscriber address (helpers.ts variedConfigRaw).
      const warningCore = templateOf(variedStacks().stacks.core);
      warningCore.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'w@example.com', FilterPolicy: { severity: ['WARNING'] } });
      // operationsEmails given: the ops topic goes there, without a filter.
      warningCore.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'platform-ops@example.com', FilterPolicy: Match.absent() });
    });
  });

  describe('runtime settings parameter', () => {
    it('holds the settings document built from the configuration', () => {
      const parameter = resources[logicalIdOf(core.settingsParameter)]?.Properties;
      expect(parameter).toMatchObject({ Type: 'String', Name: '/Acme/bedrock-ops-alert/settings', Tier: 'Standard' });
      const document = JSON.parse(parameter?.Value as string) as { customerName: string; models: unknown[] };
      expect(document.customerName).toBe('Acme');
      expect(document.models).toHaveLength(deployment.models.length);
    });
  });

  describe('operations', () => {
    const opsTopic = logicalIdOf(core.topics.operationsTopic);
    const opsAlarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm').map((r) => r.Properties);

    it('alarms on failed and timed-out executions, dead letters, undeliverable e-mails and each function\'s errors, to the ops topic', () => {
      const names = opsAlarms.map((a) => a.AlarmName as string);
      expect(names).toEqual(expect.arrayContaining([
        'Acme-OpsAlert-Operations-ExecutionsFailed', 'Acme-OpsAlert-Operations-ExecutionsTimedOut', 'Acme-OpsAlert-Operations-DeadLetters',
        'Acme-OpsAlert-Operations-UndeliverableNotifications', 'Acme-OpsAlert-Operations-StartExecution-Errors',
        ...LAMBDA_STEPS.map((step) => `Acme-OpsAlert-Operations-${step.id}-Errors`),
      ]));
      for (const alarm of opsAlarms) expect(alarm.AlarmActions).toEqual([{ Ref: opsTopic }]);
      expect(opsAlarms.find((a) => a.AlarmName === 'Acme-OpsAlert-Operations-DeadLetters')).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold',
      });
      expect(opsAlarms.find((a) => a.AlarmName === 'Acme-OpsAlert-Operations-ExecutionsFailed')).toMatchObject({ Namespace: 'AWS/States', MetricName: 'ExecutionsFailed' });
    });

    it('never names an operational alarm like a model alarm (the rule would start the workflow about itself)', () => {
      for (const alarm of opsAlarms) expect(String(alarm.AlarmName).startsWith(deployment.alarmNamePrefix)).toBe(false);
    });

    it('lets CloudWatch alarms of this account publish to the encrypted operations topic (topic policy and key policy)', () => {
      const conditions = {
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':alarm:*']] } },
      };
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Condition: conditions })]) },
      });
      // The operations topic's policy (which replaces the default one) still allows CloudWatch, next to the TLS-only Deny.
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: opsTopic }],
        PolicyDocument: { Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Resource: { Ref: opsTopic }, Condition: conditions }),
        ]) },
      });
    });

    it('has one dashboard with, per model, usage against quota and threshold and the alarm states', () => {
      template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
      const dashboard = Object.values(resources).find((r) => r.Type === 'AWS::CloudWatch::Dashboard')!.Properties;
      const body = JSON.stringify(dashboard.DashboardBody);
      expect(body).toContain('EstimatedTPMQuotaUsage');
      expect(body).toContain('Invocations');
      // G-Opus-4-6: TPM quota 6 250 000, threshold 5 000 000. Sonnet: RPM threshold 10 000 × 70 % = 7 000.
      expect(body).toContain('6250000');
      expect(body).toContain('5000000');
      expect(body).toContain('7000');
      expect(body).toContain('alarm:Acme-Bedrock-QuotaHealth-Composite-Nova-Pro');
      expect(body).toContain('alarm:Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6');
      expect(body).not.toContain('alarm:Acme-Bedrock-HighInvocationRate-Warning-G-Opus-4-6');
    });
  });
});
