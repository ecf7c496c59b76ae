/**
 * The "starter" Lambda: the EventBridge rule for the project's alarm state changes targets it, and it starts the
 * workflow with an execution name derived from the alarm transition, or a stable fallback name for an event that
 * identifies none, so that even a malformed event reaches the workflow and fails there visibly (src/lambda/starter.ts).
 * Env: OPS_ALERT_STATE_MACHINE_ARN (ENV.stateMachineArn), set by the CDK app.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SFNClient } from '@aws-sdk/client-sfn';
import { logger } from '#lambda/logger.js';
import { MIDDY_OPTIONS } from '#lambda/middy-options.js';
import { startExecutionForAlarmEvent } from '#lambda/starter.js';
import type { StartOutcome } from '#lambda/starter.js';
import { ENV, requireEnv } from '#workflow/environment.js';

// Built once per container; the SDK retries throttling and 5xx before anything is thrown.
const sfn = new SFNClient({});

const startExecution = async (event: unknown): Promise<StartOutcome> => {
  // Every log line of the invocation carries the EventBridge event id (set by value: the shared logger has no
  // JMESPath search function); resetKeys clears it after the invocation.
  const eventId = (event as { id?: unknown } | null)?.id;
  if (typeof eventId === 'string') logger.setCorrelationId(eventId);
  return startExecutionForAlarmEvent(event, { sfn, stateMachineArn: requireEnv(ENV.stateMachineArn), logger });
};

export const handler = middy(startExecution, MIDDY_OPTIONS).use(injectLambdaContext(logger, { resetKeys: true }));
