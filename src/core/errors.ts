/**
 * One error base class. Every subclass declares its `name` as a string literal: it is what the state machine's Retry
 * and Catch match on (Lambda reports it as the errorType) and what the failure e-mail shows. A literal, never
 * `new.target.name` or `constructor.name`: the bundles are minified and esbuild renames classes (`TransientAwsError`
 * becomes `re`), so a derived name would match no Retry in AWS. test/lambda/bundles.test.ts checks it on a bundle.
 */
export class OpsAlertError extends Error {
  override name: string = 'OpsAlertError';
  /** Transient errors are retried by the state machine with backoff; permanent ones go straight to Catch. */
  readonly transient: boolean = false;
}

/** The incoming event is not a valid "CloudWatch Alarm State Change" event. */
export class InvalidEventError extends OpsAlertError {
  override name = 'InvalidEventError';
}

/** The runtime settings document is missing or invalid. Nothing is created from bad settings. */
export class InvalidSettingsError extends OpsAlertError {
  override name = 'InvalidSettingsError';
}

/** A step received input that does not match its contract (schemas/workflow-state.schema.json, parts per step in each step's `needs`, src/steps/defs/). */
export class InvalidStepInputError extends OpsAlertError {
  override name = 'InvalidStepInputError';
}

/** A scenario file (local simulation) is invalid. */
export class InvalidScenarioError extends OpsAlertError {
  override name = 'InvalidScenarioError';
}

/** An AWS (or simulated) call failed in a way worth retrying: throttling, 5xx, timeouts. */
export class TransientAwsError extends OpsAlertError {
  override name = 'TransientAwsError';
  override readonly transient = true;
  /**
   * The call may have taken effect (a client timeout or a dropped connection after the request was sent). A step
   * whose side effect cannot be checked afterwards (an SNS publish) must not simply send again.
   */
  readonly outcomeUnknown: boolean;
  constructor(message: string, options?: { cause?: unknown; outcomeUnknown?: boolean }) {
    super(message, options);
    this.outcomeUnknown = options?.outcomeUnknown ?? false;
  }
}

/** An AWS call failed in a way a retry will not fix (access denied, validation, not found...). */
export class PermanentAwsError extends OpsAlertError {
  override name = 'PermanentAwsError';
}

/** The account has no Business/Enterprise Support plan: the Support API answers SubscriptionRequiredException. */
export class NoSupportPlanError extends OpsAlertError {
  override name = 'NoSupportPlanError';
}

/**
 * Organization mode: the hub could not act in an account (STS AssumeRole of its spoke role refused: an account outside
 * the organization, or a spoke not deployed there). Not retried: the execution fails, sends its failure e-mail and can
 * be re-driven once the spoke exists.
 */
export class SpokeAccessDeniedError extends OpsAlertError {
  override name = 'SpokeAccessDeniedError';
}

/** Support refused a new case because too many were opened recently (CaseCreationLimitExceeded). */
export class CaseCreationLimitError extends OpsAlertError {
  override name = 'CaseCreationLimitError';
}

/** Another execution holds the claim to open this case and has not finished: retry shortly. */
export class CaseCreationInProgressError extends OpsAlertError {
  override name = 'CaseCreationInProgressError';
  override readonly transient = true;
}

/** Service Quotas cannot take the request (no service-linked role, quota not adjustable, ...): fall back to Support. */
export class QuotaRequestUnavailableError extends OpsAlertError {
  override name = 'QuotaRequestUnavailableError';
}

/** The local runtime met a Task resource it cannot dispatch. */
export class UnsupportedResourceError extends OpsAlertError {
  override name = 'UnsupportedResourceError';
}

/** A fault injected by a scenario (local simulation only): the process "died" after doing its side effect. */
export class SimulatedCrashError extends OpsAlertError {
  override name = 'SimulatedCrashError';
  override readonly transient = true;
  readonly outcomeUnknown = true;
}

/**
 * Whether the process died in the call. In AWS a crash runs no more code; the simulation throws SimulatedCrashError
 * instead, so a step must not act on it (no clean-up a dead function could not have done).
 */
export const processDied = (error: unknown): boolean => error instanceof SimulatedCrashError;

/** Whether a failed call may nonetheless have taken effect. */
export const outcomeUnknown = (error: unknown): boolean => Boolean((error as { outcomeUnknown?: unknown } | undefined)?.outcomeUnknown);

/** Error names the state machine retries (transient). Kept next to the classes so the ASL test can check them. */
/**
 * IdempotencyItemNotFoundError: another attempt's in-progress record vanished between the write and the read (that
 * attempt failed and deleted it): a retry will run the step.
 */
export const TRANSIENT_ERROR_NAMES = ['TransientAwsError', 'SimulatedCrashError', 'IdempotencyAlreadyInProgressError', 'IdempotencyItemNotFoundError', 'CaseCreationInProgressError'] as const;

/** A short, safe description of any thrown value. */
export const describeError = (error: unknown): { name: string; message: string } => {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'UnknownError', message: typeof error === 'string' ? error : JSON.stringify(error) };
};

/** Quota data could not be read or used (no such quota code, access denied, throttling): thresholds stay as they were. */
export class QuotaDataError extends OpsAlertError {
  override name = 'QuotaDataError';
}

/** The threshold updater could not read or write the alarms or its history for some models (they keep their thresholds). */
export class ThresholdUpdateFailedError extends OpsAlertError {
  override name = 'ThresholdUpdateFailedError';
}
