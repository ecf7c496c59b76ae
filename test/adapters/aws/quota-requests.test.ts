import {
  AWSServiceAccessNotEnabledException,
  DependencyAccessDeniedException,
  GetAWSDefaultServiceQuotaCommand,
  GetRequestedServiceQuotaChangeCommand,
  GetServiceQuotaCommand,
  IllegalArgumentException,
  InvalidResourceStateException,
  ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
  NoAvailableOrganizationException,
  NoSuchResourceException,
  QuotaExceededException,
  RequestServiceQuotaIncreaseCommand,
  ResourceAlreadyExistsException,
  ServiceQuotasClient,
  TooManyRequestsException,
} from '@aws-sdk/client-service-quotas';
import type { RequestedServiceQuotaChange } from '@aws-sdk/client-service-quotas';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ServiceQuotasIncreaseRequests } from '#adapters/aws/quota-requests.js';
import { InvalidStepInputError, PermanentAwsError, QuotaRequestUnavailableError, TransientAwsError } from '#core/errors.js';
import type { ModelRef } from '#core/model.js';
import { sdkError } from './sdk-errors.js';

const sq = mockClient(ServiceQuotasClient);
const MODEL: ModelRef = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' };
const CODE = 'L-0000AAAA';
const CREATED = new Date('2026-11-20T10:00:00.000Z');

const change = (overrides: Partial<RequestedServiceQuotaChange> = {}): RequestedServiceQuotaChange => ({
  Id: 'req-1',
  QuotaCode: CODE,
  DesiredValue: 7_812_500,
  Status: 'PENDING',
  Created: CREATED,
  ...overrides,
});

const adapter = (): ServiceQuotasIncreaseRequests => new ServiceQuotasIncreaseRequests({ client: new ServiceQuotasClient({}) });

const currentValue = (value: number): void => {
  sq.on(GetServiceQuotaCommand).resolves({ Quota: { QuotaCode: CODE, QuotaName: 'TPM quota', Value: value } });
};

afterEach(() => {
  sq.reset();
});

