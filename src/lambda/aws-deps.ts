/**
 * What the Lambda entry points run with: the AWS adapters, the DynamoDB ledger and idempotency table, the real clock.
 * Each entry names the ports its step needs and how to build them; only those are built (once per container, on the
 * first invocation) and only their adapters and SDK clients are imported into its bundle.
 */
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import type { Ports } from '#ports/index.js';
import { ENV, requireEnv } from '#workflow/environment.js';
import type { PortName, StepDefinition } from '#steps/define-step.js';
import { dynamoDbIdempotency } from './dynamodb-idempotency.js';
import { spokePortsOf, type PortFactories } from './spoke-ports.js';
import { createStepHandler, type StepHandler, type StepRun } from './step-handlers.js';

/** The case ledger on the table the CDK app names in the function's environment. */
export const dynamoDbLedgerPort = (): Ports['ledger'] => new DynamoDbCaseLedger(requireEnv(ENV.caseLedgerTableName));

export const systemClockPort = (): Ports['clock'] => ({ now: () => new Date() });

/**
 * The Lambda handler of `step` (a handler entry is one line: `export const handler = awsStepHandler(step, {...})`):
 * exactly the ports the step declares (the list its IAM grants are built from) are built, by `factories`. The
 * compiler refuses a factory for an undeclared port and a missing one.
 */
export const awsStepHandler = <P extends PortName, R extends unknown[]>(step: StepDefinition<string, P, R>, factories: PortFactories<P>): StepHandler =>
  // Its extra arguments (`R`) are optional ones only the local runtime passes.
  createStepHandler(step, step.run as unknown as StepRun<P>, {
    ports: () => Object.fromEntries(Object.entries<() => unknown>(factories).map(([name, build]) => [name, build()])) as Pick<Ports, P>,
    ...spokePortsOf(step.id, factories),
    // A side-effecting step without its idempotency table must fail at once, never run unprotected.
    ...(step.idempotencyKey ? { idempotency: dynamoDbIdempotency(requireEnv(ENV.idempotencyTableName)) } : {}),
  });
