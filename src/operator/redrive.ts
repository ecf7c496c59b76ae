/**
 * Redriving failed executions: RedriveExecution continues an execution from the state that failed, with the same
 * input and the same ARN. The workflow's side-effecting steps are idempotent, so a redrive never makes a second case
 * or email; this module makes sure the redrive itself happens once per command, even when the command is retried.
 */
import { createHash } from 'node:crypto';
import { RedriveExecutionCommand } from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { executionNameOf } from './arns.js';
import { mapWithConcurrency } from './concurrency.js';
import { toOperatorError } from './errors.js';
import type { OperatorError, OperatorErrorCode } from './errors.js';
import { UNSUCCESSFUL_STATUSES, describeExecution, listExecutions } from './executions.js';
import type { ExecutionScope, ExecutionStatusFilter, ExecutionSummary } from './executions.js';

export interface RedriveOptions {
  /** Execution ARNs to redrive. */
  executions?: readonly string[];
  /**
   * Or every failed or timed-out execution of the state machine started since `since`; with `scope`, only those of
   * that account and/or Region (no extra call: the failed executions are described anyway, input included).
   */
  allFailedSince?: { stateMachineArn: string; since: Date; scope?: ExecutionScope };
  /** Check eligibility and report, redrive nothing. @default false */
  dryRun?: boolean;
  /** Called once per execution when its outcome is known. */
  onProgress?: (progress: RedriveProgress) => void;
  /** Calls in flight. @default 4 */
  concurrency?: number;
}

export type RedriveOutcome = 'redriven' | 'would-redrive' | 'not-redrivable' | 'failed';

export interface RedriveProgress {
  done: number;
  total: number;
  name: string;
  outcome: RedriveOutcome;
}

export interface RedrivenExecution {
  name: string;
  executionArn: string;
  /** ISO-8601; absent in a dry run */
  redriveDate?: string;
}

export interface RedriveSummary {
  dryRun: boolean;
  /** Redriven, or in a dry run the ones that would be */
  redriven: RedrivenExecution[];
  notRedrivable: Array<{ name: string; executionArn: string; reason: string }>;
  failed: Array<{ name: string; executionArn: string; error: string; hint: string }>;
}

/**
 * `--all-failed` takes FAILED and TIMED_OUT executions. ABORTED ones are left out: someone stopped them on purpose.
 * They can still be redriven by name.
 */
export const ALL_FAILED_STATUSES: readonly ExecutionStatusFilter[] = ['FAILED', 'TIMED_OUT'];

/** Errors after which no other execution can succeed either: stop and tell the operator. */
const FATAL: ReadonlySet<OperatorErrorCode> = new Set<OperatorErrorCode>(['MissingCredentials', 'InvalidCredentials', 'MissingRegion', 'AccessDenied', 'StateMachineNotFound', 'Unreachable']);

/**
 * The RedriveExecution idempotency token: the same for the same execution and redrive count, so running the command
 * again (within the 15 minutes Step Functions keeps tokens) cannot redrive the execution twice; after a successful
 * redrive the count changes, and a later failure can be redriven again.
 */
export const redriveClientToken = (executionArn: string, redriveCount: number): string =>
  `ops-alert-redrive-${createHash('sha256').update(`${executionArn}#${redriveCount}`).digest('hex').slice(0, 40)}`;

/** Why an execution cannot be redriven, or undefined when it can. */
export const notRedrivableReason = (execution: ExecutionSummary): string | undefined => {
  switch (execution.redriveStatus) {
    case 'REDRIVABLE':
      return undefined;
    case 'NOT_REDRIVABLE':
      return execution.redriveStatusReason ?? `Execution is ${execution.status} and cannot be redriven`;
    case 'REDRIVABLE_BY_MAP_RUN':
      return execution.redriveStatusReason ?? 'Only its Map Run can be redriven';
    default:
      // No redrive status (not described, or an older API answer): go by the status, and let RedriveExecution decide.
      return UNSUCCESSFUL_STATUSES.includes(execution.status) ? undefined : `Execution is ${execution.status} and cannot be redriven`;
  }
};

type Candidate = { execution: ExecutionSummary } | { failure: RedriveSummary['failed'][number] };

