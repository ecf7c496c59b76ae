/** The cases port on the AWS Support API. */
import { SupportClient } from '@aws-sdk/client-support';
import type { Ports } from '../../ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { AwsSupportCases, SUPPORT_REGION } from './support.js';

/**
 * Always in us-east-1, whatever the options' Region: the Support API has no other endpoint. SDK retries are off
 * (maxAttempts 1): CreateCase and AddCommunicationToCase must go out once per attempt of the step, which reconciles
 * (adopts the case it finds, looks for the append's marker) before sending again; the state machine retries.
 */
export const supportClient = (options: AwsClientOptions = {}): SupportClient =>
  awsClient('support', options, () => new SupportClient({ region: SUPPORT_REGION, maxAttempts: 1 }));

export const awsCasesPort = (options: AwsPortsOptions = {}, client = supportClient(options)): Ports['cases'] => new AwsSupportCases({ client });
