/**
 * The options every middy handler of the project is built with.
 *
 * `timeoutEarlyInMillis: 0` turns middy's early timeout off. By default middy rejects the invocation with its own
 * `TimeoutError` 5 ms before the Lambda deadline (context.getRemainingTimeInMillis), so a step that hangs (a call that
 * never answers) would fail with `TimeoutError`: an error no Retry of the definition lists, so the execution would
 * fail at once instead of retrying. Off, the hang runs into the function's Timeout and Lambda stops it: Step Functions
 * sees `Sandbox.Timedout`, which the Task's Retry does list (test/deployed/container-faults.test.ts). Chosen over
 * adding `TimeoutError` to every Retry: one name for "the function ran out of time", the one AWS gives, and a
 * definition that does not depend on a library's error name.
 * Powertools idempotency still reads the remaining time from the context (registerLambdaContext) for the
 * in-progress record's expiry: unaffected.
 */
export const MIDDY_OPTIONS = { timeoutEarlyInMillis: 0 } as const;
