import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Context } from 'aws-lambda';
import { handler } from '../../handlers/start-execution.js';
import { ENV } from '#workflow/environment.js';

const sfnMock = mockClient(SFNClient);
const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:BedrockOpsAlert';

const context = {
  functionName: 'ops-alert-start-execution',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:ops-alert-start-execution',
  memoryLimitInMB: '256',
  awsRequestId: 'request-1',
  logGroupName: '/aws/lambda/ops-alert-start-execution',
  logStreamName: 'stream',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;

const event = {
  id: 'event-1',
  'detail-type': 'CloudWatch Alarm State Change',
  source: 'aws.cloudwatch',
  detail: { alarmName: 'Acme-Bedrock-Throttles-Critical-M', state: { value: 'ALARM', timestamp: '2026-11-20T10:15:30.123+0000' } },
};

describe('start-execution handler', () => {
  const previousArn = process.env[ENV.stateMachineArn];

  afterEach(() => {
    sfnMock.reset();
    if (previousArn === undefined) delete process.env[ENV.stateMachineArn];
    else process.env[ENV.stateMachineArn] = previousArn;
  });

  it('starts the execution on the state machine named by the environment', async () => {
    // Prepare
    process.env[ENV.stateMachineArn] = STATE_MACHINE_ARN;
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'arn:aws:states:eu-west-1:123456789012:execution:BedrockOpsAlert:x', startDate: new Date() });

    // Act
    const outcome = await handler(event, context);

    // Assess
    expect(outcome.duplicate).toBe(false);
    expect(sfnMock).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: STATE_MACHINE_ARN, name: 'Acme-Bedrock-Throttles-Critical-M_20261120T101530123Z' });
  });

  it('returns duplicate: true for a duplicate delivery', async () => {
    // Prepare
    process.env[ENV.stateMachineArn] = STATE_MACHINE_ARN;
    sfnMock.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));

    // Act
    const outcome = await handler(event, context);

    // Assess
    expect(outcome).toMatchObject({ duplicate: true });
  });

  it('starts a malformed event too, under its fallback name, so it reaches the workflow', async () => {
    // Prepare
    process.env[ENV.stateMachineArn] = STATE_MACHINE_ARN;
    sfnMock.on(StartExecutionCommand).resolves({ startDate: new Date() });
    const malformed = { id: 'event-2', 'detail-type': 'CloudWatch Alarm State Change', source: 'aws.cloudwatch', detail: { state: { value: 'ALARM' } } };

    // Act
    const outcome = await handler(malformed, context);

    // Assess
    expect(outcome).toMatchObject({ duplicate: false, invalidEvent: true });
    expect(outcome.executionName).toMatch(/^invalid-event-[0-9a-f]{16}$/);
    expect(sfnMock).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: STATE_MACHINE_ARN, name: outcome.executionName });
  });

  it('fails with a message naming the variable when the state machine ARN is not set', async () => {
    // Prepare
    delete process.env[ENV.stateMachineArn];

    // Act
    const invocation = handler(event, context);

    // Assess
    await expect(invocation).rejects.toThrow(ENV.stateMachineArn);
    expect(sfnMock).not.toHaveReceivedAnyCommand();
  });
});
