/**
 * The local runtime: aws-local-stepfunctions runs statemachine/ops-alert.asl.json, filled with the same substitution
 * map as the CDK app; every Task dispatches to its step's handler (the step definitions of src/workflow/steps.ts, the
 * same middy factory as the Lambda entries) with the sandbox adapters; the
 * idempotency and ledger tables are given by the caller (in process by default, see local-tables.ts). A Task resource
 * it cannot dispatch fails loudly.
 */
import './polyfills.js';
import { StateMachine } from 'aws-local-stepfunctions';
import type { Context } from 'aws-lambda';
import { runAt } from '#adapters/sandbox/virtual-clock.js';
import { UnsupportedResourceError } from '#core/errors.js';
import type { TimelineEvent } from '#core/timeline.js';
import { createStepHandler, type HandlerDeps, type StepHandler, type StepRun } from '#lambda/step-handlers.js';
import type { FailureInput } from '#steps/notify.js';
import { fetchUsage } from '#steps/defs/fetch-usage.js';
import type { Ports } from '#ports/index.js';
import { isSpokePort, spokeTargetOf, type SpokePort, type SpokeTarget } from '#workflow/organization.js';
import { PROJECT_ROOT } from './project-root.js';
import { rememberedUsageSummaries } from './usage-summaries.js';
import { definitionValidations, type DefinitionValidations } from './validated-definitions.js';
import { lambdaStep, localFunctionArn, stepOfLocalFunctionArn, type LambdaStepId } from '#workflow/steps.js';
import { allStates, loadDefinition, type AslDefinition, type AslState } from './definition.js';
import { adaptiveRetryPauses, localRetryPauseMs } from './retry-pauses.js';

// The engine's definition type, for its callers (src/local/deployed/deployed-run.ts).

type RunHandle = ReturnType<StateMachine['run']>;

