/**
 * The stress storm, shared by the stress section and its child process (rssMb2000): N alarm events over 20 models,
 * every 10th delivered twice, in bursts of concurrent executions (events within a minute run together, each on its
 * own simulated clock). Counts what reached the simulated account and every duplicate: a second case of a (model,
 * category), an append sent twice, a second e-mail for the same incident.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmName, type AlarmKind } from '#core/catalogue.js';
import { parseScenario } from '#workflow/validate.js';
import { type TaskInterceptor } from '#local/runtime.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { simulateScenario, type ScenarioRun } from '#local/simulate.js';
import type { Scenario } from '#types/generated/scenario.js';

export const STORM_MODELS = 20;
const KINDS: AlarmKind[] = ['ClientErrors', 'Throttles', 'HighInvocationRate', 'HighTPMQuotaUsage', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly', 'ServerErrors', 'HighLatency', 'LatencyAnomaly'];

/** One alarm transition the storm delivers: every one must reach some e-mail and some case communication. */
export interface StormTransition {
  model: string;
  kind: AlarmKind;
  /** epoch ms of the alarm's state timestamp */
  at: number;
}

/**
 * The storm: `coolDownMinutes` sets the incident cool-down (undefined: the settings' default, as deployed; 0: off).
 */
export const stormScenario = (eventCount: number, coolDownMinutes?: number): { scenario: Scenario; deliveries: number; transitions: StormTransition[] } => {
  const template = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));
  const start = Date.parse('2026-06-01T08:00:00Z');
  const models = Array.from({ length: STORM_MODELS }, (_, m) => ({ name: `Model-${m + 1}`, modelId: `global.anthropic.model-${m + 1}-v1`, quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } }));
  const transitions: StormTransition[] = [];
  const events = Array.from({ length: eventCount }, (_, i) => {
    const model = models[i % STORM_MODELS]?.name ?? 'Model-1';
    const kind = KINDS[Math.floor(i / STORM_MODELS) % KINDS.length] as AlarmKind;
    const time = new Date(start + i * 3_000);
    const event = structuredClone(template);
    const name = alarmName('Acme', kind, model);
    event.id = `stress-${i}`;
    event.time = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`];
    event.detail.alarmName = name;
    event.detail.state.timestamp = time.toISOString().replace('Z', '+0000');
    transitions.push({ model, kind, at: time.getTime() });
    return event;
  });
  const deliveries = events.flatMap((event, i) => (i % 10 === 0 ? [event, event] : [event]));
  const settings = { settleWindowSeconds: 60, ...(coolDownMinutes !== undefined ? { notificationWindows: { incidentCoolDownMinutes: coolDownMinutes } } : {}) };
  const scenario = parseScenario({ customerName: 'Acme', models, settings, concurrentWithinSeconds: 60, events: deliveries }, 'stress');
  return { scenario, deliveries: deliveries.length, transitions };
};

export interface StormCounts {
  failed: number;
  casesCreated: number;
  appends: number;
  emails: number;
  duplicates: number;
  duplicateCases: number;
  duplicateAppends: number;
  duplicateEmails: number;
}

/** The transitions a text names: its alarm lines ("[Kind, ...] since <time>:") and the cool-down's folded lines. */
const transitionsNamed = (body: string): Set<string> => {
  const named = new Set<string>();
  for (const m of body.matchAll(/\[(\w+), [A-Z]+, [a-z-]+\] since (\S+):/g)) named.add(`${m[1]}@${Date.parse(m[2] ?? '')}`);
  for (const m of body.matchAll(/more transitions? of (\w+) since [^\n]*? at ([^\n]+)/g)) {
    for (const time of (m[2] ?? '').replace(/ and \d+ more$/, '').split(', ')) named.add(`${m[1]}@${Date.parse(time)}`);
  }
  return named;
};

export interface StormDelivery {
  /** Per model: e-mails published (failure e-mails aside) and case appends (AddCommunicationToCase), from the account */
  emailsPerModel: number;
  appendsPerModel: number;
  /** Transitions named by no e-mail of their model, or by no communication (creation or append) of its cases */
  lostTransitions: number;
  lostFromEmails: number;
  lostFromCases: number;
}

/**
 * What reached the on-call and the cases, per model, and whether every transition did: counted from the e-mails and
 * case communications the simulated account holds (an alarm line or a folded line naming the transition's time).
 */
export const countDelivery = (run: ScenarioRun, transitions: readonly StormTransition[]): StormDelivery => {
  const emailNamed = new Map<string, Set<string>>();
  const emails = run.account.emails.filter((e) => !e.subject.includes('Workflow Failed'));
  for (const e of emails) {
    const model = e.attributes.model ?? '';
    const set = emailNamed.get(model) ?? new Set<string>();
    for (const t of transitionsNamed(e.body)) set.add(t);
    emailNamed.set(model, set);
  }
  const caseNamed = new Map<string, Set<string>>();
  let appends = 0;
  for (const c of run.account.cases) {
    const model = / - Bedrock Ops Alert - (.+) - (Quota|Investigation) Request$/.exec(c.subject)?.[1] ?? '';
    const set = caseNamed.get(model) ?? new Set<string>();
    for (const m of c.communications) for (const t of transitionsNamed(m.body)) set.add(t);
    caseNamed.set(model, set);
    // The first communication of a case the workflow opened is its creation body; every other is an append.
    appends += c.communications.length - (c.openedBy === 'workflow' ? 1 : 0);
  }
  const unique = new Map(transitions.map((t) => [`${t.model}|${t.kind}@${t.at}`, t]));
  let lostFromEmails = 0;
  let lostFromCases = 0;
  let lost = 0;
  for (const t of unique.values()) {
    const id = `${t.kind}@${t.at}`;
    const inEmail = emailNamed.get(t.model)?.has(id) ?? false;
    const inCase = caseNamed.get(t.model)?.has(id) ?? false;
    if (!inEmail) lostFromEmails++;
    if (!inCase) lostFromCases++;
    if (!inEmail || !inCase) lost++;
  }
  const models = new Set(transitions.map((t) => t.model)).size || 1;
  return {
    emailsPerModel: Math.round((emails.length / models) * 10) / 10, appendsPerModel: Math.round((appends / models) * 10) / 10,
    lostTransitions: lost, lostFromEmails, lostFromCases,
  };
};

/** Counted from what the simulated account finally holds, never from what the executions report. */
export const countStorm = (run: ScenarioRun): StormCounts => {
  const failed = run.results.filter((r) => r.execution.status !== 'SUCCEEDED').length;
  const created = run.account.cases.filter((c) => c.openedBy === 'workflow');
  const casesPerCategory = new Map<string, number>();
  for (const c of created) casesPerCategory.set(c.subject, (casesPerCategory.get(c.subject) ?? 0) + 1);
  const duplicateCases = [...casesPerCategory.values()].reduce((n, count) => n + count - 1, 0);
  const refs = run.account.cases.flatMap((c) => c.communications.map((m) => /Reference: (\S+)/.exec(m.body)?.[1]).filter(Boolean));
  const duplicateAppends = refs.length - new Set(refs).size;
  const incidentOf = new Map(run.records.map((r, i) => [r.name, (run.states[i]?.classification?.incidentKey ?? r.name)]));
  const emails = run.account.emails.filter((e) => !e.subject.includes('Workflow Failed'));
  const emailsPerIncident = new Map<string, number>();
  for (const e of emails) {
    const key = incidentOf.get(e.executionName ?? '') ?? e.executionName ?? '';
    emailsPerIncident.set(key, (emailsPerIncident.get(key) ?? 0) + 1);
  }
  const duplicateEmails = [...emailsPerIncident.values()].reduce((n, count) => n + count - 1, 0);
  const appends = run.results.filter((r) => r.caseAction.action === 'appended').length;
  return {
    failed, casesCreated: created.length, appends, emails: emails.length,
    duplicates: duplicateCases + duplicateAppends + duplicateEmails, duplicateCases, duplicateAppends, duplicateEmails,
  };
};

/**
 * Runs the storm through the local runtime; returns the run, its wall time and the process's CPU time meanwhile (on a
 * shared machine the CPU time is the steadier figure).
 */
export const runStorm = async (scenario: Scenario, interceptTask?: TaskInterceptor): Promise<{ run: ScenarioRun; seconds: number; cpuSeconds: number }> => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  // The local runtime's own tables: in process (what `npm start` and `ops-alert simulate` use).
  const run = await simulateScenario('stress', scenario, interceptTask ? { interceptTask } : {});
  const used = process.cpuUsage(cpu);
  return { run, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
};

type Outcome = { result: unknown } | { error: { name: string; message: string } };

/**
 * Records what every Task answered (by execution and state, in call order), then answers the same at once: the
 * same events through the same definition and runtime with no step doing any work, i.e. the engine's floor.
 */
export class TaskTape {
  private readonly outcomes = new Map<string, Outcome[]>();

  readonly record: TaskInterceptor = async ({ state, executionName }, next) => {
    const list = this.list(executionName, state);
    try {
      const result = await next();
      list.push({ result });
      return result;
    } catch (error) {
      const e = error as Error;
      list.push({ error: { name: e.name, message: e.message } });
      throw error;
    }
  };

  readonly replay: TaskInterceptor = async ({ state, executionName }) => {
    const outcome = this.outcomes.get(`${executionName}\u0000${state}`)?.shift();
    if (!outcome) throw new Error(`The tape has no recorded answer for ${state} in ${executionName}`);
    if ('error' in outcome) throw Object.assign(new Error(outcome.error.message), { name: outcome.error.name });
    return outcome.result;
  };

  private list(executionName: string, state: string): Outcome[] {
    const key = `${executionName}\u0000${state}`;
    let list = this.outcomes.get(key);
    if (!list) this.outcomes.set(key, (list = []));
    return list;
  }
}