const failureOf = (executionArn: string, error: OperatorError): RedriveSummary['failed'][number] =>
  ({ name: executionNameOf(executionArn), executionArn, error: error.message, hint: error.hint });

/**
 * Redrives the given executions, or every failed one since a date, after checking each is eligible
 * (DescribeExecution's redriveStatus). Executions that cannot be redriven are reported with Step Functions' reason.
 * @throws OperatorError when nothing can work (credentials, region, access, unknown state machine)
 */
export const redrive = async (sfn: SFNClient, options: RedriveOptions): Promise<RedriveSummary> => {
  const dryRun = options.dryRun ?? false;
  const concurrency = options.concurrency ?? 4;
  const summary: RedriveSummary = { dryRun, redriven: [], notRedrivable: [], failed: [] };

  let candidates: Candidate[];
  if (options.allFailedSince) {
    const listed = await listExecutions(sfn, {
      stateMachineArn: options.allFailedSince.stateMachineArn,
      statuses: ALL_FAILED_STATUSES,
      since: options.allFailedSince.since,
      concurrency,
      ...(options.allFailedSince.scope ? { scope: options.allFailedSince.scope } : {}),
    });
    candidates = listed.map((execution) => ({ execution }));
  } else {
    const arns = [...new Set(options.executions ?? [])];
    candidates = await mapWithConcurrency(arns, concurrency, async (executionArn): Promise<Candidate> => {
      try {
        return { execution: await describeExecution(sfn, executionArn) };
      } catch (error) {
        const operatorError = toOperatorError(error, { executionArn });
        if (FATAL.has(operatorError.code)) throw operatorError;
        return { failure: failureOf(executionArn, operatorError) };
      }
    });
  }

  const total = candidates.length;
  let done = 0;
  const report = (name: string, outcome: RedriveOutcome): void => {
    done += 1;
    options.onProgress?.({ done, total, name, outcome });
  };

  type Result = { kind: 'redriven'; entry: RedrivenExecution } | { kind: 'notRedrivable'; entry: RedriveSummary['notRedrivable'][number] } | { kind: 'failed'; entry: RedriveSummary['failed'][number] };
  const results = await mapWithConcurrency(candidates, concurrency, async (candidate): Promise<Result> => {
    if ('failure' in candidate) {
      report(candidate.failure.name, 'failed');
      return { kind: 'failed', entry: candidate.failure };
    }
    const { execution } = candidate;
    const reason = notRedrivableReason(execution);
    if (reason) {
      report(execution.name, 'not-redrivable');
      return { kind: 'notRedrivable', entry: { name: execution.name, executionArn: execution.executionArn, reason } };
    }
    if (dryRun) {
      report(execution.name, 'would-redrive');
      return { kind: 'redriven', entry: { name: execution.name, executionArn: execution.executionArn } };
    }
    try {
      const answer = await sfn.send(new RedriveExecutionCommand({
        executionArn: execution.executionArn,
        clientToken: redriveClientToken(execution.executionArn, execution.redriveCount),
      }));
      report(execution.name, 'redriven');
      const redriveDate = answer.redriveDate?.toISOString();
      return { kind: 'redriven', entry: { name: execution.name, executionArn: execution.executionArn, ...(redriveDate ? { redriveDate } : {}) } };
    } catch (error) {
      // Eligibility can change between the check and the call (another operator redrove it first).
      if (error instanceof Error && error.name === 'ExecutionNotRedrivable') {
        report(execution.name, 'not-redrivable');
        return { kind: 'notRedrivable', entry: { name: execution.name, executionArn: execution.executionArn, reason: error.message || 'Step Functions refused the redrive' } };
      }
      const operatorError = toOperatorError(error, { executionArn: execution.executionArn });
      if (FATAL.has(operatorError.code)) throw operatorError;
      report(execution.name, 'failed');
      return { kind: 'failed', entry: failureOf(execution.executionArn, operatorError) };
    }
  });

  for (const result of results) {
    if (result.kind === 'redriven') summary.redriven.push(result.entry);
    else if (result.kind === 'notRedrivable') summary.notRedrivable.push(result.entry);
    else summary.failed.push(result.entry);
  }
  return summary;
};
