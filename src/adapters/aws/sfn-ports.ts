/** The executions port on Step Functions DescribeExecution: whether the execution holding a case claim is finished. */
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import type { ExecutionStatus, Ports } from '#ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { awsErrorName, callAws } from './errors.js';

export const sfnClient = (options: AwsClientOptions = {}): SFNClient => awsClient('sfn', options, (config) => new SFNClient(config));

const STATUSES: readonly ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];

export const awsExecutionsPort = (options: AwsPortsOptions = {}, client = sfnClient(options)): Ports['executions'] => ({
  describeExecution: async (executionArn) => {
    try {
      const { status } = await callAws('SFN.DescribeExecution', () => client.send(new DescribeExecutionCommand({ executionArn })));
      // An unknown future status is taken as running: the claim is then waited for, never taken over by mistake.
      return { status: STATUSES.find((s) => s === status) ?? 'RUNNING' };
    } catch (error) {
      if (awsErrorName((error as { cause?: unknown }).cause) === 'ExecutionDoesNotExist') return undefined;
      throw error;
    }
  },
});
