/**
 * StackInstancesPort on CloudFormation (organization mode, in the hub): ListStackInstances of the spoke stack set,
 * every page, with the CallAs the stack set was created with (SELF in the management account, DELEGATED_ADMIN in a
 * delegated administrator account). Read-only; the threshold updater calls it once per run.
 */
import { CloudFormationClient, ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import type { StackInstanceSummary } from '#core/threshold-deployment.js';
import type { StackInstancesPort } from '#ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { callAws } from './errors.js';

/** ListStackInstances answers at most 100 per page (MaxResults 1-100). */
const PAGE_SIZE = 100;

export class CloudFormationStackInstances implements StackInstancesPort {
  constructor(private readonly client: CloudFormationClient) {}

  async listStackInstances(request: Parameters<StackInstancesPort['listStackInstances']>[0]): Promise<StackInstanceSummary[]> {
    const instances: StackInstanceSummary[] = [];
    let nextToken: string | undefined;
    do {
      const page = await callAws('CloudFormation.ListStackInstances', () =>
        this.client.send(new ListStackInstancesCommand({ StackSetName: request.stackSetName, CallAs: request.callAs, MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) })));
      for (const summary of page.Summaries ?? []) {
        if (!summary.Account || !summary.Region) continue;
        instances.push({
          account: summary.Account, region: summary.Region, status: summary.Status ?? 'UNKNOWN',
          ...(summary.StackInstanceStatus?.DetailedStatus ? { detailedStatus: summary.StackInstanceStatus.DetailedStatus } : {}),
          ...(summary.OrganizationalUnitId ? { organizationalUnitId: summary.OrganizationalUnitId } : {}),
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return instances;
  }
}

export const cloudFormationClient = (options: AwsClientOptions = {}): CloudFormationClient =>
  awsClient('cloudformation', options, (config) => new CloudFormationClient(config));

export const awsStackInstancesPort = (options: AwsPortsOptions = {}, client = cloudFormationClient(options)): StackInstancesPort => new CloudFormationStackInstances(client);
