import { executionArnFor, executionNameOf, parseStateMachineArn, regionOfArn, resolveExecutionArn } from '#operator/arns.js';
import { OperatorError } from '#operator/errors.js';

const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:BedrockOpsAlert';

describe('Step Functions ARNs', () => {
  it('parses a state machine ARN, with or without a version or alias', () => {
    // Act & Assess
    expect(parseStateMachineArn(STATE_MACHINE_ARN)).toEqual({ partition: 'aws', region: 'eu-west-1', account: '123456789012', stateMachineName: 'BedrockOpsAlert' });
    expect(parseStateMachineArn(`${STATE_MACHINE_ARN}:live`).stateMachineName).toBe('BedrockOpsAlert');
    expect(parseStateMachineArn('arn:aws-cn:states:cn-north-1:123456789012:stateMachine:M').partition).toBe('aws-cn');
  });

  it.each(['BedrockOpsAlert', 'arn:aws:lambda:eu-west-1:123456789012:function:f', 'arn:aws:states:eu-west-1:123456789012:execution:M:x'])('refuses %s as a state machine ARN', (arn) => {
    // Act & Assess
    expect(() => parseStateMachineArn(arn)).toThrow(OperatorError);
  });

  it('builds and reads execution ARNs', () => {
    // Act
    const arn = executionArnFor(`${STATE_MACHINE_ARN}:3`, 'incident-1');

    // Assess
    expect(arn).toBe('arn:aws:states:eu-west-1:123456789012:execution:BedrockOpsAlert:incident-1');
    expect(executionNameOf(arn)).toBe('incident-1');
    expect(executionNameOf('incident-1')).toBe('incident-1');
    expect(regionOfArn(arn)).toBe('eu-west-1');
    expect(regionOfArn('nope')).toBeUndefined();
  });

  it('resolves a name against the state machine and keeps an execution ARN as it is', () => {
    // Act & Assess
    expect(resolveExecutionArn(' incident-1 ', STATE_MACHINE_ARN)).toBe('arn:aws:states:eu-west-1:123456789012:execution:BedrockOpsAlert:incident-1');
    expect(resolveExecutionArn('arn:aws:states:us-east-1:123456789012:execution:Other:x')).toBe('arn:aws:states:us-east-1:123456789012:execution:Other:x');
    expect(() => resolveExecutionArn('incident-1')).toThrow(expect.objectContaining({ code: 'MissingStateMachine' }));
    expect(() => resolveExecutionArn(STATE_MACHINE_ARN)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });
});
