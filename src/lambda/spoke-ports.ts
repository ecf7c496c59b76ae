/**
 * The ports of a Lambda step in organization mode (aws-deps.ts builds every step's handler with them); apart from the
 * handler factory, so that what checks them does not load middy, Powertools and the DynamoDB client.
 */
import type { AwsPortsOptions } from '#adapters/aws/client-cache.js';
import { SpokeCredentials } from '#adapters/aws/spoke-credentials.js';
import type { Ports } from '#ports/index.js';
import { ENV } from '#workflow/environment.js';
import { isSpokePort, spokeSessionName, spokeTargetOf } from '#workflow/organization.js';

/**
 * How to build each port a step needs, e.g. `{ notifications: awsNotificationsPort }` (src/adapters/aws). In
 * organization mode a spoke port's factory gets the account, Region and credentials of the event.
 */
export type PortFactories<K extends keyof Ports> = { [P in K]: (options?: AwsPortsOptions) => Ports[P] };

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
