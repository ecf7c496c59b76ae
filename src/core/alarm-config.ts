/**
 * The full configuration of every project alarm, in the field names of PutMetricAlarm / PutCompositeAlarm (which are
 * also the CloudFormation property names of AWS::CloudWatch::Alarm and AWS::CloudWatch::CompositeAlarm).
 *
 * One description, two writers: the CDK app declares the alarms from it (infra/constructs/model-alarms.ts) and the
 * threshold updater re-sends it with PutMetricAlarm (src/threshold-updater). PutMetricAlarm overwrites every field it
 * is not given, so the updater must send exactly what the stack declared except the threshold; sharing this function
 * is what makes that true. Pure: no AWS SDK, no CDK.
 */
import { ALARM_CATALOGUE, ALARM_TAGS, alarmKindsForModel, alarmName, compositeAlarmName, profileAlarmName, profileAlarmsOf } from './catalogue.js';
import type { AlarmKind, InferenceEndpoint, ProfileAlarmKind, QuotaName } from './catalogue.js';
import type { ApplicationProfile } from './model.js';
import { thresholdFor } from './quota-math.js';

export const BEDROCK_NAMESPACE = 'AWS/Bedrock';
export const MODEL_DIMENSION = 'ModelId';
/** bedrock-mantle publishes in its own namespace; its model-level metrics carry the one dimension `Model`. */
export const MANTLE_NAMESPACE = 'AWS/BedrockMantle';
export const MANTLE_MODEL_DIMENSION = 'Model';

/** Where an endpoint's metrics are: namespace and the model-level dimension. */
export const metricSourceOf = (endpoint: InferenceEndpoint | undefined): { namespace: string; dimension: string } =>
  endpoint === 'bedrock-mantle' ? { namespace: MANTLE_NAMESPACE, dimension: MANTLE_MODEL_DIMENSION } : { namespace: BEDROCK_NAMESPACE, dimension: MODEL_DIMENSION };

/** The metric name of a kind on the model's endpoint (the catalogue says which kinds have one; see alarmKindsForModel). */
export const metricNameOf = (kind: AlarmKind, endpoint: InferenceEndpoint | undefined): string => {
  const spec = ALARM_CATALOGUE[kind];
  const metric = endpoint === 'bedrock-mantle' ? spec.mantleMetric : spec.metric;
  if (metric === null) throw new RangeError(`${kind} has no metric on ${endpoint ?? 'bedrock-runtime'}`);
  return metric;
};
/** Quotas are per minute, so usage alarms always evaluate one-minute sums. */
export const USAGE_PERIOD_SECONDS = 60;

/**
 * Threshold of a usage alarm whose quota is not known. CloudWatch needs a number; this one (10^12 per minute, far
 * above any Bedrock quota) keeps the alarm quiet until the threshold updater writes quota × percent.
 */
export const UNSIZED_USAGE_THRESHOLD = 1e12;

/** The usage alarms and the quota each one follows. */
export const USAGE_ALARM_QUOTAS = { HighInvocationRate: 'RPM', HighTPMQuotaUsage: 'TPM', HighOutputTPMQuotaUsage: 'OutputTPM' } as const satisfies Partial<Record<AlarmKind, QuotaName>>;
export type UsageAlarmKind = keyof typeof USAGE_ALARM_QUOTAS;
export const USAGE_ALARM_KINDS = Object.keys(USAGE_ALARM_QUOTAS) as UsageAlarmKind[];
const USAGE_ALARM_OF: Record<QuotaName, UsageAlarmKind> = { RPM: 'HighInvocationRate', TPM: 'HighTPMQuotaUsage', OutputTPM: 'HighOutputTPMQuotaUsage' };
export const usageAlarmKindOf = (quota: QuotaName): UsageAlarmKind => USAGE_ALARM_OF[quota];

export type AlarmPeriodSeconds = 60 | 300 | 900 | 3600;

/** Evaluation settings of the alarms (the deployment configuration's `alarms`, per-model overrides merged). */
export interface AlarmEvaluationSettings {
  critical: { errorThreshold: number; periodSeconds: AlarmPeriodSeconds; evaluationPeriods: number };
  usage: { evaluationPeriods: number };
  latency: { thresholdMs: number; periodSeconds: AlarmPeriodSeconds; evaluationPeriods: number };
  anomaly: { stdDevs: number; periodSeconds: AlarmPeriodSeconds; evaluationPeriods: number };
}

