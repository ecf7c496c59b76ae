/** How long the local engine really pauses before each retry of a Task (runtime.ts gives them to the engine). */

/** The errors that say another execution holds what the step needs (an idempotency record, a case claim in progress). */
const WAITING_FOR_ANOTHER = new Set(['IdempotencyAlreadyInProgressError', 'IdempotencyItemNotFoundError', 'CaseCreationInProgressError']);

/**
 * The real pause of a retrier locally (the definition's intervals are minutes of backoff). A retrier of an error that
 * says another execution is in the middle of something keeps 100 ms: that execution must be given time to finish, as
 * the real backoff does. Any other (a fault: a throttle, a 5xx, a timeout) waits for nothing in the simulation and
 * retries after 1 ms (one turn of the event loop, so the other executions run in between).
 */
export const localRetryPauseMs = (retrier: unknown): number => {
  const errors = (retrier as { ErrorEquals?: unknown }).ErrorEquals;
  return Array.isArray(errors) && errors.some((e) => typeof e === 'string' && (WAITING_FOR_ANOTHER.has(e) || e === 'States.ALL')) ? 100 : 1;
};

/**
 * The deployed-artifact run's pauses: the same, except that a retrier's 100 ms become 1 ms while no other execution
 * of the run is in flight. There, what a retry meets does not depend on real time: the run moves each execution's
 * simulated clock on by every failed attempt and its backoff (deployed-run.ts FailedAttemptClock), and the containers
 * answer as of that clock (a dead container's idempotency record expires in simulated time). Only another execution
 * in flight could need real time to release what the retry waits for. The engine reads a retrier's pause at each
 * retry, so each entry is a getter.
 */
export const adaptiveRetryPauses = (retriers: unknown[], othersInFlight: () => boolean): number[] => {
  const pauses: number[] = [];
  retriers.forEach((retrier, index) => {
    const fixed = localRetryPauseMs(retrier);
    Object.defineProperty(pauses, index, { enumerable: true, get: () => (fixed > 1 && !othersInFlight() ? 1 : fixed) });
  });
  return pauses;
};
