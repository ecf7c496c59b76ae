/**
 * The alarm catalogue: one table that drives the CDK alarms (infra/), the classification of fired alarms
 * (classify.ts) and the names the workflow recognises. Names follow `{Customer}-Bedrock-{Kind}-{Severity}-{Model}`.
 */

export const ALARM_KINDS = [
  'ClientErrors',
  'ServerErrors',
  'Throttles',
  'HighInvocationRate',
  'HighTPMQuotaUsage',
  'HighOutputTPMQuotaUsage',
  'HighLatency',
  'InvocationAnomaly',
  'InputTokenAnomaly',
  'OutputTokenAnomaly',
  'LatencyAnomaly',
] as const;

export type AlarmKind = (typeof ALARM_KINDS)[number];
export type AlarmSeverity = 'Critical' | 'Warning';
export type AlarmCategory = 'quota' | 'non_quota';
/**
 * The quotas an alarm or a request can concern. `TPM` is bedrock-runtime's tokens-per-minute quota, and on
 * bedrock-mantle its input-tokens quota; `OutputTPM` exists only on bedrock-mantle ("Bedrock Mantle output tokens per
 * minute for ${model}").
 */
export type QuotaName = 'RPM' | 'TPM' | 'OutputTPM';
export const QUOTA_NAMES = ['RPM', 'TPM', 'OutputTPM'] as const satisfies readonly QuotaName[];
/** The key of a quota in `quotaCodes`, `currentQuotas`, ModelQuotas and the decision's thresholds. */
export const QUOTA_KEYS = { RPM: 'rpm', TPM: 'tpm', OutputTPM: 'outputTpm' } as const satisfies Record<QuotaName, string>;
export type QuotaKey = (typeof QUOTA_KEYS)[QuotaName];
/** How the texts name a quota. */
export const QUOTA_LABELS: Readonly<Record<QuotaName, string>> = { RPM: 'RPM', TPM: 'TPM', OutputTPM: 'output TPM' };
export type MetricName =
  | 'InvocationClientErrors'
  | 'InvocationServerErrors'
  | 'InvocationThrottles'
  | 'Invocations'
  | 'EstimatedTPMQuotaUsage'
  | 'InvocationLatency'
  | 'InputTokenCount'
  | 'OutputTokenCount';

/**
 * The two Bedrock inference endpoints. Each publishes its own metrics (AWS/Bedrock with dimension ModelId;
 * AWS/BedrockMantle with dimension Model at the model level) and is governed by its own quotas (docs/deployment.md,
 * "Inference profiles and the bedrock-mantle endpoint", with the sources).
 */
export const INFERENCE_ENDPOINTS = ['bedrock-runtime', 'bedrock-mantle'] as const;
export type InferenceEndpoint = (typeof INFERENCE_ENDPOINTS)[number];

/**
 * AWS/BedrockMantle metric names. The Bedrock user guide ("Monitor bedrock-mantle inference using CloudWatch metrics")
 * lists Inferences, InferenceClientErrors, TotalInputTokens and TotalOutputTokens; InferenceServerErrors is not in its
 * table (only third-party collectors name it): unconfirmed, see docs/deployment.md "Sources".
 */
export type MantleMetricName = 'Inferences' | 'InferenceClientErrors' | 'InferenceServerErrors' | 'TotalInputTokens' | 'TotalOutputTokens';

/** How an alarm's threshold is set. */
export type ThresholdRule =
  /** A fixed count per period from the alarm settings (`errorThreshold`). */
  | { type: 'errorCount' }
  /** quota × threshold percent, recomputed when the quota changes. */
  | { type: 'quotaPercent'; quota: QuotaName }
  /** A fixed latency in milliseconds (`latencyThresholdMs`). */
  | { type: 'latencyMs' }
  /** The upper edge of a CloudWatch anomaly-detection band. */
  | { type: 'anomalyBand' };

/** Which evaluation settings an alarm uses (see AlarmSettings). */
export type EvaluationProfile = 'critical' | 'usage' | 'latency' | 'anomaly';

export interface AlarmKindSpec {
  kind: AlarmKind;
  layer: 1 | 2 | 3;
  severity: AlarmSeverity;
  category: AlarmCategory;
  /** Quotas an increase request would concern. Empty for non-quota alarms. */
  quotaScope: readonly QuotaName[];
  /** The AWS/Bedrock metric (bedrock-runtime endpoint), or null for a kind that exists only on bedrock-mantle. */
  metric: MetricName | null;
  /**
   * The AWS/BedrockMantle metric of the same meaning, or null when that endpoint publishes none: no latency metric
   * (so no HighLatency, no LatencyAnomaly), and no request quota (so no HighInvocationRate; the endpoint enforces only
   * token quotas). HighTPMQuotaUsage watches TotalInputTokens against the "Bedrock Mantle input tokens per minute"
   * quota, the one checked when a request is admitted; HighOutputTPMQuotaUsage (mantle only) watches TotalOutputTokens
   * against the "Bedrock Mantle output tokens per minute" quota.
   */
  mantleMetric: MantleMetricName | null;
  statistic: 'Sum' | 'Average';
  threshold: ThresholdRule;
  evaluation: EvaluationProfile;
  /** What the alarm means, for case and email text. */
  meaning: string;
}

