/**
 * The AWS implementation of the ports (all but the ledger and the clock). Clients are built once per Region and
 * reused across invocations of a warm Lambda; environment variables are read only when a port needs them.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { SupportClient } from '@aws-sdk/client-support';
import type { Ports } from '../../ports/index.js';
import { ENV, requireEnv } from '../../workflow/environment.js';
import { CloudWatchAlarms } from './alarms.js';
import { attachCallCounter } from './call-counter.js';
import type { CallCounter } from './call-counter.js';
import { SnsNotifications } from './notifications.js';
import { ServiceQuotasIncreaseRequests } from './quota-requests.js';
import { ServiceQuotasModelQuotas } from './quotas.js';
import { ParameterStoreSettings } from './settings.js';
import { AwsSupportCases, SUPPORT_REGION } from './support.js';
import { CloudWatchUsageMetrics } from './usage.js';

export { alarmNameFromArn, CloudWatchAlarms } from './alarms.js';
export { attachCallCounter, CallCounter } from './call-counter.js';
export { callAws, isThrottlingError, isTransientAwsError, mapAwsError } from './errors.js';
export { SnsNotifications } from './notifications.js';
export { ServiceQuotasIncreaseRequests } from './quota-requests.js';
export { findModelQuota, inferenceModeOf, parseQuotaName } from './quota-names.js';
export { ServiceQuotasModelQuotas } from './quotas.js';
export { ParameterStoreSettings } from './settings.js';
export { AwsSupportCases, SUPPORT_REGION } from './support.js';
export { fitSnsMessage, fitSupportText, sanitiseSnsSubject } from './text-limits.js';
export { CloudWatchUsageMetrics } from './usage.js';

/** The SDK clients the AWS ports use. */
export interface AwsClients {
  cloudWatch: CloudWatchClient;
  serviceQuotas: ServiceQuotasClient;
  /** Always in us-east-1: the Support API has no other endpoint. */
  support: SupportClient;
  sns: SNSClient;
  ssm: SSMClient;
}

/** Options of createAwsClients and createAwsPorts. */
export interface AwsPortsOptions {
  /**
   * Where environment variables are read (the settings parameter name, the notification topic ARN).
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
  /**
   * Region of the monitored models (CloudWatch, Service Quotas, SNS, SSM). The Support client ignores it.
   * @default the SDK's default chain (AWS_REGION in Lambda)
   */
  region?: string;
  /** Counts every AWS call by "Service.Operation" (benchmarks). Clients built with a counter are never shared. */
  counter?: CallCounter;
}

/** Clients reused across calls without a counter, per Region (module scope survives between warm invocations). */
const sharedClients = new Map<string, AwsClients>();

/** Builds (or reuses) the SDK clients. */
export const createAwsClients = (options: Pick<AwsPortsOptions, 'region' | 'counter'> = {}): AwsClients => {
  const { region, counter } = options;
  const key = region ?? '(default)';
  if (!counter) {
    const shared = sharedClients.get(key);
    if (shared) return shared;
  }
  const config = region ? { region } : {};
  const clients: AwsClients = {
    cloudWatch: new CloudWatchClient(config),
    serviceQuotas: new ServiceQuotasClient(config),
    support: new SupportClient({ region: SUPPORT_REGION }),
    sns: new SNSClient(config),
    ssm: new SSMClient(config),
  };
  if (counter) {
    for (const client of Object.values(clients)) attachCallCounter(client, counter);
    return clients;
  }
  sharedClients.set(key, clients);
  return clients;
};

/** The AWS ports. The ledger (DynamoDB) and the clock are composed by the caller. */
export const createAwsPorts = (options: AwsPortsOptions = {}): Omit<Ports, 'ledger' | 'clock'> => {
  const env = options.env ?? process.env;
  const clients = createAwsClients(options);
  return {
    alarms: new CloudWatchAlarms({ client: clients.cloudWatch }),
    usage: new CloudWatchUsageMetrics({ client: clients.cloudWatch }),
    quotas: new ServiceQuotasModelQuotas({ client: clients.serviceQuotas }),
    quotaRequests: new ServiceQuotasIncreaseRequests({ client: clients.serviceQuotas }),
    cases: new AwsSupportCases({ client: clients.support }),
    notifications: new SnsNotifications({ client: clients.sns, topicArn: () => requireEnv(ENV.notificationTopicArn, env) }),
    settings: new ParameterStoreSettings({ client: clients.ssm, parameterName: () => requireEnv(ENV.settingsParameterName, env) }),
  };
};
