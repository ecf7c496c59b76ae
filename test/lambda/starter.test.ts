import { jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand, StateMachineDoesNotExist } from '@aws-sdk/client-sfn';
import { executionNameForEvent } from '#core/execution-name.js';
import { startExecutionForAlarmEvent } from '#lambda/starter.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:BedrockOpsAlert';

const alarmEvent = (alarmName = 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6', timestamp = '2026-11-20T10:15:30.123+0000') => ({
  version: '0',
  id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
  'detail-type': 'CloudWatch Alarm State Change',
  source: 'aws.cloudwatch',
  account: '123456789012',
  time: '2026-11-20T10:15:30Z',
  region: 'us-east-1',
  resources: [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${alarmName}`],
  detail: { alarmName, state: { value: 'ALARM', reason: 'Threshold Crossed', reasonData: '{}', timestamp } },
});

describe('startExecutionForAlarmEvent', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('starts the state machine named after the alarm transition, with the whole event as input', async () => {
    // Prepare
    const event = alarmEvent();
    const executionArn = `arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6_20261120T101530123Z`;
    sfnMock.on(StartExecutionCommand).resolves({ executionArn, startDate: new Date('2026-11-20T10:15:31Z') });
    const info = jest.fn();
    const warn = jest.fn();

    // Act
    const outcome = await startExecutionForAlarmEvent(event, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN, logger: { info, warn } });

    // Assess
    expect(sfnMock).toHaveReceivedCommandTimes(StartExecutionCommand, 1);
    expect(sfnMock).toHaveReceivedCommandWith(StartExecutionCommand, {
      stateMachineArn: STATE_MACHINE_ARN,
      name: 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6_20261120T101530123Z',
      input: JSON.stringify(event),
    });
    expect(outcome).toEqual({
      duplicate: false,
      executionName: 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6_20261120T101530123Z',
      executionArn,
      startDate: '2026-11-20T10:15:31.000Z',
    });
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/Started/), expect.objectContaining({ eventId: event.id, executionArn }));
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives a redelivery of the same transition the same name', async () => {
    // Prepare
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    const first = alarmEvent();
    const redelivered = { ...alarmEvent(), id: 'another-event-id' };

    // Act
    await startExecutionForAlarmEvent(first, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });
    await startExecutionForAlarmEvent(redelivered, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    const names = sfnMock.commandCalls(StartExecutionCommand).map((call) => call.args[0].input.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(names[1]);
  });

  it('organization mode: the same alarm of two member accounts at the same instant starts two executions', async () => {
    // Prepare: every spoke has the same alarm names; the hub's bus delivers both transitions.
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    const fromMember = (account: string) => ({ ...alarmEvent('Acme-Bedrock-Throttles-Critical-G-Opus-4-6'), account });

    // Act
    const first = await startExecutionForAlarmEvent(fromMember('222222222222'), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });
    const second = await startExecutionForAlarmEvent(fromMember('333333333333'), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    const names = sfnMock.commandCalls(StartExecutionCommand).map((call) => call.args[0].input.name);
    expect(names).toHaveLength(2);
    expect(names[0]).not.toBe(names[1]);
    expect([first.duplicate, second.duplicate]).toEqual([false, false]);
  });

  it('reports ExecutionAlreadyExists as a duplicate delivery, not an error', async () => {
    // Prepare
    sfnMock.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));
    const info = jest.fn();
    const warn = jest.fn();

    // Act
    const outcome = await startExecutionForAlarmEvent(alarmEvent(), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN, logger: { info, warn } });

    // Assess
    expect(outcome).toEqual({
      duplicate: true,
      executionName: 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6_20261120T101530123Z',
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6_20261120T101530123Z',
    });
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/Duplicate/), expect.objectContaining({ alarmName: 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6' }));
  });

  it('throws every other error so the delivery is retried and then dead-lettered', async () => {
    // Prepare
    sfnMock.on(StartExecutionCommand).rejects(new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} }));

    // Act
    const start = startExecutionForAlarmEvent(alarmEvent(), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    await expect(start).rejects.toBeInstanceOf(StateMachineDoesNotExist);
  });

  it.each([
    ['no detail', { 'detail-type': 'CloudWatch Alarm State Change' }],
    ['no alarm name', { detail: { state: { timestamp: '2026-11-20T10:15:30.123+0000' } } }],
    ['no state timestamp', { detail: { alarmName: 'A', state: { value: 'ALARM' } } }],
    ['another detail-type', { ...alarmEvent(), 'detail-type': 'CloudWatch Alarm Configuration Change' }],
    ['null', null],
  ])('starts an event with %s under the stable fallback name, so the workflow fails it visibly', async (_label, event) => {
    // Prepare
    sfnMock.on(StartExecutionCommand).resolves({ startDate: new Date('2026-11-20T10:15:31Z') });
    const info = jest.fn();
    const warn = jest.fn();

    // Act
    const outcome = await startExecutionForAlarmEvent(event, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN, logger: { info, warn } });

    // Assess
    const name = executionNameForEvent(event);
    expect(name).toMatch(/^invalid-event-[0-9a-f]{16}$/);
    expect(sfnMock).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: STATE_MACHINE_ARN, name, input: JSON.stringify(event) });
    expect(outcome).toEqual({
      duplicate: false,
      executionName: name,
      executionArn: `arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:${name}`,
      startDate: '2026-11-20T10:15:31.000Z',
      invalidEvent: true,
    });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/fallback name/), expect.objectContaining({ executionName: name }));
  });

  it('reports a redelivered malformed event as a duplicate under the same fallback name', async () => {
    // Prepare
    sfnMock.on(StartExecutionCommand).resolvesOnce({ executionArn: 'arn:first', startDate: new Date() })
      .rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));
    const broken = { id: 'event-9', 'detail-type': 'CloudWatch Alarm State Change', detail: { state: { value: 'ALARM' } } };

    // Act
    const first = await startExecutionForAlarmEvent(broken, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });
    const again = await startExecutionForAlarmEvent(structuredClone(broken), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    expect(first).toMatchObject({ duplicate: false, invalidEvent: true });
    expect(again).toMatchObject({ duplicate: true, invalidEvent: true, executionName: first.executionName });
  });
});
