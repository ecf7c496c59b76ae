/**
 * The AWS implementation of the ports (all but the ledger and the clock). Clients are built once per Region and
 * reused across invocations of a warm Lambda; environment variables are read only when a port needs them.
 * Each service's ports are built in their own module (cloudwatch-ports.ts, sns-ports.ts, ...): a Lambda entry
 * imports from those the ports its step needs, so it does not load the SDK clients of the others. This module
 * gathers them all (tests, benchmarks, tools).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { SupportClient } from '@aws-sdk/client-support';
import type { Ports } from '#ports/index.js';
import type { AwsClientOptions, AwsPortsOptions } from './client-cache.js';
import { awsAlarmsPort, awsUsagePort, cloudWatchClient } from './cloudwatch-ports.js';
import { awsQuotaRequestsPort, awsQuotasPort, serviceQuotasClient } from './service-quotas-ports.js';
import { awsNotificationsPort, snsClient } from './sns-ports.js';
import { awsSettingsPort, ssmClient } from './ssm-ports.js';
import { awsExecutionsPort } from './sfn-ports.js';
import { awsCasesPort, supportClient } from './support-ports.js';

export { alarmNameFromArn, CloudWatchAlarms } from './alarms.js';
export { attachCallCounter, CallCounter } from './call-counter.js';
export type { AwsClientOptions, AwsPortsOptions } from './client-cache.js';
export { awsAlarmsPort, awsUsagePort, cloudWatchClient } from './cloudwatch-ports.js';
export { callAws, isThrottlingError, isTransientAwsError, mapAwsError } from './errors.js';
export { SnsNotifications } from './notifications.js';
export { ServiceQuotasIncreaseRequests } from './quota-requests.js';
export { findModelQuota, inferenceModeOf, parseQuotaName } from './quota-names.js';
export { ServiceQuotasModelQuotas } from './quotas.js';
export { awsQuotaRequestsPort, awsQuotasPort, serviceQuotasClient } from './service-quotas-ports.js';
export { ParameterStoreSettings } from './settings.js';
export { awsNotificationsPort, snsClient } from './sns-ports.js';
export { awsSettingsPort, ssmClient } from './ssm-ports.js';
export { AwsSupportCases } from './support.js';
export { awsExecutionsPort, sfnClient } from './sfn-ports.js';
export { awsCasesPort, supportClient } from './support-ports.js';
export { fitSnsMessage, fitSupportText, sanitiseSnsSubject } from './text-limits.js';
export { CloudWatchUsageMetrics } from './usage.js';

/** The SDK clients the AWS ports use. */
export interface AwsClients {
  cloudWatch: CloudWatchClient;
  serviceQuotas: ServiceQuotasClient;
  /** In the same Region as the others: the SDK resolves the Support endpoint of that Region's partition. */
  support: SupportClient;
  sns: SNSClient;
  ssm: SSMClient;
}

/** The sets returned without a counter, per Region, so that asking again returns the same set. */
const sharedClientSets = new Map<string, AwsClients>();

/** Builds (or reuses) the SDK clients. */
export const createAwsClients = (options: AwsClientOptions = {}): AwsClients => {
  const key = options.region ?? '(default)';
  const shared = options.counter ? undefined : sharedClientSets.get(key);
  if (shared) return shared;
  const clients: AwsClients = {
    cloudWatch: cloudWatchClient(options),
    serviceQuotas: serviceQuotasClient(options),
    support: supportClient(options),
    sns: snsClient(options),
    ssm: ssmClient(options),
  };
  if (!options.counter) sharedClientSets.set(key, clients);
  return clients;
};

/** The AWS ports on one set of clients. The ledger (DynamoDB) and the clock are composed by the caller. */
export const createAwsPorts = (options: AwsPortsOptions = {}): Omit<Ports, 'ledger' | 'clock'> => {
  const clients = createAwsClients(options);
  return {
    alarms: awsAlarmsPort(options, clients.cloudWatch),
    usage: awsUsagePort(options, clients.cloudWatch),
    quotas: awsQuotasPort(options, clients.serviceQuotas),
    quotaRequests: awsQuotaRequestsPort(options, clients.serviceQuotas),
    cases: awsCasesPort(options, clients.support),
    notifications: awsNotificationsPort(options, clients.sns),
    settings: awsSettingsPort(options, clients.ssm),
    executions: awsExecutionsPort(options),
  };
};
