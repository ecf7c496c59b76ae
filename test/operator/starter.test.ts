import { jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand, StateMachineDoesNotExist } from '@aws-sdk/client-sfn';
import { startExecutionForAlarmEvent } from '../../src/operator/starter.js';
import { InvalidEventError } from '../../src/core/errors.js';

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

    // Act
    const outcome = await startExecutionForAlarmEvent(event, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN, logger: { info } });

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

  it('reports ExecutionAlreadyExists as a duplicate delivery, not an error', async () => {
    // Prepare
    sfnMock.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));
    const info = jest.fn();

    // Act
    const outcome = await startExecutionForAlarmEvent(alarmEvent(), { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN, logger: { info } });

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
  ])('rejects an event with %s as InvalidEventError without calling AWS', async (_label, event) => {
    // Act
    const start = startExecutionForAlarmEvent(event, { sfn: new SFNClient({}), stateMachineArn: STATE_MACHINE_ARN });

    // Assess
    await expect(start).rejects.toBeInstanceOf(InvalidEventError);
    expect(sfnMock).not.toHaveReceivedAnyCommand();
  });
});
