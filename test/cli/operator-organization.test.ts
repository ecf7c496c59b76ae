/**
 * Organization mode in the operator commands: `executions`, `history` and `redrive` keep the executions of one
 * account and/or Region (of the alarm event each was started for, read from its input by DescribeExecution: the
 * execution name does not carry them). The calls are counted.
 */
import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DescribeExecutionCommand, GetExecutionHistoryCommand, ListExecutionsCommand, RedriveExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import type { DescribeExecutionOutput, ExecutionListItem } from '@aws-sdk/client-sfn';
import { registerOperatorCommands } from '#cli/operator-commands.js';
import { originOfInput } from '#operator/executions.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-1:111111111111:stateMachine:BedrockOpsAlert';
const NOW = new Date('2026-11-21T12:00:00Z');
const arnOf = (name: string): string => `arn:aws:states:eu-west-1:111111111111:execution:BedrockOpsAlert:${name}`;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

const run = async (args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> => {
  const stdout = new Capture();
  const stderr = new Capture();
  const program = new Command('ops-alert').exitOverride().configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });
  registerOperatorCommands(program, {
    env: { OPS_ALERT_STATE_MACHINE_ARN: STATE_MACHINE_ARN }, now: () => NOW, stdout, stderr,
    createSfnClient: (region) => new SFNClient({ region: region ?? 'us-east-1' }),
  });
  let exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exitCode = error.exitCode;
  }
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
};

/** Four executions: two accounts x two Regions; the FAILED ones are the us-east-1 ones. */
const EXECUTIONS: { name: string; account: string; region: string; status: ExecutionListItem['status']; startDate: string }[] = [
  { name: 'Acme-Bedrock-A_20261121T100000000Z', account: '222222222222', region: 'us-east-1', status: 'FAILED', startDate: '2026-11-21T10:00:00Z' },
  { name: 'Acme-Bedrock-A_20261121T090000000Z', account: '222222222222', region: 'us-west-2', status: 'SUCCEEDED', startDate: '2026-11-21T09:00:00Z' },
  { name: 'Acme-Bedrock-B_20261121T080000000Z', account: '333333333333', region: 'us-east-1', status: 'FAILED', startDate: '2026-11-21T08:00:00Z' },
  { name: 'Acme-Bedrock-B_20261121T070000000Z', account: '333333333333', region: 'us-west-2', status: 'SUCCEEDED', startDate: '2026-11-21T07:00:00Z' },
];

const listedOf = (e: (typeof EXECUTIONS)[number]): ExecutionListItem => ({
  executionArn: arnOf(e.name), stateMachineArn: STATE_MACHINE_ARN, name: e.name, status: e.status, startDate: new Date(e.startDate), stopDate: new Date(Date.parse(e.startDate) + 3000),
});
const describedOf = (e: (typeof EXECUTIONS)[number]): DescribeExecutionOutput => ({
  ...listedOf(e), status: e.status, startDate: new Date(e.startDate),
  // The starter's input: the alarm event as EventBridge delivered it.
  input: JSON.stringify({ version: '0', id: 'e', 'detail-type': 'CloudWatch Alarm State Change', source: 'aws.cloudwatch', account: e.account, region: e.region, time: e.startDate, resources: [], detail: {} }),
  ...(e.status === 'FAILED' ? { redriveStatus: 'REDRIVABLE', error: 'TransientAwsError', cause: 'Rate exceeded' } : {}),
});

beforeEach(() => {
  sfnMock.on(ListExecutionsCommand).callsFake((input: { statusFilter?: string }) => ({
    executions: EXECUTIONS.filter((e) => !input.statusFilter || e.status === input.statusFilter).map(listedOf),
  }));
  sfnMock.on(DescribeExecutionCommand).callsFake((input: { executionArn: string }) => describedOf(EXECUTIONS.find((e) => arnOf(e.name) === input.executionArn)!));
  sfnMock.on(GetExecutionHistoryCommand).resolves({ events: [] });
  sfnMock.on(RedriveExecutionCommand).resolves({ redriveDate: NOW });
});
afterEach(() => sfnMock.reset());

