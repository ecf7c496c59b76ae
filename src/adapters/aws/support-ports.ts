/** The cases port on the AWS Support API. */
import { SupportClient } from '@aws-sdk/client-support';
import type { Ports } from '#ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { AwsSupportCases } from './support.js';

/**
 * In the function's own Region, like every other client: the SDK's endpoint rules send it to the Support endpoint of
 * that Region's partition (us-east-1 in aws, cn-north-1 in aws-cn, us-gov-west-1 in aws-us-gov) and sign for it.
 * Pinning us-east-1 would break the China and GovCloud partitions. SDK retries are off (maxAttempts 1): CreateCase and
 * AddCommunicationToCase must go out once per attempt of the step, which reconciles (adopts the case it finds, looks
 * for the append's marker) before sending again; the state machine retries.
 */
export const supportClient = (options: AwsClientOptions = {}): SupportClient =>
  awsClient('support', options, (config) => new SupportClient({ ...config, maxAttempts: 1 }));

export const awsCasesPort = (options: AwsPortsOptions = {}, client = supportClient(options)): Ports['cases'] => new AwsSupportCases({ client });
