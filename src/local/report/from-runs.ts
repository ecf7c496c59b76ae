/**
 * The report's data from a simulation's runs: executions grouped into incidents (the same incident key the workflow
 * computes; an event the alarm rule did not deliver belongs to the incident its scenario event started), and per
 * model one hourly series read from the run's simulated account (report-only data: the workflow state carries only
 * the figures the decision needs) with the quota/threshold history the executions and the threshold updater saw.
 */
import { modelWithSummedProfiles } from '#core/usage-sources.js';
import { hourlyPeaks } from '#core/usage.js';
import type { ModelRef } from '#core/model.js';
import type { ScenarioRun, SimulationResult } from '../simulate.js';
import type { FoldedExecution, ReportExecution, ReportIncident, ReportModelSeries, ReportScenario } from './model.js';

const notMatched = (r: SimulationResult | undefined): boolean => r?.caseAction.reason === 'not_matched';

/** Did nothing more than another execution of its incident: no case action, no e-mail. */
export const foldable = (r: SimulationResult): boolean =>
  r.execution.status === 'SUCCEEDED' && !r.notification.sent &&
  (r.caseAction.action === 'suppressed' || r.caseAction.reason === 'duplicate_delivery' || notMatched(r));

const whyFolded = (r: SimulationResult): string =>
  r.caseAction.reason === 'duplicate_delivery'
    ? 'duplicate delivery, no second execution'
    : notMatched(r)
      ? 'the alarm rule does not match this event, nothing started'
      : `execution ${r.execution.status.toLowerCase()}, ${r.caseAction.reason ?? r.caseAction.action}; no case action, no e-mail`;

/**
 * The incidents of a run, in the order of their first result: each result's index grouped under the incident key
 * of the execution its event started. Results outside the workflow (a threshold update, a case resolved) are each
 * their own group.
 */
