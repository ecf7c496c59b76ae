/**
 * Usage figures from the per-minute series: peaks, steady state, tokens per request (what the decision and the texts
 * need, carried in the workflow state), and hourly peaks for charts (report-only: computed by the report from the
 * series, never carried in the state).
 */
import type { ModelRef, UsageSeries, UsageSource } from './model.js';

export interface UsageSummary {
  windowDays: number;
  /** Minutes of the window with at least one invocation */
  activeMinutes: number;
  windowMinutes: number;
  /** Highest invocations in one minute */
  peakRpm: number;
  /** Highest EstimatedTPMQuotaUsage in one minute (the quota's own unit); see tpmSource */
  peakTpm: number;
  /**
   * Steady state: the median per-minute value over the minutes that had traffic. The median ignores short bursts
   * (which the peak already shows) and idle minutes (which say nothing about the load when the workload runs).
   */
  steadyRpm: number;
  steadyTpm: number;
  /**
   * bedrock-mantle only: the highest output tokens in one minute (TotalOutputTokens), the unit of its "Bedrock Mantle
   * output tokens per minute" quota; with the minute it happened. Absent on bedrock-runtime (one combined TPM quota).
   */
  peakOutputTpm?: number;
  peakOutputTpmAt?: number;
  avgInputTokensPerRequest: number;
  avgOutputTokensPerRequest: number;
  /**
   * `estimated`: TPM figures come from EstimatedTPMQuotaUsage. `tokens`: that metric had no data, so they are
   * input + output tokens of the same minute (without cache writes or output burndown: a lower bound).
   * `input-tokens`: a bedrock-mantle model, whose TPM quota counts input tokens only (TotalInputTokens).
   */
  tpmSource: 'estimated' | 'tokens' | 'input-tokens';
  /** epoch ms of the minute of peakTpm (absent without traffic) */
  peakTpmAt?: number;
  /** epoch ms of the minute of peakRpm (absent without traffic) */
  peakRpmAt?: number;
  /** A model with application profiles: each source's share of the hour of the peak (which application drove it). */
  breakdown?: UsageBreakdown;
}

export interface UsageBreakdown {
  /** epoch ms of the hour that holds the peak minute */
  hour: number;
  /** `tokens` when the peak is the TPM peak and token figures exist, else `invocations` */
  basis: 'tokens' | 'invocations';
  /** Every source, largest share first; share in percent of the hour's total on the basis */
  sources: { name: string; id: string; invocations: number; tokens: number; share: number }[];
}

/** Highest per-minute values of one clock hour (epoch ms of the hour's start). */
export interface HourlyPeak {
  t: number;
  peakRpm: number;
  peakTpm: number;
}

type TpmBasis = 'quota-metric' | 'input-tokens';

/**
 * TPM of a minute. `quota-metric` (bedrock-runtime): EstimatedTPMQuotaUsage when the series has any, else input +
 * output tokens. `input-tokens` (bedrock-mantle: its TPM quota counts input tokens).
 */
const tpmReader = (series: UsageSeries, tpmBasis: TpmBasis): { source: UsageSummary['tpmSource']; at: (i: number) => number } => {
  if (tpmBasis === 'input-tokens') return { source: 'input-tokens', at: (i) => series.inputTokens[i] ?? 0 };
  const useEstimated = series.estimatedTpm.some((v) => v > 0);
  return {
    source: useEstimated ? 'estimated' : 'tokens',
    at: (i) => (useEstimated ? (series.estimatedTpm[i] ?? 0) : (series.inputTokens[i] ?? 0) + (series.outputTokens[i] ?? 0)),
  };
};

const tpmBasisOf = (model: Pick<ModelRef, 'endpoint'>): TpmBasis => (model.endpoint === 'bedrock-mantle' ? 'input-tokens' : 'quota-metric');

/** The highest per-minute RPM and TPM of each clock hour that has points, in time order (for the report's charts). */
export const hourlyPeaks = (series: UsageSeries, model: Pick<ModelRef, 'endpoint'> = {}): HourlyPeak[] => {
  const tpm = tpmReader(series, tpmBasisOf(model));
  const hourly = new Map<number, HourlyPeak>();
  let bucket: HourlyPeak | undefined;
  for (let i = 0; i < series.timestamps.length; i++) {
    const hour = Math.floor((series.timestamps[i] ?? 0) / 3_600_000) * 3_600_000;
    // Points come in time order, so the bucket is usually the previous point's.
    if (bucket?.t !== hour) {
      bucket = hourly.get(hour);
      if (!bucket) hourly.set(hour, (bucket = { t: hour, peakRpm: 0, peakTpm: 0 }));
    }
    const rpm = series.invocations[i] ?? 0;
    const value = tpm.at(i);
    if (rpm > bucket.peakRpm) bucket.peakRpm = rpm;
    if (value > bucket.peakTpm) bucket.peakTpm = value;
  }
  return [...hourly.values()].sort((a, b) => a.t - b.t);
};

/** How a model's TPM figures are read: bedrock-mantle's TPM quota counts input tokens (docs/deployment.md). */
export const summariseModelUsage = (model: Pick<ModelRef, 'endpoint'>, series: UsageSeries, windowDays: number): UsageSummary =>
  summariseUsage(series, windowDays, tpmBasisOf(model));

/**
 * Which sources drove the peak: each source's invocations and tokens in the hour of the peak minute (the TPM peak
 * when there is one, else the RPM peak), with its share. Pure; undefined when there was no traffic.
 */