/** What the alarms of one model are built from. infra's ResolvedModel has this shape (and more). */
export interface AlarmModelSpec {
  name: string;
  modelId: string;
  /** The stack declares the RPM usage alarm (HighInvocationRate) only when the model has an RPM quota. */
  hasRpmQuota: boolean;
  percents: { rpmThresholdPercent: number; tpmThresholdPercent: number };
  alarms: AlarmEvaluationSettings;
  /** Absent: bedrock-runtime. */
  endpoint?: InferenceEndpoint;
  /** Application profiles on this model's quota: the error and usage alarms watch the sum over the model and them. */
  applicationProfiles?: ApplicationProfile[];
}

export interface AlarmDimension { Name: string; Value: string }
export interface AlarmTag { Key: string; Value: string }
export interface AlarmMetricDataQuery {
  Id: string;
  Expression?: string;
  Label?: string;
  MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions: AlarmDimension[] }; Period: number; Stat: string };
  ReturnData: boolean;
}

/** PutMetricAlarm's input, complete: every field the stack sets, written out so nothing falls back to a default. */
export interface MetricAlarmConfiguration {
  AlarmName: string;
  AlarmDescription: string;
  ActionsEnabled: boolean;
  AlarmActions: string[];
  OKActions: string[];
  InsufficientDataActions: string[];
  ComparisonOperator: 'GreaterThanThreshold' | 'GreaterThanUpperThreshold';
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  TreatMissingData: 'notBreaching';
  /** Single-metric alarms */
  Namespace?: string;
  MetricName?: string;
  Dimensions?: AlarmDimension[];
  Statistic?: 'Sum' | 'Average';
  Period?: number;
  Threshold?: number;
  /** Anomaly-band alarms */
  Metrics?: AlarmMetricDataQuery[];
  ThresholdMetricId?: string;
  /** Applied by CloudWatch at creation only; kept here so the declaration is whole. */
  Tags: AlarmTag[];
}

/** PutCompositeAlarm's input, complete. */
export interface CompositeAlarmConfiguration {
  AlarmName: string;
  AlarmDescription: string;
  AlarmRule: string;
  ActionsEnabled: boolean;
  AlarmActions: string[];
  OKActions: string[];
  InsufficientDataActions: string[];
  Tags: AlarmTag[];
}

/** The quota value a usage alarm is sized from; undefined = not known (placeholder threshold). */
export interface UsageSizing {
  quota?: number;
}

const tagsOf = (customerName: string, modelName: string, kind?: AlarmKind): AlarmTag[] => [
  { Key: ALARM_TAGS.project, Value: customerName },
  ...(kind ? [{ Key: ALARM_TAGS.kind, Value: kind }] : []),
  { Key: ALARM_TAGS.model, Value: modelName },
];

/** The threshold percent a usage alarm applies to its quota. */
export const usageThresholdPercent = (model: AlarmModelSpec, quota: QuotaName): number =>
  // The output-tokens quota (bedrock-mantle) is a tokens-per-minute quota: it takes the TPM percent.
  quota === 'RPM' ? model.percents.rpmThresholdPercent : model.percents.tpmThresholdPercent;

/** quota × percent (thresholdFor), or the placeholder when the quota is not known. */
export const usageAlarmThreshold = (model: AlarmModelSpec, quota: QuotaName, sizing: UsageSizing): number =>
  sizing.quota === undefined ? UNSIZED_USAGE_THRESHOLD : thresholdFor(sizing.quota, usageThresholdPercent(model, quota));

/**
 * The complete configuration of one child alarm of a model. `sizing` only matters for the usage alarms: the quota
 * the threshold is computed from (the deploy-time value for CloudFormation, the live value for the updater).
 */