export const ALARM_CATALOGUE: Readonly<Record<AlarmKind, AlarmKindSpec>> = {
  ClientErrors: {
    kind: 'ClientErrors', layer: 1, severity: 'Critical', category: 'quota', quotaScope: ['RPM', 'TPM'],
    metric: 'InvocationClientErrors', mantleMetric: 'InferenceClientErrors', statistic: 'Sum', threshold: { type: 'errorCount' }, evaluation: 'critical',
    meaning: 'requests rejected with client errors (quota exceeded, validation or invalid parameters)',
  },
  ServerErrors: {
    kind: 'ServerErrors', layer: 1, severity: 'Critical', category: 'non_quota', quotaScope: [],
    metric: 'InvocationServerErrors', mantleMetric: 'InferenceServerErrors', statistic: 'Sum', threshold: { type: 'errorCount' }, evaluation: 'critical',
    meaning: 'service-side (5xx) errors on model invocations',
  },
  Throttles: {
    kind: 'Throttles', layer: 1, severity: 'Critical', category: 'quota', quotaScope: ['RPM', 'TPM'],
    metric: 'InvocationThrottles', mantleMetric: null, statistic: 'Sum', threshold: { type: 'errorCount' }, evaluation: 'critical',
    meaning: 'requests throttled because a rate quota was reached',
  },
  HighInvocationRate: {
    kind: 'HighInvocationRate', layer: 2, severity: 'Warning', category: 'quota', quotaScope: ['RPM'],
    metric: 'Invocations', mantleMetric: null, statistic: 'Sum', threshold: { type: 'quotaPercent', quota: 'RPM' }, evaluation: 'usage',
    meaning: 'requests per minute above the configured share of the RPM quota',
  },
  HighTPMQuotaUsage: {
    kind: 'HighTPMQuotaUsage', layer: 2, severity: 'Warning', category: 'quota', quotaScope: ['TPM'],
    metric: 'EstimatedTPMQuotaUsage', mantleMetric: 'TotalInputTokens', statistic: 'Sum', threshold: { type: 'quotaPercent', quota: 'TPM' }, evaluation: 'usage',
    meaning: 'estimated tokens-per-minute quota consumption above the configured share of the TPM quota',
  },
  HighOutputTPMQuotaUsage: {
    kind: 'HighOutputTPMQuotaUsage', layer: 2, severity: 'Warning', category: 'quota', quotaScope: ['OutputTPM'],
    metric: null, mantleMetric: 'TotalOutputTokens', statistic: 'Sum', threshold: { type: 'quotaPercent', quota: 'OutputTPM' }, evaluation: 'usage',
    meaning: 'output tokens per minute above the configured share of the output-tokens-per-minute quota (bedrock-mantle)',
  },
  HighLatency: {
    kind: 'HighLatency', layer: 2, severity: 'Warning', category: 'non_quota', quotaScope: [],
    metric: 'InvocationLatency', mantleMetric: null, statistic: 'Average', threshold: { type: 'latencyMs' }, evaluation: 'latency',
    meaning: 'average invocation latency above the configured limit',
  },
  InvocationAnomaly: {
    kind: 'InvocationAnomaly', layer: 3, severity: 'Warning', category: 'quota', quotaScope: ['RPM'],
    metric: 'Invocations', mantleMetric: 'Inferences', statistic: 'Sum', threshold: { type: 'anomalyBand' }, evaluation: 'anomaly',
    meaning: 'request volume above its expected (anomaly-detection) band',
  },
  InputTokenAnomaly: {
    kind: 'InputTokenAnomaly', layer: 3, severity: 'Warning', category: 'quota', quotaScope: ['TPM'],
    metric: 'InputTokenCount', mantleMetric: 'TotalInputTokens', statistic: 'Sum', threshold: { type: 'anomalyBand' }, evaluation: 'anomaly',
    meaning: 'input tokens above their expected (anomaly-detection) band',
  },
  OutputTokenAnomaly: {
    kind: 'OutputTokenAnomaly', layer: 3, severity: 'Warning', category: 'quota', quotaScope: ['TPM'],
    metric: 'OutputTokenCount', mantleMetric: 'TotalOutputTokens', statistic: 'Sum', threshold: { type: 'anomalyBand' }, evaluation: 'anomaly',
    meaning: 'output tokens above their expected (anomaly-detection) band',
  },
  LatencyAnomaly: {
    kind: 'LatencyAnomaly', layer: 3, severity: 'Warning', category: 'non_quota', quotaScope: [],
    metric: 'InvocationLatency', mantleMetric: null, statistic: 'Average', threshold: { type: 'anomalyBand' }, evaluation: 'anomaly',
    meaning: 'invocation latency above its expected (anomaly-detection) band',
  },
};

export const isAlarmKind = (value: string): value is AlarmKind => (ALARM_KINDS as readonly string[]).includes(value);

/** `{Customer}-Bedrock-{Kind}-{Severity}-{Model}` */
export const alarmName = (customerName: string, kind: AlarmKind, modelName: string): string =>
  `${customerName}-Bedrock-${kind}-${ALARM_CATALOGUE[kind].severity}-${modelName}`;

