/** What the Lambda entry points run with: the AWS adapters, the DynamoDB ledger and idempotency table, the real clock. */
import { createAwsPorts } from '../adapters/aws/index.js';
import { DynamoDbCaseLedger } from '../adapters/dynamodb/case-ledger.js';
import { ENV, requireEnv } from '../workflow/environment.js';
import type { LambdaStepId } from '../workflow/steps.js';
import { createStepHandler, IDEMPOTENT_STEPS, type HandlerDeps, type StepHandler } from './step-handlers.js';

export const awsHandlerDeps = (step: LambdaStepId): HandlerDeps => ({
  ports: () => ({
    ...createAwsPorts(),
    ledger: new DynamoDbCaseLedger(requireEnv(ENV.caseLedgerTableName)),
    clock: { now: () => new Date() },
  }),
  // A side-effecting step without its idempotency table must fail at once, never run unprotected.
  ...(IDEMPOTENT_STEPS.includes(step) ? { idempotency: { tableName: requireEnv(ENV.idempotencyTableName) } } : {}),
});

export const awsStepHandler = (step: LambdaStepId): StepHandler => createStepHandler(step, awsHandlerDeps(step));
