/**
 * Starts one workflow execution per alarm transition. The EventBridge rule targets the starter Lambda (not the state
 * machine directly) because a rule target cannot choose the execution name: here the name is derived from the
 * alarm transition, so a duplicate delivery of the same event cannot start a second execution.
 */
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { executionNameFor } from '../core/execution-name.js';
import { InvalidEventError } from '../core/errors.js';
import { executionArnFor } from './arns.js';

/** The part of the "CloudWatch Alarm State Change" event the starter reads; the whole event is the workflow input. */
export interface AlarmStateChangeEvent {
  id?: string;
  'detail-type'?: string;
  source?: string;
  detail: {
    alarmName: string;
    state: { value?: string; timestamp: string };
  };
}

/** Structured logging, satisfied by the Powertools Logger. */
export interface StarterLogger {
  info(message: string, attributes: Record<string, unknown>): void;
}

export interface StarterDeps {
  sfn: SFNClient;
  stateMachineArn: string;
  logger?: StarterLogger;
}

export interface StartOutcome {
  /** The same transition had already started an execution (a duplicate delivery): nothing was started. */
  duplicate: boolean;
  executionName: string;
  executionArn: string;
  /** ISO-8601, when a new execution was started */
  startDate?: string;
}

const ALARM_STATE_CHANGE = 'CloudWatch Alarm State Change';

/** @throws InvalidEventError when the event lacks the fields that identify the transition */
export const parseAlarmStateChangeEvent = (event: unknown): AlarmStateChangeEvent => {
  const candidate = event as Partial<AlarmStateChangeEvent> | null;
  const detailType = candidate?.['detail-type'];
  if (detailType !== undefined && detailType !== ALARM_STATE_CHANGE) {
    throw new InvalidEventError(`Expected a "${ALARM_STATE_CHANGE}" event, got "${String(detailType)}". Check the EventBridge rule's pattern.`);
  }
  const alarmName = candidate?.detail?.alarmName;
  const timestamp = candidate?.detail?.state?.timestamp;
  if (typeof alarmName !== 'string' || alarmName === '') throw new InvalidEventError('The event has no detail.alarmName.');
  if (typeof timestamp !== 'string' || timestamp === '') throw new InvalidEventError(`The event for alarm "${alarmName}" has no detail.state.timestamp.`);
  return candidate as AlarmStateChangeEvent;
};

/**
 * Starts the state machine with the whole event as input, named after the alarm transition.
 *
 * `ExecutionAlreadyExists` means the transition already has an execution (StartExecution answers it for a closed
 * execution, or an open one with a different input, e.g. a redelivery with another event id): it is reported as a
 * duplicate, not an error. Every other error is thrown, so the invocation is retried and finally dead-lettered.
 */
export const startExecutionForAlarmEvent = async (event: unknown, deps: StarterDeps): Promise<StartOutcome> => {
  const alarmEvent = parseAlarmStateChangeEvent(event);
  const executionName = executionNameFor({ alarmName: alarmEvent.detail.alarmName, stateTimestamp: alarmEvent.detail.state.timestamp });
  const context = { alarmName: alarmEvent.detail.alarmName, stateTimestamp: alarmEvent.detail.state.timestamp, eventId: alarmEvent.id, executionName };
  try {
    const started = await deps.sfn.send(new StartExecutionCommand({
      stateMachineArn: deps.stateMachineArn,
      name: executionName,
      input: JSON.stringify(event),
    }));
    const executionArn = started.executionArn ?? executionArnFor(deps.stateMachineArn, executionName);
    const startDate = started.startDate?.toISOString();
    deps.logger?.info('Started the workflow for the alarm transition', { ...context, executionArn, startDate });
    return { duplicate: false, executionName, executionArn, ...(startDate ? { startDate } : {}) };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') {
      const executionArn = executionArnFor(deps.stateMachineArn, executionName);
      deps.logger?.info('Duplicate delivery: this alarm transition already has an execution', { ...context, executionArn });
      return { duplicate: true, executionName, executionArn };
    }
    throw error;
  }
};
