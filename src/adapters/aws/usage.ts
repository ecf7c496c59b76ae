/**
 * UsageMetricsPort on CloudWatch GetMetricData: one request for the whole window, four per-minute series.
 * - bedrock-mantle: the same series from AWS/BedrockMantle (dimension Model): Inferences, TotalInputTokens,
 *   TotalOutputTokens (it has no EstimatedTPMQuotaUsage).
 * - A model with application profiles: each series is metric math summing the model and its profiles per minute, and
 *   per source two hourly series (invocations, estimated TPM usage) for the breakdown. Still one call of at most
 *   4 x 20,160 + 2 x (1 + profiles) x 336 data points: 88,032 for 10 profiles, under the 100,800 of one page.
 */
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient, MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { TransientAwsError } from '#core/errors.js';
import { MANTLE_MODEL_DIMENSION, MANTLE_NAMESPACE } from '#core/alarm-config.js';
import type { ModelRef, UsageLookup, UsageSeries, UsageSource } from '#core/model.js';
import type { UsageMetricsPort } from '#ports/index.js';
import { mapAwsError } from './errors.js';

const MINUTE_MS = 60_000;
const PERIOD_SECONDS = 60;

const HOUR_SECONDS = 3600;

/** Query id (lowercase first letter, as GetMetricData requires) → AWS/Bedrock and AWS/BedrockMantle metric and UsageSeries field. */
const QUERIES = [
  { id: 'invocations', metric: 'Invocations', mantle: 'Inferences', field: 'invocations' },
  { id: 'estimated_tpm', metric: 'EstimatedTPMQuotaUsage', mantle: null, field: 'estimatedTpm' },
  { id: 'input_tokens', metric: 'InputTokenCount', mantle: 'TotalInputTokens', field: 'inputTokens' },
  { id: 'output_tokens', metric: 'OutputTokenCount', mantle: 'TotalOutputTokens', field: 'outputTokens' },
] as const;

/** The per-source hourly series of a model with application profiles: `hourly_{field}_s{index}`. */
const HOURLY = [
  { key: 'invocations', metric: 'Invocations' },
  { key: 'tokens', metric: 'EstimatedTPMQuotaUsage' },
] as const;
const HOURLY_ID = /^hourly_(invocations|tokens)_s(\d+)$/;

/** The sources of a model with application profiles: the model itself ("direct") first, then each profile. */
export const usageSourcesOf = (model: ModelRef): { name: string; id: string }[] =>
  model.applicationProfiles?.length ? [{ name: 'direct', id: model.modelId }, ...model.applicationProfiles.map((p) => ({ name: p.name, id: p.profileId }))] : [];

type SeriesField = (typeof QUERIES)[number]['field'];

export const floorToMinute = (date: Date): Date => new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS);

/**
 * A result timestamp in epoch milliseconds. The SDK gives Dates (read as they are: a 14-day per-minute read has
 * ~50,000 of them, and a copy of each was most of FetchUsage's CPU); anything else (a mocked client's string) is parsed.
 */
const epochMsOf = (timestamp: Date | string | number): number => (timestamp instanceof Date ? timestamp.getTime() : new Date(timestamp).getTime());

const stat = (id: string, namespace: string, metric: string, dimension: string, value: string, period: number, returnData: boolean): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: namespace, MetricName: metric, Dimensions: [{ Name: dimension, Value: value }] }, Period: period, Stat: 'Sum' },
  ReturnData: returnData,
});

