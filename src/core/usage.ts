/** Usage figures from the per-minute series: peaks, steady state, tokens per request, and hourly peaks for charts. */
import type { UsageSeries } from './model.js';

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
  avgInputTokensPerRequest: number;
  avgOutputTokensPerRequest: number;
  /**
   * `estimated`: TPM figures come from EstimatedTPMQuotaUsage. `tokens`: that metric had no data, so they are
   * input + output tokens of the same minute (without cache writes or output burndown: a lower bound).
   */
  tpmSource: 'estimated' | 'tokens';
  /** Highest per-minute values in each hour, for charts */
  hourly: { t: number; peakRpm: number; peakTpm: number }[];
}

export const summariseUsage = (series: UsageSeries, windowDays: number): UsageSummary => {
  const n = series.timestamps.length;
  const useEstimated = series.estimatedTpm.some((v) => v > 0);
  const tpmAt = (i: number): number =>
    useEstimated ? (series.estimatedTpm[i] ?? 0) : (series.inputTokens[i] ?? 0) + (series.outputTokens[i] ?? 0);

  let peakRpm = 0;
  let peakTpm = 0;
  let totalInvocations = 0;
  let totalInput = 0;
  let totalOutput = 0;
  const activeRpm: number[] = [];
  const activeTpm: number[] = [];
  const hourly = new Map<number, { t: number; peakRpm: number; peakTpm: number }>();
  for (let i = 0; i < n; i++) {
    const rpm = series.invocations[i] ?? 0;
    const tpm = tpmAt(i);
    peakRpm = Math.max(peakRpm, rpm);
    peakTpm = Math.max(peakTpm, tpm);
    totalInvocations += rpm;
    totalInput += series.inputTokens[i] ?? 0;
    totalOutput += series.outputTokens[i] ?? 0;
    if (rpm > 0) {
      activeRpm.push(rpm);
      activeTpm.push(tpm);
    }
    const hour = Math.floor((series.timestamps[i] ?? 0) / 3_600_000) * 3_600_000;
    const bucket = hourly.get(hour) ?? { t: hour, peakRpm: 0, peakTpm: 0 };
    bucket.peakRpm = Math.max(bucket.peakRpm, rpm);
    bucket.peakTpm = Math.max(bucket.peakTpm, tpm);
    hourly.set(hour, bucket);
  }
  return {
    windowDays,
    activeMinutes: activeRpm.length,
    windowMinutes: windowDays * 1440,
    peakRpm,
    peakTpm,
    steadyRpm: median(activeRpm),
    steadyTpm: median(activeTpm),
    avgInputTokensPerRequest: totalInvocations > 0 ? round2(totalInput / totalInvocations) : 0,
    avgOutputTokensPerRequest: totalInvocations > 0 ? round2(totalOutput / totalInvocations) : 0,
    tpmSource: useEstimated ? 'estimated' : 'tokens',
    hourly: [...hourly.values()].sort((a, b) => a.t - b.t),
  };
};

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : round2(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
};

const round2 = (value: number): number => Math.round(value * 100) / 100;
