import { InternalServiceFault, InvalidParameterValueException, ResourceNotFound } from '@aws-sdk/client-cloudwatch';
import { callAws, isThrottlingError, isTransientAwsError, mapAwsError } from '#adapters/aws/errors.js';
import { InvalidSettingsError, PermanentAwsError, TransientAwsError } from '#core/errors.js';
import { sdkError } from './sdk-errors.js';

const networkError = (code: string): Error => Object.assign(new Error(`socket ${code}`), { code });

describe('mapAwsError', () => {
  it.each([
    ['ThrottlingException', sdkError('ThrottlingException')],
    ['Throttling', sdkError('Throttling')],
    ['TooManyRequestsException', sdkError('TooManyRequestsException')],
    ['RequestLimitExceeded', sdkError('RequestLimitExceeded')],
    ['ThrottledException', sdkError('ThrottledException')],
    ['HTTP 429', sdkError('SomethingNew', { status: 429 })],
  ])('maps throttling (%s) to TransientAwsError', (_label, error) => {
    // Act
    const mapped = mapAwsError(error, 'CloudWatch.DescribeAlarms');

    // Assess
    expect(mapped).toBeInstanceOf(TransientAwsError);
    expect(mapped.transient).toBe(true);
    expect(mapped.message).toMatch(/^CloudWatch\.DescribeAlarms failed with .*throttled/);
    expect(isThrottlingError(error)).toBe(true);
  });

  it.each([
    ['HTTP 503', sdkError('Whatever', { status: 503 })],
    ['ServiceUnavailable', sdkError('ServiceUnavailable', { status: 400 })],
    ['InternalServerError', sdkError('InternalServerError', { status: 400 })],
    ['modelled InternalServiceFault', new InternalServiceFault({ message: 'oops', $metadata: { httpStatusCode: 500 } })],
    ['ServiceException (Service Quotas 5xx)', sdkError('ServiceException', { status: 500 })],
    ['$fault server', Object.assign(new Error('x'), { name: 'Odd', $fault: 'server' })],
    ['TimeoutError', Object.assign(new Error('timed out'), { name: 'TimeoutError' })],
    ['ECONNRESET', networkError('ECONNRESET')],
    ['ETIMEDOUT', networkError('ETIMEDOUT')],
    ['EAI_AGAIN', networkError('EAI_AGAIN')],
    ['$retryable', sdkError('Odd', { retryable: true })],
  ])('maps %s to TransientAwsError', (_label, error) => {
    expect(mapAwsError(error, 'X.Y')).toBeInstanceOf(TransientAwsError);
    expect(isTransientAwsError(error)).toBe(true);
  });

  it.each([
    ['AccessDeniedException', sdkError('AccessDeniedException'), /IAM role/],
    ['AccessDenied', sdkError('AccessDenied', { status: 403 }), /IAM role/],
    ['ValidationException', sdkError('ValidationException'), /rejected the request as invalid/],
    ['InvalidParameterValueException', new InvalidParameterValueException({ message: 'bad', $metadata: {} }), /invalid/],
    ['ResourceNotFound', new ResourceNotFound({ message: 'gone', $metadata: {} }), /exists in this account and Region/],
    ['LimitExceededException', sdkError('LimitExceededException'), /retry will not help/],
    ['a plain Error', new Error('boom'), /retry will not help/],
  ])('maps %s to PermanentAwsError with advice', (_label, error, advice) => {
    // Act
    const mapped = mapAwsError(error, 'CloudWatch.PutMetricAlarm');

    // Assess
    expect(mapped).toBeInstanceOf(PermanentAwsError);
    expect(mapped.transient).toBe(false);
    expect(mapped.message).toMatch(advice);
    expect(mapped.cause).toBe(error);
    expect(isTransientAwsError(error)).toBe(false);
  });

  it('keeps the API name, the error name and the message', () => {
    const mapped = mapAwsError(sdkError('AccessDeniedException', { message: 'User is not authorized' }), 'Support.CreateCase');
    expect(mapped.name).toBe('PermanentAwsError');
    expect(mapped.message).toMatch(/^Support\.CreateCase failed with AccessDeniedException: User is not authorized\./);
  });

  it('passes project errors through unchanged', () => {
    const original = new InvalidSettingsError('bad settings');
    expect(mapAwsError(original, 'SSM.GetParameter')).toBe(original);
  });

  it('copes with values that are not errors', () => {
    expect(mapAwsError('text', 'X.Y').message).toMatch(/failed with UnknownError: text/);
    expect(mapAwsError(undefined, 'X.Y')).toBeInstanceOf(PermanentAwsError);
  });
});

describe('callAws', () => {
  it('returns the result, or throws the mapped error', async () => {
    await expect(callAws('X.Y', async () => 42)).resolves.toBe(42);
    await expect(callAws('X.Y', async () => Promise.reject(sdkError('ThrottlingException')))).rejects.toBeInstanceOf(TransientAwsError);
  });
});
