import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { ALARM_CATALOGUE, ALARM_KINDS, ALARM_TAGS, alarmKindsForModel, alarmName, compositeAlarmName, profileAlarmName, projectAlarmIndex } from '#core/catalogue.js';
import { deploymentOf } from './helpers.js';
import { UNSIZED_USAGE_THRESHOLD } from '../../infra/constructs/model-alarms.js';
import { configWithModels, exampleStacks, synthStacks, templateOf, variedStacks } from './helpers.js';

type CfnResource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };

const alarmsByName = (template: Template): Map<string, Record<string, unknown>> =>
  new Map(Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, CfnResource>)
    .map((resource) => [resource.Properties.AlarmName as string, resource.Properties]));

describe('ModelAlarms: N models → N × (catalogue alarms + composite)', () => {
  // Prepare: 5 models; M1 and M4 have an RPM quota (configWithModels gives every third model one).
  const raw = configWithModels(5);
  (raw.models as Record<string, unknown>[])[1]!.overrides = { tpmThresholdPercent: 50, alarms: { critical: { errorThreshold: 10 } } };
  delete ((raw.models as Record<string, unknown>[])[2] as { currentQuotas?: unknown }).currentQuotas;
  const { stacks, deployment } = synthStacks(raw);
  const template = templateOf(stacks.alarms[0]!);
  const alarms = alarmsByName(template);

  it('puts all five models in one alarm stack', () => {
    expect(stacks.alarms).toHaveLength(1);
  });

  it('creates the catalogue alarms of each model and one composite per model', () => {
    const expected = deployment.models.reduce((sum, model) => sum + alarmKindsForModel(model.hasRpmQuota).length, 0);
    expect(expected).toBe(2 * 10 + 3 * 9);
    template.resourceCountIs('AWS::CloudWatch::Alarm', expected);
    template.resourceCountIs('AWS::CloudWatch::CompositeAlarm', 5);
    template.resourceCountIs('AWS::CloudWatch::AnomalyDetector', 5 * 4);
  });

  it('has no HighInvocationRate alarm for a model without an RPM quota', () => {
    expect(alarms.has(alarmName('Test', 'HighInvocationRate', 'M1'))).toBe(true);
    expect(alarms.has(alarmName('Test', 'HighInvocationRate', 'M2'))).toBe(false);
  });

  it('builds every alarm from the catalogue: name, namespace, metric, dimension, statistic, missing data', () => {
    for (const model of deployment.models) {
      for (const kind of alarmKindsForModel(model.hasRpmQuota)) {
        const spec = ALARM_CATALOGUE[kind];
        const props = alarms.get(alarmName('Test', kind, model.name));
        expect(props).toBeDefined();
        expect(props?.TreatMissingData).toBe('notBreaching');
        const metric = spec.threshold.type === 'anomalyBand'
          ? ((props?.Metrics as { MetricStat?: { Metric: unknown; Stat: string; Period: number } }[]).find((m) => m.MetricStat)?.MetricStat)
          : { Metric: { Namespace: props?.Namespace, MetricName: props?.MetricName, Dimensions: props?.Dimensions }, Stat: props?.Statistic, Period: props?.Period };
        expect(metric).toMatchObject({
          Metric: { Namespace: 'AWS/Bedrock', MetricName: spec.metric, Dimensions: [{ Name: 'ModelId', Value: model.modelId }] },
          Stat: spec.statistic,
        });
      }
    }
  });

  it('uses the default periods, evaluation periods and thresholds of the original', () => {
    expect(alarms.get(alarmName('Test', 'Throttles', 'M1'))).toMatchObject({ Period: 60, EvaluationPeriods: 5, Threshold: 5, ComparisonOperator: 'GreaterThanThreshold' });
    expect(alarms.get(alarmName('Test', 'ServerErrors', 'M1'))).toMatchObject({ Period: 60, EvaluationPeriods: 5, Threshold: 5 });
    expect(alarms.get(alarmName('Test', 'HighLatency', 'M1'))).toMatchObject({ Period: 300, EvaluationPeriods: 2, Threshold: 240000, Statistic: 'Average' });
    // Usage: quota × 80 %, one-minute sums, 5 periods.
    expect(alarms.get(alarmName('Test', 'HighInvocationRate', 'M1'))).toMatchObject({ Period: 60, EvaluationPeriods: 5, Threshold: 800, Statistic: 'Sum' });
    expect(alarms.get(alarmName('Test', 'HighTPMQuotaUsage', 'M1'))).toMatchObject({ Period: 60, EvaluationPeriods: 5, Threshold: 800_000 });
    expect(alarms.get(alarmName('Test', 'HighTPMQuotaUsage', 'M4'))).toMatchObject({ Threshold: 3_200_000 });
  });

  it('applies per-model overrides', () => {
    expect(alarms.get(alarmName('Test', 'HighTPMQuotaUsage', 'M2'))).toMatchObject({ Threshold: 1_000_000 }); // 2 000 000 × 50 %
    expect(alarms.get(alarmName('Test', 'ClientErrors', 'M2'))).toMatchObject({ Threshold: 10 });
    expect(alarms.get(alarmName('Test', 'ClientErrors', 'M1'))).toMatchObject({ Threshold: 5 });
  });

  it('gives a usage alarm without a quota value the placeholder threshold and warns', () => {
    expect(alarms.get(alarmName('Test', 'HighTPMQuotaUsage', 'M3'))).toMatchObject({ Threshold: UNSIZED_USAGE_THRESHOLD });
    expect(stacks.alarms[0]!.modelAlarms[2]!.unsizedKinds).toEqual(['HighTPMQuotaUsage']);
  });

  it('makes the anomaly alarms upper-band only, 9 standard deviations, 12 × 900 s, each with its detector', () => {
    for (const kind of ['InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly', 'LatencyAnomaly'] as const) {
      const props = alarms.get(alarmName('Test', kind, 'M1'));
      expect(props).toMatchObject({ ComparisonOperator: 'GreaterThanUpperThreshold', EvaluationPeriods: 12 });
      expect(props?.Threshold).toBeUndefined();
      const metrics = props?.Metrics as { Id: string; Expression?: string; MetricStat?: { Period: number } }[];
      const band = metrics.find((m) => m.Expression !== undefined);
      const stat = metrics.find((m) => m.MetricStat !== undefined);
      expect(band?.Expression).toBe(`ANOMALY_DETECTION_BAND(${stat?.Id}, 9)`);
      expect(props?.ThresholdMetricId).toBe(band?.Id);
      expect(stat?.MetricStat?.Period).toBe(900);
      template.hasResourceProperties('AWS::CloudWatch::AnomalyDetector', {
        SingleMetricAnomalyDetector: {
          Namespace: 'AWS/Bedrock', MetricName: ALARM_CATALOGUE[kind].metric, Stat: ALARM_CATALOGUE[kind].statistic,
          Dimensions: [{ Name: 'ModelId', Value: 'vendor.model-1-v1:0' }],
        },
      });
    }
  });

  it('creates the anomaly detector before its alarm', () => {
    const resources = template.toJSON().Resources as Record<string, CfnResource>;
    const alarm = Object.values(resources).find((r) => r.Properties.AlarmName === alarmName('Test', 'LatencyAnomaly', 'M1'));
    expect(alarm?.DependsOn?.some((id) => resources[id]?.Type === 'AWS::CloudWatch::AnomalyDetector')).toBe(true);
  });

  it('ORs every child alarm of the model in its composite alarm', () => {
    const composites = template.findResources('AWS::CloudWatch::CompositeAlarm', { Properties: { AlarmName: compositeAlarmName('Test', 'M2') } });
    const [composite] = Object.values(composites) as CfnResource[];
    const rule = JSON.stringify(composite?.Properties.AlarmRule);
    expect((rule.match(/ALARM\(/g) ?? []).length).toBe(9);
    expect((rule.match(/ OR /g) ?? []).length).toBe(8);
  });

  it('tags every alarm with project, kind and model', () => {
    for (const tag of [{ Key: ALARM_TAGS.project, Value: 'Test' }, { Key: ALARM_TAGS.kind, Value: 'Throttles' }, { Key: ALARM_TAGS.model, Value: 'M3' }]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: alarmName('Test', 'Throttles', 'M3'), Tags: Match.arrayWith([tag]) });
    }
    template.hasResourceProperties('AWS::CloudWatch::CompositeAlarm', {
      AlarmName: compositeAlarmName('Test', 'M3'),
      Tags: Match.arrayWith([{ Key: ALARM_TAGS.model, Value: 'M3' }]),
    });
  });

  it('gives the child alarms no actions (EventBridge sees their state changes)', () => {
    for (const props of alarms.values()) expect(props.AlarmActions ?? []).toEqual([]);
  });
});