describe('ops-alert executions --account / --region', () => {
  it('lists only the account\'s executions, reading each one\'s input (one DescribeExecution per listed execution)', async () => {
    const result = await run(['executions', '--account', '222222222222', '--json']);
    expect(result.exitCode).toBe(0);
    const listed = JSON.parse(result.stdout) as { name: string; account: string; region: string }[];
    expect(listed.map((e) => [e.name, e.account, e.region])).toEqual([
      ['Acme-Bedrock-A_20261121T100000000Z', '222222222222', 'us-east-1'],
      ['Acme-Bedrock-A_20261121T090000000Z', '222222222222', 'us-west-2'],
    ]);
    expect(sfnMock).toHaveReceivedCommandTimes(ListExecutionsCommand, 1);
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeExecutionCommand, EXECUTIONS.length);
  });

  it('combines account and Region, and says the scope in the table', async () => {
    const result = await run(['executions', '--account', '333333333333', '--region', 'us-west-2']);
    expect(result.stdout).toMatch(/^Acme-Bedrock-B_20261121T070000000Z +SUCCEEDED/m);
    expect(result.stdout).not.toMatch(/Acme-Bedrock-A_|T080000000Z/);
    expect(result.stdout).toMatch(/1 execution since 2026-11-14T12:00:00Z, account 333333333333, region us-west-2\./);
  });

  it('describes only the unsuccessful executions without a filter (the calls a filter adds)', async () => {
    await run(['executions']);
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeExecutionCommand, 2);
  });

  it.each([
    [['executions', '--account', '12345'], /"12345" is not an account id/],
    [['executions', '--region', 'US East'], /"US East" is not a Region name/],
  ])('rejects %j before any call', async (args, message) => {
    const result = await run(args);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(sfnMock).not.toHaveReceivedAnyCommand();
  });
});

describe('ops-alert history --account / --region', () => {
  it('shows the newest execution of the account and Region when no execution is named', async () => {
    const result = await run(['history', '--account', '333333333333', '--region', 'us-east-1', '--json']);
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as { execution: { name: string } }).execution.name).toBe('Acme-Bedrock-B_20261121T080000000Z');
    expect(sfnMock).toHaveReceivedCommandWith(GetExecutionHistoryCommand, { executionArn: arnOf('Acme-Bedrock-B_20261121T080000000Z') });
  });

  it('refuses a named execution of another account', async () => {
    const result = await run(['history', 'Acme-Bedrock-A_20261121T100000000Z', '--account', '333333333333']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/is of account 222222222222, region us-east-1, not of account 333333333333/);
  });

  it('says so when the account has no execution in the window', async () => {
    const result = await run(['history', '--account', '444444444444']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/No execution of account 444444444444 started since/);
  });

  it('still needs a name or a filter', async () => {
    const result = await run(['history']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/No execution given/);
  });
});

describe('ops-alert redrive --all-failed --account / --region', () => {
  it('redrives only the failed executions of the account, with no call beyond the unfiltered ones', async () => {
    const result = await run(['redrive', '--all-failed', '--account', '333333333333', '--json']);
    expect(result.exitCode).toBe(0);
    expect(sfnMock).toHaveReceivedCommandTimes(RedriveExecutionCommand, 1);
    expect(sfnMock).toHaveReceivedCommandWith(RedriveExecutionCommand, { executionArn: arnOf('Acme-Bedrock-B_20261121T080000000Z') });
    // FAILED and TIMED_OUT listings, and the two failed executions described (as without the filter).
    expect(sfnMock).toHaveReceivedCommandTimes(ListExecutionsCommand, 2);
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeExecutionCommand, 2);
  });

  it('keeps the filters to --all-failed', async () => {
    const result = await run(['redrive', 'Acme-Bedrock-A_20261121T100000000Z', '--region', 'us-east-1']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--account and --region select among --all-failed executions/);
    expect(sfnMock).not.toHaveReceivedCommand(RedriveExecutionCommand);
  });
});

describe('originOfInput', () => {
  it('reads the account and Region of the event, or of { event }, and nothing from bad JSON', () => {
    expect(originOfInput(JSON.stringify({ account: '222222222222', region: 'us-east-1' }))).toEqual({ account: '222222222222', region: 'us-east-1' });
    expect(originOfInput(JSON.stringify({ event: { account: '222222222222', region: 'eu-west-1' } }))).toEqual({ account: '222222222222', region: 'eu-west-1' });
    expect(originOfInput('{not json')).toEqual({});
    expect(originOfInput(undefined)).toEqual({});
  });
});