export const metricAlarmConfiguration = (customerName: string, model: AlarmModelSpec, kind: AlarmKind, sizing: UsageSizing = {}): MetricAlarmConfiguration => {
  const spec = ALARM_CATALOGUE[kind];
  const source = metricSourceOf(model.endpoint);
  const metricName = metricNameOf(kind, model.endpoint);
  const dimensions = [{ Name: source.dimension, Value: model.modelId }];
  const profiles = model.applicationProfiles ?? [];
  const common = {
    AlarmName: alarmName(customerName, kind, model.name),
    // No actions on the children: EventBridge sees their state changes directly.
    ActionsEnabled: true,
    AlarmActions: [],
    OKActions: [],
    InsufficientDataActions: [],
    TreatMissingData: 'notBreaching' as const,
    Tags: tagsOf(customerName, model.name, kind),
  };
  // With application profiles, the count alarms (errors, usage) watch the per-minute sum over the model and its
  // profiles (metric math; FILL so a source without data that minute counts 0): the quota is shared by all of them.
  const single = (periodSeconds: number): Pick<MetricAlarmConfiguration, 'Namespace' | 'MetricName' | 'Dimensions' | 'Statistic' | 'Period' | 'Metrics'> =>
    profiles.length > 0 && spec.statistic === 'Sum'
      ? { Metrics: summedMetricQueries(source.namespace, metricName, [{ id: model.modelId, name: DIRECT_SOURCE }, ...profiles.map((p) => ({ id: p.profileId, name: p.name }))], periodSeconds, `${metricName} (model + ${profiles.length} application profiles)`) }
      : { Namespace: source.namespace, MetricName: metricName, Dimensions: dimensions, Statistic: spec.statistic, Period: periodSeconds };
  const { alarms } = model;
  const rule = spec.threshold;
  switch (rule.type) {
    case 'errorCount':
      return {
        ...common,
        AlarmDescription: `${model.name}: ${spec.meaning}. More than ${alarms.critical.errorThreshold} per ${alarms.critical.periodSeconds} s for ${alarms.critical.evaluationPeriods} periods.`,
        ...single(alarms.critical.periodSeconds),
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: alarms.critical.errorThreshold,
        EvaluationPeriods: alarms.critical.evaluationPeriods,
        DatapointsToAlarm: alarms.critical.evaluationPeriods,
      };
    case 'quotaPercent': {
      const percent = usageThresholdPercent(model, rule.quota);
      const threshold = usageAlarmThreshold(model, rule.quota, sizing);
      return {
        ...common,
        AlarmDescription:
          `${model.name}: ${spec.meaning}. Threshold = ${rule.quota} quota x ${percent}% ` +
          (sizing.quota === undefined
            ? '(quota not known yet: placeholder until the threshold updater sets it).'
            : `= ${threshold} (quota ${sizing.quota}; kept current by the threshold updater).`),
        ...single(USAGE_PERIOD_SECONDS),
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: threshold,
        EvaluationPeriods: alarms.usage.evaluationPeriods,
        DatapointsToAlarm: alarms.usage.evaluationPeriods,
      };
    }
    case 'latencyMs':
      return {
        ...common,
        AlarmDescription: `${model.name}: ${spec.meaning}. Average above ${alarms.latency.thresholdMs} ms over ${alarms.latency.evaluationPeriods} x ${alarms.latency.periodSeconds} s.`,
        ...single(alarms.latency.periodSeconds),
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: alarms.latency.thresholdMs,
        EvaluationPeriods: alarms.latency.evaluationPeriods,
        DatapointsToAlarm: alarms.latency.evaluationPeriods,
      };
    case 'anomalyBand':
      return {
        ...common,
        AlarmDescription: `${model.name}: ${spec.meaning}. Above a ${alarms.anomaly.stdDevs}-standard-deviation band for ${alarms.anomaly.evaluationPeriods} x ${alarms.anomaly.periodSeconds} s.`,
        Metrics: [
          {
            Id: 'm1',
            MetricStat: { Metric: { Namespace: source.namespace, MetricName: metricName, Dimensions: dimensions }, Period: alarms.anomaly.periodSeconds, Stat: spec.statistic },
            ReturnData: true,
          },
          { Id: 'ad1', Expression: `ANOMALY_DETECTION_BAND(m1, ${alarms.anomaly.stdDevs})`, Label: `${metricName} (expected)`, ReturnData: true },
        ],
        ThresholdMetricId: 'ad1',
        // Upper edge only: less traffic than expected is not an incident.
        ComparisonOperator: 'GreaterThanUpperThreshold',
        EvaluationPeriods: alarms.anomaly.evaluationPeriods,
        DatapointsToAlarm: alarms.anomaly.evaluationPeriods,
      };
  }
};

/** The label of the model's own (direct) calls among the summed sources. */
export const DIRECT_SOURCE = 'direct';

