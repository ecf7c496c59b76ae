/**
 * One place that turns AWS SDK v3 errors into the project's error classes, so the state machine can tell a failure
 * worth retrying (TransientAwsError) from one that a retry will not fix (PermanentAwsError).
 * SDK v3 errors carry `name` (the modelled exception, or the wire error code when it is not modelled), `$fault`,
 * `$metadata.httpStatusCode` and sometimes `$retryable`; Node network errors carry `code`.
 */
import { OpsAlertError, PermanentAwsError, TransientAwsError } from '#core/errors.js';

/**
 * Throttling error names across the services we call. `LimitExceededException` is left out on purpose: CloudWatch
 * uses it for "too many resources", which a retry does not fix.
 */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'KMSThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
  'BandwidthLimitExceeded',
  'PriorRequestNotComplete',
  'TransactionInProgressException',
]);

/** Service-side failures (the 5xx family) that are named rather than recognised by status code. */
const SERVER_FAULT_NAMES = new Set([
  'InternalServerError',
  'InternalServerException',
  'InternalFailure',
  'InternalError',
  'InternalErrorException',
  'InternalServiceFault',
  'InternalServiceError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  // Service Quotas' 5xx ("Something went wrong").
  'ServiceException',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** Client-side timeouts and network failures: the request may never have reached AWS. */
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'NetworkingError']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

const ACCESS_DENIED = /AccessDenied|Unauthorized|AuthorizationError|Forbidden|NotAuthorized/i;
const NOT_FOUND = /NotFound|NoSuchResource|DoesNotExist/i;
const VALIDATION = /Validation|InvalidParameter|IllegalArgument|MissingParameter|MissingRequiredParameter|InvalidInput/i;

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

const shapeOf = (error: unknown): SdkErrorShape => (typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {});

/** The error's name as the SDK reports it ('UnknownError' for things that are not errors). */
export const awsErrorName = (error: unknown): string => {
  const { name } = shapeOf(error);
  return typeof name === 'string' && name.length > 0 ? name : 'UnknownError';
};

const messageOf = (error: unknown): string => {
  if (typeof error === 'string') return error;
  const { message } = shapeOf(error);
  return typeof message === 'string' ? message : '';
};

/** True for throttling, whatever the service calls it. */
export const isThrottlingError = (error: unknown): boolean => {
  const { $metadata } = shapeOf(error);
  return THROTTLING_NAMES.has(awsErrorName(error)) || $metadata?.httpStatusCode === 429;
};

/** True when a later attempt may succeed: throttling, 5xx, timeouts and network failures, or the SDK says so. */
export const isTransientAwsError = (error: unknown): boolean => {
  const shape = shapeOf(error);
  const name = awsErrorName(error);
  const status = typeof shape.$metadata?.httpStatusCode === 'number' ? shape.$metadata.httpStatusCode : undefined;
  if (isThrottlingError(error)) return true;
  if (SERVER_FAULT_NAMES.has(name) || shape.$fault === 'server' || (status !== undefined && status >= 500)) return true;
  if (NETWORK_NAMES.has(name) || (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code))) return true;
  return Boolean(shape.$retryable);
};

const adviceFor = (error: unknown, transient: boolean): string => {
  const name = awsErrorName(error);
  if (transient) {
    return isThrottlingError(error)
      ? 'AWS throttled the call; the state machine retries it with backoff. If it persists, lower the call rate or raise the API quota.'
      : 'This looks temporary (service or network); the state machine retries it with backoff.';
  }
  if (ACCESS_DENIED.test(name)) return "Check that the function's IAM role allows this action on this resource (and that no SCP denies it).";
  if (NOT_FOUND.test(name)) return 'Check that the resource exists in this account and Region, and that its name or id in the settings is right.';
  if (VALIDATION.test(name)) return 'AWS rejected the request as invalid; check the settings and the values sent. A retry will not help.';
  return 'A retry will not help; see the cause for details.';
};

/**
 * Maps any error thrown by an SDK v3 call to the project's classes, keeping the original as `cause`.
 * Errors that already are project errors pass through unchanged.
 *
 * @param error - what the SDK threw
 * @param api - the failed call as "Service.Operation", e.g. "CloudWatch.DescribeAlarms"
 */
export const mapAwsError = (error: unknown, api: string): OpsAlertError => {
  if (error instanceof OpsAlertError) return error;
  const transient = isTransientAwsError(error);
  const detail = messageOf(error);
  const message = `${api} failed with ${awsErrorName(error)}${detail ? `: ${detail}` : ''}. ${adviceFor(error, transient)}`;
  if (!transient) return new PermanentAwsError(message, { cause: error });
  // A client-side timeout or a dropped connection may come after AWS acted on the request.
  const shape = shapeOf(error);
  const unknownOutcome = NETWORK_NAMES.has(awsErrorName(error)) || (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code));
  return new TransientAwsError(message, { cause: error, outcomeUnknown: unknownOutcome });
};

/** Runs one SDK call and maps what it throws (see mapAwsError). */
export const callAws = async <T>(api: string, call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw mapAwsError(error, api);
  }
};

/**
 * For a call that is not idempotent (Support CreateCase and AddCommunicationToCase, SNS Publish): a 5xx or a network
 * failure may come after AWS acted, so its outcome is unknown and the step must reconcile before sending again.
 * Throttling and 4xx are AWS refusing the call: nothing happened.
 */
export const mapNotIdempotentError = (error: unknown, api: string): OpsAlertError => {
  const mapped = mapAwsError(error, api);
  if (mapped instanceof TransientAwsError && !mapped.outcomeUnknown && !isThrottlingError(error)) {
    return new TransientAwsError(`${mapped.message} The call may have taken effect (outcome unknown).`, { cause: error, outcomeUnknown: true });
  }
  return mapped;
};
