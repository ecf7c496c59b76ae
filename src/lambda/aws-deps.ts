/**
 * What the Lambda entry points run with: the AWS adapters, the DynamoDB ledger and idempotency table, the real clock.
 * Each entry names the ports its step needs and how to build them; only those are built (once per container, on the
 * first invocation) and only their adapters and SDK clients are imported into its bundle.
 */
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import type { Ports } from '#ports/index.js';
import type { AwsPortsOptions } from '#adapters/aws/client-cache.js';
import { SpokeCredentials } from '#adapters/aws/spoke-credentials.js';
import { ENV, requireEnv } from '#workflow/environment.js';
import { isSpokePort, spokeSessionName, spokeTargetOf } from '#workflow/organization.js';
import type { PortName, StepDefinition } from '#steps/define-step.js';
import { dynamoDbIdempotency } from './dynamodb-idempotency.js';
import { createStepHandler, type StepHandler, type StepRun } from './step-handlers.js';

/**
 * How to build each port a step needs, e.g. `{ notifications: awsNotificationsPort }` (src/adapters/aws). In
 * organization mode a spoke port's factory gets the account, Region and credentials of the event.
 */
export type PortFactories<K extends keyof Ports> = { [P in K]: (options?: AwsPortsOptions) => Ports[P] };

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

/**
 * Organization mode (the CDK app sets ENV.spokeRoleName on the steps that act in an account): the spoke ports are
 * built per account and Region of the event, with the credentials of that account's spoke role (assumed once per
 * account and kept for their lifetime, src/adapters/aws/spoke-credentials.ts); the hub ports once. Nothing in
 * single-account mode.
 */
export const spokePortsOf = <K extends keyof Ports>(step: string, factories: PortFactories<K>, env: NodeJS.ProcessEnv = process.env, credentials?: SpokeCredentials):
  { portsFor?: (event: unknown) => Pick<Ports, K> } => {
  const roleName = env[ENV.spokeRoleName];
  const names = Object.keys(factories) as K[];
  if (!roleName || !names.some((name) => isSpokePort(name))) return {};
  const spokeCredentials = credentials ?? new SpokeCredentials({ roleName, sessionName: spokeSessionName(step) });
  let hubPorts: Partial<Pick<Ports, K>> | undefined;
  const byTarget = new Map<string, Pick<Ports, K>>();
  return {
    portsFor: (event) => {
      const target = spokeTargetOf(event);
      const key = `${target.account}|${target.region}`;
      const cached = byTarget.get(key);
      if (cached) return cached;
      hubPorts ??= Object.fromEntries(names.filter((name) => !isSpokePort(name)).map((name) => [name, factories[name]()])) as Partial<Pick<Ports, K>>;
      const options: AwsPortsOptions = { account: target.account, region: target.region, credentials: spokeCredentials.providerFor(target.account) };
      const ports = { ...hubPorts, ...Object.fromEntries(names.filter((name) => isSpokePort(name)).map((name) => [name, factories[name](options)])) } as Pick<Ports, K>;
      byTarget.set(key, ports);
      return ports;
    },
  };
};
