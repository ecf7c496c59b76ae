/**
 * Replays a scenario through the workflow on the local engine: each shorthand event is expanded into the EventBridge
 * events CloudWatch emits, each delivered event starts an execution named from its alarm transition (a duplicate
 * delivery meets ExecutionAlreadyExists, as the starter function does in AWS), and every result is collected.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SandboxAccount } from '../adapters/sandbox/account.js';
import { DynamoDbCaseLedger } from '../adapters/dynamodb/case-ledger.js';
import { isAlarmKind, projectAlarmIndex } from '../core/catalogue.js';
import { executionNameForEvent } from '../core/execution-name.js';
import { parseScenario } from '../contracts/validate.js';
import type { Scenario } from '../types/generated/scenario.js';
import type { SimulationOutput } from '../types/generated/simulation-output.js';
import type { WorkflowState } from '../steps/state.js';
import { alarmRulePattern, deploymentAlarmPrefix, matchesEventPattern } from '../workflow/alarm-rule.js';
import { expandShorthand, type AlarmEventEnvelope } from './events.js';
import type { LocalDynamoDb } from './local-dynamodb.js';
import { LocalWorkflow, type ExecutionRecord } from './runtime.js';
import { isQuotaChangeEvent, quotaChangeDelivery, simulateQuotaChange } from './threshold-update.js';

export type SimulationResult = SimulationOutput['results'][number];

export interface ScenarioRun {
  name: string;
  scenario: Scenario;
  account: SandboxAccount;
  results: SimulationResult[];
  records: ExecutionRecord[];
  /** The final workflow state of each execution (for the report's charts) */
  states: (Partial<WorkflowState> | undefined)[];
  /** Events the alarm rule's pattern does not match: as in AWS, they started nothing (src/workflow/alarm-rule.ts). */
  unmatched: unknown[];
}

