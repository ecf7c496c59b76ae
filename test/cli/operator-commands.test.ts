import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  DescribeExecutionCommand, ExecutionDoesNotExist, GetExecutionHistoryCommand, ListExecutionsCommand, RedriveExecutionCommand, SFNClient, StateMachineDoesNotExist,
} from '@aws-sdk/client-sfn';
import type { DescribeExecutionOutput, ExecutionListItem } from '@aws-sdk/client-sfn';
import { registerOperatorCommands } from '#cli/operator-commands.js';
import type { OperatorCommandDeps } from '#cli/operator-commands.js';
import { redriveClientToken } from '#operator/redrive.js';
import { HistoryBuilder, taskFailed } from '../operator/history-fixtures.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:BedrockOpsAlert';
const NOW = new Date('2026-11-21T12:00:00Z');
const arnOf = (name: string): string => `arn:aws:states:eu-west-1:123456789012:execution:BedrockOpsAlert:${name}`;

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  regions: Array<string | undefined>;
}

/** Runs `ops-alert ARGS` end to end with the mocked client; commander's exits become the exit code. */
const run = async (args: string[], overrides: Partial<OperatorCommandDeps> & { env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<RunResult> => {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = overrides.tty ?? false;
  const regions: Array<string | undefined> = [];
  const program = new Command('ops-alert').exitOverride().configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });
  registerOperatorCommands(program, {
    env: overrides.env ?? { OPS_ALERT_STATE_MACHINE_ARN: STATE_MACHINE_ARN },
    now: () => NOW,
    stdout,
    stderr,
    createSfnClient: (region) => {
      regions.push(region);
      return new SFNClient({ region: region ?? 'us-east-1' });
    },
  });
  let exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exitCode = error.exitCode;
  }
  return { exitCode, stdout: stdout.text, stderr: stderr.text, regions };
};

const listed = (name: string, status: ExecutionListItem['status'], startDate: string): ExecutionListItem => ({
  executionArn: arnOf(name), stateMachineArn: STATE_MACHINE_ARN, name, status, startDate: new Date(startDate), stopDate: new Date(Date.parse(startDate) + 4200),
});

const described = (name: string, extra: Partial<DescribeExecutionOutput> = {}): DescribeExecutionOutput => ({
  executionArn: arnOf(name), stateMachineArn: STATE_MACHINE_ARN, name, status: 'FAILED',
  startDate: new Date('2026-11-20T10:00:00Z'), stopDate: new Date('2026-11-20T10:00:04.200Z'), ...extra,
});

