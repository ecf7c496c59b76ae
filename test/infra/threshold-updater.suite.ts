import { describe, expect, it } from '@jest/globals';
import { Match } from 'aws-cdk-lib/assertions';
import { deployedAlarmConfiguration } from '../../infra/constructs/model-alarms.js';
import { THRESHOLD_CUSTOM_RESOURCE_TYPE } from '../../infra/constructs/threshold-updater.js';
import { compositeAlarmConfiguration, declaredAlarmKinds } from '#core/alarm-config.js';
import { thresholdDeploymentOf } from '#core/threshold-deployment.js';
import { THRESHOLD_ENV } from '#workflow/environment.js';
import { matchesEventPattern } from '#workflow/event-pattern.js';
import { resolveSettingsDocument } from '#workflow/settings.js';
import { withSettingsPercents } from '#threshold-updater/update.js';
import { exampleStacks, templateOf, variedStacks } from './helpers.js';

type CfnResource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Action: string | string[]; Resource: unknown };

describe('ThresholdUpdater wiring (example configuration)', () => {
  // The example app, synthesized once for every suite of app.test.ts that reads it.
  const { stacks, deployment } = exampleStacks();
  const core = stacks.core;
  // Single-account mode always has the updater (organization mode has none in the hub).
  const thresholds = core.thresholds ?? (() => { throw new Error('no threshold updater in single-account mode'); })();
  const template = templateOf(core);
  const resources = template.toJSON().Resources as Record<string, CfnResource>;
  const logicalIdOf = (construct: { node: { defaultChild?: unknown } }) => core.getLogicalId(construct.node.defaultChild as never);
  const updaterId = logicalIdOf(thresholds.updater.function);
  const roleId = logicalIdOf(thresholds.updater.role);
  const statements = Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${roleId}"`))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

  it('runs the updater from a custom resource carrying every input of the alarm configurations', () => {
    template.hasResourceProperties(THRESHOLD_CUSTOM_RESOURCE_TYPE, {
      ServiceToken: { 'Fn::GetAtt': [Match.stringLikeRegexp('ProviderframeworkonEvent'), 'Arn'] },
      Deployment: JSON.stringify(thresholdDeploymentOf(deployment.customerName, deployment.models)),
    });
    const document = JSON.parse(JSON.stringify(thresholdDeploymentOf(deployment.customerName, deployment.models))) as { models: { name: string; hasRpmQuota: boolean; currentQuotas: object }[] };
    expect(document.models.map((m) => [m.name, m.hasRpmQuota])).toEqual([['G-Opus-4-6', false], ['Sonnet-4-5', true], ['Haiku-4-5', false], ['GPT-OSS-120B', false], ['Nova-Pro', false]]);
  });

  it('deploys the core stack after the alarm stacks, so the custom resource sees the alarms', () => {
    for (const alarms of stacks.alarms) expect(core.dependencies).toContain(alarms);
    for (const alarms of stacks.alarms) expect(alarms.dependencies).toEqual([]);
  });

  it('runs it on the configured schedule (default daily) with retries and a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [Match.objectLike({
        Arn: { 'Fn::GetAtt': [updaterId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalIdOf(thresholds.deadLetterQueue), 'Arn'] } },
      })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'Acme-OpsAlert-Operations-ThresholdUpdaterDeadLetters' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'Acme-OpsAlert-Operations-UpdateThresholds-Errors' });
  });

  it('keeps the history in its own table: model + time keys, point-in-time recovery, kept on stack deletion', () => {
    const table = resources[logicalIdOf(thresholds.historyTable)]!;
    expect(table.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(resources[updaterId]?.Properties).toMatchObject({
      Environment: { Variables: { [THRESHOLD_ENV.historyTableName]: { Ref: logicalIdOf(thresholds.historyTable) }, [THRESHOLD_ENV.notificationTopicArn]: { Ref: logicalIdOf(core.topics.notificationTopic) } } },
    });
    template.hasOutput('ThresholdHistoryTableName', {});
  });

  it('grants least privilege: alarm writes by name prefix, the table and the topic by ARN, "*" only where AWS allows nothing narrower', () => {
    const resourceOf = (action: string) => statements.filter((s) => actions(s).includes(action)).map((s) => JSON.stringify(s.Resource));
    for (const action of ['cloudwatch:PutMetricAlarm', 'cloudwatch:DeleteAlarms', 'cloudwatch:DescribeAlarms']) {
      expect(resourceOf(action)).toHaveLength(1);
      expect(resourceOf(action)[0]).toContain(':alarm:Acme-Bedrock-*');
    }
    for (const action of ['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:Scan']) {
      expect(resourceOf(action)).toEqual([JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(thresholds.historyTable), 'Arn'] })]);
    }
    expect(resourceOf('sns:Publish')).toEqual([JSON.stringify({ Ref: logicalIdOf(core.topics.notificationTopic) })]);
    const wildcard = statements.filter((s) => s.Resource === '*').flatMap(actions).sort();
    expect(wildcard).toEqual([
      'bedrock:ListInferenceProfiles',
      'cloudwatch:PutCompositeAlarm',
      'servicequotas:GetAWSDefaultServiceQuota', 'servicequotas:ListAWSDefaultServiceQuotas', 'servicequotas:ListServiceQuotas',
      'xray:PutTelemetryRecords', 'xray:PutTraceSegments',
    ]);
    // The same grants as the workflow's quotas port (src/adapters/port-grants.ts): GetServiceQuota on Bedrock quotas only.
    expect(resourceOf('servicequotas:GetServiceQuota')).toHaveLength(1);
    expect(resourceOf('servicequotas:GetServiceQuota')[0]).toMatch(/:servicequotas:.*:bedrock\/\*"/);
    expect(statements.flatMap(actions)).not.toContain('dynamodb:DeleteItem');
    // The profile discovery reads system-defined inference profiles of this account and Region only.
    expect(resourceOf('bedrock:GetInferenceProfile')).toHaveLength(1);
    expect(resourceOf('bedrock:GetInferenceProfile')[0]).toMatch(/:bedrock:.*:inference-profile\/\*"/);
  });

  it('runs the updater when the runtime settings parameter changes (Parameter Store Change), and only then', () => {
    const parameterId = logicalIdOf(core.settingsParameter);
    const rule = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Events::Rule' && JSON.stringify(r.Properties.EventPattern ?? {}).includes('aws.ssm'));
    expect(rule).toBeDefined();
    const [ruleId, { Properties: props }] = rule!;
    // The parameter's Ref is its name: resolved as CloudFormation would, the pattern is what EventBridge matches.
    const pattern = JSON.parse(JSON.stringify(props.EventPattern).replaceAll(JSON.stringify({ Ref: parameterId }), JSON.stringify(deployment.settingsParameterName))) as Record<string, unknown>;
    const event = (name: string, operation = 'Update') => ({
      version: '0', id: '6a7e4feb-b491-4cf7-a9f1-bf3703497718', 'detail-type': 'Parameter Store Change', source: 'aws.ssm',
      account: '123456789012', time: '2026-06-02T05:59:58Z', region: 'us-east-1',
      resources: [`arn:aws:ssm:us-east-1:123456789012:parameter${name}`],
      detail: { operation, name, type: 'String', description: 'settings' },
    });
    expect(matchesEventPattern(pattern, event(deployment.settingsParameterName))).toBe(true);
    expect(matchesEventPattern(pattern, event(deployment.settingsParameterName, 'Create'))).toBe(true);
    expect(matchesEventPattern(pattern, event(deployment.settingsParameterName, 'Delete'))).toBe(false);
    expect(matchesEventPattern(pattern, event('/Acme/other-app/settings'))).toBe(false);
    expect(matchesEventPattern(pattern, { ...event(deployment.settingsParameterName), source: 'aws.config' })).toBe(false);
    expect(props.Targets).toEqual([expect.objectContaining({
      Arn: { 'Fn::GetAtt': [updaterId, 'Arn'] },
      RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalIdOf(thresholds.deadLetterQueue), 'Arn'] } },
    })]);
    // EventBridge may invoke the updater for this rule only.
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [updaterId, 'Arn'] }, SourceArn: { 'Fn::GetAtt': [ruleId, 'Arn'] },
    });
  });

  it('reads the threshold percents from the runtime settings parameter (its name in the environment, GetParameter on it only)', () => {
    const parameterId = logicalIdOf(core.settingsParameter);
    expect(resources[updaterId]?.Properties).toMatchObject({ Environment: { Variables: { [THRESHOLD_ENV.settingsParameterName]: { Ref: parameterId } } } });
    const getParameter = statements.filter((s) => actions(s).includes('ssm:GetParameter'));
    expect(getParameter).toHaveLength(1);
    expect(JSON.stringify(getParameter[0]!.Resource)).toContain(`{"Ref":"${parameterId}"}`);
    expect(JSON.stringify(getParameter[0]!.Resource)).toContain(':parameter');
    // The deploy-time run reads the parameter: CloudFormation creates it first.
    const customResource = Object.values(resources).find((r) => r.Type === THRESHOLD_CUSTOM_RESOURCE_TYPE) as CfnResource & { DependsOn?: string[] };
    expect(customResource.DependsOn).toContain(parameterId);
  });

  it('seeds the runtime settings with the configuration\'s percents, so the updater\'s first run after a deploy keeps them', () => {
    const settings = resolveSettingsDocument(JSON.parse(core.runtimeSettingsJson));
    for (const model of deployment.models) {
      expect(withSettingsPercents(model, settings)).toEqual({ model: expect.objectContaining({ percents: { rpmThresholdPercent: model.percents.rpmThresholdPercent, tpmThresholdPercent: model.percents.tpmThresholdPercent } }) });
    }
  });

  it('shows the history on the dashboard (Logs Insights on the updater log lines)', () => {
    const dashboard = Object.values(resources).find((r) => r.Type === 'AWS::CloudWatch::Dashboard')!;
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    expect(body).toContain('Threshold history');
    expect(body).toContain('filter message = \\\\\\"threshold history\\\\\\"');
  });

  it('declares every alarm with exactly the configuration the updater sends (only the threshold may later differ)', () => {
    const alarmTemplate = templateOf(stacks.alarms[0]!).toJSON().Resources as Record<string, CfnResource>;
    const byName = new Map(Object.values(alarmTemplate).filter((r) => r.Type.startsWith('AWS::CloudWatch::') && r.Properties.AlarmName).map((r) => [r.Properties.AlarmName as string, r.Properties]));
    let compared = 0;
    for (const model of deployment.models) {
      for (const kind of declaredAlarmKinds(model)) {
        const expected = deployedAlarmConfiguration(deployment.customerName, model, kind);
        const { Tags: tags, ...declared } = byName.get(expected.AlarmName)!;
        const { Tags: expectedTags, ...rest } = expected;
        expect(declared).toEqual(rest);
        expect(tags).toEqual(expect.arrayContaining(expectedTags));
        compared += 1;
      }
      const composite = compositeAlarmConfiguration(deployment.customerName, model, declaredAlarmKinds(model));
      const { Tags: _tags, ...declaredComposite } = byName.get(composite.AlarmName)!;
      const { Tags: _expectedTags, ...restComposite } = composite;
      expect(declaredComposite).toEqual(restComposite);
    }
    // Haiku-4-5: 9 alarms on metric math over its 3 application profiles; GPT-OSS-120B: the 7 bedrock-mantle kinds
    // (HighOutputTPMQuotaUsage included: the updater re-sends it too).
    expect(compared).toBe(9 + 10 + 9 + 7 + 9);
  });
});

describe('ThresholdUpdater schedule from the configuration', () => {
  it('honours schedules.thresholdUpdate: a cron expression, disabled', () => {
    // schedules.thresholdUpdate { enabled: false, expression: 'cron(0 6 * * ? *)' } (helpers.ts variedConfigRaw).
    const { stacks } = variedStacks();
    templateOf(stacks.core).hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 6 * * ? *)', State: 'DISABLED' });
  });
});