/** The queries of one usage read (see the module comment). */
export const usageQueries = (model: Pick<ModelRef, 'modelId' | 'endpoint' | 'applicationProfiles'>): MetricDataQuery[] => {
  if (model.endpoint === 'bedrock-mantle') {
    return QUERIES.flatMap(({ id, mantle }) => (mantle ? [stat(id, MANTLE_NAMESPACE, mantle, MANTLE_MODEL_DIMENSION, model.modelId, PERIOD_SECONDS, true)] : []));
  }
  const sources = usageSourcesOf(model as ModelRef);
  if (sources.length === 0) return QUERIES.map(({ id, metric }) => stat(id, 'AWS/Bedrock', metric, 'ModelId', model.modelId, PERIOD_SECONDS, true));
  return [
    ...QUERIES.flatMap(({ id, metric }) => [
      ...sources.map((source, index) => stat(`${id}_s${index}`, 'AWS/Bedrock', metric, 'ModelId', source.id, PERIOD_SECONDS, false)),
      { Id: id, Expression: sources.map((_, index) => `FILL(${id}_s${index}, 0)`).join(' + '), Label: `${metric} (sum of ${sources.length} sources)`, ReturnData: true },
    ]),
    ...sources.flatMap((source, index) => HOURLY.map(({ key, metric }) => stat(`hourly_${key}_s${index}`, 'AWS/Bedrock', metric, 'ModelId', source.id, HOUR_SECONDS, true))),
  ];
};

/** The per-source hourly sums, from the `hourly_*` results (all pages). Pure. */
export const usageSourcesFromResults = (model: ModelRef, results: readonly MetricDataResult[]): UsageSource[] => {
  const sources = usageSourcesOf(model);
  const byHour = sources.map(() => new Map<number, { invocations: number; tokens: number }>());
  for (const result of results) {
    const match = HOURLY_ID.exec(result.Id ?? '');
    const hours = match ? byHour[Number(match[2])] : undefined;
    if (!match || !hours) continue;
    const key = match[1] as 'invocations' | 'tokens';
    (result.Timestamps ?? []).forEach((timestamp, index) => {
      const value = result.Values?.[index];
      if (value === undefined || !Number.isFinite(value)) return;
      const hour = Math.floor(epochMsOf(timestamp) / 3_600_000) * 3_600_000;
      const row = hours.get(hour) ?? { invocations: 0, tokens: 0 };
      row[key] += value;
      hours.set(hour, row);
    });
  }
  return sources.map((source, index) => {
    const ordered = [...(byHour[index] ?? new Map<number, { invocations: number; tokens: number }>()).entries()].sort(([a], [b]) => a - b);
    return { ...source, hours: ordered.map(([h]) => h), invocations: ordered.map(([, r]) => r.invocations), tokens: ordered.map(([, r]) => r.tokens) };
  });
};

/** What the merge saw besides the numbers: per query, the status of its last page and any messages. */
export interface MergedUsage {
  series: UsageSeries;
  /** Queries whose last page still said PartialData: the series may miss points. */
  partial: string[];
  /** Queries that ended InternalError or Forbidden: their data could not be read. */
  failed: { id: string; status: string; messages: string[] }[];
}

/**
 * Merges GetMetricData results (all pages) into one ascending per-minute series: one entry per minute that has any
 * data point, and 0 for a metric that has no point in that minute. Pure.
 */
export const mergeUsageResults = (results: readonly MetricDataResult[]): MergedUsage => {
  const minutes = new Map<number, Record<SeriesField, number>>();
  const lastStatus = new Map<string, { status: string; messages: string[] }>();
  for (const result of results) {
    const query = QUERIES.find((q) => q.id === result.Id);
    if (!query) continue;
    const previous = lastStatus.get(query.id);
    const messages = [...(previous?.messages ?? []), ...(result.Messages ?? []).map((m) => [m.Code, m.Value].filter(Boolean).join(': '))];
    lastStatus.set(query.id, { status: result.StatusCode ?? 'Complete', messages });
    const timestamps = result.Timestamps ?? [];
    const values = result.Values ?? [];
    timestamps.forEach((timestamp, index) => {
      const value = values[index];
      if (value === undefined || !Number.isFinite(value)) return;
      const minute = Math.floor(epochMsOf(timestamp) / MINUTE_MS) * MINUTE_MS;
      const row = minutes.get(minute) ?? { invocations: 0, estimatedTpm: 0, inputTokens: 0, outputTokens: 0 };
      row[query.field] = value;
      minutes.set(minute, row);
    });
  }
  const ordered = [...minutes.entries()].sort(([a], [b]) => a - b);
  const series: UsageSeries = { timestamps: [], invocations: [], estimatedTpm: [], inputTokens: [], outputTokens: [] };
  for (const [minute, row] of ordered) {
    series.timestamps.push(minute);
    for (const { field } of QUERIES) series[field].push(row[field]);
  }
  const partial: string[] = [];
  const failed: MergedUsage['failed'] = [];
  for (const [id, { status, messages }] of lastStatus) {
    if (status === 'PartialData') partial.push(id);
    if (status === 'InternalError' || status === 'Forbidden') failed.push({ id, status, messages });
  }
  return { series, partial, failed };
};

