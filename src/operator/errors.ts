/**
 * Errors of the operator commands. The CLI prints `message` and `hint` and exits non-zero: an operator sees what went
 * wrong and what to do, never an SDK stack trace.
 */
import { OpsAlertError, describeError } from '#core/errors.js';

export type OperatorErrorCode =
  | 'MissingCredentials'
  | 'InvalidCredentials'
  | 'MissingRegion'
  | 'MissingStateMachine'
  | 'StateMachineNotFound'
  | 'ExecutionNotFound'
  | 'InvalidArn'
  | 'AccessDenied'
  | 'Throttled'
  | 'Unreachable'
  | 'InvalidArgument'
  | 'AwsError';

/** Exit status: 2 for a command line the operator must fix, 1 for everything else. */
export const exitCodeFor = (code: OperatorErrorCode): number => (code === 'InvalidArgument' || code === 'MissingStateMachine' ? 2 : 1);

export class OperatorError extends OpsAlertError {
  override name = 'OperatorError';
  constructor(
    readonly code: OperatorErrorCode,
    message: string,
    /** What the operator should do about it */
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Worth retrying the same command later */
  get retryable(): boolean {
    return this.code === 'Throttled' || this.code === 'Unreachable';
  }
}

/** What the failed call was about, so the message can name it. */
export interface ErrorSubject {
  stateMachineArn?: string;
  executionArn?: string;
}

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '');
const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const NETWORK_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH']);

/** Maps an SDK (or any) error to an OperatorError with a one-line message and what to do. */
export const toOperatorError = (error: unknown, subject: ErrorSubject = {}): OperatorError => {
  if (error instanceof OperatorError) return error;
  const name = errorName(error);
  const { message } = describeError(error);
  const firstLine = message.split('\n')[0]?.trim() ?? '';
  const options = { cause: error };
  const stateMachine = subject.stateMachineArn ?? 'the state machine';
  const execution = subject.executionArn ?? 'the execution';

  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return new OperatorError('MissingCredentials', 'No AWS credentials found.',
      'Configure credentials (aws configure, aws sso login, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and run the command again.', options);
  }
  if (/region is missing/i.test(message)) {
    return new OperatorError('MissingRegion', 'No AWS region configured.',
      'Set AWS_REGION, or pass the full state machine ARN (its region is used).', options);
  }
  if (['UnrecognizedClientException', 'InvalidSignatureException', 'ExpiredTokenException', 'ExpiredToken', 'InvalidClientTokenId'].includes(name)) {
    return new OperatorError('InvalidCredentials', `AWS rejected the credentials (${name}).`,
      'Refresh them (aws sso login, or new keys) and check the profile points at the right account.', options);
  }
  if (name === 'StateMachineDoesNotExist') {
    return new OperatorError('StateMachineNotFound', `State machine ${stateMachine} does not exist.`,
      'Check --state-machine or OPS_ALERT_STATE_MACHINE_ARN, and that the credentials are for the account and region of that ARN.', options);
  }
  if (name === 'ExecutionDoesNotExist') {
    return new OperatorError('ExecutionNotFound', `Execution ${execution} does not exist.`,
      "Check the name with 'ops-alert executions' (history is kept 90 days) and that --state-machine is the right one.", options);
  }
  if (name === 'InvalidArn') {
    return new OperatorError('InvalidArn', `Step Functions refused an ARN: ${firstLine}`,
      'Pass a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME) or an execution name or ARN.', options);
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    return new OperatorError('AccessDenied', `Access denied: ${firstLine}`,
      'The operator role needs states:ListExecutions, states:DescribeExecution, states:GetExecutionHistory and states:RedriveExecution on this state machine.', options);
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException' || name === 'Throttling') {
    return new OperatorError('Throttled', 'Step Functions is throttling the requests, even after retries.',
      'Wait a minute and run the command again, or narrow it with --since or --status.', options);
  }
  const code = errorCode(error);
  if ((code && NETWORK_CODES.has(code)) || name === 'TimeoutError') {
    return new OperatorError('Unreachable', `Could not reach Step Functions (${code ?? name}).`,
      'Check the network, proxy and region, then run the command again.', options);
  }
  return new OperatorError('AwsError', `Step Functions call failed: ${name || 'Error'}: ${firstLine}`,
    'Run the command again; if it keeps failing, check the message above in the Step Functions console or CloudTrail.', options);
};