/** The definitions validated so far (validated-definitions.ts): each distinct definition is validated once. */
let validations: DefinitionValidations | undefined;
const validatedStateMachine = (definition: AslDefinition): StateMachine => {
  validations ??= definitionValidations(PROJECT_ROOT);
  const key = JSON.stringify(definition);
  if (validations.isValidated(key)) return new StateMachine(definition as never, { validationOptions: { noValidate: true } });
  const machine = new StateMachine(definition as never, { validationOptions: { checkArn: false } });
  validations.validated(key);
  return machine;
};
type EventLog = RunHandle['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '123456789012';
export const LOCAL_STATE_MACHINE_ARN = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:ops-alert-local`;
/** The ARN of a local execution (what $$.Execution.Id holds). */
export const localExecutionArn = (executionName: string): string => `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:execution:ops-alert-local:${executionName}`;

export interface ExecutionRecord {
  name: string;
  arn: string;
  status: 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';
  output?: unknown;
  error?: string;
  cause?: string;
  failedState?: string;
  /** State names in the order entered */
  states: string[];
  timeline: TimelineEvent[];
  /**
   * What a redrive resumes with: for an unsuccessful execution, the input of the state it failed at (as that state
   * was last entered); empty for a successful one, which cannot be redriven (a storm keeps no input of any state).
   */
  stateInputs: Record<string, unknown>;
  /** What NotifyFailure did for an unsuccessful execution */
  failureNotification?: unknown;
  /** How many times it was redriven */
  redriveCount?: number;
}

export interface LocalWorkflowOptions {
  /** The ports of a step's handler (asked once per step; each step gets only the ports it declares). */
  ports: (step: LambdaStepId) => Ports;
  /**
   * Organization mode: the spoke ports (SPOKE_PORTS) of a step's container, asked once per step, then per account and
   * Region its input names (spokeTargetOf); the hub's ports still come from `ports`. Absent: single-account mode.
   */
  spokePorts?: (step: LambdaStepId) => (target: SpokeTarget) => Pick<Ports, SpokePort>;
  idempotency?: HandlerDeps['idempotency'];
  /** Wait states and retry intervals in real seconds (default: 0, the simulation does not sleep). */
  realTime?: boolean;
  /** Another definition (tests); default: statemachine/ops-alert.asl.json with the local substitution map. */
  definition?: AslDefinition;
  /**
   * The deployed-artifact run (src/local/deployed): each Task dispatched by its Resource to the function that would
   * run it, instead of the registered step handler; ARNs of that deployment; and where the execution status change
   * event goes when an execution fails (instead of calling the NotifyFailure handler).
   */
  deployed?: {
    task: (state: string, resource: string) => (input: unknown, executionName: string) => Promise<unknown>;
    stateMachineArn: string;
    /** Runs inside the execution's simulated time (virtual-clock.ts `currentExecutionTime`). */
    onStatusChange: (event: Record<string, unknown>) => Promise<unknown>;
  };
  /**
   * Wraps every Task call (the bench records each Task's outcome, then replays them to measure the engine alone):
   * `next` runs the step's handler; an interceptor may answer without calling it.
   */
  interceptTask?: TaskInterceptor;
  /**
   * Called before a Task that a Wait with TimestampPath leads to, when that timestamp is ahead of the execution's
   * simulated time (the incident cool-down's wait): the scenario runner holds the execution until its simulated clock
   * reaches `at`, so the executions of the events in between run first, as in AWS. Without it the Task runs at once.
   */
  waitUntil?: (at: Date, executionName: string) => Promise<void>;
}

export type TaskInterceptor = (call: { state: string; executionName: string; input: unknown }, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * The handler of any step, as its Lambda function would run it: `deps.ports` is asked for the step's ports (it may
 * build them per step, e.g. to tell the steps' calls apart), and the step gets only the ones it declares. `run` may
 * replace the step's own (FetchUsage's remembers its summaries).
 */
export const localStepHandler = (
  id: LambdaStepId,
  deps: Omit<HandlerDeps<Ports>, 'ports' | 'portsFor'> & Pick<LocalWorkflowOptions, 'ports' | 'spokePorts'>,
  run?: StepRun,
): StepHandler => {
  const step = lambdaStep(id);
  const declared = (ports: Ports): Ports => Object.fromEntries(step.ports.map((name) => [name, ports[name]])) as unknown as Ports;
  const { spokePorts, ...rest } = deps;
  return createStepHandler(step, run ?? (step.run as StepRun), {
    ...rest,
    ports: () => declared(deps.ports(id)),
    ...(spokePorts && step.ports.some((name) => isSpokePort(name)) ? { portsFor: spokePortsFor(id, () => declared(deps.ports(id)), spokePorts(id)) } : {}),
  });
};

/**
 * As a Lambda container in organization mode (src/lambda/spoke-ports.ts): the hub's ports built once, the spoke ports
 * once per account and Region the input names (spokeTargetOf: a step input naming none is an InvalidStepInputError).
 */
const spokePortsFor = (step: LambdaStepId, hub: () => Ports, spoke: (target: SpokeTarget) => Pick<Ports, SpokePort>): ((event: unknown) => Ports) => {
  const declared = new Set<string>(lambdaStep(step).ports);
  let hubPorts: Ports | undefined;
  const byTarget = new Map<string, Ports>();
  return (event) => {
    const target = spokeTargetOf(event);
    const key = `${target.account}|${target.region}`;
    let ports = byTarget.get(key);
    if (!ports) {
      hubPorts ??= hub();
      const own = Object.fromEntries(Object.entries(spoke(target)).filter(([name]) => declared.has(name)));
      ports = { ...hubPorts, ...own } as Ports;
      byTarget.set(key, ports);
    }
    return ports;
  };
};

const fakeContext = (step: LambdaStepId, executionName: string): Context =>
  ({
    functionName: `ops-alert-${step}`, functionVersion: '$LATEST', invokedFunctionArn: localFunctionArn(step), memoryLimitInMB: '256',
    awsRequestId: `${executionName}-${step}-${Date.now()}`, logGroupName: `/aws/lambda/ops-alert-${step}`, logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false, getRemainingTimeInMillis: () => 60_000, done: () => undefined, fail: () => undefined, succeed: () => undefined,
  }) as Context;

/**
 * A Task that a Wait with TimestampPath leads to is held by the scenario runner (waitUntil) inside the Task's call,
 * for as long as the events before its time take to run in real time: that is the Wait's simulated time, not the
 * Task's own run time, so the engine's per-Task timeout (TimeoutSeconds, wall clock) must not count it. Those Tasks
 * get the execution's timeout instead; every other Task keeps its own.
 */
const withoutHeldTaskTimeouts = (definition: AslDefinition): AslDefinition => {
  // A JSON copy, not structuredClone: under Jest's VM modules structuredClone makes objects of another realm, which the
  // engine does not take for plain objects (a Parameters object nested in one was then passed on unevaluated).
  const copy = JSON.parse(JSON.stringify(definition)) as AslDefinition;
  const states = Object.values(copy.States);
  const held = new Set(states.flatMap((s) => (s.Type === 'Wait' && typeof s.TimestampPath === 'string' && s.Next ? [s.Next] : [])));
  for (const name of held) {
    const task = copy.States[name] as (AslState & { TimeoutSeconds?: number }) | undefined;
    if (task?.Type === 'Task') task.TimeoutSeconds = (copy as { TimeoutSeconds?: number }).TimeoutSeconds ?? 99_999_999;
  }
  return copy;
};

export class LocalWorkflow {
  readonly definition: AslDefinition;
  private readonly machine: StateMachine;
  private readonly handlers: Record<string, (input: unknown, executionName: string) => Promise<unknown>> = {};
  /** The Lambda step of each Task state */
  private readonly stepOf: Record<string, LambdaStepId> = {};
  private readonly waits: Record<string, number> = {};
  private readonly retries: Record<string, number | number[]> = {};
  /** Executions of this workflow running now (runs and redrives) */
  private inFlight = 0;
  /** NotifyFailure, which EventBridge invokes in AWS when an execution fails */
  private readonly failureHandler: StepHandler;
  /** Tasks reached only through Wait states: the simulated clock advances by the Wait before they run. */
  private readonly waitBefore: Record<string, AslState[]> = {};
  /** Tasks a Wait with TimestampPath leads to: the paths of those timestamps in the Task's input. */
  private readonly timestampWaitsBefore: Record<string, string[]> = {};
  private readonly stateMachineArn: string;
  /** The definition the engine runs: `definition`, with the held Tasks' timeouts lifted (withoutHeldTaskTimeouts). */
  private readonly runnable: AslDefinition;

  constructor(private readonly options: LocalWorkflowOptions) {
    this.definition = options.definition ?? loadDefinition();
    this.runnable = options.waitUntil ? withoutHeldTaskTimeouts(this.definition) : this.definition;
    this.machine = validatedStateMachine(this.runnable);
    // FetchUsage summarises each model's usage once per window (the same window of the same model: the same series).
    const summarise = rememberedUsageSummaries();
    const runs: Partial<Record<LambdaStepId, StepRun>> = { FetchUsage: ((input, ports) => fetchUsage.run(input, ports, summarise)) as StepRun };
    for (const [name, state] of allStates(this.definition.States)) {
      if (state.Type === 'Wait' && !options.realTime) this.waits[name] = 0;
      if ((state.Type === 'Task' || state.Type === 'Parallel') && !options.realTime) {
        this.retries[name] = options.deployed ? adaptiveRetryPauses(state.Retry ?? [], () => this.inFlight > 1) : (state.Retry ?? []).map(localRetryPauseMs);
      }
      if (state.Type !== 'Task') continue;
      if (options.deployed) {
        this.handlers[name] = options.deployed.task(name, String(state.Resource));
        continue;
      }
      const step = state.Resource ? stepOfLocalFunctionArn(state.Resource) : undefined;
      if (!step) throw new UnsupportedResourceError(`State '${name}' has Resource '${state.Resource}', which the local runtime cannot dispatch`);
      const handler = localStepHandler(step, { ports: options.ports, ...(options.spokePorts ? { spokePorts: options.spokePorts } : {}), ...(options.idempotency ? { idempotency: options.idempotency } : {}) }, runs[step]);
      const call = (input: unknown, executionName: string): Promise<unknown> => handler(input, fakeContext(step, executionName));
      const intercept = options.interceptTask;
      this.handlers[name] = intercept ? (input, executionName) => intercept({ state: name, executionName, input }, () => call(input, executionName)) : call;
      this.stepOf[name] = step;
    }
    this.stateMachineArn = options.deployed?.stateMachineArn ?? LOCAL_STATE_MACHINE_ARN;
    this.failureHandler = options.deployed
      ? async (event) => options.deployed!.onStatusChange(event as Record<string, unknown>)
      : localStepHandler('NotifyFailure', { ports: options.ports, ...(options.idempotency ? { idempotency: options.idempotency } : {}) });
    const predecessors = new Map<string, AslState[]>();
    for (const [, state] of allStates(this.definition.States)) {
      const targets = [state.Next, state.Default, ...(state.Choices ?? []).map((c) => c.Next), ...(state.Catch ?? []).map((c) => c.Next)];
      for (const target of targets) if (target) predecessors.set(target, [...(predecessors.get(target) ?? []), state]);
    }
    for (const name of Object.keys(this.handlers)) {
      const before = predecessors.get(name) ?? [];
      if (before.length > 0 && before.every((p) => p.Type === 'Wait')) this.waitBefore[name] = before;
      const timestamps = before.flatMap((p) => (p.Type === 'Wait' && typeof p.TimestampPath === 'string' ? [p.TimestampPath] : []));
      if (timestamps.length > 0) this.timestampWaitsBefore[name] = timestamps;
    }
  }

  /**
   * The latest timestamp a Wait with TimestampPath before this Task holds in its input (the Wait passes its input on
   * unchanged): the Task runs at that time at the earliest. A stale value (in the past) changes nothing.
   */
  private waitedUntil(task: string, input: unknown): number | undefined {
    const times = (this.timestampWaitsBefore[task] ?? [])
      .map((path) => path.replace(/^\$\.?/, '').split('.').filter(Boolean).reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], input))
      .map((value) => (typeof value === 'string' ? Date.parse(value) : Number.NaN))
      .filter((t) => !Number.isNaN(t));
    return times.length > 0 ? Math.max(...times) : undefined;
  }

  /** Seconds a Wait state waits for this input (the Wait passes its input on unchanged to the next state). */
  private waitedSeconds(task: string, input: unknown): number {
    const wait = this.waitBefore[task]?.[0];
    if (!wait) return 0;
    if (typeof wait.Seconds === 'number') return wait.Seconds;
    const value = wait.SecondsPath?.replace(/^\$\.?/, '').split('.').filter(Boolean).reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], input);
    return typeof value === 'number' ? value : 0;
  }

  /**
   * Runs one execution. `simulatedStart` is the simulated time it starts at (the event time); Tasks run at that time
   * plus what the Wait states before them waited, so the settle window behaves as in AWS without sleeping.
   */
  async run(input: unknown, executionName: string, startAt?: { state: string; input: unknown }, simulatedStart?: Date): Promise<ExecutionRecord> {
    this.inFlight += 1;
    try {
      return await this.runOnce(input, executionName, startAt, simulatedStart);
    } finally {
      this.inFlight -= 1;
    }
  }

  private async runOnce(input: unknown, executionName: string, startAt?: { state: string; input: unknown }, simulatedStart?: Date): Promise<ExecutionRecord> {
    const arn = `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
    const machine = startAt
      ? new StateMachine({ ...this.runnable, StartAt: startAt.state } as never, { validationOptions: { noValidate: true } })
      : this.machine;
    let elapsedMs = 0;
    const origin = simulatedStart ?? new Date();
    const taskHandlers = Object.fromEntries(
      Object.entries(this.handlers).map(([name, fn]) => [
        name,
        async (payload: unknown) => {
          elapsedMs += this.waitedSeconds(name, payload) * 1000;
          const until = this.waitedUntil(name, payload);
          if (until !== undefined && until > origin.getTime() + elapsedMs) {
            elapsedMs = until - origin.getTime();
            await this.options.waitUntil?.(new Date(until), executionName);
          }
          return (await runAt({ now: new Date(origin.getTime() + elapsedMs), executionName, step: this.stepOf[name] }, () => fn(payload, executionName))) as never;
        },
      ]),
    );
    const startTime = new Date().toISOString();
    const execution = machine.run((startAt ? startAt.input : input) as never, {
      overrides: { taskResourceLocalHandlers: taskHandlers, waitTimeOverrides: this.waits, retryIntervalOverrides: this.retries },
      context: {
        Execution: { Id: arn, Name: executionName, StartTime: startTime, Input: input as never, RoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/ops-alert-local` },
        StateMachine: { Id: this.stateMachineArn, Name: this.stateMachineArn.split(':').pop() ?? 'ops-alert-local' },
      },
    });
    const timeline: TimelineEvent[] = [];
    const states: string[] = [];
    // Every state's latest input while the execution runs; only the failed state's is kept afterwards.
    const inputs = new Map<string, unknown>();
    let failedState: string | undefined;
    const collect = (async () => {
      for await (const log of execution.eventLogs as AsyncIterable<EventLog>) {
        const event = toTimelineEvent(log);
        if (event) timeline.push(event);
        if (log.type === 'StateEntered') {
          states.push(log.state.name);
          inputs.set(log.state.name, log.state.input);
        }
        if (log.type === 'StateFailed') failedState = log.state.name;
      }
    })();
    let record: ExecutionRecord;
    try {
      const output = await execution.result;
      await collect;
      record = { name: executionName, arn, status: 'SUCCEEDED', output, states, timeline, stateInputs: {} };
    } catch (error) {
      await collect.catch(() => undefined);
      const err = error as { name?: string; message?: string; cause?: { name?: string; message?: string; Error?: string; Cause?: string } };
      const inner = err.cause;
      const name = inner?.name ?? inner?.Error ?? err.name ?? 'Error';
      const cause = inner?.message ?? inner?.Cause ?? err.message ?? String(error);
      const status = err.name === 'ExecutionTimeoutError' ? 'TIMED_OUT' : 'FAILED';
      // The top-level state that failed (a failed Parallel branch fails its Parallel state): where a redrive resumes.
      const topLevel = new Set(Object.keys(this.definition.States));
      const failed = [...timeline].reverse().find((e) => e.type === 'StateFailed' && e.state && topLevel.has(e.state))?.state ?? failedState;
      const stateInputs = failed && inputs.has(failed) ? { [failed]: inputs.get(failed) } : {};
      record = { name: executionName, arn, status, error: name, cause, ...(failed ? { failedState: failed } : {}), states, timeline, stateInputs };
      // As the EventBridge rule on "Step Functions Execution Status Change" does in AWS.
      record.failureNotification = await runAt({ now: new Date(origin.getTime() + elapsedMs), executionName, step: 'NotifyFailure' }, () =>
        this.failureHandler(statusChangeEvent(record, input, origin.getTime() + elapsedMs, this.stateMachineArn), fakeContext('NotifyFailure', executionName)),
      ).catch((notifyError: unknown) => ({ sent: false, reason: `NotifyFailure failed: ${(notifyError as Error).message}` }));
    }
    return record;
  }

  /**
   * RedriveExecution, locally: the same execution resumes at its failed top-level state with that state's input
   * (Step Functions keeps the successful steps' results). Returns the combined record.
   */
  async redrive(previous: ExecutionRecord, input: unknown, simulatedStart?: Date): Promise<ExecutionRecord> {
    if (previous.status === 'SUCCEEDED') throw new Error(`Execution ${previous.name} succeeded; only unsuccessful executions can be redriven`);
    if (!previous.failedState) throw new Error(`Execution ${previous.name} has no failed state to resume from`);
    const resumed = await this.run(input, previous.name, { state: previous.failedState, input: previous.stateInputs[previous.failedState] }, simulatedStart);
    const redriveCount = (previous.redriveCount ?? 0) + 1;
    const at = resumed.timeline[0]?.timestamp ?? new Date().toISOString();
    return {
      ...resumed,
      states: [...previous.states, ...resumed.states],
      stateInputs: resumed.stateInputs,
      timeline: [...previous.timeline, { timestamp: at, type: 'ExecutionRedriven' }, ...resumed.timeline.filter((e) => e.type !== 'ExecutionStarted')],
      redriveCount,
    };
  }
}

/** The EventBridge event Step Functions emits when an execution ends unsuccessfully. */
const statusChangeEvent = (record: ExecutionRecord, input: unknown, stopMs: number, stateMachineArn: string): FailureInput & Record<string, unknown> => ({
  version: '0',
  'detail-type': 'Step Functions Execution Status Change',
  source: 'aws.states',
  account: stateMachineArn.split(':')[4] ?? LOCAL_ACCOUNT,
  region: stateMachineArn.split(':')[3] ?? LOCAL_REGION,
  time: new Date(stopMs).toISOString(),
  resources: [record.arn],
  detail: {
    executionArn: record.arn, stateMachineArn, name: record.name, status: record.status,
    stopDate: stopMs, input: JSON.stringify(input), error: record.error ?? null, cause: record.cause ?? null,
  },
});

const toTimelineEvent = (log: EventLog): TimelineEvent | undefined => {
  const timestamp = new Date(log.timestamp).toISOString();
  switch (log.type) {
    case 'ExecutionStarted':
    case 'ExecutionSucceeded':
      return { timestamp, type: log.type };
    case 'ExecutionFailed':
      return { timestamp, type: 'ExecutionFailed', error: log.Error, cause: String(log.Cause ?? '') };
    case 'ExecutionAborted':
      return { timestamp, type: 'ExecutionAborted' };
    case 'ExecutionTimeout':
      return { timestamp, type: 'ExecutionTimedOut' };
    case 'StateEntered':
    case 'StateExited':
      return { timestamp, type: log.type, state: log.state.name };
    case 'StateFailed':
      return { timestamp, type: 'StateFailed', state: log.state.name, error: log.Error, cause: typeof log.Cause === 'string' ? log.Cause : JSON.stringify(log.Cause) };
    case 'StateRetried':
      return { timestamp, type: 'StateRetried', state: log.state.name, retryAttempt: log.retry.attempt };
    case 'StateCaught':
      return { timestamp, type: 'StateCaught', state: log.state.name };
    default:
      return undefined;
  }
};
