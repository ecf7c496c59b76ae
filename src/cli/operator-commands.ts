/**
 * The operator commands of `ops-alert`: `executions`, `history` and `redrive`, against the deployed state machine.
 * main.ts registers them with `registerOperatorCommands(program)`; tests inject a mocked Step Functions client.
 * Failures end with a one-line message and what to do, through commander's error path (non-zero exit, no stack).
 */
import { SFNClient } from '@aws-sdk/client-sfn';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ENV } from '#workflow/environment.js';
import { parseStateMachineArn, regionOfArn, resolveExecutionArn } from '#operator/arns.js';
import { parseDuration } from '#operator/duration.js';
import { OperatorError, exitCodeFor, toOperatorError } from '#operator/errors.js';
import { EXECUTION_STATUSES, describeExecution, inScope, isScoped, listExecutions } from '#operator/executions.js';
import type { ExecutionScope, ExecutionStatusFilter, ExecutionSummary } from '#operator/executions.js';
import { getTimeline } from '#operator/history.js';
import { redrive } from '#operator/redrive.js';
import type { RedriveProgress, RedriveSummary } from '#operator/redrive.js';
import { formatDuration, formatTimeline, summariseCause } from '#operator/timeline-format.js';

type OutputStream = NodeJS.WritableStream & { isTTY?: boolean };

export interface OperatorCommandDeps {
  /** Builds the Step Functions client for the region of the ARN in use. @default new SFNClient({ region }) */
  createSfnClient?: (region: string | undefined) => SFNClient;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default () => new Date() */
  now?: () => Date;
  /** Results. @default process.stdout */
  stdout?: OutputStream;
  /** Progress. @default process.stderr */
  stderr?: OutputStream;
}

/** Executions of more than this many get a progress display. */
const PROGRESS_THRESHOLD = 1;
const DEFAULT_EXECUTIONS_SINCE = '7d';
/** Step Functions redrives executions that ended in the last 14 days. */
const DEFAULT_REDRIVE_SINCE = '14d';

const sinceOption = (defaultValue: string, what: string): Option =>
  new Option('--since <duration>', `${what} started within this long ago (m, h, d, w: 30m, 12h, 7d)`).default(defaultValue).argParser((value) => {
    parseDurationOption(value);
    return value;
  });

const parseDurationOption = (value: string): number => {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof OperatorError ? `${error.message} ${error.hint}` : String(error));
  }
};

const parseStatuses = (value: string, previous: ExecutionStatusFilter[] | undefined): ExecutionStatusFilter[] => {
  const statuses = value.split(',').map((status) => status.trim().toUpperCase()).filter(Boolean);
  for (const status of statuses) {
    if (!(EXECUTION_STATUSES as readonly string[]).includes(status)) {
      throw new InvalidArgumentError(`Unknown status "${status}". Use one or more of ${EXECUTION_STATUSES.join(', ')}.`);
    }
  }
  return [...(previous ?? []), ...(statuses as ExecutionStatusFilter[])];
};

/**
 * Organization mode: `--account` and `--region` keep the executions of one account and/or Region (of the alarm event
 * each was started for). The names do not carry them: each listed execution is described (one DescribeExecution).
 */
const accountOption = (): Option =>
  new Option('--account <id>', 'only executions of incidents in this account (12 digits; organization mode)').argParser((value) => {
    if (!/^[0-9]{12}$/.test(value)) throw new InvalidArgumentError(`"${value}" is not an account id (12 digits).`);
    return value;
  });