describe('ServiceQuotasIncreaseRequests.requestIncrease', () => {
  it('requests the increase for bedrock, letting Service Quotas open a Support case', async () => {
    // Prepare
    currentValue(6_250_000);
    sq.on(RequestServiceQuotaIncreaseCommand).resolves({ RequestedQuota: change() });

    // Act
    const request = await adapter().requestIncrease(MODEL, CODE, 7_812_500);

    // Assess
    expect(sq).toHaveReceivedCommandWith(RequestServiceQuotaIncreaseCommand, { ServiceCode: 'bedrock', QuotaCode: CODE, DesiredValue: 7_812_500, SupportCaseAllowed: true });
    expect(request).toEqual({ requestId: 'req-1', quotaCode: CODE, desiredValue: 7_812_500, status: 'PENDING', created: CREATED.toISOString() });
  });

  it.each([6_250_000, 6_000_000])('rejects a desired value that is not above the current value (%d) without asking AWS', async (desired) => {
    // Prepare
    currentValue(6_250_000);

    // Act
    const result = adapter().requestIncrease(MODEL, CODE, desired);

    // Assess
    await expect(result).rejects.toBeInstanceOf(InvalidStepInputError);
    await expect(result).rejects.toThrow(/not above its current value 6250000/);
    expect(sq).toHaveReceivedCommandTimes(RequestServiceQuotaIncreaseCommand, 0);
  });

  it.each([0, -5, Number.NaN])('rejects a desired value that is not a positive number (%d)', async (desired) => {
    // Act
    const result = adapter().requestIncrease(MODEL, CODE, desired);

    // Assess
    await expect(result).rejects.toBeInstanceOf(InvalidStepInputError);
    expect(sq).toHaveReceivedCommandTimes(GetServiceQuotaCommand, 0);
  });

  it('compares with the AWS default when the quota has no applied value', async () => {
    // Prepare
    sq.on(GetServiceQuotaCommand).rejects(new NoSuchResourceException({ message: 'none', $metadata: {} }));
    sq.on(GetAWSDefaultServiceQuotaCommand).resolves({ Quota: { QuotaCode: CODE, Value: 1_000_000 } });
    sq.on(RequestServiceQuotaIncreaseCommand).resolves({ RequestedQuota: change({ DesiredValue: 1_250_000 }) });

    // Act
    const request = await adapter().requestIncrease(MODEL, CODE, 1_250_000);

    // Assess
    expect(request.desiredValue).toBe(1_250_000);
  });

  it('returns the pending request (newest, all pages, PENDING and CASE_OPENED) on ResourceAlreadyExistsException', async () => {
    // Prepare
    currentValue(6_250_000);
    sq.on(RequestServiceQuotaIncreaseCommand).rejects(new ResourceAlreadyExistsException({ message: 'exists', $metadata: {} }));
    sq.on(ListRequestedServiceQuotaChangeHistoryByQuotaCommand, { Status: 'PENDING' })
      .resolvesOnce({ RequestedQuotas: [change({ Id: 'old', Created: new Date('2026-11-01T00:00:00Z') })], NextToken: 'more' })
      .resolvesOnce({ RequestedQuotas: [] });
    sq.on(ListRequestedServiceQuotaChangeHistoryByQuotaCommand, { Status: 'CASE_OPENED' }).resolves({
      RequestedQuotas: [change({ Id: 'newest', Status: 'CASE_OPENED', CaseId: '178100000000001', DesiredValue: 8_000_000 })],
    });

    // Act
    const request = await adapter().requestIncrease(MODEL, CODE, 7_812_500);

    // Assess
    expect(sq).toHaveReceivedCommandWith(ListRequestedServiceQuotaChangeHistoryByQuotaCommand, { ServiceCode: 'bedrock', QuotaCode: CODE, Status: 'PENDING', NextToken: 'more' });
    expect(sq).toHaveReceivedCommandTimes(ListRequestedServiceQuotaChangeHistoryByQuotaCommand, 3);
    expect(request).toEqual({
      requestId: 'newest',
      quotaCode: CODE,
      desiredValue: 8_000_000,
      status: 'CASE_OPENED',
      caseDisplayId: '178100000000001',
      created: CREATED.toISOString(),
      alreadyPending: true,
    });
  });

  it('throws TransientAwsError when the existing request cannot be found any more', async () => {
    // Prepare
    currentValue(6_250_000);
    sq.on(RequestServiceQuotaIncreaseCommand).rejects(new ResourceAlreadyExistsException({ message: 'exists', $metadata: {} }));
    sq.on(ListRequestedServiceQuotaChangeHistoryByQuotaCommand).resolves({ RequestedQuotas: [] });

    // Act
    const result = adapter().requestIncrease(MODEL, CODE, 7_812_500);

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });

  it.each([
    ['NoAvailableOrganizationException', new NoAvailableOrganizationException({ message: 'no org', $metadata: {} })],
    ['AWSServiceAccessNotEnabledException', new AWSServiceAccessNotEnabledException({ message: 'not enabled', $metadata: {} })],
    ['DependencyAccessDeniedException', new DependencyAccessDeniedException({ message: 'no role', $metadata: {} })],
    ['QuotaExceededException', new QuotaExceededException({ message: 'too many requests open', $metadata: {} })],
    ['InvalidResourceStateException', new InvalidResourceStateException({ message: 'not adjustable', $metadata: {} })],
    ['IllegalArgumentException', new IllegalArgumentException({ message: 'bad', $metadata: {} })],
    ['NoSuchResourceException', new NoSuchResourceException({ message: 'no quota', $metadata: {} })],
    ['AccessDeniedException', sdkError('AccessDeniedException')],
  ])('maps %s to QuotaRequestUnavailableError so the workflow falls back to Support', async (name, error) => {
    // Prepare
    currentValue(6_250_000);
    sq.on(RequestServiceQuotaIncreaseCommand).rejects(error);

    // Act
    const result = adapter().requestIncrease(MODEL, CODE, 7_812_500);

    // Assess
    await expect(result).rejects.toBeInstanceOf(QuotaRequestUnavailableError);
    await expect(result).rejects.toThrow(new RegExp(`${CODE} of G-Opus-4-6 \\(${name}`));
    await expect(result).rejects.toHaveProperty('cause', error);
  });

  it.each([
    ['TooManyRequestsException', new TooManyRequestsException({ message: 'slow', $metadata: {} })],
    ['ServiceException', sdkError('ServiceException', { status: 500 })],
  ])('maps %s to TransientAwsError', async (_name, error) => {
    // Prepare
    currentValue(6_250_000);
    sq.on(RequestServiceQuotaIncreaseCommand).rejects(error);

    // Act
    const result = adapter().requestIncrease(MODEL, CODE, 7_812_500);

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });
});

describe('ServiceQuotasIncreaseRequests.getRequest', () => {
  it('maps the request, its status and the case display id', async () => {
    // Prepare
    sq.on(GetRequestedServiceQuotaChangeCommand).resolves({ RequestedQuota: change({ Status: 'CASE_OPENED', CaseId: '178100000000001' }) });

    // Act
    const request = await adapter().getRequest('req-1');

    // Assess
    expect(sq).toHaveReceivedCommandWith(GetRequestedServiceQuotaChangeCommand, { RequestId: 'req-1' });
    expect(request).toMatchObject({ requestId: 'req-1', status: 'CASE_OPENED', caseDisplayId: '178100000000001', quotaCode: CODE });
  });

  it('leaves caseDisplayId out while no case exists', async () => {
    // Prepare
    sq.on(GetRequestedServiceQuotaChangeCommand).resolves({ RequestedQuota: change() });

    // Act
    const request = await adapter().getRequest('req-1');

    // Assess
    expect(request).not.toHaveProperty('caseDisplayId');
  });

  it('maps an unknown request id to PermanentAwsError', async () => {
    // Prepare
    sq.on(GetRequestedServiceQuotaChangeCommand).rejects(new NoSuchResourceException({ message: 'no such request', $metadata: {} }));

    // Act
    const result = adapter().getRequest('nope');

    // Assess
    await expect(result).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(result).rejects.toThrow(/GetRequestedServiceQuotaChange failed with NoSuchResourceException/);
  });
});