/** `{Customer}-Bedrock-QuotaHealth-Composite-{Model}` */
export const compositeAlarmName = (customerName: string, modelName: string): string =>
  `${customerName}-Bedrock-QuotaHealth-Composite-${modelName}`;

/** Tag keys put on every project alarm (the CDK app sets them; the classifier never parses names by substring). */
export const ALARM_TAGS = { project: 'bedrock-ops-alert:project', kind: 'bedrock-ops-alert:kind', model: 'bedrock-ops-alert:model' } as const;

/** Whether an endpoint publishes a metric for a kind (HighOutputTPMQuotaUsage: bedrock-mantle only). */
export const hasMetricOn = (kind: AlarmKind, endpoint: InferenceEndpoint): boolean =>
  (endpoint === 'bedrock-mantle' ? ALARM_CATALOGUE[kind].mantleMetric : ALARM_CATALOGUE[kind].metric) !== null;

/**
 * The kinds a model gets: no RPM usage alarm when the model has no RPM quota (Bedrock stopped enforcing RPM in 2026),
 * and on each endpoint only the kinds it publishes a metric for.
 */
export const alarmKindsForModel = (hasRpmQuota: boolean, endpoint: InferenceEndpoint = 'bedrock-runtime'): AlarmKind[] =>
  ALARM_KINDS.filter((kind) => (hasRpmQuota || kind !== 'HighInvocationRate') && hasMetricOn(kind, endpoint));

/**
 * The kinds that have no metric on an endpoint (bedrock-runtime: HighOutputTPMQuotaUsage; bedrock-mantle: Throttles,
 * HighInvocationRate, HighLatency, LatencyAnomaly).
 */
export const kindsWithoutMetric = (endpoint: InferenceEndpoint): AlarmKind[] => ALARM_KINDS.filter((kind) => !hasMetricOn(kind, endpoint));

/** The kinds a configuration may ask for on one application profile's own traffic (errors and latency). */
export const PROFILE_ALARM_KINDS = ['ClientErrors', 'ServerErrors', 'Throttles', 'HighLatency'] as const satisfies readonly AlarmKind[];
export type ProfileAlarmKind = (typeof PROFILE_ALARM_KINDS)[number];

/**
 * `{Customer}-Bedrock-{Kind}-{Severity}-{Model}.{Profile}`: the alarm of one application profile's own traffic. The dot
 * cannot appear in a customer or model name, so no profile alarm name is another model's alarm name.
 */
export const profileAlarmName = (customerName: string, kind: AlarmKind, modelName: string, profileName: string): string =>
  `${alarmName(customerName, kind, modelName)}.${profileName}`;

/** A model as the alarm names need it: its name and the profiles with alarms of their own. */
export interface ModelAlarmNames {
  name: string;
  applicationProfiles?: readonly { name: string; alarms?: readonly ProfileAlarmKind[] }[];
}

/** The per-profile alarms of a model: one per (profile, kind) the configuration asks for. */
export const profileAlarmsOf = (customerName: string, model: ModelAlarmNames): { name: string; kind: ProfileAlarmKind; profile: string }[] =>
  (model.applicationProfiles ?? []).flatMap((profile) => (profile.alarms ?? []).map((kind) => ({ name: profileAlarmName(customerName, kind, model.name, profile.name), kind, profile: profile.name })));

/** Every child alarm name a model can have: one per catalogue kind, plus its per-profile alarms. */
export const childAlarmNamesOf = (customerName: string, model: ModelAlarmNames): string[] =>
  [...ALARM_KINDS.map((kind) => alarmName(customerName, kind, model.name)), ...profileAlarmsOf(customerName, model).map((alarm) => alarm.name)];

export interface ProjectAlarmRef {
  name: string;
  modelName: string;
  /** undefined for the composite alarm */
  kind?: AlarmKind;
  composite: boolean;
  /** A per-profile alarm: the profile's name. */
  profile?: string;
}

/**
 * The exact names of every project alarm for the configured models (a model name, or the model with the profiles
 * that have alarms of their own). Lookups are by whole name, so a customer or model name containing "Anomaly" or
 * "Critical" cannot confuse them (the original matched substrings).
 */
export const projectAlarmIndex = (customerName: string, models: readonly (string | ModelAlarmNames)[]): Map<string, ProjectAlarmRef> => {
  const index = new Map<string, ProjectAlarmRef>();
  for (const entry of models) {
    const model = typeof entry === 'string' ? { name: entry } : entry;
    const modelName = model.name;
    index.set(compositeAlarmName(customerName, modelName), { name: compositeAlarmName(customerName, modelName), modelName, composite: true });
    for (const kind of ALARM_KINDS) {
      const name = alarmName(customerName, kind, modelName);
      index.set(name, { name, modelName, kind, composite: false });
    }
    for (const alarm of profileAlarmsOf(customerName, model)) index.set(alarm.name, { name: alarm.name, modelName, kind: alarm.kind, composite: false, profile: alarm.profile });
  }
  return index;
};