const regionOption = (): Option =>
  new Option('--region <name>', 'only executions of incidents in this Region, e.g. us-east-1').argParser((value) => {
    if (!/^[a-z]{2}(-[a-z]+)+-[0-9]$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a Region name (e.g. us-east-1).`);
    return value;
  });
const scopeOf = (options: { account?: string; region?: string }): ExecutionScope | undefined =>
  isScoped(options) ? { ...(options.account ? { account: options.account } : {}), ...(options.region ? { region: options.region } : {}) } : undefined;
const describeScope = (scope: ExecutionScope): string =>
  [scope.account ? `account ${scope.account}` : '', scope.region ? `region ${scope.region}` : ''].filter(Boolean).join(', ');

const stateMachineOption = (): Option =>
  new Option('--state-machine <arn>', `state machine ARN (default: $${ENV.stateMachineArn})`);

export const registerOperatorCommands = (program: Command, deps: OperatorCommandDeps = {}): Command => {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const stdout: OutputStream = deps.stdout ?? process.stdout;
  const stderr: OutputStream = deps.stderr ?? process.stderr;
  const createSfnClient = deps.createSfnClient ?? ((region) => new SFNClient(region ? { region } : {}));
  const print = (text: string): void => {
    stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  };

  /** Every action ends here on failure: one line, what to do, the exit code, and no stack trace. */
  const fail = (command: Command, error: unknown, subject: { stateMachineArn?: string; executionArn?: string } = {}): never => {
    const operatorError = toOperatorError(error, subject);
    return command.error(`error: ${operatorError.message}\n  ${operatorError.hint}`, { exitCode: exitCodeFor(operatorError.code), code: `ops-alert.${operatorError.code}` });
  };

  const requireStateMachine = (option: string | undefined): string => {
    const arn = option ?? env[ENV.stateMachineArn];
    if (!arn) {
      throw new OperatorError('MissingStateMachine', 'No state machine given.',
        `Pass --state-machine ARN or set ${ENV.stateMachineArn} (the StateMachineArn output of the deployed stack).`);
    }
    parseStateMachineArn(arn);
    return arn;
  };

  program
    .command('executions')
    .description('list the workflow executions, newest first, with their redrive status')
    .addOption(new Option('--status <status...>', `only these statuses (${EXECUTION_STATUSES.join(', ')})`).argParser(parseStatuses))
    .addOption(sinceOption(DEFAULT_EXECUTIONS_SINCE, 'executions'))
    .addOption(accountOption())
    .addOption(regionOption())
    .addOption(stateMachineOption())
    .option('--json', 'print JSON')
    .action(async (options: { status?: ExecutionStatusFilter[]; since: string; account?: string; region?: string; stateMachine?: string; json?: boolean }, command: Command) => {
      let stateMachineArn: string | undefined;
      try {
        stateMachineArn = requireStateMachine(options.stateMachine);
        const since = new Date(now().getTime() - parseDuration(options.since));
        const sfn = createSfnClient(regionOfArn(stateMachineArn));
        const scope = scopeOf(options);
        const executions = await listExecutions(sfn, { stateMachineArn, since, ...(options.status ? { statuses: options.status } : {}), ...(scope ? { scope } : {}) });
        if (options.json) print(JSON.stringify(executions, null, 2));
        else print(formatExecutionTable(executions, { since, statuses: options.status, ...(scope ? { scope } : {}) }));
      } catch (error) {
        fail(command, error, stateMachineArn ? { stateMachineArn } : {});
      }
    });

  program
    .command('history')
    .description("show an execution's steps: state, outcome, duration, retries, error and cause (without a name: the newest execution of --account/--region)")
    .argument('[execution]', 'execution name or ARN')
    .addOption(accountOption())
    .addOption(regionOption())
    .addOption(sinceOption(DEFAULT_EXECUTIONS_SINCE, 'without a name: the newest execution'))
    .addOption(stateMachineOption())
    .option('--json', 'print JSON')
    .action(async (execution: string | undefined, options: { account?: string; region?: string; since: string; stateMachine?: string; json?: boolean }, command: Command) => {
      let executionArn: string | undefined;
      try {
        const scope = scopeOf(options);
        if (execution === undefined && !scope) {
          throw new OperatorError('InvalidArgument', 'No execution given.', 'Name an execution (ops-alert executions lists them), or pass --account and/or --region for the newest one there.');
        }
        const stateMachineArn = execution?.startsWith('arn:') ? undefined : requireStateMachine(options.stateMachine);
        const sfn = createSfnClient(regionOfArn(execution?.startsWith('arn:') ? execution : (stateMachineArn ?? '')));
        if (execution === undefined && scope && stateMachineArn) {
          const since = new Date(now().getTime() - parseDuration(options.since));
          const [newest] = await listExecutions(sfn, { stateMachineArn, since, scope });
          if (!newest) throw new OperatorError('ExecutionNotFound', `No execution of ${describeScope(scope)} started since ${shortTime(since.toISOString())}.`, 'Widen --since, or check the account and Region (ops-alert executions --account ... lists them).');
          executionArn = newest.executionArn;
        } else {
          executionArn = resolveExecutionArn(execution ?? '', stateMachineArn);
        }
        const [summary, events] = await Promise.all([describeExecution(sfn, executionArn), getTimeline(sfn, executionArn)]);
        if (scope && !inScope(summary, scope)) {
          throw new OperatorError('InvalidArgument', `Execution ${summary.name} is of account ${summary.account ?? '?'}, region ${summary.region ?? '?'}, not of ${describeScope(scope)}.`, 'Drop --account/--region, or pick an execution of that account and Region (ops-alert executions --account ...).');
        }
        if (options.json) print(JSON.stringify({ execution: summary, events }, null, 2));
        else print(`${formatExecutionHeader(summary)}\n\n${formatTimeline(events)}`);
      } catch (error) {
        fail(command, error, executionArn ? { executionArn } : {});
      }
    });

  program
    .command('redrive')
    .description('redrive failed executions from the state that failed (no second case or email: the steps are idempotent)')
    .argument('[executions...]', 'execution names or ARNs')
    .option('--all-failed', 'every FAILED or TIMED_OUT execution started within --since (ABORTED ones only by name)')
    .addOption(sinceOption(DEFAULT_REDRIVE_SINCE, 'with --all-failed: executions'))
    .option('--dry-run', 'check which executions can be redriven, redrive nothing')
    .addOption(accountOption())
    .addOption(regionOption())
    .addOption(stateMachineOption())
    .option('--json', 'print the summary as JSON')
    .action(async (executions: string[], options: { allFailed?: boolean; since: string; dryRun?: boolean; account?: string; region?: string; stateMachine?: string; json?: boolean }, command: Command) => {
      let stateMachineArn: string | undefined;
      let progress: ProgressDisplay | undefined;
      try {
        if (options.allFailed && executions.length > 0) {
          throw new OperatorError('InvalidArgument', 'Give execution names or --all-failed, not both.', 'Run one redrive per selection.');
        }
        if (!options.allFailed && executions.length === 0) {
          throw new OperatorError('InvalidArgument', 'Nothing to redrive.', 'Name one or more executions, or pass --all-failed (try --dry-run first).');
        }
        const scope = scopeOf(options);
        if (scope && !options.allFailed) {
          throw new OperatorError('InvalidArgument', '--account and --region select among --all-failed executions.', 'Add --all-failed (try --dry-run first), or name the executions without them.');
        }
        const needsStateMachine = options.allFailed || executions.some((execution) => !execution.startsWith('arn:'));
        stateMachineArn = needsStateMachine ? requireStateMachine(options.stateMachine) : undefined;
        const executionArns = executions.map((execution) => resolveExecutionArn(execution, stateMachineArn));
        const sfn = createSfnClient(regionOfArn(stateMachineArn ?? executionArns[0] ?? ''));
        progress = new ProgressDisplay(stderr, options.dryRun ? 'checked' : 'redriven');
        const display = progress;
        const summary = await redrive(sfn, {
          ...(options.allFailed && stateMachineArn
            ? { allFailedSince: { stateMachineArn, since: new Date(now().getTime() - parseDuration(options.since)), ...(scope ? { scope } : {}) } }
            : { executions: executionArns }),
          dryRun: options.dryRun ?? false,
          onProgress: (step) => display.update(step),
        });
        progress.stop();
        print(options.json ? JSON.stringify(summary, null, 2) : formatRedriveSummary(summary));
        // Named executions were asked for one by one: any left behind is a failure. With --all-failed, executions past
        // the redrive window are expected and only real failures count.
        const leftBehind = summary.failed.length + (options.allFailed ? 0 : summary.notRedrivable.length);
        if (leftBehind > 0) {
          command.error(`error: ${leftBehind} execution${leftBehind === 1 ? ' was' : 's were'} not redriven (see above).`, { exitCode: 1, code: 'ops-alert.redrive-incomplete' });
        }
      } catch (error) {
        progress?.stop();
        // command.error throws CommanderError under exitOverride: let it through untouched.
        if (error instanceof Error && error.name === 'CommanderError') throw error;
        fail(command, error, stateMachineArn ? { stateMachineArn } : {});
      }
    });

  return program;
};

/** A bar on a terminal, a line per execution otherwise (logs, CI); nothing for a single execution. */
class ProgressDisplay {
  private bar: cliProgress.SingleBar | undefined;

  constructor(private readonly stream: OutputStream, private readonly verb: string) {}

  update(step: RedriveProgress): void {
    if (step.total <= PROGRESS_THRESHOLD) return;
    if (this.stream.isTTY) {
      if (!this.bar) {
        this.bar = new cliProgress.SingleBar({ stream: this.stream, format: `{bar} {value}/{total} ${this.verb}  {name}`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
        this.bar.start(step.total, 0, { name: '' });
      }
      this.bar.update(step.done, { name: step.name });
      return;
    }
    this.stream.write(`[${step.done}/${step.total}] ${step.name}: ${step.outcome}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

const shortTime = (iso: string | undefined): string => (iso ? iso.replace(/\.\d{3}Z$/, 'Z') : '');

const durationOf = (execution: ExecutionSummary): string =>
  execution.stopDate ? formatDuration(Date.parse(execution.stopDate) - Date.parse(execution.startDate)) : '';

const redriveNote = (execution: ExecutionSummary): string => {
  const notes: string[] = [];
  if (execution.redriveStatus === 'REDRIVABLE') notes.push('redrivable');
  else if (execution.redriveStatus) notes.push(`not redrivable: ${execution.redriveStatusReason ?? execution.redriveStatus}`);
  if (execution.redriveCount > 0) notes.push(`redriven ${execution.redriveCount}×`);
  return notes.join(', ');
};

const errorNote = (execution: ExecutionSummary): string => {
  if (!execution.error && !execution.cause) return '';
  const cause = execution.cause ? summariseCause(execution.cause, 120) : '';
  return [execution.error, cause].filter(Boolean).join(': ');
};

export const formatExecutionTable = (executions: readonly ExecutionSummary[], filter: { since: Date; statuses?: readonly string[] | undefined; scope?: ExecutionScope }): string => {
  const scope = `since ${shortTime(filter.since.toISOString())}${filter.statuses?.length ? `, status ${filter.statuses.join('|')}` : ''}${filter.scope ? `, ${describeScope(filter.scope)}` : ''}`;
  if (executions.length === 0) return `No executions ${scope}.`;
  const rows = executions.map((execution) => [
    execution.name, execution.status, shortTime(execution.startDate), durationOf(execution),
    [redriveNote(execution), errorNote(execution)].filter(Boolean).join('; '),
  ]);
  const header = ['NAME', 'STATUS', 'STARTED', 'DURATION', 'NOTES'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const count = `${executions.length} execution${executions.length === 1 ? '' : 's'} ${scope}.`;
  return [line(header), ...rows.map(line), '', count].join('\n');
};

export const formatExecutionHeader = (execution: ExecutionSummary): string => {
  const lines = [
    `Execution  ${execution.name}`,
    `Status     ${execution.status}${redriveNote(execution) ? ` (${redriveNote(execution)})` : ''}`,
    `Started    ${execution.startDate}${execution.stopDate ? `, stopped ${execution.stopDate} after ${durationOf(execution)}` : ''}`,
  ];
  if (execution.error || execution.cause) lines.push(`Error      ${errorNote(execution)}`);
  return lines.join('\n');
};

export const formatRedriveSummary = (summary: RedriveSummary): string => {
  const lines: string[] = [];
  const redrivenTitle = summary.dryRun ? 'Would redrive' : 'Redriven';
  if (summary.redriven.length > 0) {
    lines.push(`${redrivenTitle}:`, ...summary.redriven.map((entry) => `  ${entry.name}`));
  }
  if (summary.notRedrivable.length > 0) {
    lines.push('Not redrivable:', ...summary.notRedrivable.map((entry) => `  ${entry.name}: ${entry.reason}`));
  }
  if (summary.failed.length > 0) {
    lines.push('Failed:', ...summary.failed.map((entry) => `  ${entry.name}: ${entry.error} ${entry.hint}`));
  }
  const counts = `${summary.redriven.length} ${summary.dryRun ? 'would be redriven' : 'redriven'}, ${summary.notRedrivable.length} not redrivable, ${summary.failed.length} failed.`;
  lines.push(`${summary.dryRun ? 'Dry run, nothing redriven: ' : ''}${counts}`);
  return lines.join('\n');
};
