/**
 * Where the AWS ports' SDK clients come from: one client per service and Region, shared across the calls of a warm
 * Lambda; a client that counts calls is always new. Each service's ports are built in a module of their own
 * (cloudwatch-ports.ts, sns-ports.ts, ...) so a Lambda entry imports only the SDK clients of the ports it uses.
 */
import { attachCallCounter } from './call-counter.js';
import type { CallCounter } from './call-counter.js';
import type { TemporaryCredentials } from './spoke-credentials.js';

/** Options of the AWS clients and ports. */
export interface AwsPortsOptions {
  /**
   * Where environment variables are read (the settings parameter name, the notification topic ARN).
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
  /**
   * Region of the monitored models (CloudWatch, Service Quotas, SNS, SSM; Support resolves its partition's endpoint from it).
   * @default the SDK's default chain (AWS_REGION in Lambda)
   */
  region?: string;
  /** Counts every AWS call by "Service.Operation" (benchmarks). Clients built with a counter are never shared. */
  counter?: CallCounter;
  /**
   * Organization mode: the account the clients act in, with `credentials` of its spoke role (spoke-credentials.ts).
   * @default the function's own account and credentials
   */
  account?: string;
  credentials?: () => Promise<TemporaryCredentials>;
}

export type AwsClientOptions = Pick<AwsPortsOptions, 'region' | 'counter' | 'account' | 'credentials'>;

/** Account and Region ("(own)|(default)") → service → client. Module scope survives between warm invocations. */
const sharedClients = new Map<string, Map<string, unknown>>();

/** The client of `service` for these options: the shared one, or a new one carrying the counter. */
export const awsClient = <C extends Parameters<typeof attachCallCounter>[0]>(
  service: string,
  options: AwsClientOptions,
  build: (config: { region?: string; credentials?: () => Promise<TemporaryCredentials> }) => C,
): C => {
  const { region, counter, credentials } = options;
  const config = { ...(region ? { region } : {}), ...(credentials ? { credentials } : {}) };
  if (counter) return attachCallCounter(build(config), counter);
  // A client with another account's credentials is never the one of the function's own account.
  if (credentials && !options.account) throw new Error('AWS client options: credentials without the account they act in');
  const key = `${options.account ?? '(own)'}|${region ?? '(default)'}`;
  const clients = sharedClients.get(key) ?? new Map<string, unknown>();
  sharedClients.set(key, clients);
  if (!clients.has(service)) clients.set(service, build(config));
  return clients.get(service) as C;
};
