/** The local runtime summarises a model's usage once per window, and hands out copies. */
import { summariseUsage } from '#core/usage.js';
import type { UsageSeries } from '#core/model.js';
import { rememberedUsageSummaries } from '#local/usage-summaries.js';

const model = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' };
const end = new Date('2026-06-01T10:00:00Z');
const window = { model, start: new Date(end.getTime() - 14 * 86_400_000), end, days: 14 };
const series = (peak: number): UsageSeries => ({
  timestamps: [end.getTime() - 120_000, end.getTime() - 60_000], invocations: [peak, 1], estimatedTpm: [peak * 100, 100], inputTokens: [peak * 75, 75], outputTokens: [peak * 25, 25],
});

describe('rememberedUsageSummaries', () => {
  it('summarises as the core does, once per (model, window): the same window answers the first summary', () => {
    const summarise = rememberedUsageSummaries();
    expect(summarise(window, series(50))).toEqual(summariseUsage(series(50), 14));
    // Within a scenario the same window has the same series; a second series for it is not summarised again.
    expect(summarise(window, series(70)).peakRpm).toBe(50);
  });

  it('a new window or another model is summarised anew', () => {
    const summarise = rememberedUsageSummaries();
    summarise(window, series(50));
    const later = { ...window, start: new Date(window.start.getTime() + 60_000), end: new Date(end.getTime() + 60_000) };
    expect(summarise(later, series(70)).peakRpm).toBe(70);
    expect(summarise({ ...later, model: { name: 'Other', modelId: 'other-v1' } }, series(90)).peakRpm).toBe(90);
    expect(summarise(later, series(10)).peakRpm).toBe(70);
  });

  it('hands out copies: changing one changes nothing for the next execution', () => {
    const summarise = rememberedUsageSummaries();
    const first = summarise(window, series(50));
    first.peakRpm = -1;
    first.tpmSource = 'tokens';
    expect(summarise(window, series(50))).toEqual(summariseUsage(series(50), 14));
  });
});
