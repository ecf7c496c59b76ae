/** UsageMetricsPort on CloudWatch GetMetricData: one request for the whole window, four per-minute series. */
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient, MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { TransientAwsError } from '../../core/errors.js';
import type { ModelRef, UsageLookup, UsageSeries } from '../../core/model.js';
import type { UsageMetricsPort } from '../../ports/index.js';
import { mapAwsError } from './errors.js';

const MINUTE_MS = 60_000;
const PERIOD_SECONDS = 60;

/** Query id (lowercase first letter, as GetMetricData requires) → AWS/Bedrock metric and UsageSeries field. */
const QUERIES = [
  { id: 'invocations', metric: 'Invocations', field: 'invocations' },
  { id: 'estimated_tpm', metric: 'EstimatedTPMQuotaUsage', field: 'estimatedTpm' },
  { id: 'input_tokens', metric: 'InputTokenCount', field: 'inputTokens' },
  { id: 'output_tokens', metric: 'OutputTokenCount', field: 'outputTokens' },
] as const;

type SeriesField = (typeof QUERIES)[number]['field'];

export const floorToMinute = (date: Date): Date => new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS);

export const usageQueries = (modelId: string): MetricDataQuery[] =>
  QUERIES.map(({ id, metric }) => ({
    Id: id,
    MetricStat: {
      Metric: { Namespace: 'AWS/Bedrock', MetricName: metric, Dimensions: [{ Name: 'ModelId', Value: modelId }] },
      Period: PERIOD_SECONDS,
      Stat: 'Sum',
    },
    ReturnData: true,
  }));

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
      const minute = floorToMinute(new Date(timestamp)).getTime();
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
            MetricDataQueries: usageQueries(model.modelId),
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
    return { status: 'ok', series: merged.series, windowStart, windowEnd };
  }
}
