/**
 * One execution's history, normalised: the local runtime (aws-local-stepfunctions event logs) and AWS
 * (GetExecutionHistory) both map to this, so `ops-alert simulate` and `ops-alert history` print the same timeline.
 */
export type TimelineEventType =
  | 'ExecutionStarted'
  | 'ExecutionSucceeded'
  | 'ExecutionFailed'
  | 'ExecutionAborted'
  | 'ExecutionTimedOut'
  | 'ExecutionRedriven'
  | 'StateEntered'
  | 'StateExited'
  | 'StateFailed'
  | 'StateRetried'
  | 'StateCaught';

export interface TimelineEvent {
  /** ISO-8601 */
  timestamp: string;
  type: TimelineEventType;
  /** The state's name, for State* events */
  state?: string;
  /** Error name (for failures, retries, catches) */
  error?: string;
  /** Error cause / message */
  cause?: string;
  /** Retry attempt number, for StateRetried */
  retryAttempt?: number;
}
