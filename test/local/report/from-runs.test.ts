/**
 * The report's data from real runs of the bundled scenarios: executions grouped into incidents with the no-ops
 * folded, each model's usage read once from the run's simulated account (report-only data), and the quota/threshold
 * history that the executions and the threshold updater saw. The workflow state no longer carries the hourly series.
 */
import { join } from 'node:path';
import { runSimulation, SAMPLES_DIR } from '#cli/simulate-command.js';
import { reportScenario } from '#local/report/from-runs.js';
import type { ScenarioRun } from '#local/simulate.js';

const HOUR = 3_600_000;

describe('reportScenario', () => {
  let runs: ScenarioRun[];
  beforeAll(async () => {
    runs = await runSimulation(['01-input-token-anomaly-new-model.json', '09-quota-increase-approved.json'].map((f) => join(SAMPLES_DIR, f)));
  });

  it('one incident per incident key: the composite event the rule does not deliver folds under the execution that acted', () => {
    // Act
    const report = reportScenario(runs[0] as ScenarioRun);

    // Assess
    expect(report.incidents).toHaveLength(1);
    const [incident] = report.incidents;
    expect(incident?.executions.map((e) => e.caseAction.action)).toEqual(['created']);
    expect(incident?.folded).toEqual([expect.objectContaining({ why: 'the alarm rule does not match this event, nothing started' })]);
    expect(incident?.folded[0]?.label).toContain('Composite');
    // Every result is somewhere, once.
    const run = runs[0] as ScenarioRun;
    expect(report.incidents.reduce((n, i) => n + i.executions.length + i.folded.length, 0)).toBe(run.results.length);
  });

  it('reads each model’s hourly peaks once from the run’s account, covering every window its incidents read', () => {
    // Act
    const report = reportScenario(runs[1] as ScenarioRun);

    // Assess
    expect(report.models.map((m) => m.model)).toEqual(['G-Opus-4-6']);
    const hourly = report.models[0]?.hourly ?? [];
    const windows = report.incidents.flatMap((i) => (i.usage?.status === 'ok' ? [i.usage] : []));
    expect(windows.length).toBe(2);
    for (const w of windows) {
      expect(hourly[0]?.t).toBeLessThanOrEqual(Date.parse(w.windowStart));
      expect(hourly[hourly.length - 1]?.t).toBeGreaterThanOrEqual(Date.parse(w.windowEnd) - 2 * HOUR);
      // The decision's peak is the highest hourly peak of its window.
      const inWindow = hourly.filter((h) => h.t + HOUR > Date.parse(w.windowStart) && h.t < Date.parse(w.windowEnd));
      expect(Math.max(...inWindow.map((h) => h.peakTpm))).toBe(w.peakTpm);
    }
  });

  it('the threshold history steps up where the approved increase moved the alarm', () => {
    // Act
    const history = reportScenario(runs[1] as ScenarioRun).models[0]?.history ?? [];

    // Assess
    expect(history.map((h) => h.tpmThreshold)).toEqual([5_000_000, 6_250_000, 6_250_000]);
    expect(history.map((h) => h.tpmQuota)).toEqual([6_250_000, 7_812_500, 7_812_500]);
    expect(history.map((h) => h.t)).toEqual([...history.map((h) => h.t)].sort((a, b) => a - b));
  });

  it('the workflow state carries the usage figures the decision needs, not the report’s hourly series', () => {
    const states = runs.flatMap((run) => run.states).filter((s) => s?.facts?.usage.status === 'ok');
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) {
      expect(state?.facts?.usage).not.toHaveProperty('summary.hourly');
      expect(JSON.stringify(state).length).toBeLessThan(16_000);
    }
  });
});

describe('reportScenario of an organization', () => {
  it('reads each incident\'s usage from its own account and Region (one series per account, Region and model)', async () => {
    const [run] = await runSimulation([join(SAMPLES_DIR, '12-organization-three-accounts.json')]);
    const report = reportScenario(run as ScenarioRun);
    const search = report.incidents.find((i) => i.model === 'Sonnet-4-5');
    expect(search?.seriesKey).toBe('333333333333 us-west-2 Sonnet-4-5');
    const series = report.models.find((m) => m.model === search?.seriesKey);
    // us-west-2's peak (3,000 RPM), not us-east-1's (19,000) nor the deployment-wide default (2,000).
    expect(Math.max(...(series?.hourly ?? []).map((h) => h.peakRpm))).toBe(3000);
  });
});

describe('reportScenario of a model with discovered application profiles', () => {
  it('charts the sum its usage read summed (the discovered profiles too): the chart\'s peak is the decision\'s', async () => {
    const [run] = await runSimulation([join(SAMPLES_DIR, '13-discovered-profiles-summed-peak.json')]);
    const report = reportScenario(run as ScenarioRun);
    const [incident] = report.incidents;
    expect(incident?.usage).toMatchObject({ status: 'ok', peakTpm: 2_100_000 });
    // The direct calls alone peak at 300,000: the chart sums the sources the alarm sums.
    expect(Math.max(...(report.models[0]?.hourly ?? []).map((h) => h.peakTpm))).toBe(2_100_000);
  });
});