describe('alarm stacks split beyond modelsPerStack', () => {
  it('creates ceil(N / K) alarm stacks, each independent of the core stack', () => {
    // 7 models, 3 per stack (helpers.ts variedConfigRaw, shared with nag.suite.ts: checked as `cdk synth` checks it).
    const { stacks } = variedStacks();
    expect(stacks.alarms.map((stack) => stack.modelAlarms.length)).toEqual([3, 3, 1]);
    expect(stacks.alarms.map((stack) => stack.stackName)).toEqual(['Test-BedrockOpsAlert-Alarms-1', 'Test-BedrockOpsAlert-Alarms-2', 'Test-BedrockOpsAlert-Alarms-3']);
    for (const stack of stacks.alarms) {
      expect(stack.dependencies).toEqual([]);
      expect(JSON.stringify(templateOf(stack).toJSON())).not.toContain('Fn::ImportValue');
    }
  });
});

describe('the example configuration: a model with application profiles and a bedrock-mantle model (issue 14)', () => {
  // The example app (ops-alert.config.json), synthesized once for every suite of app.test.ts that reads it.
  const { stacks, deployment } = exampleStacks();
  const alarms = new Map<string, Record<string, unknown>>();
  for (const stack of stacks.alarms) for (const [name, props] of alarmsByName(templateOf(stack))) alarms.set(name, props);

  it('watches the per-minute sum over the model and its three profiles in the usage and error alarms', () => {
    const usage = alarms.get(alarmName('Acme', 'HighTPMQuotaUsage', 'Haiku-4-5'));
    const metrics = usage?.Metrics as { Id: string; Expression?: string; ReturnData: boolean; MetricStat?: { Metric: { Dimensions: { Value: string }[] }; Period: number; Stat: string } }[];
    expect(usage).toMatchObject({ Threshold: 3_200_000, EvaluationPeriods: 5, ComparisonOperator: 'GreaterThanThreshold' });
    expect(usage?.MetricName).toBeUndefined();
    expect(metrics.filter((m) => m.MetricStat).map((m) => m.MetricStat?.Metric.Dimensions[0]?.Value))
      .toEqual(['us.anthropic.claude-haiku-4-5-20251001-v1:0', 'a1b2c3d4e5f6', 'f6e5d4c3b2a1', '0a9b8c7d6e5f']);
    expect(metrics.find((m) => m.ReturnData)?.Expression).toBe('FILL(m0, 0) + FILL(m1, 0) + FILL(m2, 0) + FILL(m3, 0)');
    expect(alarms.get(alarmName('Acme', 'Throttles', 'Haiku-4-5'))?.Metrics).toHaveLength(5);
    // Latency is an average: it stays on the model's own series.
    expect(alarms.get(alarmName('Acme', 'HighLatency', 'Haiku-4-5'))).toMatchObject({ MetricName: 'InvocationLatency', Dimensions: [{ Name: 'ModelId', Value: 'us.anthropic.claude-haiku-4-5-20251001-v1:0' }] });
    // A bedrock-runtime model has one combined TPM quota: no output-tokens quota alarm.
    expect(alarms.has(alarmName('Acme', 'HighOutputTPMQuotaUsage', 'Haiku-4-5'))).toBe(false);
    expect([...alarms.keys()].filter((name) => name.includes('HighOutputTPMQuotaUsage'))).toEqual([alarmName('Acme', 'HighOutputTPMQuotaUsage', 'GPT-OSS-120B')]);
  });

  it('adds the alarms a profile asks for on its own traffic (support-bot: ServerErrors, HighLatency), in the composite and the catalogue', () => {
    const serverErrors = profileAlarmName('Acme', 'ServerErrors', 'Haiku-4-5', 'support-bot');
    const latency = profileAlarmName('Acme', 'HighLatency', 'Haiku-4-5', 'support-bot');
    expect(serverErrors).toBe('Acme-Bedrock-ServerErrors-Critical-Haiku-4-5.support-bot');
    expect(alarms.get(serverErrors)).toMatchObject({
      Namespace: 'AWS/Bedrock', MetricName: 'InvocationServerErrors', Statistic: 'Sum', Threshold: 5, Dimensions: [{ Name: 'ModelId', Value: 'a1b2c3d4e5f6' }],
    });
    expect(alarms.get(latency)).toMatchObject({ MetricName: 'InvocationLatency', Statistic: 'Average', Threshold: 240_000, Dimensions: [{ Name: 'ModelId', Value: 'a1b2c3d4e5f6' }] });
    // Only where asked: no other profile alarm.
    expect([...alarms.keys()].filter((name) => name.includes('.'))).toEqual(expect.arrayContaining([serverErrors, latency]));
    expect([...alarms.keys()].filter((name) => name.includes('.'))).toHaveLength(2);
    const composites = stacks.alarms.flatMap((stack) => Object.values(templateOf(stack).findResources('AWS::CloudWatch::CompositeAlarm') as Record<string, CfnResource>));
    const rule = composites.find((c) => c.Properties.AlarmName === compositeAlarmName('Acme', 'Haiku-4-5'))?.Properties.AlarmRule as string;
    expect(rule).toContain(`ALARM("${serverErrors}")`);
    expect(rule).toContain(`ALARM("${latency}")`);
    const index = projectAlarmIndex('Acme', deployment.models);
    expect(index.get(serverErrors)).toEqual({ name: serverErrors, modelName: 'Haiku-4-5', kind: 'ServerErrors', composite: false, profile: 'support-bot' });
    expect(index.get(latency)?.kind).toBe('HighLatency');
  });

  it('refuses a stack whose per-profile alarms take it over 500 resources', () => {
    const big = configWithModels(33);
    (big.models as Record<string, unknown>[])[0]!.applicationProfiles = Array.from({ length: 10 }, (_, i) => ({ name: `p${i}`, profileId: `prof${i}`, alarms: ['ClientErrors', 'ServerErrors', 'Throttles', 'HighLatency'] }));
    // 11 models with an RPM quota x 15 + 22 x 14 + 40 profile alarms + the CDK metadata resource.
    expect(() => deploymentOf(big)).toThrow(/Model-alarm stack 1 would hold 514 resources .* above CloudFormation's 500/);
    (big.models as Record<string, unknown>[])[0]!.alarmStack = 2;
    expect(() => deploymentOf(big)).not.toThrow();
  });

  it('gives the bedrock-mantle model its AWS/BedrockMantle alarms, only where a metric exists, all in its composite', () => {
    const kinds = alarmKindsForModel(false, 'bedrock-mantle');
    for (const kind of ALARM_KINDS) expect(alarms.has(alarmName('Acme', kind, 'GPT-OSS-120B'))).toBe(kinds.includes(kind));
    expect(alarms.get(alarmName('Acme', 'ServerErrors', 'GPT-OSS-120B'))).toMatchObject({ Namespace: 'AWS/BedrockMantle', MetricName: 'InferenceServerErrors', Dimensions: [{ Name: 'Model', Value: 'openai.gpt-oss-120b' }] });
    expect(alarms.get(alarmName('Acme', 'HighTPMQuotaUsage', 'GPT-OSS-120B'))).toMatchObject({ Namespace: 'AWS/BedrockMantle', MetricName: 'TotalInputTokens', Threshold: 800_000 });
    // The output-tokens quota: its own usage alarm, on TotalOutputTokens per minute, sized from currentQuotas.outputTpm x TPM %.
    expect(alarms.get(alarmName('Acme', 'HighOutputTPMQuotaUsage', 'GPT-OSS-120B'))).toMatchObject({
      Namespace: 'AWS/BedrockMantle', MetricName: 'TotalOutputTokens', Dimensions: [{ Name: 'Model', Value: 'openai.gpt-oss-120b' }],
      Statistic: 'Sum', Period: 60, Threshold: 200_000, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 5,
    });
    const composites = stacks.alarms.flatMap((stack) => Object.values(templateOf(stack).findResources('AWS::CloudWatch::CompositeAlarm') as Record<string, CfnResource>));
    const rule = composites.find((c) => c.Properties.AlarmName === compositeAlarmName('Acme', 'GPT-OSS-120B'))?.Properties.AlarmRule as string;
    expect(kinds.every((kind) => rule.includes(`ALARM("${alarmName('Acme', kind, 'GPT-OSS-120B')}")`))).toBe(true);
    expect(rule).toContain(`ALARM("${alarmName('Acme', 'HighOutputTPMQuotaUsage', 'GPT-OSS-120B')}")`);
    const detectors = stacks.alarms.flatMap((stack) => Object.values(templateOf(stack).findResources('AWS::CloudWatch::AnomalyDetector') as Record<string, CfnResource>));
    expect(detectors.filter((d) => JSON.stringify(d.Properties).includes('AWS/BedrockMantle'))).toHaveLength(3);
  });
});