export const usageBreakdown = (summary: Pick<UsageSummary, 'peakTpm' | 'peakTpmAt' | 'peakRpmAt'>, sources: readonly UsageSource[]): UsageBreakdown | undefined => {
  const peakAt = summary.peakTpm > 0 && summary.peakTpmAt !== undefined ? summary.peakTpmAt : summary.peakRpmAt;
  if (peakAt === undefined || sources.length === 0) return undefined;
  const hour = Math.floor(peakAt / 3_600_000) * 3_600_000;
  const rows = sources.map((source) => {
    const index = source.hours.indexOf(hour);
    return { name: source.name, id: source.id, invocations: index < 0 ? 0 : source.invocations[index] ?? 0, tokens: index < 0 ? 0 : source.tokens[index] ?? 0 };
  });
  const totalTokens = rows.reduce((sum, r) => sum + r.tokens, 0);
  const basis: UsageBreakdown['basis'] = summary.peakTpm > 0 && totalTokens > 0 ? 'tokens' : 'invocations';
  const total = basis === 'tokens' ? totalTokens : rows.reduce((sum, r) => sum + r.invocations, 0);
  return {
    hour,
    basis,
    sources: rows
      .map((r) => ({ ...r, share: total > 0 ? Math.round(((basis === 'tokens' ? r.tokens : r.invocations) / total) * 1000) / 10 : 0 }))
      .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name)),
  };
};

/**
 * `tpmBasis`: `quota-metric` (bedrock-runtime: EstimatedTPMQuotaUsage, else input + output tokens) or `input-tokens`
 * (bedrock-mantle: its TPM quota counts input tokens).
 */
export const summariseUsage = (series: UsageSeries, windowDays: number, tpmBasis: TpmBasis = 'quota-metric'): UsageSummary => {
  const n = series.timestamps.length;
  const { source: tpmSource, at: tpmAt } = tpmReader(series, tpmBasis);
  let peakTpmAt: number | undefined;
  let peakRpmAt: number | undefined;

  let peakRpm = 0;
  let peakTpm = 0;
  let peakOutputTpm = 0;
  let peakOutputTpmAt: number | undefined;
  let totalInvocations = 0;
  let totalInput = 0;
  let totalOutput = 0;
  // Typed arrays and a linear-time median: 20,160 minutes are summarised per execution.
  const activeRpm = new Float64Array(n);
  const activeTpm = new Float64Array(n);
  let active = 0;
  for (let i = 0; i < n; i++) {
    const rpm = series.invocations[i] ?? 0;
    const tpm = tpmAt(i);
    if (rpm > peakRpm) {
      peakRpm = rpm;
      peakRpmAt = series.timestamps[i];
    }
    if (tpm > peakTpm) {
      peakTpm = tpm;
      peakTpmAt = series.timestamps[i];
    }
    const output = series.outputTokens[i] ?? 0;
    if (output > peakOutputTpm) {
      peakOutputTpm = output;
      peakOutputTpmAt = series.timestamps[i];
    }
    totalInvocations += rpm;
    totalInput += series.inputTokens[i] ?? 0;
    totalOutput += output;
    if (rpm > 0) {
      activeRpm[active] = rpm;
      activeTpm[active] = tpm;
      active++;
    }
  }
  return {
    windowDays,
    activeMinutes: active,
    windowMinutes: windowDays * 1440,
    peakRpm,
    peakTpm,
    steadyRpm: median(activeRpm.subarray(0, active)),
    steadyTpm: median(activeTpm.subarray(0, active)),
    avgInputTokensPerRequest: totalInvocations > 0 ? round2(totalInput / totalInvocations) : 0,
    avgOutputTokensPerRequest: totalInvocations > 0 ? round2(totalOutput / totalInvocations) : 0,
    tpmSource,
    ...(tpmBasis === 'input-tokens' ? { peakOutputTpm, ...(peakOutputTpmAt !== undefined ? { peakOutputTpmAt } : {}) } : {}),
    ...(peakTpmAt !== undefined ? { peakTpmAt } : {}),
    ...(peakRpmAt !== undefined ? { peakRpmAt } : {}),
  };
};

/** The median of the active minutes (the mean of the two middle values for an even count), by selection: O(n). */
const median = (values: Float64Array): number => {
  const n = values.length;
  if (n === 0) return 0;
  const work = values.slice();
  const mid = Math.floor(n / 2);
  const upper = select(work, mid);
  if (n % 2 === 1) return upper;
  // After the selection every value left of `mid` is <= the value at `mid`: the lower middle is their largest.
  let lower = work[0] ?? 0;
  for (let i = 1; i < mid; i++) if ((work[i] ?? 0) > lower) lower = work[i] ?? 0;
  return round2((lower + upper) / 2);
};

/**
 * The k-th smallest value (0-based), moving it to index k with every smaller-or-equal value before it and every
 * greater-or-equal one after it (Hoare's selection, median-of-three pivot; equal values split evenly, so a series of
 * repeated values stays linear).
 */
const select = (a: Float64Array, k: number): number => {
  let lo = 0;
  let hi = a.length - 1;
  const at = (i: number): number => a[i] ?? 0;
  const swap = (i: number, j: number): void => {
    const t = at(i);
    a[i] = at(j);
    a[j] = t;
  };
  while (hi > lo) {
    const m = (lo + hi) >> 1;
    if (at(m) < at(lo)) swap(m, lo);
    if (at(hi) < at(lo)) swap(hi, lo);
    if (at(hi) < at(m)) swap(hi, m);
    const pivot = at(m);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (at(i) < pivot) i++;
      while (at(j) > pivot) j--;
      if (i <= j) {
        swap(i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return at(k);
};

const round2 = (value: number): number => Math.round(value * 100) / 100;
