import { jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DescribeExecutionCommand, ExecutionDoesNotExist, ExecutionNotRedrivable, ListExecutionsCommand, RedriveExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import type { DescribeExecutionOutput } from '@aws-sdk/client-sfn';
import { ALL_FAILED_STATUSES, redrive, redriveClientToken } from '#operator/redrive.js';
import type { RedriveProgress } from '#operator/redrive.js';
import { OperatorError } from '#operator/errors.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:BedrockOpsAlert';
const arnOf = (name: string): string => `arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:${name}`;

const description = (name: string, extra: Partial<DescribeExecutionOutput>): DescribeExecutionOutput => ({
  executionArn: arnOf(name),
  stateMachineArn: STATE_MACHINE_ARN,
  name,
  status: 'FAILED',
  startDate: new Date('2026-11-20T10:00:00Z'),
  stopDate: new Date('2026-11-20T10:00:05Z'),
  ...extra,
});

describe('redriveClientToken', () => {
  it('is stable per execution and redrive count, and valid for RedriveExecution', () => {
    // Act
    const first = redriveClientToken(arnOf('a'), 0);
    const again = redriveClientToken(arnOf('a'), 0);
    const afterRedrive = redriveClientToken(arnOf('a'), 1);
    const other = redriveClientToken(arnOf('b'), 0);

    // Assess
    expect(first).toBe(again);
    expect(new Set([first, afterRedrive, other]).size).toBe(3);
    expect(first).toMatch(/^[!-~]{1,64}$/);
  });
});

describe('redrive', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('redrives an eligible execution with its idempotency token', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(description('a', { redriveStatus: 'REDRIVABLE', redriveCount: 2 }));
    sfnMock.on(RedriveExecutionCommand).resolves({ redriveDate: new Date('2026-11-21T09:00:00Z') });

    // Act
    const summary = await redrive(new SFNClient({}), { executions: [arnOf('a')] });

    // Assess
    expect(sfnMock).toHaveReceivedCommandWith(RedriveExecutionCommand, { executionArn: arnOf('a'), clientToken: redriveClientToken(arnOf('a'), 2) });
    expect(summary).toEqual({
      dryRun: false,
      redriven: [{ name: 'a', executionArn: arnOf('a'), redriveDate: '2026-11-21T09:00:00.000Z' }],
      notRedrivable: [],
      failed: [],
    });
  });

  it('sends the same token when the command is run again, so Step Functions redrives once', async () => {
    // Prepare: the first run's answer was lost; the execution still looks redrivable
    sfnMock.on(DescribeExecutionCommand).resolves(description('a', { redriveStatus: 'REDRIVABLE', redriveCount: 0 }));
    sfnMock.on(RedriveExecutionCommand).rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).resolves({ redriveDate: new Date() });

    // Act
    await expect(redrive(new SFNClient({}), { executions: [arnOf('a')] })).rejects.toMatchObject({ code: 'Unreachable' });
    await redrive(new SFNClient({}), { executions: [arnOf('a')] });

    // Assess
    const tokens = sfnMock.commandCalls(RedriveExecutionCommand).map((call) => call.args[0].input.clientToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });

  it('explains each execution that cannot be redriven with Step Functions\' reason, and redrives none of them', async () => {
    // Prepare
    sfnMock
      .on(DescribeExecutionCommand, { executionArn: arnOf('old') }).resolves(description('old', { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded' }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('ok') }).resolves(description('ok', { status: 'SUCCEEDED', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven' }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('running') }).resolves(description('running', { status: 'RUNNING' }));

    // Act
    const summary = await redrive(new SFNClient({}), { executions: [arnOf('old'), arnOf('ok'), arnOf('running')] });

    // Assess
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
    expect(summary.notRedrivable).toEqual([
      { name: 'old', executionArn: arnOf('old'), reason: 'Execution redrivable period exceeded' },
      { name: 'ok', executionArn: arnOf('ok'), reason: 'Execution is SUCCEEDED and cannot be redriven' },
      { name: 'running', executionArn: arnOf('running'), reason: 'Execution is RUNNING and cannot be redriven' },
    ]);
  });

  it('checks eligibility but redrives nothing in a dry run', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(description('a', { redriveStatus: 'REDRIVABLE' }));

    // Act
    const summary = await redrive(new SFNClient({}), { executions: [arnOf('a')], dryRun: true });

    // Assess
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
    expect(summary).toEqual({ dryRun: true, redriven: [{ name: 'a', executionArn: arnOf('a') }], notRedrivable: [], failed: [] });
  });

  it('redrives every failed and timed-out execution since the date, and reports progress', async () => {
    // Prepare
    const listed = ['f1', 'f2', 'f3'].map((name) => ({ executionArn: arnOf(name), stateMachineArn: STATE_MACHINE_ARN, name, status: 'FAILED' as const, startDate: new Date('2026-11-20T10:00:00Z') }));
    sfnMock
      .on(ListExecutionsCommand, { statusFilter: 'FAILED' }).resolves({ executions: listed.slice(0, 2) })
      .on(ListExecutionsCommand, { statusFilter: 'TIMED_OUT' }).resolves({ executions: [{ ...listed[2]!, status: 'TIMED_OUT' }] });
    sfnMock
      .on(DescribeExecutionCommand).callsFake(({ executionArn }: { executionArn: string }) => description(executionArn.split(':').at(-1) ?? '', { redriveStatus: 'REDRIVABLE' }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('f2') }).resolves(description('f2', { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded' }));
    sfnMock.on(RedriveExecutionCommand).resolves({ redriveDate: new Date('2026-11-21T09:00:00Z') });
    const progress: RedriveProgress[] = [];

    // Act
    const summary = await redrive(new SFNClient({}), {
      allFailedSince: { stateMachineArn: STATE_MACHINE_ARN, since: new Date('2026-11-07T00:00:00Z') },
      onProgress: (step) => progress.push(step),
      concurrency: 1,
    });

    // Assess
    expect(ALL_FAILED_STATUSES).toEqual(['FAILED', 'TIMED_OUT']);
    expect(sfnMock).toHaveReceivedCommandTimes(ListExecutionsCommand, 2);
    expect(summary.redriven.map((entry) => entry.name)).toEqual(['f1', 'f3']);
    expect(summary.notRedrivable).toEqual([{ name: 'f2', executionArn: arnOf('f2'), reason: 'Execution history event limit exceeded' }]);
    expect(progress).toEqual([
      { done: 1, total: 3, name: 'f1', outcome: 'redriven' },
      { done: 2, total: 3, name: 'f2', outcome: 'not-redrivable' },
      { done: 3, total: 3, name: 'f3', outcome: 'redriven' },
    ]);
  });

  it('reports a redrive that lost a race as not redrivable', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).resolves(description('a', { redriveStatus: 'REDRIVABLE' }));
    sfnMock.on(RedriveExecutionCommand).rejects(new ExecutionNotRedrivable({ message: 'Execution is RUNNING and cannot be redriven', $metadata: {} }));

    // Act
    const summary = await redrive(new SFNClient({}), { executions: [arnOf('a')] });

    // Assess
    expect(summary.notRedrivable).toEqual([{ name: 'a', executionArn: arnOf('a'), reason: 'Execution is RUNNING and cannot be redriven' }]);
  });

  it('records an unknown execution and a throttled call as failures and carries on with the others', async () => {
    // Prepare
    sfnMock
      .on(DescribeExecutionCommand, { executionArn: arnOf('missing') }).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('busy') }).resolves(description('busy', { redriveStatus: 'REDRIVABLE' }))
      .on(DescribeExecutionCommand, { executionArn: arnOf('fine') }).resolves(description('fine', { redriveStatus: 'REDRIVABLE' }));
    sfnMock
      .on(RedriveExecutionCommand, { executionArn: arnOf('busy') }).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .on(RedriveExecutionCommand, { executionArn: arnOf('fine') }).resolves({ redriveDate: new Date() });
    const onProgress = jest.fn();

    // Act
    const summary = await redrive(new SFNClient({}), { executions: [arnOf('missing'), arnOf('busy'), arnOf('fine')], onProgress });

    // Assess
    expect(summary.redriven.map((entry) => entry.name)).toEqual(['fine']);
    expect(summary.failed).toEqual([
      expect.objectContaining({ name: 'missing', error: `Execution ${arnOf('missing')} does not exist.` }),
      expect.objectContaining({ name: 'busy', error: expect.stringMatching(/throttling/) }),
    ]);
    expect(onProgress).toHaveBeenCalledTimes(3);
  });

  it('stops with an OperatorError when the credentials are missing', async () => {
    // Prepare
    sfnMock.on(DescribeExecutionCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));

    // Act
    const redriving = redrive(new SFNClient({}), { executions: [arnOf('a'), arnOf('b')] });

    // Assess
    await expect(redriving).rejects.toBeInstanceOf(OperatorError);
    await expect(redriving).rejects.toMatchObject({ code: 'MissingCredentials' });
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
  });
});
