/**
 * Replays a scenario through the workflow on the local engine: each shorthand event is expanded into the EventBridge
 * events CloudWatch emits, each delivered event starts an execution named from its alarm transition (a duplicate
 * delivery meets ExecutionAlreadyExists, as the starter function does in AWS), and every result is collected.
 */
import { SandboxAccount } from '#adapters/sandbox/account.js';
import { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { alarmName, isAlarmKind, projectAlarmIndex, type AlarmKind } from '#core/catalogue.js';
import { executionNameForEvent } from '#core/execution-name.js';
import { resolveSettingsDocument } from '#workflow/settings.js';
import { InvalidScenarioError, InvalidSettingsError } from '#core/errors.js';
import type { Scenario } from '#types/generated/scenario.js';
import type { SimulationOutput } from '#types/generated/simulation-output.js';
import type { WorkflowState } from '#steps/state.js';
import type { TimelineEvent } from '#core/timeline.js';
import { alarmRulePattern, deploymentAlarmPrefix, matchesEventPattern } from '#workflow/alarm-rule.js';
import { expandShorthand, type AlarmEventEnvelope } from './events.js';
import type { LocalDynamoDb } from './local-dynamodb.js';
import { dynaliteTables, inMemoryTables, type LocalTables } from './local-tables.js';
import { LocalWorkflow, localExecutionArn, type ExecutionRecord, type TaskInterceptor } from './runtime.js';
import { deployTimeThresholdUpdate, isQuotaChangeEvent, localThresholdUpdater, quotaChangeDelivery, simulateQuotaChange, type QuotaChangeEvent } from './threshold-update.js';
import type { ThresholdUpdateSummary } from '#threshold-updater/update.js';

export type SimulationResult = SimulationOutput['results'][number];
export type AccountState = NonNullable<SimulationOutput['account']>;

export interface ScenarioRun {
  name: string;
  scenario: Scenario;
  /** The hub: where the workflow's e-mails, settings and executions are (single-account: the only account). */
  account: SandboxAccount;
  /** Every member account and Region the workflow acts in (single-account: the hub alone) and the simulated STS. */
  organization: SandboxOrganization;
  results: SimulationResult[];
  records: ExecutionRecord[];
  /** The final workflow state of each execution (for the report's charts) */
  states: (Partial<WorkflowState> | undefined)[];
  /** Scenario events that changed no alarm state, so no execution ran: each with why. */
  unchanged: UnchangedEvent[];
  /** The threshold updater's run at deploy (a scenario with inferenceProfiles: it discovers the application profiles). */
  deployThresholdUpdate?: ThresholdUpdateSummary | undefined;
}

export type UnchangedEvent = NonNullable<SimulationOutput['unchangedEvents']>[number];

/**
 * Checks the settings a scenario gives the workflow (its Parameter Store document) before anything runs: invalid
 * settings would fail every execution. A scenario that expects failed executions may hold invalid ones on purpose.
 */
export const checkScenarioSettings = (source: string, scenario: Scenario): void => {
  if (scenario.expectFailedExecutions) return;
  try {
    resolveSettingsDocument(new SandboxAccount(scenario).settingsDocument(), `Scenario ${source}: the settings`);
  } catch (error) {
    if (!(error instanceof InvalidSettingsError)) throw error;
    throw new InvalidScenarioError(
      `${error.message.replace(/; executions that failed on it can then be re-driven\.$/, '.')} Nothing was run. ` +
        '(If these settings are invalid on purpose, set "expectFailedExecutions": true in the scenario.)',
      { cause: error },
    );
  }
};

export interface Delivery {
  index: number;
  delivery: number;
  label: string;
  at: string;
  event: unknown;
}

export interface SimulateOptions {
  /** The idempotency and ledger tables; default: in process (src/local/local-tables.ts). */
  tables?: LocalTables;
  /** The same tables on dynalite (the DynamoDB path); `tables` wins when both are given. */
  dynamo?: LocalDynamoDb;
  onExecution?: (done: number, total: number) => void;
  /** Executions of the same instant run concurrently, at most this many at once. @default 50 */
  maxConcurrency?: number;
  /** Re-drive every execution that failed, once, after all events (`ops-alert simulate --redrive`). */
  redrive?: boolean;
  /** The scenario's faults end before the redrive (the outage is over, the cause fixed). @default false */
  endFaultsBeforeRedrive?: boolean;
  /**
   * Start an execution for every event, even one the alarm rule does not deliver, as an operator starting it by hand
   * would (tests of the workflow's own defences: malformed events, foreign alarms, OK transitions). @default false
   */
  everyEvent?: boolean;
  /**
   * How delivered alarm events run, instead of the source-level workflow (the deployed-artifact run,
   * src/local/deployed: through the synthesized rules and the starter bundle). Made once per scenario, for its account
   * (the hub) and its organization (the members the steps act in; single-account: the hub alone).
   * A redrive goes through its `redrive` (none when it has none).
   */
  alarmEvents?: (account: SandboxAccount, organization: SandboxOrganization) => Promise<AlarmEventRunner>;
  /** Wraps every Task call (the bench's recorded-results floor): see LocalWorkflowOptions.interceptTask. */
  interceptTask?: TaskInterceptor;
}

/** Runs one delivered alarm event: the execution it started, or the result of an event that started none. */
export interface AlarmEventRunner {
  run(delivery: Delivery): Promise<{ record: ExecutionRecord } | { notStarted: SimulationResult; executionName: string }>;
  /** RedriveExecution of a failed execution it started (as an operator does): with it, `redrive` works on this runner. */
  redrive?(record: ExecutionRecord, delivery: Delivery): Promise<ExecutionRecord>;
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

/**
 * Executions held by a Wait until the scenario's clock reaches their time (the incident cool-down's wait, see
 * LocalWorkflowOptions.waitUntil): the events before that time run first, as in AWS, where the execution waits
 * while later alarms start their own. The runner releases them in time order as its groups advance, and all at the end.
 */
class HeldExecutions {
  private readonly held: { at: number; name: string; release: () => void }[] = [];
  /** Per execution: resolves when it is held (again) */
  private readonly heldSignal = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  /** Per execution: resolves when it is finished */
  private readonly finished = new Map<string, Promise<void>>();
  /** After releaseAll (the re-drives after the storm): nothing is held any more. */
  private closed = false;

  /** LocalWorkflowOptions.waitUntil */
  readonly waitUntil = (at: Date, name: string): Promise<void> =>
    this.closed ? Promise.resolve() : new Promise((release) => {
      this.held.push({ at: at.getTime(), name, release });
      this.heldSignal.get(name)?.resolve();
    });

  /** Runs an execution until it is finished or held. */
  async start(name: string, run: () => Promise<void>): Promise<void> {
    this.arm(name);
    const finished = run();
    this.finished.set(name, finished);
    await Promise.race([finished, this.heldSignal.get(name)?.promise]);
  }

  /** Releases, in time order, every execution held until `time` at the latest; returns once each is finished or held again. */
  async releaseUntil(time: number): Promise<void> {
    for (;;) {
      const due = this.held.filter((h) => h.at <= time);
      if (due.length === 0) return;
      const first = Math.min(...due.map((h) => h.at));
      const now = due.filter((h) => h.at === first);
      for (const h of now) this.held.splice(this.held.indexOf(h), 1);
      await Promise.all(now.map(async (h) => {
        this.arm(h.name);
        h.release();
        await Promise.race([this.finished.get(h.name), this.heldSignal.get(h.name)?.promise]);
      }));
    }
  }

  /** Releases every held execution in time order; from now on nothing is held. */
  async releaseAll(): Promise<void> {
    await this.releaseUntil(Number.POSITIVE_INFINITY);
    this.closed = true;
  }

  private arm(name: string): void {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    this.heldSignal.set(name, { promise, resolve });
  }
}

export const simulateScenario = async (name: string, scenario: Scenario, options: SimulateOptions = {}): Promise<ScenarioRun> => {
  const organization = new SandboxOrganization(scenario);
  const account = organization.hub;
  // The workflow's own account and Region: a member's event is named with its account and Region too.
  const home = { account: account.account, region: account.region };
  const tables = await (options.tables ?? (options.dynamo ? dynaliteTables(options.dynamo) : inMemoryTables())).createTables(name);
  const ledger = account.withLedgerFaults(tables.ledger);
  const held = new HeldExecutions();
  const workflow = new LocalWorkflow({
    ports: () => ({ ...account.ports(), ledger }),
    // Organization mode: the spoke ports of the incident's account and Region, through the step's spoke access.
    ...(organization.isOrganization ? { spokePorts: (step: string) => organization.spokePorts(step) } : {}),
    idempotency: tables.idempotency,
    waitUntil: held.waitUntil,
    ...(options.interceptTask ? { interceptTask: options.interceptTask } : {}),
  });
  const run: ScenarioRun = { name, scenario, account, organization, results: [], records: [], states: [], unchanged: [] };
  const runner = options.alarmEvents ? await options.alarmEvents(account, organization) : undefined;
  // CloudWatch moves the alarms as time goes: expand every event in time order first, then run the executions.
  const ordered = scenario.events.map((item, index) => ({ item, index })).sort((a, b) => eventTime(a.item) - eventTime(b.item));
  const deliveries = ordered.flatMap(({ item, index }) => expand(organization, item, index, (u) => run.unchanged.push({ scenario: name, ...u })));
  // Only what the deployed rule delivers starts an execution: the same pattern as the CDK app's rule
  // (src/workflow/alarm-rule.ts). The deployed-artifact runner applies the synthesized rule itself.
  // Organization mode: the hub bus's rule, the same pattern for any account (the bus policy admits the organization).
  const { account: _anyAccount, ...organizationPattern } = alarmRulePattern({ alarmNamePrefix: deploymentAlarmPrefix(scenario.customerName), account: account.account });
  const pattern = organization.isOrganization ? organizationPattern : alarmRulePattern({ alarmNamePrefix: deploymentAlarmPrefix(scenario.customerName), account: account.account });
  const delivered = (event: unknown): boolean => Boolean(runner) || Boolean(options.everyEvent) || matchesEventPattern(pattern, event);
  const started = new Set<string>();
  /** Increases Service Quotas approved during an execution: the threshold updater follows them, as for quotaChange. */
  const approvals: { event: QuotaChangeEvent; index: number }[] = [];
  // The updater's alarms are deployed from the quotas before any approval raises them.
  if (scenario.quotaRequestOutcomes?.some((o) => o.status === 'APPROVED')) for (const member of organization.memberAccounts()) localThresholdUpdater(member);
  // The deploy's run of the updater: it discovers the account's application profiles (scenario.inferenceProfiles).
  if (!organization.isOrganization && deliveries.length > 0) run.deployThresholdUpdate = await deployTimeThresholdUpdate(account, new Date(Math.min(...deliveries.map((d) => Date.parse(d.at))) - 3_600_000));
  /** An execution's end (first run or redrive): its record, final or last known state, result and approvals. */
  const recordOutcome = (i: number, delivery: Delivery, record: ExecutionRecord): void => {
    account.setExecutionStatus(record.arn, record.status);
    const state = (record.status === 'SUCCEEDED' ? record.output : lastKnownState(record)) as Partial<WorkflowState> | undefined;
    run.records[i] = record;
    run.states[i] = state;
    run.results[i] = toResult(name, delivery, record, state, account, organization.memberAccounts());
    approvals.push(...approvedIncreases(state, delivery));
  };
  const slots: (() => Promise<void>)[] = deliveries.map((delivery, i) => {
    const quotaChange = delivery.event;
    if (isQuotaChangeEvent(quotaChange)) {
      // Not an execution: the simulated Service Quotas changes and the threshold updater runs (threshold-update.ts).
      return async () => {
        const step = await simulateQuotaChange(name, organization.memberOfEvent(quotaChange, `events[${delivery.index}]`), quotaChange, delivery.index);
        run.results[i] = step.result;
        run.records[i] = step.record;
        run.states[i] = undefined;
      };
    }
    const resolvedEvent = delivery.event;
    if (isCaseResolvedEvent(resolvedEvent)) {
      // Not an execution: AWS Support resolves the cases (a human closing them, or the increase granted).
      return async () => {
        const resolved = organization.memberOfEvent(resolvedEvent, `events[${delivery.index}]`).resolveCases(resolvedEvent.caseResolved.model, resolvedEvent.caseResolved.caseType);
        run.results[i] = caseResolvedResult(name, delivery, resolved.map((c) => c.displayId));
        run.records[i] = { name: `case-resolved-${delivery.index}`, arn: '', status: 'SUCCEEDED', states: [], timeline: [], stateInputs: {} };
        run.states[i] = undefined;
      };
    }
    if (runner) {
      return async () => {
        const outcome = await runner.run(delivery);
        if ('notStarted' in outcome) {
          run.results[i] = outcome.notStarted;
          run.records[i] = { name: outcome.executionName, arn: '', status: 'SUCCEEDED', states: [], timeline: [], stateInputs: {} };
          run.states[i] = undefined;
          return;
        }
        const { record } = outcome;
        const state = (record.status === 'SUCCEEDED' ? record.output : lastKnownState(record)) as Partial<WorkflowState> | undefined;
        run.records[i] = record;
        run.states[i] = state;
        run.results[i] = toResult(name, delivery, record, state, account, organization.memberAccounts());
        approvals.push(...approvedIncreases(state, delivery));
      };
    }
    if (!delivered(delivery.event)) {
      // The alarm rule does not match it (a composite alarm, an OK transition, another account...): nothing starts.
      return async () => {
        const executionName = executionNameForEvent(delivery.event, home);
        run.results[i] = notMatched(name, delivery, executionName);
        run.records[i] = { name: executionName, arn: '', status: 'SUCCEEDED', states: [], timeline: [], stateInputs: {} };
        run.states[i] = undefined;
      };
    }
    const executionName = executionNameForEvent(delivery.event, home);
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
      account.setExecutionStatus(localExecutionArn(executionName), 'RUNNING');
      // An execution held by the cool-down's wait frees its slot; it finishes when the runner releases it.
      await held.start(executionName, async () => {
        recordOutcome(i, delivery, await workflow.run(delivery.event, executionName, undefined, new Date(Date.parse(delivery.at))));
      });
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
    await held.releaseUntil(groupStart);
    await runPooled(slots.slice(i, j), options.maxConcurrency ?? 50, () => options.onExecution?.(++done, slots.length));
    i = j;
  }
  // The storm is over: the executions still waiting for their cool-down's end decide now (and send its summary).
  await held.releaseAll();
  const redrives = options.redrive && (!runner || runner.redrive);
  if (redrives && options.endFaultsBeforeRedrive) account.endFaults();
  if (redrives) {
    for (const [i, record] of run.records.entries()) {
      const delivery = deliveries[i];
      if (!delivery || record.status === 'SUCCEEDED' || !record.failedState) continue;
      account.setExecutionStatus(record.arn, 'RUNNING');
      const redriven = runner?.redrive
        ? await runner.redrive(record, delivery)
        : await workflow.redrive(record, delivery.event, new Date(Date.parse(delivery.at)));
      recordOutcome(i, delivery, redriven);
    }
  }
  for (const approval of approvals) {
    const step = await simulateQuotaChange(name, organization.memberOfEvent(approval.event, `events[${approval.index}]`), approval.event, approval.index);
    run.results.push(step.result);
    run.records.push(step.record);
    run.states.push(undefined);
  }
  return run;
};

/**
 * What the simulated accounts finally hold: every case with its communications, every quota increase request, every
 * e-mail published (with the recipients its filter policies let through). Guarantees are counted from this.
 */
export const accountStateOf = (runs: readonly (Pick<ScenarioRun, 'name' | 'account'> & { organization?: SandboxOrganization })[]): AccountState => ({
  cases: runs.flatMap(({ name, account, organization }) => membersOf(account, organization).flatMap((member) =>
    member.cases.map((c) => ({
      scenario: name, account: member.account, region: member.region, caseId: c.caseId, displayId: c.displayId, subject: c.subject, status: c.status, openedBy: c.openedBy, timeCreated: c.timeCreated,
      communications: c.communications.map((m) => ({ at: m.at, body: m.body })),
    })),
  )),
  quotaRequests: runs.flatMap(({ name, account, organization }) => membersOf(account, organization).flatMap((member) =>
    member.quotaRequestsState().map((r) => ({ scenario: name, account: member.account, region: member.region, ...r })),
  )),
  // E-mails go out from the hub (the workflow's topic); a member's own are its threshold updater's.
  emails: runs.flatMap(({ name, account, organization }) => [account, ...membersOf(account, organization).filter((m) => m !== account)].flatMap((member) =>
    member.emails.map((e) => ({
      scenario: name, subject: e.subject, body: e.body, attributes: { ...e.attributes }, recipients: [...e.recipients], at: e.at,
      ...(e.executionName ? { executionName: e.executionName } : {}),
    })),
  )),
});

/** The accounts that hold cases and requests: the organization's members, else the one account. */
const membersOf = (account: SandboxAccount, organization?: SandboxOrganization): SandboxAccount[] => organization?.memberAccounts() ?? [account];

/** The quota changes an execution's approved increase requests make (one per model). */
const approvedIncreases = (state: Partial<WorkflowState> | undefined, d: Delivery): { event: QuotaChangeEvent; index: number }[] => {
  const approved = (state?.caseAction?.quotaRequests ?? []).filter((r) => r.status === 'APPROVED');
  const model = state?.incident?.model.name;
  if (!model || approved.length === 0) return [];
  const quotas = Object.fromEntries(approved.map((r) => [r.quota === 'RPM' ? 'rpm' : 'tpm', r.desiredValue]));
  const where = state?.incident ? { account: state.incident.account, region: state.incident.region } : {};
  return [{ index: d.index, event: { quotaChange: { model, quotas }, at: d.at, label: 'quota increase approved', ...where } }];
};

interface CaseResolvedEvent {
  caseResolved: { model: string; caseType: 'Quota Request' | 'Investigation Request' };
  at: string;
  label?: string;
  account?: string;
  region?: string;
}

const isCaseResolvedEvent = (item: unknown): item is CaseResolvedEvent =>
  typeof item === 'object' && item !== null && 'caseResolved' in item && typeof (item as { at?: unknown }).at === 'string';

const caseResolvedResult = (scenario: string, d: Delivery, displayIds: string[]): SimulationResult => ({
  scenario,
  event: { index: d.index, delivery: 1, label: d.label, alarmName: '', state: 'CASE_RESOLVED', at: d.at },
  execution: { name: `case-resolved-${d.index}`, status: 'SUCCEEDED', states: [], reason: displayIds.length > 0 ? `AWS Support resolved case(s) ${displayIds.join(', ')}` : 'no open case to resolve' },
  decision: null,
  caseAction: { action: 'none', reason: 'case_resolved' },
  notification: { sent: false },
});

const expand = (
  organization: SandboxOrganization, item: Scenario['events'][number], index: number, onUnchanged: (u: Omit<UnchangedEvent, 'scenario'>) => void,
): Delivery[] => {
  if (isQuotaChangeEvent(item)) return [quotaChangeDelivery(item, index)];
  if (isCaseResolvedEvent(item)) {
    const { model, caseType } = item.caseResolved;
    return [{ index, delivery: 1, at: item.at, event: item, label: `${item.label ? `${item.label}: ` : ''}AWS Support resolves the ${caseType} case(s) of ${model}` }];
  }
  if ('model' in item && 'alarms' in item) {
    const shorthand = item as { model: string; alarms: string[]; at: string; state?: 'ALARM' | 'OK'; deliveries?: number; label?: string; account?: string; region?: string };
    // The alarms of the event's account and Region move (an organization: that member's CloudWatch).
    const account = organization.memberOfEvent(shorthand, `events[${index}]`);
    const before = unchangedReason(account, shorthand);
    const events = expandShorthand(account, shorthand, `events[${index}]`);
    if (events.length === 0) {
      const label = `${shorthand.label ? `${shorthand.label}: ` : ''}${shorthand.model} ${shorthand.alarms.join(', ')} -> ${shorthand.state ?? 'ALARM'}`;
      onUnchanged({ index, label, at: shorthand.at, reason: before });
    }
    const times = shorthand.deliveries ?? 1;
    return events.flatMap((event) =>
      Array.from({ length: times }, (_, d) => ({
        index, delivery: d + 1, at: shorthand.at, event,
        label: `${shorthand.label ? `${shorthand.label}: ` : ''}${event.detail.alarmName} -> ${event.detail.state.value}${times > 1 ? ` (delivery ${d + 1}/${times})` : ''}`,
      })),
    );
  }
  const full = item as Partial<AlarmEventEnvelope>;
  // A full event moves the alarm of its own account and Region, when the organization has it.
  const member = typeof full.account === 'string' && typeof full.region === 'string' ? organization.member({ account: full.account, region: full.region }) : undefined;
  applyFullEvent(member ?? organization.hub, full);
  const at = typeof full.time === 'string' && !Number.isNaN(Date.parse(full.time)) ? full.time : organization.hub.now().toISOString();
  return [{ index, delivery: 1, at, event: item, label: `full event: ${String(full.detail?.alarmName ?? '(no alarm name)')} -> ${String(full.detail?.state?.value ?? '?')}` }];
};

/** Why an event changes nothing: the state each alarm it names already had (read before the event applies). */
const unchangedReason = (account: SandboxAccount, e: { model: string; alarms: string[]; state?: 'ALARM' | 'OK' }): string => {
  // An unknown model or alarm kind: expandShorthand reports it with its own clear error.
  if (!account.scenario.models.some((m) => m.name === e.model)) return '';
  const names = new Set(account.modelAlarmNames(e.model));
  const already = e.alarms.map((kind) => {
    const name = names.has(alarmName(account.scenario.customerName, kind as AlarmKind, e.model)) ? alarmName(account.scenario.customerName, kind as AlarmKind, e.model) : kind;
    const now = account.alarmState(name);
    return `${name} was already ${now?.state ?? 'OK'}${now?.since ? ` since ${now.since}` : ''}`;
  });
  return `no alarm changed state (${already.join('; ')}): CloudWatch emits no event for a state an alarm already has, so no execution ran`;
};

/** A full event about a project alarm also moves that alarm in the simulated CloudWatch, as the real one would have. */
const applyFullEvent = (account: SandboxAccount, event: Partial<AlarmEventEnvelope>): void => {
  const name = event.detail?.alarmName;
  const value = event.detail?.state?.value;
  if (typeof name !== 'string' || (value !== 'ALARM' && value !== 'OK')) return;
  const ref = projectAlarmIndex(account.scenario.customerName, account.scenario.models.map((m) => m.name)).get(name);
  if (ref?.kind && isAlarmKind(ref.kind) && typeof event.time === 'string') account.setAlarmStates(ref.modelName, [ref.kind], value, new Date(Date.parse(event.time)).toISOString());
};

/**
 * The local engine's StateRetried event does not carry the error it retries: it is the error of the StateFailed
 * just before it, for the same state. Filled in so a retry says why ("retried 2× after CaseCreationInProgressError").
 */
export const withRetryErrors = (timeline: readonly TimelineEvent[]): TimelineEvent[] => {
  const lastError = new Map<string, { error?: string; cause?: string }>();
  return timeline.map((e) => {
    if (e.type === 'StateFailed' && e.state) lastError.set(e.state, { ...(e.error ? { error: e.error } : {}), ...(e.cause ? { cause: e.cause } : {}) });
    if (e.type !== 'StateRetried' || e.error || !e.state) return e;
    const failed = lastError.get(e.state);
    return failed?.error ? { ...e, error: failed.error } : e;
  });
};

/** What a failed execution knew: the input of the state that failed (the raw event when the first step failed). */
export const lastKnownState = (record: ExecutionRecord): unknown => {
  const input = record.failedState ? (record.stateInputs[record.failedState] as Record<string, unknown> | undefined) : undefined;
  return input && 'execution' in input ? input : undefined;
};

/** An event no EventBridge rule pattern matches: it started nothing (the deployed-artifact run reports it the same way). */
export const notMatched = (scenario: string, d: Delivery, executionName: string): SimulationResult => ({
  ...notStarted(scenario, d, executionName),
  execution: { name: executionName, status: 'SUCCEEDED', states: [], outcome: 'nothing_to_do', reason: 'no EventBridge rule pattern matched the event, so nothing started' },
  caseAction: { action: 'none', reason: 'not_matched' },
});

export const notStarted = (scenario: string, d: Delivery, executionName: string): SimulationResult => ({
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

/** The text this execution last sent to the case (created with it or appended), as the account holds it. */
const withBody = (body: string | undefined): { body?: string } => (body === undefined ? {} : { body });

const caseTextSentBy = (executionName: string, caseId: string | null | undefined, members: readonly SandboxAccount[]): string | undefined => {
  const sent = members.flatMap((m) => m.cases).filter((c) => c.caseId === caseId).flatMap((c) => c.communications).filter((m) => m.executionName === executionName);
  return sent[sent.length - 1]?.body;
};

/**
 * An execution's result. The workflow state gives the decision and the case action; what was sent (the case text, the
 * e-mail) is read from the simulated account, where the execution's calls left it.
 */
const toResult = (
  scenario: string, d: Delivery, record: ExecutionRecord, state: Partial<WorkflowState> | undefined, account: SandboxAccount, members: readonly SandboxAccount[],
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
      ...(ca.subject ? { subject: ca.subject } : {}), ...(ca.via ? { via: ca.via } : {}), ...withBody(caseTextSentBy(record.name, ca.caseId, members)),
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
    timeline: withRetryErrors(record.timeline) as unknown as Record<string, unknown>[],
  };
};
