/** Listing and describing the workflow's executions for the operator commands. */
import { originOfInput } from '#core/alarm-event.js';
import { DescribeExecutionCommand, ListExecutionsCommand } from '@aws-sdk/client-sfn';
import type { DescribeExecutionOutput, ExecutionListItem, SFNClient } from '@aws-sdk/client-sfn';
import { mapWithConcurrency } from './concurrency.js';
import { toOperatorError } from './errors.js';

/** Statuses ListExecutions can filter on with a state machine ARN (PENDING_REDRIVE needs a Map Run ARN). */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'] as const;
export type ExecutionStatusFilter = (typeof EXECUTION_STATUSES)[number];

/** Statuses from which RedriveExecution can continue an execution. */
export const UNSUCCESSFUL_STATUSES: readonly string[] = ['FAILED', 'TIMED_OUT', 'ABORTED'];

export interface ExecutionSummary {
  name: string;
  executionArn: string;
  status: string;
  /** ISO-8601 */
  startDate: string;
  /** ISO-8601, once the execution has ended */
  stopDate?: string;
  /** Successful redrives so far */
  redriveCount: number;
  /** ISO-8601 of the last redrive */
  redriveDate?: string;
  /** REDRIVABLE | NOT_REDRIVABLE | REDRIVABLE_BY_MAP_RUN, from DescribeExecution */
  redriveStatus?: string;
  /** Why it cannot be redriven, from DescribeExecution */
  redriveStatusReason?: string;
  /** The error and cause the execution ended with, from DescribeExecution */
  error?: string;
  cause?: string;
  /**
   * The account and Region of the alarm event the execution was started for (its input, from DescribeExecution):
   * in organization mode the account of the incident. Absent when the execution was not described.
   */
  account?: string;
  region?: string;
}

/**
 * Organization mode: only the executions of one account and/or Region. The execution name does not carry them (it
 * is the alarm name and the transition time, src/core/execution-name.ts), so they are read from each execution's
 * input: one DescribeExecution per listed execution, successful ones included.
 */
export interface ExecutionScope {
  account?: string;
  region?: string;
}

export const isScoped = (scope: ExecutionScope | undefined): scope is ExecutionScope =>
  scope !== undefined && (scope.account !== undefined || scope.region !== undefined);

export const inScope = (execution: Pick<ExecutionSummary, 'account' | 'region'>, scope: ExecutionScope): boolean =>
  (scope.account === undefined || execution.account === scope.account) && (scope.region === undefined || execution.region === scope.region);

/** The account and Region of an execution's input (src/core/alarm-event.ts; also used by the failure e-mail). */
export { originOfInput };

export interface ListExecutionsOptions {
  stateMachineArn: string;
  /** One ListExecutions listing per status. @default every status */
  statuses?: readonly ExecutionStatusFilter[];
  /** Only executions started at or after this instant. */
  since?: Date;
  /** Describe the unsuccessful executions for their redrive status, error and cause. @default true */
  describe?: boolean;
  /** DescribeExecution calls in flight. @default 5 */
  concurrency?: number;
  /** ListExecutions page size (1-1000). @default 100 */
  pageSize?: number;
  /** Only the executions of this account and/or Region (describes every listed execution: see ExecutionScope). */
  scope?: ExecutionScope;
}

const iso = (date: Date | undefined): string | undefined => date?.toISOString();

const fromListItem = (item: ExecutionListItem): ExecutionSummary => ({
  name: item.name ?? '',
  executionArn: item.executionArn ?? '',
  status: item.status ?? 'UNKNOWN',
  startDate: iso(item.startDate) ?? '',
  ...(item.stopDate ? { stopDate: iso(item.stopDate) } : {}),
  redriveCount: item.redriveCount ?? 0,
  ...(item.redriveDate ? { redriveDate: iso(item.redriveDate) } : {}),
});

/** The summary of one DescribeExecution answer. */
export const fromDescription = (description: DescribeExecutionOutput): ExecutionSummary => ({
  name: description.name ?? '',
  executionArn: description.executionArn ?? '',
  status: description.status ?? 'UNKNOWN',
  startDate: iso(description.startDate) ?? '',
  ...(description.stopDate ? { stopDate: iso(description.stopDate) } : {}),
  redriveCount: description.redriveCount ?? 0,
  ...(description.redriveDate ? { redriveDate: iso(description.redriveDate) } : {}),
  ...(description.redriveStatus ? { redriveStatus: description.redriveStatus } : {}),
  ...(description.redriveStatusReason ? { redriveStatusReason: description.redriveStatusReason } : {}),
  ...(description.error ? { error: description.error } : {}),
  ...(description.cause ? { cause: description.cause } : {}),
  ...originOfInput(description.input),
});

/** DescribeExecution as an ExecutionSummary. @throws OperatorError */
export const describeExecution = async (sfn: SFNClient, executionArn: string): Promise<ExecutionSummary> => {
  try {
    return fromDescription(await sfn.send(new DescribeExecutionCommand({ executionArn })));
  } catch (error) {
    throw toOperatorError(error, { executionArn });
  }
};

const listByStatus = async (sfn: SFNClient, options: ListExecutionsOptions, status: ExecutionStatusFilter | undefined): Promise<ExecutionListItem[]> => {
  const items: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  do {
    let page;
    try {
      page = await sfn.send(new ListExecutionsCommand({
        stateMachineArn: options.stateMachineArn,
        ...(status ? { statusFilter: status } : {}),
        maxResults: options.pageSize ?? 100,
        ...(nextToken ? { nextToken } : {}),
      }));
    } catch (error) {
      throw toOperatorError(error, { stateMachineArn: options.stateMachineArn });
    }
    for (const item of page.executions ?? []) {
      // Newest first: the first execution older than `since` ends the listing, no need for further pages.
      if (options.since && item.startDate && item.startDate < options.since) return items;
      items.push(item);
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
};

/**
 * The state machine's executions, newest first. ListExecutions is eventually consistent: an execution that just
 * started or ended may show up a moment later or with its previous status.
 * @throws OperatorError
 */
export const listExecutions = async (sfn: SFNClient, options: ListExecutionsOptions): Promise<ExecutionSummary[]> => {
  const statuses = options.statuses && options.statuses.length > 0 ? [...new Set(options.statuses)] : [undefined];
  const listings = await Promise.all(statuses.map((status) => listByStatus(sfn, options, status)));
  const byArn = new Map<string, ExecutionSummary>();
  for (const item of listings.flat()) byArn.set(item.executionArn ?? '', fromListItem(item));
  const executions = [...byArn.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const scope = isScoped(options.scope) ? options.scope : undefined;
  if (options.describe === false && !scope) return executions;

  // Only an unsuccessful execution can be redriven, and only DescribeExecution says whether and why not. With a
  // scope, every execution is described: its input says its account and Region.
  const described = await mapWithConcurrency(executions, options.concurrency ?? 5, async (execution) => {
    if (!scope && !UNSUCCESSFUL_STATUSES.includes(execution.status)) return execution;
    try {
      const described = fromDescription(await sfn.send(new DescribeExecutionCommand({ executionArn: execution.executionArn })));
      return { ...execution, ...described, name: execution.name, executionArn: execution.executionArn };
    } catch (error) {
      // Listed but not describable yet (eventual consistency): keep what the listing said.
      if (error instanceof Error && error.name === 'ExecutionDoesNotExist') return execution;
      throw toOperatorError(error, { executionArn: execution.executionArn, stateMachineArn: options.stateMachineArn });
    }
  });
  // Not describable yet (no input known): outside any scope.
  return scope ? described.filter((execution) => inScope(execution, scope)) : described;
};
