import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DescribeExecutionCommand, ExecutionDoesNotExist, ListExecutionsCommand, SFNClient, StateMachineDoesNotExist } from '@aws-sdk/client-sfn';
import type { ExecutionListItem } from '@aws-sdk/client-sfn';
import { listExecutions } from '#operator/executions.js';
import { OperatorError } from '#operator/errors.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:BedrockOpsAlert';
const EXECUTION_PREFIX = 'arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:';

const item = (name: string, status: ExecutionListItem['status'], startDate: string, extra: Partial<ExecutionListItem> = {}): ExecutionListItem => ({
  executionArn: `${EXECUTION_PREFIX}${name}`,
  stateMachineArn: STATE_MACHINE_ARN,
  name,
  status,
  startDate: new Date(startDate),
  ...(status === 'RUNNING' ? {} : { stopDate: new Date(Date.parse(startDate) + 5000) }),
  ...extra,
});

describe('listExecutions', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('lists every page when no status or date limits it, newest first', async () => {
    // Prepare
    sfnMock
      .on(ListExecutionsCommand, { nextToken: undefined }).resolves({ executions: [item('c', 'SUCCEEDED', '2026-11-20T10:00:00Z'), item('b', 'RUNNING', '2026-11-19T10:00:00Z')], nextToken: 't2' })
      .on(ListExecutionsCommand, { nextToken: 't2' }).resolves({ executions: [item('a', 'SUCCEEDED', '2026-11-18T10:00:00Z')] });

    // Act
    const executions = await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    expect(executions.map((execution) => execution.name)).toEqual(['c', 'b', 'a']);
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { stateMachineArn: STATE_MACHINE_ARN, maxResults: 100 });
    expect(sfnMock).not.toHaveReceivedCommand(DescribeExecutionCommand);
    expect(executions[0]).toEqual({
      name: 'c', executionArn: `${EXECUTION_PREFIX}c`, status: 'SUCCEEDED', startDate: '2026-11-20T10:00:00.000Z', stopDate: '2026-11-20T10:00:05.000Z', redriveCount: 0,
    });
  });

  it('lists each status separately and merges them newest first', async () => {
    // Prepare
    sfnMock
      .on(ListExecutionsCommand, { statusFilter: 'FAILED' }).resolves({ executions: [item('f2', 'FAILED', '2026-11-20T09:00:00Z'), item('f1', 'FAILED', '2026-11-18T09:00:00Z')] })
      .on(ListExecutionsCommand, { statusFilter: 'TIMED_OUT' }).resolves({ executions: [item('t1', 'TIMED_OUT', '2026-11-19T09:00:00Z')] });
    sfnMock.on(DescribeExecutionCommand).callsFake(({ executionArn }: { executionArn: string }) => ({
      executionArn, stateMachineArn: STATE_MACHINE_ARN, status: 'FAILED', startDate: new Date('2026-11-20T09:00:00Z'), redriveStatus: 'REDRIVABLE',
    }));

    // Act
    const executions = await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN, statuses: ['FAILED', 'TIMED_OUT', 'FAILED'] });

    // Assess
    expect(sfnMock).toHaveReceivedCommandTimes(ListExecutionsCommand, 2);
    expect(executions.map((execution) => execution.name)).toEqual(['f2', 't1', 'f1']);
  });

  it('stops paging at the first execution older than "since"', async () => {
    // Prepare
    sfnMock
      .on(ListExecutionsCommand, { nextToken: undefined }).resolves({ executions: [item('new', 'SUCCEEDED', '2026-11-20T10:00:00Z'), item('old', 'SUCCEEDED', '2026-11-01T10:00:00Z')], nextToken: 't2' })
      .on(ListExecutionsCommand, { nextToken: 't2' }).resolves({ executions: [item('older', 'SUCCEEDED', '2026-10-01T10:00:00Z')] });

    // Act
    const executions = await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN, since: new Date('2026-11-13T10:00:00Z') });

    // Assess
    expect(executions.map((execution) => execution.name)).toEqual(['new']);
    expect(sfnMock).toHaveReceivedCommandTimes(ListExecutionsCommand, 1);
  });

  it('describes the unsuccessful executions for their redrive status, error and cause', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({
      executions: [
        item('failed', 'FAILED', '2026-11-20T10:00:00Z', { redriveCount: 1, redriveDate: new Date('2026-11-20T11:00:00Z') }),
        item('old-failed', 'FAILED', '2026-11-01T10:00:00Z'),
        item('ok', 'SUCCEEDED', '2026-10-30T10:00:00Z'),
      ],
    });
    sfnMock
      .on(DescribeExecutionCommand, { executionArn: `${EXECUTION_PREFIX}failed` }).resolves({
        executionArn: `${EXECUTION_PREFIX}failed`, name: 'failed', stateMachineArn: STATE_MACHINE_ARN, status: 'FAILED', startDate: new Date('2026-11-20T10:00:00Z'),
        redriveCount: 1, redriveStatus: 'REDRIVABLE', error: 'TransientAwsError', cause: 'Rate exceeded',
      })
      .on(DescribeExecutionCommand, { executionArn: `${EXECUTION_PREFIX}old-failed` }).resolves({
        executionArn: `${EXECUTION_PREFIX}old-failed`, name: 'old-failed', stateMachineArn: STATE_MACHINE_ARN, status: 'FAILED', startDate: new Date('2026-11-01T10:00:00Z'),
        redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded',
      });

    // Act
    const executions = await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN, concurrency: 2 });

    // Assess
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeExecutionCommand, 2);
    expect(executions[0]).toMatchObject({ name: 'failed', redriveCount: 1, redriveDate: '2026-11-20T11:00:00.000Z', redriveStatus: 'REDRIVABLE', error: 'TransientAwsError', cause: 'Rate exceeded' });
    expect(executions[1]).toMatchObject({ name: 'old-failed', redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded' });
    expect(executions[2]).not.toHaveProperty('redriveStatus');
  });

  it('keeps a listed execution that cannot be described yet (eventual consistency)', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [item('fresh', 'FAILED', '2026-11-20T10:00:00Z')] });
    sfnMock.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'no', $metadata: {} }));

    // Act
    const executions = await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    expect(executions).toEqual([expect.objectContaining({ name: 'fresh', status: 'FAILED' })]);
  });

  it('skips DescribeExecution when asked to', async () => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [item('failed', 'FAILED', '2026-11-20T10:00:00Z')] });

    // Act
    await listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN, describe: false });

    // Assess
    expect(sfnMock).not.toHaveReceivedCommand(DescribeExecutionCommand);
  });

  it.each([
    ['StateMachineDoesNotExist', new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} }), 'StateMachineNotFound'],
    ['ThrottlingException', Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }), 'Throttled'],
  ])('turns %s into a typed OperatorError', async (_label, error, code) => {
    // Prepare
    sfnMock.on(ListExecutionsCommand).rejects(error);

    // Act
    const listing = listExecutions(new SFNClient({}), { stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    await expect(listing).rejects.toBeInstanceOf(OperatorError);
    await expect(listing).rejects.toMatchObject({ code });
  });
});