/** One ModelId value an alarm reads, with its label: the profile's name, or "direct" for the model itself. */
export interface AlarmSource { id: string; name: string }

/**
 * Metric math summing one metric over several ModelId values per period: `m0..mN` (not returned, each labelled with
 * its source's name, so the alarm itself says which profiles it counts) and `total`.
 * Only for bedrock-runtime (application profiles do not exist on bedrock-mantle).
 */
export const summedMetricQueries = (namespace: string, metricName: string, sources: readonly AlarmSource[], periodSeconds: number, label: string): AlarmMetricDataQuery[] => [
  ...sources.map((source, index) => ({
    Id: `m${index}`,
    Label: source.name,
    MetricStat: { Metric: { Namespace: namespace, MetricName: metricName, Dimensions: [{ Name: MODEL_DIMENSION, Value: source.id }] }, Period: periodSeconds, Stat: 'Sum' },
    ReturnData: false,
  })),
  { Id: 'total', Expression: sources.map((_, index) => `FILL(m${index}, 0)`).join(' + '), Label: label, ReturnData: true },
];

/**
 * The ModelId values a single-metric or summed alarm reads, as CloudWatch holds it (DescribeAlarms, or a stored
 * configuration); the model itself included. Anomaly-band alarms read the model only. Empty for another shape.
 */
export const alarmSourcesOf = (alarm: { Dimensions?: readonly { Name?: string; Value?: string }[]; Metrics?: readonly { Label?: string; MetricStat?: { Metric?: { Dimensions?: readonly { Name?: string; Value?: string }[] } } }[] }): AlarmSource[] => {
  const valueOf = (dimensions: readonly { Name?: string; Value?: string }[] | undefined): string | undefined =>
    dimensions?.find((d) => d.Name === MODEL_DIMENSION || d.Name === MANTLE_MODEL_DIMENSION)?.Value;
  if (alarm.Metrics?.length) {
    return alarm.Metrics.flatMap((query) => {
      const id = valueOf(query.MetricStat?.Metric?.Dimensions);
      return id === undefined ? [] : [{ id, name: query.Label ?? id }];
    });
  }
  const id = valueOf(alarm.Dimensions);
  return id === undefined ? [] : [{ id, name: DIRECT_SOURCE }];
};

/**
 * The alarm of one application profile's own traffic (a kind the configuration asks for on it): the model's alarm of
 * that kind, with the same settings, on the profile's ModelId alone.
 */
export const profileAlarmConfiguration = (customerName: string, model: AlarmModelSpec, profile: ApplicationProfile, kind: ProfileAlarmKind): MetricAlarmConfiguration => {
  const { applicationProfiles: _profiles, ...alone } = model;
  const base = metricAlarmConfiguration(customerName, { ...alone, modelId: profile.profileId }, kind);
  return {
    ...base,
    AlarmName: profileAlarmName(customerName, kind, model.name, profile.name),
    AlarmDescription: `${model.name}, application profile ${profile.name} (${profile.profileId}): ${base.AlarmDescription.slice(model.name.length + 2)}`,
  };
};

/** The composite alarm of a model: any of `childKinds` in ALARM, or any of its per-profile alarms. Children are referenced by name. */
export const compositeAlarmConfiguration = (
  customerName: string, model: Pick<AlarmModelSpec, 'name' | 'modelId' | 'applicationProfiles'>, childKinds: readonly AlarmKind[],
): CompositeAlarmConfiguration => ({
  AlarmName: compositeAlarmName(customerName, model.name),
  AlarmDescription: `Any Bedrock Ops Alert alarm of ${model.name} (${model.modelId}) is in ALARM.`,
  AlarmRule: [...childKinds.map((kind) => alarmName(customerName, kind, model.name)), ...profileAlarmsOf(customerName, model).map((alarm) => alarm.name)]
    .map((name) => `ALARM("${name}")`).join(' OR '),
  ActionsEnabled: true,
  AlarmActions: [],
  OKActions: [],
  InsufficientDataActions: [],
  Tags: tagsOf(customerName, model.name),
});

/** The child kinds a model's stack declares (no RPM usage alarm without an RPM quota). */
export const declaredAlarmKinds = (model: Pick<AlarmModelSpec, 'hasRpmQuota' | 'endpoint'>): AlarmKind[] => alarmKindsForModel(model.hasRpmQuota, model.endpoint);