export const loadScenarioFile = (path: string): { name: string; scenario: Scenario } => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read scenario ${path}: ${(error as Error).message}`, { cause: error });
  }
  const scenario = parseScenario(json, path);
  return { name: scenario.name ?? basename(path).replace(/\.json$/, ''), scenario };
};

interface Delivery {
  index: number;
  delivery: number;
  label: string;
  at: string;
  event: unknown;
}

export interface SimulateOptions {
  dynamo: LocalDynamoDb;
  onExecution?: (done: number, total: number) => void;
  /** Executions of the same instant run concurrently, at most this many at once. @default 50 */
  maxConcurrency?: number;
  /** Re-drive every execution that failed, once, after all events (`ops-alert simulate --redrive`). */
  redrive?: boolean;
  /**
   * Start an execution for every event, even one the alarm rule does not deliver, as an operator starting it by hand
   * would (tests of the workflow's own defences: malformed events, foreign alarms, OK transitions). @default false
   */
  everyEvent?: boolean;
}

const eventTime = (item: unknown): number => {
  const e = item as { at?: unknown; time?: unknown };
  const t = Date.parse(String(e.at ?? e.time ?? ''));
  return Number.isNaN(t) ? 0 : t;
};

const runPooled = async (tasks: (() => Promise<void>)[], limit: number, onDone: () => void): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (task) await task();
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
};

export const simulateScenario = async (name: string, scenario: Scenario, options: SimulateOptions): Promise<ScenarioRun> => {
  const account = new SandboxAccount(scenario);
  const tables = await options.dynamo.createTables(name);
  const ledger = new DynamoDbCaseLedger(tables.ledgerTable, options.dynamo.clientConfig);
  const workflow = new LocalWorkflow({ ports: () => ({ ...account.ports(), ledger }), idempotency: { tableName: tables.idempotencyTable, clientConfig: options.dynamo.clientConfig } });
  const run: ScenarioRun = { name, scenario, account, results: [], records: [], states: [], unmatched: [] };
  // CloudWatch moves the alarms as time goes: expand every event in time order first, then run the executions.
  const ordered = scenario.events.map((item, index) => ({ item, index })).sort((a, b) => eventTime(a.item) - eventTime(b.item));
  // Only what the deployed rule delivers starts an execution: the same pattern as the CDK app's rule.
  const pattern = alarmRulePattern({ alarmNamePrefix: deploymentAlarmPrefix(scenario.customerName), account: account.account });
  const deliveries = ordered.flatMap(({ item, index }) => expand(account, item, index)).filter((delivery) => {
    if (options.everyEvent || isQuotaChangeEvent(delivery.event) || matchesEventPattern(pattern, delivery.event)) return true;
    run.unmatched.push(delivery.event);
    return false;
  });
  const started = new Set<string>();
  const slots: (() => Promise<void>)[] = deliveries.map((delivery, i) => {
    const quotaChange = delivery.event;
    if (isQuotaChangeEvent(quotaChange)) {
      // Not an execution: the simulated Service Quotas changes and the threshold updater runs (threshold-update.ts).
      return async () => {
        const step = await simulateQuotaChange(name, account, quotaChange, delivery.index);
        run.results[i] = step.result;
        run.records[i] = step.record;
        run.states[i] = undefined;
      };
    }
    const executionName = executionNameForEvent(delivery.event);
    // As the starter function: a second StartExecution with the same name answers ExecutionAlreadyExists.
    const duplicate = started.has(executionName);
    started.add(executionName);
    return async () => {
      if (duplicate) {
        run.results[i] = notStarted(name, delivery, executionName);
        run.records[i] = { name: executionName, arn: '', status: 'SUCCEEDED', states: [], timeline: [], stateInputs: {} };
        run.states[i] = undefined;
        return;
      }
      const record = await workflow.run(delivery.event, executionName, undefined, new Date(Date.parse(delivery.at)));
      const state = (record.status === 'SUCCEEDED' ? record.output : lastKnownState(record)) as Partial<WorkflowState> | undefined;
      run.records[i] = record;
      run.states[i] = state;
      run.results[i] = toResult(name, delivery, record, state, account);
    };
  });
  // Deliveries of the same instant run concurrently (as EventBridge would start them); later ones wait their turn.
  let done = 0;
  for (let i = 0; i < slots.length; ) {
    // A group: deliveries within concurrentWithinSeconds of the group's first (0: the same instant).
    const groupStart = Date.parse(deliveries[i]?.at ?? '');
    const window = (scenario.concurrentWithinSeconds ?? 0) * 1000;
    let j = i;
    while (j < slots.length && Date.parse(deliveries[j]?.at ?? '') - groupStart <= window) j++;
    await runPooled(slots.slice(i, j), options.maxConcurrency ?? 50, () => options.onExecution?.(++done, slots.length));
    i = j;
  }
  if (options.redrive) {
    for (const [i, record] of run.records.entries()) {
      const delivery = deliveries[i];
      if (!delivery || record.status === 'SUCCEEDED' || !record.failedState) continue;
      const redriven = await workflow.redrive(record, delivery.event, new Date(Date.parse(delivery.at)));
      const state = (redriven.status === 'SUCCEEDED' ? redriven.output : lastKnownState(redriven)) as Partial<WorkflowState> | undefined;
      run.records[i] = redriven;
      run.states[i] = state;
      run.results[i] = toResult(name, delivery, redriven, state, account);
    }
  }
  return run;
};

const expand = (account: SandboxAccount, item: Scenario['events'][number], index: number): Delivery[] => {
  if (isQuotaChangeEvent(item)) return [quotaChangeDelivery(item, index)];
  if ('model' in item && 'alarms' in item) {
    const shorthand = item as { model: string; alarms: string[]; at: string; state?: 'ALARM' | 'OK'; deliveries?: number; label?: string };
    const events = expandShorthand(account, shorthand, `events[${index}]`);
    const times = shorthand.deliveries ?? 1;
    return events.flatMap((event) =>
      Array.from({ length: times }, (_, d) => ({
        index, delivery: d + 1, at: shorthand.at, event,
        label: `${shorthand.label ? `${shorthand.label}: ` : ''}${event.detail.alarmName} -> ${event.detail.state.value}${times > 1 ? ` (delivery ${d + 1}/${times})` : ''}`,
      })),
    );
  }
  const full = item as Partial<AlarmEventEnvelope>;
  applyFullEvent(account, full);
  const at = typeof full.time === 'string' && !Number.isNaN(Date.parse(full.time)) ? full.time : account.now().toISOString();
  return [{ index, delivery: 1, at, event: item, label: `full event: ${String(full.detail?.alarmName ?? '(no alarm name)')} -> ${String(full.detail?.state?.value ?? '?')}` }];
};

/** A full event about a project alarm also moves that alarm in the simulated CloudWatch, as the real one would have. */
const applyFullEvent = (account: SandboxAccount, event: Partial<AlarmEventEnvelope>): void => {
  const name = event.detail?.alarmName;
  const value = event.detail?.state?.value;
  if (typeof name !== 'string' || (value !== 'ALARM' && value !== 'OK')) return;
  const ref = projectAlarmIndex(account.scenario.customerName, account.scenario.models.map((m) => m.name)).get(name);
  if (ref?.kind && isAlarmKind(ref.kind) && typeof event.time === 'string') account.setAlarmStates(ref.modelName, [ref.kind], value, new Date(Date.parse(event.time)).toISOString());
};

/** What a failed execution knew: the input of the state that failed (the raw event when the first step failed). */
const lastKnownState = (record: ExecutionRecord): unknown => {
  const input = record.failedState ? (record.stateInputs[record.failedState] as Record<string, unknown> | undefined) : undefined;
  return input && 'execution' in input ? input : undefined;
};

const notStarted = (scenario: string, d: Delivery, executionName: string): SimulationResult => ({
  scenario,
  event: eventInfo(d),
  execution: { name: executionName, status: 'SUCCEEDED', states: [], outcome: 'nothing_to_do', reason: 'duplicate delivery: StartExecution answered ExecutionAlreadyExists, so no second execution ran' },
  decision: null,
  caseAction: { action: 'none', reason: 'duplicate_delivery' },
  notification: { sent: false },
});

const eventInfo = (d: Delivery): SimulationResult['event'] => {
  const e = d.event as Partial<AlarmEventEnvelope>;
  return { index: d.index, delivery: d.delivery, label: d.label, alarmName: String(e.detail?.alarmName ?? ''), state: String(e.detail?.state?.value ?? ''), at: d.at };
};

const toResult = (
  scenario: string, d: Delivery, record: ExecutionRecord, state: Partial<WorkflowState> | undefined, account: SandboxAccount,
): SimulationResult => {
  const nothing = state?.status === 'nothing_to_do';
  const decision = state?.decision && state.classification
    ? {
        severity: state.decision.severity, scenario: state.decision.scenario, caseType: state.decision.caseType, route: state.decision.route,
        ...(state.decision.newModelBasis ? { newModelBasis: state.decision.newModelBasis } : {}),
        rationale: state.decision.rationale, alarms: state.classification.alarms.map((a) => a.name), thresholds: state.decision.thresholds,
        ...(state.decision.peaks ? { peaks: state.decision.peaks } : {}),
        quotaIncreases: state.decision.quotaIncreases.map((q) => ({ quota: q.quota, code: q.code, current: q.current, requested: q.requested, asReference: q.asReference })),
      }
    : null;
  const ca = state?.caseAction as (WorkflowState['caseAction'] & { replayed?: boolean }) | undefined;
  let caseAction: SimulationResult['caseAction'];
  if (record.status !== 'SUCCEEDED') caseAction = { action: 'failed', reason: 'execution_failed', ...(ca?.caseId ? { caseId: ca.caseId } : {}) };
  else if (!ca) caseAction = { action: 'none', reason: nothing ? 'nothing_to_do' : 'no_case_step' };
  else if (ca.replayed) caseAction = { action: 'suppressed', reason: 'duplicate (idempotent replay of the same incident)', caseId: ca.caseId ?? null, displayId: ca.displayId ?? null };
  else {
    caseAction = {
      action: ca.action, ...(ca.reason ? { reason: ca.reason } : {}), caseId: ca.caseId ?? null, displayId: ca.displayId ?? null,
      ...(ca.subject ? { subject: ca.subject } : {}), ...(ca.via ? { via: ca.via } : {}), ...(ca.body ? { body: ca.body } : {}),
      ...(ca.quotaRequests ? { quotaRequests: ca.quotaRequests as unknown as Record<string, unknown>[] } : {}),
    };
  }
  // What the account really received: the e-mails published by this execution.
  const sent = account.emails.filter((e) => e.executionName === record.name);
  const email = sent[sent.length - 1];
  return {
    scenario,
    event: eventInfo(d),
    execution: {
      name: record.name, status: record.status, states: record.states,
      outcome: record.status !== 'SUCCEEDED' ? 'failed' : nothing ? 'nothing_to_do' : 'incident',
      ...(nothing && state?.reason ? { reason: state.reason } : {}),
      ...(record.error ? { error: record.error } : {}), ...(record.cause ? { cause: record.cause } : {}), ...(record.failedState ? { failedState: record.failedState } : {}),
      ...(record.redriveCount ? { redriveCount: record.redriveCount } : {}),
    },
    decision,
    caseAction,
    notification: email
      ? { sent: true, subject: email.subject, body: email.body, attributes: { ...email.attributes }, recipients: email.recipients }
      : { sent: false },
    timeline: record.timeline as unknown as Record<string, unknown>[],
  };
};