describe('ops-alert executions', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('lists the executions of the last 7 days as a table, in the state machine\'s region', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [listed('incident-2', 'FAILED', '2026-11-20T10:00:00Z'), listed('incident-1', 'SUCCEEDED', '2026-11-19T10:00:00Z')] });
    sfnMock.on(DescribeExecutionCommand).resolves(described('incident-2', { redriveStatus: 'REDRIVABLE', error: 'TransientAwsError', cause: 'Rate exceeded' }));

    // Act
    const result = await run(['executions']);

    // Assess
    expect(result.exitCode).toBe(0);
    expect(result.regions).toEqual(['eu-west-1']);
    expect(result.stdout.split('\n')).toEqual([
      'NAME        STATUS     STARTED               DURATION  NOTES',
      'incident-2  FAILED     2026-11-20T10:00:00Z  4.2 s     redrivable; TransientAwsError: Rate exceeded',
      'incident-1  SUCCEEDED  2026-11-19T10:00:00Z  4.2 s',
      '',
      '2 executions since 2026-11-14T12:00:00Z.',
      '',
    ]);
  });

  it('filters by several statuses and a custom window, and prints JSON', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });
    sfnMock.on(ListExecutionsCommand, { statusFilter: 'TIMED_OUT' }).resolves({ executions: [listed('slow', 'TIMED_OUT', '2026-11-21T00:00:00Z')] });
    sfnMock.on(DescribeExecutionCommand).resolves(described('slow', { status: 'TIMED_OUT', redriveStatus: 'REDRIVABLE' }));

    // Act
    const result = await run(['executions', '--status', 'failed', 'TIMED_OUT', '--since', '12h', '--json']);

    // Assess
    expect(result.exitCode).toBe(0);
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { statusFilter: 'FAILED' });
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { statusFilter: 'TIMED_OUT' });
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ name: 'slow', status: 'TIMED_OUT', redriveStatus: 'REDRIVABLE' })]);
  });

  it('says so when there is nothing to list', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });

    // Act
    const result = await run(['executions', '--status', 'FAILED']);

    // Assess
    expect(result.stdout).toBe('No executions since 2026-11-14T12:00:00Z, status FAILED.\n');
  });

  it.each([
    [['executions', '--since', '7x'], /Invalid duration "7x".*30m, 12h, 7d/],
    [['executions', '--since', '0d'], /Invalid duration "0d"/],
    [['executions', '--status', 'BROKEN'], /Unknown status "BROKEN"/],
  ])('rejects %j with a clear message and a non-zero exit', async (args, message) => {
    // Act
    const result = await run(args);

    // Assess
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(sfnMock).not.toHaveReceivedAnyCommand();
  });

  it('asks for the state machine when neither --state-machine nor the environment gives it', async () => {
    // Act
    const result = await run(['executions'], { env: {} });

    // Assess
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('error: No state machine given.\n  Pass --state-machine ARN or set OPS_ALERT_STATE_MACHINE_ARN (the StateMachineArn output of the deployed stack).\n');
  });

  it('prefers --state-machine over the environment and refuses a malformed ARN', async () => {
    // Act
    const result = await run(['executions', '--state-machine', 'BedrockOpsAlert']);

    // Assess
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error: Not a state machine ARN: "BedrockOpsAlert"\./);
  });

  it.each([
    ['missing credentials', Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), /No AWS credentials found\.\n {2}Configure credentials/],
    ['a missing region', new Error('Region is missing'), /No AWS region configured\./],
    ['an unknown state machine', new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} }), new RegExp(`State machine ${STATE_MACHINE_ARN} does not exist\\.`)],
    ['throttling', Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }), /throttling the requests.*\n {2}Wait a minute/],
  ])('reports %s in two lines, exit 1, without a stack trace', async (_label, error, message) => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).rejects(error);

    // Act
    const result = await run(['executions']);

    // Assess
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('ops-alert history', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  const failedRun = (): HistoryBuilder => {
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const resolved = h.lambdaTask('ResolveChildAlarms', started);
    const entered = h.enter('TaskStateEntered', 'CreateCase', resolved);
    let previous = h.add('TaskScheduled', entered);
    previous = h.add('TaskFailed', previous, taskFailed('TransientAwsError', 'Rate exceeded'));
    previous = h.add('TaskScheduled', previous);
    previous = h.add('TaskFailed', previous, taskFailed('PermanentAwsError', 'AccessDenied'));
    h.add('ExecutionFailed', previous, { executionFailedEventDetails: { error: 'PermanentAwsError', cause: 'AccessDenied' } });
    return h;
  };

  it('resolves a name against the state machine and prints the header and the timeline', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand, { executionArn: arnOf('incident-2') }).resolves(described('incident-2', { redriveStatus: 'REDRIVABLE', error: 'PermanentAwsError', cause: 'AccessDenied' }));
    sfnMock.on(GetExecutionHistoryCommand, { executionArn: arnOf('incident-2') }).resolves({ events: failedRun().events });

    // Act
    const result = await run(['history', 'incident-2']);

    // Assess
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Execution  incident-2\nStatus     FAILED (redrivable)\n');
    expect(result.stdout).toContain('Error      PermanentAwsError: AccessDenied');
    expect(result.stdout).toMatch(/ResolveChildAlarms {2}succeeded/);
    expect(result.stdout).toMatch(/CreateCase {10}failed .* retried once after TransientAwsError; PermanentAwsError: AccessDenied/);
    expect(result.stdout).toMatch(/execution FAILED after .*: PermanentAwsError: AccessDenied/);
  });

  it('takes a full execution ARN without any state machine configured, and prints JSON', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(described('incident-2'));
    sfnMock.on(GetExecutionHistoryCommand).resolves({ events: failedRun().events });

    // Act
    const result = await run(['history', arnOf('incident-2'), '--json'], { env: {} });

    // Assess
    expect(result.exitCode).toBe(0);
    expect(result.regions).toEqual(['eu-west-1']);
    const output = JSON.parse(result.stdout) as { execution: { name: string }; events: Array<{ type: string }> };
    expect(output.execution.name).toBe('incident-2');
    expect(output.events.map((event) => event.type)).toContain('StateRetried');
  });

  it('says the execution does not exist, exit 1', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));
    sfnMock.on(GetExecutionHistoryCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));

    // Act
    const result = await run(['history', 'nope']);

    // Assess
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: Execution ${arnOf('nope')} does not exist\\.\\n {2}Check the name with 'ops-alert executions'`));
  });
});

describe('ops-alert redrive', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('redrives one execution by name and prints the summary', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(described('incident-2', { redriveStatus: 'REDRIVABLE', redriveCount: 1 }));
    sfnMock.on(RedriveExecutionCommand).resolves({ redriveDate: new Date('2026-11-21T12:00:01Z') });

    // Act
    const result = await run(['redrive', 'incident-2']);

    // Assess
    expect(result.exitCode).toBe(0);
    expect(sfnMock).toHaveReceivedCommandWith(RedriveExecutionCommand, { executionArn: arnOf('incident-2'), clientToken: redriveClientToken(arnOf('incident-2'), 1) });
    expect(result.stdout).toBe('Redriven:\n  incident-2\n1 redriven, 0 not redrivable, 0 failed.\n');
    expect(result.stderr).toBe('');
  });

  it('exits non-zero, with the reason, when a named execution cannot be redriven', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(described('done', { status: 'SUCCEEDED', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven' }));

    // Act
    const result = await run(['redrive', 'done']);

    // Assess
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Not redrivable:\n  done: Execution is SUCCEEDED and cannot be redriven\n');
    expect(result.stderr).toBe('error: 1 execution was not redriven (see above).\n');
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
  });

  it('dry-runs --all-failed over the last 14 days, with a line of progress per execution when not on a terminal', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });
    sfnMock.on(ListExecutionsCommand, { statusFilter: 'FAILED' }).resolves({ executions: [listed('f1', 'FAILED', '2026-11-20T10:00:00Z'), listed('f2', 'FAILED', '2026-11-19T10:00:00Z')] });
    sfnMock
      .on(DescribeExecutionCommand, { executionArn: arnOf('f1') }).resolves(described('f1', { redriveStatus: 'REDRIVABLE' }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('f2') }).resolves(described('f2', { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded' }));

    // Act
    const result = await run(['redrive', '--all-failed', '--dry-run']);

    // Assess
    expect(result.exitCode).toBe(0);
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { statusFilter: 'FAILED', stateMachineArn: STATE_MACHINE_ARN });
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { statusFilter: 'TIMED_OUT' });
    expect(result.stdout).toBe([
      'Would redrive:', '  f1',
      'Not redrivable:', '  f2: Execution history event limit exceeded',
      'Dry run, nothing redriven: 1 would be redriven, 1 not redrivable, 0 failed.', '',
    ].join('\n'));
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual(['[1/2] f1: would-redrive', '[2/2] f2: not-redrivable'].sort());
  });

  it('shows a progress bar on a terminal and prints a JSON summary', async () => {
    // Prepare
    const names = ['a', 'b', 'c'];
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });
    sfnMock.on(ListExecutionsCommand, { statusFilter: 'FAILED' }).resolves({ executions: names.map((name) => listed(name, 'FAILED', '2026-11-20T10:00:00Z')) });
    sfnMock.on(DescribeExecutionCommand).callsFake(({ executionArn }: { executionArn: string }) => described(executionArn.split(':').at(-1) ?? '', { redriveStatus: 'REDRIVABLE' }));
    sfnMock.on(RedriveExecutionCommand).resolves({ redriveDate: new Date('2026-11-21T12:00:01Z') });

    // Act
    const result = await run(['redrive', '--all-failed', '--since', '3d', '--json'], { tty: true });

    // Assess
    expect(result.exitCode).toBe(0);
    expect(sfnMock).toHaveReceivedCommandTimes(RedriveExecutionCommand, 3);
    expect(JSON.parse(result.stdout)).toMatchObject({ dryRun: false, redriven: names.map((name) => ({ name })), notRedrivable: [], failed: [] });
    expect(result.stderr).toContain('3/3 redriven');
    expect(result.stderr).not.toContain('[1/3]');
  });

  it('records failures in the summary and exits non-zero', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));

    // Act
    const result = await run(['redrive', 'ghost', arnOf('ghost-2')]);

    // Assess
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`Failed:\n  ghost: Execution ${arnOf('ghost')} does not exist.`);
    expect(result.stdout).toContain('0 redriven, 0 not redrivable, 2 failed.');
    expect(result.stderr).toContain('error: 2 executions were not redriven (see above).');
  });

  it.each([
    [['redrive'], /Nothing to redrive\.\n {2}Name one or more executions, or pass --all-failed/],
    [['redrive', 'x', '--all-failed'], /Give execution names or --all-failed, not both\./],
    [['redrive', '--all-failed', '--since', 'forever'], /Invalid duration "forever"/],
  ])('refuses %j with a clear message', async (args, message) => {
    // Act
    const result = await run(args);

    // Assess
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(sfnMock).not.toHaveReceivedAnyCommand();
  });

  it('needs no state machine when every execution is given by ARN', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(described('a', { redriveStatus: 'REDRIVABLE' }));
    sfnMock.on(RedriveExecutionCommand).resolves({});

    // Act
    const result = await run(['redrive', arnOf('a')], { env: {} });

    // Assess
    expect(result.exitCode).toBe(0);
    expect(result.regions).toEqual(['eu-west-1']);
  });

  it('stops at missing credentials with one clear error', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));

    // Act
    const result = await run(['redrive', 'a', 'b']);

    // Assess
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: No AWS credentials found\.\n {2}Configure credentials/);
  });
});
