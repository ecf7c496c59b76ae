/**
 * GetExecutionHistory mapped to the normalised timeline (src/core/timeline.ts), so `ops-alert history` and the local
 * simulation print the same thing. The local engine reports retries and catches as events of their own; AWS does
 * not, so they are reconstructed here:
 * - a Task (or Map/Parallel) of a state that failed and is scheduled again without leaving the state is a retry;
 * - a state that failed and then exits was caught (a Catch sent it to another state).
 */
import { GetExecutionHistoryCommand } from '@aws-sdk/client-sfn';
import type { HistoryEvent, SFNClient } from '@aws-sdk/client-sfn';
import type { TimelineEvent } from '#core/timeline.js';
import { toOperatorError } from './errors.js';

interface ErrorDetails {
  error?: string;
  cause?: string;
}

/** The failure events of a state's work, with the field that carries their error and cause. */
const FAILURE_DETAILS: Readonly<Record<string, keyof HistoryEvent | null>> = {
  TaskFailed: 'taskFailedEventDetails',
  TaskTimedOut: 'taskTimedOutEventDetails',
  TaskStartFailed: 'taskStartFailedEventDetails',
  TaskSubmitFailed: 'taskSubmitFailedEventDetails',
  LambdaFunctionFailed: 'lambdaFunctionFailedEventDetails',
  LambdaFunctionTimedOut: 'lambdaFunctionTimedOutEventDetails',
  LambdaFunctionStartFailed: 'lambdaFunctionStartFailedEventDetails',
  LambdaFunctionScheduleFailed: 'lambdaFunctionScheduleFailedEventDetails',
  ActivityFailed: 'activityFailedEventDetails',
  ActivityTimedOut: 'activityTimedOutEventDetails',
  ActivityScheduleFailed: 'activityScheduleFailedEventDetails',
  EvaluationFailed: 'evaluationFailedEventDetails',
  // Map and Parallel states fail without details; the failing iteration or branch has them.
  MapStateFailed: null,
  ParallelStateFailed: null,
};

/** Events that (re)start a state's work: a second one after a failure, in the same state visit, is a retry. */
const WORK_SCHEDULED = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled', 'MapStateStarted', 'ParallelStateStarted']);

const EXECUTION_ENDS: Readonly<Record<string, { type: TimelineEvent['type']; details: keyof HistoryEvent }>> = {
  ExecutionSucceeded: { type: 'ExecutionSucceeded', details: 'executionSucceededEventDetails' },
  ExecutionFailed: { type: 'ExecutionFailed', details: 'executionFailedEventDetails' },
  ExecutionAborted: { type: 'ExecutionAborted', details: 'executionAbortedEventDetails' },
  ExecutionTimedOut: { type: 'ExecutionTimedOut', details: 'executionTimedOutEventDetails' },
};

const errorDetailsOf = (event: HistoryEvent, field: keyof HistoryEvent | null | undefined): ErrorDetails => {
  const details = field ? event[field] : undefined;
  if (details === null || typeof details !== 'object' || details instanceof Date) return {};
  const { error, cause } = details as ErrorDetails;
  return { ...(error ? { error } : {}), ...(cause ? { cause } : {}) };
};

const timestampOf = (event: HistoryEvent): string => event.timestamp?.toISOString() ?? '';

/**
 * Maps history events (in any order; they are sorted by id) to timeline events. Pure: no AWS call.
 */
export const historyToTimeline = (history: readonly HistoryEvent[]): TimelineEvent[] => {
  const events = [...history].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const timeline: TimelineEvent[] = [];
  /** The state each event belongs to, following previousEventId back to a StateEntered event. */
  const stateOfEvent = new Map<number, string>();
  /** A failure of the state's current visit not yet followed by a retry, a catch or the end. */
  const pendingFailure = new Map<string, ErrorDetails>();
  /** Work already scheduled in the state's current visit (so the next one is a retry). */
  const scheduled = new Set<string>();
  const retries = new Map<string, number>();
  let lastFailedState: string | undefined;
  /** After a redrive, the states entered again; a rescheduled state not among them gets a synthetic entry. */
  let enteredSinceRedrive: Set<string> | undefined;

  const enter = (state: string, timestamp: string): void => {
    pendingFailure.delete(state);
    scheduled.delete(state);
    retries.set(state, 0);
    enteredSinceRedrive?.add(state);
    timeline.push({ timestamp, type: 'StateEntered', state });
  };

  for (const event of events) {
    const type = event.type ?? '';
    const timestamp = timestampOf(event);
    const entered = event.stateEnteredEventDetails?.name;
    const exited = event.stateExitedEventDetails?.name;
    let state = entered ?? exited ?? (event.previousEventId !== undefined ? stateOfEvent.get(event.previousEventId) : undefined);

    if (type === 'ExecutionRedriven') {
      // The redriven execution continues where it failed: earlier failures are history, not pending retries.
      pendingFailure.clear();
      scheduled.clear();
      enteredSinceRedrive = new Set();
      timeline.push({ timestamp, type: 'ExecutionRedriven' });
      continue;
    }
    if (WORK_SCHEDULED.has(type) && enteredSinceRedrive && (!state || !enteredSinceRedrive.has(state))) {
      // Redrive reschedules the failed Task; if the history has no new StateEntered for it, start a visit here so
      // the re-run shows as its own line.
      state ??= lastFailedState;
      if (state) enter(state, timestamp);
    }
    if (event.id !== undefined && state) stateOfEvent.set(event.id, state);

    if (type === 'ExecutionStarted') {
      timeline.push({ timestamp, type: 'ExecutionStarted' });
    } else if (entered) {
      enter(entered, timestamp);
    } else if (exited) {
      const failure = pendingFailure.get(exited);
      if (failure) timeline.push({ timestamp, type: 'StateCaught', state: exited, ...failure });
      pendingFailure.delete(exited);
      timeline.push({ timestamp, type: 'StateExited', state: exited });
    } else if (state && WORK_SCHEDULED.has(type)) {
      const failure = pendingFailure.get(state);
      if (scheduled.has(state) && failure) {
        const attempt = (retries.get(state) ?? 0) + 1;
        retries.set(state, attempt);
        pendingFailure.delete(state);
        timeline.push({ timestamp, type: 'StateRetried', state, retryAttempt: attempt, ...failure });
      }
      scheduled.add(state);
    } else if (type in FAILURE_DETAILS) {
      const failure = errorDetailsOf(event, FAILURE_DETAILS[type]);
      if (state) {
        pendingFailure.set(state, failure);
        lastFailedState = state;
      }
      timeline.push({ timestamp, type: 'StateFailed', ...(state ? { state } : {}), ...failure });
    } else if (type in EXECUTION_ENDS) {
      const end = EXECUTION_ENDS[type] as { type: TimelineEvent['type']; details: keyof HistoryEvent };
      timeline.push({ timestamp, type: end.type, ...errorDetailsOf(event, end.details) });
    }
  }
  return timeline;
};

/**
 * The execution's whole history (every page, 1000 events each) as a normalised timeline.
 * @throws OperatorError
 */
export const getTimeline = async (sfn: SFNClient, executionArn: string): Promise<TimelineEvent[]> => {
  const history: HistoryEvent[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }));
      history.push(...(page.events ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (error) {
    throw toOperatorError(error, { executionArn });
  }
  return historyToTimeline(history);
};
