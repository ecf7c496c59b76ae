/** summariseUsage: peaks, steady state (median of the active minutes), tokens per request, hourly peaks. */
import type { UsageSeries } from '#core/model.js';
import { hourlyPeaks, summariseUsage } from '#core/usage.js';

const HOUR = 3_600_000;
const seriesOf = (points: { t: number; rpm: number; tpm?: number; input?: number; output?: number }[]): UsageSeries => ({
  timestamps: points.map((p) => p.t), invocations: points.map((p) => p.rpm), estimatedTpm: points.map((p) => p.tpm ?? 0),
  inputTokens: points.map((p) => p.input ?? 0), outputTokens: points.map((p) => p.output ?? 0),
});

/** The median written the obvious way, to check the summary's against. */
const plainMedian = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round((((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2) * 100) / 100;
};

/** A deterministic pseudo-random sequence (no Math.random in tests). */
const sequence = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

describe('summariseUsage', () => {
  it('the steady state is the median of the minutes with traffic: odd and even counts, idle minutes left out', () => {
    const odd = summariseUsage(seriesOf([{ t: 0, rpm: 5, tpm: 50 }, { t: 60_000, rpm: 0, tpm: 0 }, { t: 120_000, rpm: 1, tpm: 10 }, { t: 180_000, rpm: 3, tpm: 30 }]), 14);
    expect(odd).toMatchObject({ activeMinutes: 3, steadyRpm: 3, steadyTpm: 30, peakRpm: 5, peakTpm: 50 });
    const even = summariseUsage(seriesOf([{ t: 0, rpm: 4, tpm: 7 }, { t: 60_000, rpm: 1, tpm: 2 }, { t: 120_000, rpm: 2, tpm: 2 }, { t: 180_000, rpm: 9, tpm: 4 }]), 14);
    expect(even).toMatchObject({ activeMinutes: 4, steadyRpm: 3, steadyTpm: 3 });
    expect(summariseUsage(seriesOf([]), 14)).toMatchObject({ activeMinutes: 0, steadyRpm: 0, steadyTpm: 0, peakRpm: 0 });
  });

  it('medians of large series, with many repeated values, match the plain sort-and-pick', () => {
    const next = sequence(7);
    for (const size of [1, 2, 3, 10, 101, 1_000, 11_760]) {
      const points = Array.from({ length: size }, (_, i) => ({ t: i * 60_000, rpm: Math.floor(next() * 40), tpm: Math.floor(next() * 5) * 1000 }));
      const summary = summariseUsage(seriesOf(points), 14);
      const active = points.filter((p) => p.rpm > 0);
      expect([size, summary.steadyRpm, summary.steadyTpm]).toEqual([size, plainMedian(active.map((p) => p.rpm)), plainMedian(active.map((p) => p.tpm))]);
    }
  });

  it('hourly peaks per clock hour, in time order, whatever the order of the points', () => {
    const series = seriesOf([
      { t: 2 * HOUR + 60_000, rpm: 4, tpm: 40 }, { t: 0, rpm: 1, tpm: 10 }, { t: 2 * HOUR, rpm: 6, tpm: 20 }, { t: 59 * 60_000, rpm: 3, tpm: 5 }, { t: 2 * HOUR + 120_000, rpm: 2, tpm: 90 },
    ]);
    expect(hourlyPeaks(series)).toEqual([{ t: 0, peakRpm: 3, peakTpm: 10 }, { t: 2 * HOUR, peakRpm: 6, peakTpm: 90 }]);
    expect(hourlyPeaks(seriesOf([{ t: 0, rpm: 2, input: 300, output: 100 }]))).toEqual([{ t: 0, peakRpm: 2, peakTpm: 400 }]);
  });

  it('the summary the workflow state carries holds figures only: the hourly series is the report\'s, computed apart', () => {
    const points = Array.from({ length: 14 * 1440 }, (_, i) => ({ t: i * 60_000, rpm: i % 97, tpm: (i % 89) * 100 }));
    const summary = summariseUsage(seriesOf(points), 14);
    expect(Object.values(summary).every((v) => typeof v === 'number' || typeof v === 'string')).toBe(true);
    expect(JSON.stringify(summary).length).toBeLessThan(400);
  });

  it('without EstimatedTPMQuotaUsage the TPM figures are input + output tokens; tokens per request are averages', () => {
    const summary = summariseUsage(seriesOf([{ t: 0, rpm: 2, input: 300, output: 100 }, { t: 60_000, rpm: 2, input: 100, output: 300 }]), 14);
    expect(summary).toMatchObject({ tpmSource: 'tokens', peakTpm: 400, steadyTpm: 400, avgInputTokensPerRequest: 100, avgOutputTokensPerRequest: 100 });
  });
});
