/** Steps 2-4: classify the fired alarms, fetch quotas and usage, decide the scenario. */
import { transitionId } from '#core/alarm-event.js';
import { alarmName } from '#core/catalogue.js';
import { classifyAlarms } from '#core/classify.js';
import { decideScenario, type Decision } from '#core/decide.js';
import { describeError } from '#core/errors.js';
import type { FiredAlarm, ModelRef, UsageSeries } from '#core/model.js';
import { summariseModelUsage, usageBreakdown, type UsageSummary } from '#core/usage.js';
import { modelWithSummedProfiles, sameProfiles, usageProfilesFromAlarms, USAGE_SOURCE_ALARM_KINDS, type UsageSourceAlarmKind } from '#core/usage-sources.js';
import type { Ports } from '#ports/index.js';
import { modelAlarmsNow } from './resolve.js';
import type { ClassificationPart, Facts, WorkflowState } from './state.js';

/** After the settle window: every alarm of the model now in ALARM joins the incident, so they make one case action. */
export const classifyStep = async (state: Pick<WorkflowState, 'settings' | 'incident'>, ports: Pick<Ports, 'alarms'>): Promise<ClassificationPart> => {
  const { customerName, model } = state.settings;
  const { fired: now, statuses } = await modelAlarmsNow(ports.alarms, customerName, state.incident.model);
  const byName = new Map<string, FiredAlarm>(state.incident.alarms.map((a) => [a.name, a]));
  for (const alarm of now) byName.set(alarm.name, alarm);
  const classification = classifyAlarms([...byName.values()]);
  const transitions = classification.alarms.map((a) => transitionId(a.arn, a.since)).sort();
  // The sources the model's summed usage alarm sums (the threshold updater's discovered profiles too): FetchUsage sums
  // the same. Carried only when they differ from the declared ones (the workflow state stays small).
  const metricsOf = (kind: UsageSourceAlarmKind) => statuses.find((s) => s.name === alarmName(customerName, kind, model.name))?.metrics;
  const summed = usageProfilesFromAlarms(model, Object.fromEntries(USAGE_SOURCE_ALARM_KINDS.map((kind) => [kind, metricsOf(kind)])));
  return {
    ...classification,
    incidentKey: `${state.incident.model.name}|${transitions.join('|')}`,
    ...(summed && !sameProfiles(model, summed) ? { usageProfiles: summed } : {}),
  };
};

export const fetchQuotasStep = async (state: Pick<WorkflowState, 'settings'>, ports: Pick<Ports, 'quotas'>): Promise<Facts['quotas']> => {
  try {
    return { status: 'ok', quotas: await ports.quotas.getModelQuotas(state.settings.model) };
  } catch (error) {
    // Transient failures are retried by the state machine; a permanent one means "could not be retrieved".
    if ((error as { transient?: boolean }).transient) throw error;
    const { name, message } = describeError(error);
    return { status: 'unavailable', reason: `${name}: ${message}` };
  }
};

/**
 * Summarises the series a model's usage window returned. The window is given so that a caller whose series depend
 * only on (model, window) can remember the summary: the local runtime does (src/local/usage-summaries.ts).
 */
export type UsageSummariser = (window: { model: ModelRef; start: Date; end: Date; days: number }, series: UsageSeries) => UsageSummary;

const summariseEveryTime: UsageSummariser = (window, series) => summariseModelUsage(window.model, series, window.days);

export const fetchUsageStep = async (
  state: Pick<WorkflowState, 'settings'> & { classification?: Pick<WorkflowState['classification'], 'usageProfiles'> },
  ports: Pick<Ports, 'usage' | 'clock'>, summarise: UsageSummariser = summariseEveryTime,
): Promise<Facts['usage']> => {
  const end = new Date(Math.floor(ports.clock.now().getTime() / 60_000) * 60_000);
  const start = new Date(end.getTime() - state.settings.usageWindowDays * 86_400_000);
  // The sources the model's usage alarm sums (declared and discovered profiles), else the declared ones.
  const model = modelWithSummedProfiles(state.settings.model, state.classification?.usageProfiles);
  try {
    const lookup = await ports.usage.getUsageSeries(model, { start, end });
    if (lookup.status === 'unavailable') return lookup;
    const summary = summarise({ model, start, end, days: state.settings.usageWindowDays }, lookup.series);
    // Application profiles: the peak is of the summed series; the breakdown says which source drove it.
    const breakdown = lookup.sources ? usageBreakdown(summary, lookup.sources) : undefined;
    return { status: 'ok', summary: breakdown ? { ...summary, breakdown } : summary };
  } catch (error) {
    if ((error as { transient?: boolean }).transient) throw error;
    const { name, message } = describeError(error);
    return { status: 'unavailable', reason: `${name}: ${message}` };
  }
};

export const decideStep = (state: Pick<WorkflowState, 'settings' | 'classification' | 'facts'>): Decision =>
  decideScenario({
    classification: state.classification,
    quotas: state.facts.quotas.status === 'ok' ? state.facts.quotas.quotas : undefined,
    usage: state.facts.usage.status === 'ok' ? state.facts.usage.summary : undefined,
    policy: state.settings.quotaPolicy,
  });
