import { OpsAlertError } from '#core/errors.js';
import { OperatorError, exitCodeFor, toOperatorError } from '#operator/errors.js';

const named = (name: string, message = 'x', extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), { name, ...extra });

describe('toOperatorError', () => {
  it.each([
    ['CredentialsProviderError', named('CredentialsProviderError', 'Could not load credentials from any providers'), 'MissingCredentials'],
    ['a missing region', new Error('Region is missing'), 'MissingRegion'],
    ['expired credentials', named('ExpiredTokenException'), 'InvalidCredentials'],
    ['unknown keys', named('UnrecognizedClientException'), 'InvalidCredentials'],
    ['StateMachineDoesNotExist', named('StateMachineDoesNotExist'), 'StateMachineNotFound'],
    ['ExecutionDoesNotExist', named('ExecutionDoesNotExist'), 'ExecutionNotFound'],
    ['InvalidArn', named('InvalidArn', 'Invalid Arn: bad'), 'InvalidArn'],
    ['AccessDeniedException', named('AccessDeniedException', 'not authorized to perform: states:ListExecutions'), 'AccessDenied'],
    ['ThrottlingException', named('ThrottlingException', 'Rate exceeded'), 'Throttled'],
    ['a DNS failure', named('Error', 'getaddrinfo ENOTFOUND states.us-east-1.amazonaws.com', { code: 'ENOTFOUND' }), 'Unreachable'],
    ['anything else', named('ServiceUnavailable', 'try later\nmore detail'), 'AwsError'],
  ])('maps %s', (_label, error, code) => {
    // Act
    const operatorError = toOperatorError(error, { stateMachineArn: 'arn:sm', executionArn: 'arn:ex' });

    // Assess
    expect(operatorError).toBeInstanceOf(OperatorError);
    expect(operatorError).toBeInstanceOf(OpsAlertError);
    expect(operatorError.name).toBe('OperatorError');
    expect(operatorError.code).toBe(code);
    expect(operatorError.cause).toBe(error);
    expect(operatorError.message).not.toContain('\n');
    expect(operatorError.hint.length).toBeGreaterThan(10);
  });

  it('names the state machine or execution it was about', () => {
    // Act & Assess
    expect(toOperatorError(named('StateMachineDoesNotExist'), { stateMachineArn: 'arn:sm' }).message).toBe('State machine arn:sm does not exist.');
    expect(toOperatorError(named('ExecutionDoesNotExist'), { executionArn: 'arn:ex' }).message).toBe('Execution arn:ex does not exist.');
  });

  it('passes an OperatorError through and copes with non-errors', () => {
    // Prepare
    const original = new OperatorError('InvalidArgument', 'bad', 'fix it');

    // Act & Assess
    expect(toOperatorError(original)).toBe(original);
    expect(toOperatorError('boom')).toMatchObject({ code: 'AwsError', message: 'Step Functions call failed: Error: boom' });
  });

  it('tells which errors are worth retrying and which exit code each gets', () => {
    // Act & Assess
    expect(toOperatorError(named('ThrottlingException')).retryable).toBe(true);
    expect(toOperatorError(named('ExecutionDoesNotExist')).retryable).toBe(false);
    expect(exitCodeFor('InvalidArgument')).toBe(2);
    expect(exitCodeFor('MissingStateMachine')).toBe(2);
    expect(exitCodeFor('Throttled')).toBe(1);
  });
});