export const incidentGroups = (run: Pick<ScenarioRun, 'results' | 'states'>): { key: string; indices: number[] }[] => {
  const keyOf = (i: number): string => {
    const r = run.results[i];
    const started = notMatched(r) ? run.results.findIndex((o) => o.event.index === r?.event.index && !notMatched(o)) : i;
    const at = started >= 0 ? started : i;
    return run.states[at]?.classification?.incidentKey ?? `execution:${run.results[at]?.execution.name ?? at}`;
  };
  const groups = new Map<string, number[]>();
  run.results.forEach((_, i) => {
    const key = keyOf(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups].map(([key, indices]) => ({ key, indices }));
};

const casesOf = (r: SimulationResult): { displayId: string; quota?: string }[] =>
  ((r.caseAction.quotaRequests ?? []) as { quota?: string; caseDisplayId?: string }[])
    .filter((q) => q.caseDisplayId)
    .map((q) => ({ displayId: String(q.caseDisplayId), ...(q.quota ? { quota: q.quota } : {}) }));

const reportExecution = (r: SimulationResult): ReportExecution => {
  const reason = r.execution.error ? `${r.execution.error}: ${r.execution.cause ?? ''}`.trim() : r.execution.reason;
  return {
    label: r.event.label,
    at: r.event.at,
    executionName: r.execution.name,
    status: r.execution.status,
    path: r.execution.states,
    ...(r.execution.failedState ? { failedState: r.execution.failedState } : {}),
    ...(reason ? { reason } : {}),
    decision: r.decision
      ? {
          severity: r.decision.severity, scenario: r.decision.scenario, caseType: r.decision.caseType,
          ...(r.decision.rationale ? { rationale: r.decision.rationale } : {}),
          quotaIncreases: r.decision.quotaIncreases.map((q) => ({ quota: q.quota, current: q.current, requested: q.requested, asReference: q.asReference })),
        }
      : null,
    caseAction: {
      action: r.caseAction.action, caseId: r.caseAction.caseId ?? null, displayId: r.caseAction.displayId ?? null,
      ...(r.caseAction.reason ? { reason: r.caseAction.reason } : {}),
      cases: casesOf(r),
    },
    notification: { sent: r.notification.sent, ...(r.notification.subject ? { subject: r.notification.subject } : {}), ...(r.notification.body ? { body: r.notification.body } : {}) },
  };
};

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** One run as the report's scenario. */
export const reportScenario = (run: ScenarioRun): ReportScenario => {
  const incidents: ReportIncident[] = [];
  /** per model: its ref, and the span of the usage windows its incidents read */
  const spans = new Map<string, { ref: ModelRef; start: number; end: number; account: ScenarioRun['account'] }>();
  // Organization mode: one series per account, Region and model (each member has its own usage).
  const seriesKeyOf = (incident: { account: string; region: string; model: ModelRef }): string =>
    run.organization?.isOrganization ? `${incident.account} ${incident.region} ${incident.model.name}` : incident.model.name;
  const history = new Map<string, ReportModelSeries['history']>();
  const historyOf = (model: string): ReportModelSeries['history'] => {
    let h = history.get(model);
    if (!h) history.set(model, (h = []));
    return h;
  };

  for (const { indices } of incidentGroups(run)) {
    const results = indices.map((i) => run.results[i] as SimulationResult);
    // The execution that acted leads; the others of the incident that did nothing more fold into a line each.
    const leadAt = Math.max(0, results.findIndex((r) => !foldable(r)));
    const executions: ReportExecution[] = [];
    const folded: FoldedExecution[] = [];
    results.forEach((r, k) => {
      if (k !== leadAt && foldable(r)) folded.push({ label: r.event.label, at: r.event.at, why: whyFolded(r) });
      else executions.push(reportExecution(r));
    });
    const leadIndex = indices[leadAt] ?? 0;
    const state = run.states[leadIndex];
    const lead = results[leadAt];
    const model = state?.incident?.model.name ?? lead?.thresholdUpdate?.model;
    const incident: ReportIncident = {
      ...(model ? { model } : {}),
      account: state?.incident?.account ?? run.account.account,
      ...(state?.incident && run.organization?.isOrganization ? { seriesKey: seriesKeyOf(state.incident) } : {}),
      region: state?.incident?.region ?? run.account.region,
      at: results[0]?.event.at ?? '',
      executions,
      folded,
    };
    const usage = state?.facts?.usage;
    if (usage && state?.incident && state.settings) {
      if (usage.status === 'ok') {
        const end = Date.parse(state.incident.at) + state.settings.settleWindowSeconds * 1000;
        const start = end - usage.summary.windowDays * DAY;
        incident.usage = {
          status: 'ok', windowStart: new Date(start).toISOString(), windowEnd: new Date(end).toISOString(), peakRpm: usage.summary.peakRpm, peakTpm: usage.summary.peakTpm,
          ...(usage.summary.peakRpmAt !== undefined ? { peakRpmAt: usage.summary.peakRpmAt } : {}),
          ...(usage.summary.peakTpmAt !== undefined ? { peakTpmAt: usage.summary.peakTpmAt } : {}),
        };
        const key = seriesKeyOf(state.incident);
        const span = spans.get(key);
        spans.set(key, {
          account: run.organization?.member(state.incident) ?? run.account,
          // The sources the incident's usage read summed (the usage alarm's, discovered profiles included).
          ref: modelWithSummedProfiles(state.settings.model ?? state.incident.model, state.classification?.usageProfiles),
          start: Math.min(span?.start ?? start, start),
          end: Math.max(span?.end ?? end, end),
        });
      } else incident.usage = { status: 'unavailable', reason: usage.reason };
    }
    // What each execution saw of the quotas and thresholds, and what the threshold updater set.
    for (const i of indices) {
      const s = run.states[i];
      const r = run.results[i];
      if (s?.incident && s.decision) {
        const quotas = s.facts?.quotas.status === 'ok' ? s.facts.quotas.quotas : undefined;
        historyOf(seriesKeyOf(s.incident)).push({
          t: Date.parse(s.incident.at),
          rpmQuota: quotas?.rpm?.value ?? null, tpmQuota: quotas?.tpm?.value ?? null,
          rpmThreshold: s.decision.thresholds.rpm ?? null, tpmThreshold: s.decision.thresholds.tpm ?? null,
        });
      }
      const update = r?.thresholdUpdate;
      if (update && update.status === 'updated') {
        const point: ReportModelSeries['history'][number] = { t: Date.parse(r.event.at) };
        for (const change of update.changes) {
          if (change.quota === 'RPM') Object.assign(point, { rpmQuota: change.newQuota, rpmThreshold: change.newThreshold });
          // The charts show requests and (input) tokens; the output-tokens quota of a bedrock-mantle model is not drawn.
          else if (change.quota === 'OutputTPM') continue;
          else Object.assign(point, { tpmQuota: change.newQuota, tpmThreshold: change.newThreshold });
        }
        historyOf(update.model).push(point);
      }
    }
    incidents.push(incident);
  }

  const models: ReportModelSeries[] = [...spans].map(([model, span]) => {
    // Whole hours around every window the incidents read: the charts of all of them cut from this one series.
    const start = new Date(Math.floor(span.start / HOUR) * HOUR);
    const end = new Date(Math.ceil(span.end / HOUR) * HOUR);
    const lookup = span.account.usage(span.ref, { start, end });
    return {
      model,
      hourly: lookup.status === 'ok' ? hourlyPeaks(lookup.series, span.ref) : [],
      history: (history.get(model) ?? []).sort((a, b) => a.t - b.t),
    };
  });
  return { name: run.name, incidents, models };
};
