/**
 * The simulation summarises each model's usage once per window: within a scenario the simulated account answers the
 * same series for the same (model, window), so the summary of 20,160 minutes is computed once and handed out as a
 * copy. Only each model's latest window is kept (executions of the same minute share it; memory stays flat). The
 * core's summariseModelUsage stays a plain function; only the local runtime remembers.
 */
import { summariseModelUsage, type UsageSummary } from '#core/usage.js';
import type { UsageSummariser } from '#steps/analyse.js';

export const rememberedUsageSummaries = (): UsageSummariser => {
  const latest = new Map<string, { window: string; summary: UsageSummary }>();
  return (window, series) => {
    // The sources summed are part of the model's key: a profile the updater discovered changes the series.
    const model = [window.model.name, window.model.modelId, ...(window.model.applicationProfiles ?? []).map((p) => p.profileId)].join('|');
    const key = `${window.start.toISOString()}|${window.end.toISOString()}|${window.days}`;
    let held = latest.get(model);
    if (held?.window !== key) latest.set(model, (held = { window: key, summary: summariseModelUsage(window.model, series, window.days) }));
    return structuredClone(held.summary);
  };
};
