/** The ports on Service Quotas: the models' quotas and the increase requests. */
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { Ports } from '#ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { ServiceQuotasIncreaseRequests } from './quota-requests.js';
import { ServiceQuotasModelQuotas } from './quotas.js';

export const serviceQuotasClient = (options: AwsClientOptions = {}): ServiceQuotasClient =>
  awsClient('serviceQuotas', options, (config) => new ServiceQuotasClient(config));

export const awsQuotasPort = (options: AwsPortsOptions = {}, client = serviceQuotasClient(options)): Ports['quotas'] => new ServiceQuotasModelQuotas({ client });

export const awsQuotaRequestsPort = (options: AwsPortsOptions = {}, client = serviceQuotasClient(options)): Ports['quotaRequests'] =>
  new ServiceQuotasIncreaseRequests({ client });
