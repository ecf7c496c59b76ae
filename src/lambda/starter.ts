/**
 * Starts one workflow execution per alarm transition. The EventBridge rule targets the starter Lambda (not the state
 * machine directly) because a rule target cannot choose the execution name: here the name is derived from the
 * alarm transition, so a duplicate delivery of the same event cannot start a second execution.
 */
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { executionNameForEvent, transitionKeyOf, type WorkflowHome } from '#core/execution-name.js';
import { executionArnFor } from '#operator/arns.js';

/** Structured logging, satisfied by the Powertools Logger. */
export interface StarterLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  warn(message: string, attributes: Record<string, unknown>): void;
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
  /** The event identified no alarm transition: it runs under a fallback name, and the workflow fails it visibly. */
  invalidEvent?: true;
}

/**
 * Starts the state machine with the whole event as input, named after the alarm transition.
 *
 * An event that identifies no transition (malformed, another detail-type) is started too, under the stable fallback
 * name of executionNameForEvent: the workflow then ends it as a Failed execution with a typed error and a failure
 * notification (or as "nothing to do" for another detail-type), where an operator sees it. Throwing here instead would
 * only retry the event to the dead-letter queue, where nobody is notified.
 *
 * `ExecutionAlreadyExists` means the transition already has an execution (StartExecution answers it for a closed
 * execution, or an open one with a different input, e.g. a redelivery with another event id): it is reported as a
 * duplicate, not an error. Every other error is thrown, so the invocation is retried and finally dead-lettered.
 */
export const startExecutionForAlarmEvent = async (event: unknown, deps: StarterDeps): Promise<StartOutcome> => {
  const home = homeOf(deps.stateMachineArn);
  const key = transitionKeyOf(event, home);
  const executionName = executionNameForEvent(event, home);
  const eventId = (event as { id?: unknown } | null | undefined)?.id;
  const context = { ...(key ?? {}), eventId, executionName };
  if (!key) deps.logger?.warn('The event identifies no alarm transition: starting the workflow under a fallback name, where it fails visibly', context);
  const invalid = key ? {} : { invalidEvent: true as const };
  try {
    const started = await deps.sfn.send(new StartExecutionCommand({
      stateMachineArn: deps.stateMachineArn,
      name: executionName,
      input: JSON.stringify(event),
    }));
    const executionArn = started.executionArn ?? executionArnFor(deps.stateMachineArn, executionName);
    const startDate = started.startDate?.toISOString();
    deps.logger?.info('Started the workflow', { ...context, executionArn, startDate });
    return { duplicate: false, executionName, executionArn, ...(startDate ? { startDate } : {}), ...invalid };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') {
      const executionArn = executionArnFor(deps.stateMachineArn, executionName);
      deps.logger?.info('Duplicate delivery: this event already has an execution', { ...context, executionArn });
      return { duplicate: true, executionName, executionArn, ...invalid };
    }
    throw error;
  }
};

/** The state machine's account and Region (`arn:PARTITION:states:REGION:ACCOUNT:stateMachine:NAME`). */
const homeOf = (stateMachineArn: string): WorkflowHome => {
  const [, , , region = '', account = ''] = stateMachineArn.split(':');
  return { account, region };
};