/** Options of CloudWatchUsageMetrics. */
export interface CloudWatchUsageMetricsOptions {
  /** The CloudWatch client, in the Region of the model. */
  client: CloudWatchClient;
  /**
   * What to do when GetMetricData fails with a transient error (throttling, 5xx, network) after the SDK's own retries.
   * - `throw`: raise TransientAwsError, so the state machine retries the step with backoff. A case created once with
   *   "usage could not be retrieved" cannot be rewritten, so a short outage should delay the incident, not degrade it.
   *   The ASL can still Catch TransientAwsError after its retries and continue with "unavailable".
   * - `unavailable`: answer `{ status: 'unavailable' }` at once.
   * Permanent failures (access denied, validation, Forbidden/InternalError results) always answer "unavailable".
   * @default 'throw'
   */
  onTransientError?: 'throw' | 'unavailable';
}

export class CloudWatchUsageMetrics implements UsageMetricsPort {
  private readonly client: CloudWatchClient;
  private readonly onTransientError: 'throw' | 'unavailable';

  constructor(options: CloudWatchUsageMetricsOptions) {
    this.client = options.client;
    this.onTransientError = options.onTransientError ?? 'throw';
  }

  async getUsageSeries(model: ModelRef, window: { start: Date; end: Date }): Promise<UsageLookup> {
    // Minute-aligned bounds: CloudWatch rounds a recent StartTime down anyway, and aligned windows are faster.
    // EndTime is exclusive, so the current, still-filling minute is left out.
    const start = floorToMinute(window.start);
    const end = floorToMinute(window.end);
    const windowStart = start.toISOString();
    const windowEnd = end.toISOString();
    if (end.getTime() <= start.getTime()) {
      return { status: 'ok', series: mergeUsageResults([]).series, windowStart, windowEnd };
    }

    const results: MetricDataResult[] = [];
    let nextToken: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new GetMetricDataCommand({
            MetricDataQueries: usageQueries(model),
            StartTime: start,
            EndTime: end,
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
          }),
        );
        results.push(...(page.MetricDataResults ?? []));
        nextToken = page.NextToken;
      } while (nextToken);
    } catch (error) {
      const mapped = mapAwsError(error, 'CloudWatch.GetMetricData');
      if (mapped instanceof TransientAwsError && this.onTransientError === 'throw') throw mapped;
      return { status: 'unavailable', reason: mapped.message };
    }

    const merged = mergeUsageResults(results);
    if (merged.failed.length > 0) {
      const detail = merged.failed.map((f) => `${f.id} ${f.status}${f.messages.length ? ` (${f.messages.join('; ')})` : ''}`).join(', ');
      return { status: 'unavailable', reason: `CloudWatch GetMetricData could not read ${detail} for ${model.modelId}.` };
    }
    // A query still PartialData after the last page keeps what was read: its peaks are a lower bound, which is
    // better evidence than none. (UsageLookup has no field to flag it yet.)
    const sources = usageSourcesOf(model).length > 0 ? usageSourcesFromResults(model, results) : undefined;
    return { status: 'ok', series: merged.series, windowStart, windowEnd, ...(sources ? { sources } : {}) };
  }
}
