import {
  GetAWSDefaultServiceQuotaCommand,
  GetServiceQuotaCommand,
  ListAWSDefaultServiceQuotasCommand,
  ListServiceQuotasCommand,
  NoSuchResourceException,
  ServiceQuotasClient,
  TooManyRequestsException,
} from '@aws-sdk/client-service-quotas';
import type { ServiceQuota } from '@aws-sdk/client-service-quotas';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ServiceQuotasModelQuotas } from '#adapters/aws/quotas.js';
import { PermanentAwsError, TransientAwsError } from '#core/errors.js';
import type { ModelRef } from '#core/model.js';
import { sdkError } from './sdk-errors.js';

const sq = mockClient(ServiceQuotasClient);
const OPUS: ModelRef = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' };

const quota = (code: string, name: string, value: number, adjustable = true): ServiceQuota => ({
  ServiceCode: 'bedrock',
  QuotaCode: code,
  QuotaName: name,
  Value: value,
  Adjustable: adjustable,
});

const TPM = quota('L-0000AAAA', 'Global cross-region model inference tokens per minute for Anthropic Claude Opus 4.6 V1', 6_250_000);
const RPM = quota('L-0000BBBB', 'Global cross-region model inference requests per minute for Anthropic Claude Opus 4.6 V1', 10_000);
const OTHER = quota('L-0000CCCC', 'On-demand InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1', 200_000);
const DAY = quota('L-0000DDDD', 'Model invocation max tokens per day for Anthropic Claude Opus 4.6 V1', 9_000_000_000, false);

const notFound = (): NoSuchResourceException => new NoSuchResourceException({ message: 'The request failed because the specified service quota does not exist.', $metadata: {} });

/** GetServiceQuota answers from a table of applied quotas; other codes are unknown. */
const appliedValues = (...quotas: ServiceQuota[]): void => {
  sq.on(GetServiceQuotaCommand).callsFake((input: { QuotaCode?: string }) => {
    const found = quotas.find((q) => q.QuotaCode === input.QuotaCode);
    if (!found) throw notFound();
    return { Quota: found };
  });
};

const adapter = (): ServiceQuotasModelQuotas => new ServiceQuotasModelQuotas({ client: new ServiceQuotasClient({}) });

/** Discovery finds nothing (the account lists no quota of the model). */
const emptyListings = (): void => {
  sq.on(ListServiceQuotasCommand).resolves({ Quotas: [] });
  sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
};

afterEach(() => {
  sq.reset();
});

describe('ServiceQuotasModelQuotas.getModelQuotas', () => {
  it('uses explicit quota codes without listing anything', async () => {
    // Prepare
    appliedValues(TPM, RPM);

    // Act
    const quotas = await adapter().getModelQuotas({ ...OPUS, quotaCodes: { rpm: RPM.QuotaCode, tpm: TPM.QuotaCode } });

    // Assess
    expect(sq).toHaveReceivedCommandTimes(ListServiceQuotasCommand, 0);
    expect(sq).toHaveReceivedCommandWith(GetServiceQuotaCommand, { ServiceCode: 'bedrock', QuotaCode: TPM.QuotaCode });
    expect(quotas).toEqual({
      rpm: { quota: 'RPM', code: RPM.QuotaCode, name: RPM.QuotaName, value: 10_000, adjustable: true },
      tpm: { quota: 'TPM', code: TPM.QuotaCode, name: TPM.QuotaName, value: 6_250_000, adjustable: true },
    });
  });

  it('discovers codes by name over every page of ListServiceQuotas, and takes the listed applied value without reading it again', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand)
      .resolvesOnce({ Quotas: [OTHER, DAY], NextToken: 'p2' })
      .resolvesOnce({ Quotas: [], NextToken: 'p3' })
      .resolvesOnce({ Quotas: [{ ...TPM, Value: 7_000_000 }] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
    appliedValues(TPM);

    // Act
    const quotas = await adapter().getModelQuotas(OPUS);

    // Assess
    expect(sq).toHaveReceivedCommandTimes(ListServiceQuotasCommand, 3);
    expect(sq).toHaveReceivedNthCommandWith(1, ListServiceQuotasCommand, { ServiceCode: 'bedrock' });
    expect(sq).toHaveReceivedNthCommandWith(3, ListServiceQuotasCommand, { ServiceCode: 'bedrock', NextToken: 'p3' });
    expect(sq).toHaveReceivedCommandTimes(GetServiceQuotaCommand, 0);
    expect(quotas).toEqual({ tpm: { quota: 'TPM', code: TPM.QuotaCode, name: TPM.QuotaName, value: 7_000_000, adjustable: true } });
    expect(quotas).not.toHaveProperty('rpm');
  });

  it('falls back to ListAWSDefaultServiceQuotas when the applied listing has no match', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand).resolves({ Quotas: [OTHER] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolvesOnce({ Quotas: [RPM], NextToken: 'd2' }).resolvesOnce({ Quotas: [{ ...TPM, Value: 5_000_000 }] });

    // Act
    const quotas = await adapter().getModelQuotas(OPUS);

    // Assess
    expect(sq).toHaveReceivedCommandWith(ListAWSDefaultServiceQuotasCommand, { ServiceCode: 'bedrock', NextToken: 'd2' });
    expect(sq).toHaveReceivedCommandTimes(GetServiceQuotaCommand, 0);
    expect(sq).toHaveReceivedCommandTimes(GetAWSDefaultServiceQuotaCommand, 0);
    expect(quotas.rpm).toEqual({ quota: 'RPM', code: RPM.QuotaCode, name: RPM.QuotaName, value: 10_000, adjustable: true });
    expect(quotas.tpm?.value).toBe(5_000_000);
  });

  it('caches the listings per instance', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand).resolves({ Quotas: [TPM] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
    appliedValues(TPM);
    const quotas = adapter();

    // Act
    await quotas.getModelQuotas(OPUS);
    await quotas.getModelQuotas(OPUS);

    // Assess
    expect(sq).toHaveReceivedCommandTimes(ListServiceQuotasCommand, 1);
    expect(sq).toHaveReceivedCommandTimes(ListAWSDefaultServiceQuotasCommand, 1);
    expect(sq).toHaveReceivedCommandTimes(GetServiceQuotaCommand, 0);
  });

  it('does not cache a failed listing', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand)
      .rejectsOnce(new TooManyRequestsException({ message: 'slow down', $metadata: {} }))
      .resolves({ Quotas: [TPM] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
    appliedValues(TPM);
    const quotas = adapter();

    // Act
    const first = quotas.getModelQuotas(OPUS);
    await expect(first).rejects.toBeInstanceOf(TransientAwsError);
    const second = await quotas.getModelQuotas(OPUS);

    // Assess
    expect(second.tpm?.code).toBe(TPM.QuotaCode);
  });

  it('falls back to GetAWSDefaultServiceQuota when no applied value exists', async () => {
    // Prepare
    emptyListings();
    sq.on(GetServiceQuotaCommand).rejects(notFound());
    sq.on(GetAWSDefaultServiceQuotaCommand).resolves({ Quota: { ...TPM, Value: 2_000_000, Adjustable: undefined } });

    // Act
    const quotas = await adapter().getModelQuotas({ ...OPUS, quotaCodes: { tpm: TPM.QuotaCode } });

    // Assess
    expect(sq).toHaveReceivedCommandWith(GetAWSDefaultServiceQuotaCommand, { ServiceCode: 'bedrock', QuotaCode: TPM.QuotaCode });
    expect(quotas.tpm).toEqual({ quota: 'TPM', code: TPM.QuotaCode, name: TPM.QuotaName, value: 2_000_000, adjustable: false });
  });

  it('rejects an explicit code that does not exist, naming the setting to fix', async () => {
    // Prepare
    emptyListings();
    sq.on(GetServiceQuotaCommand).rejects(notFound());
    sq.on(GetAWSDefaultServiceQuotaCommand).rejects(notFound());

    // Act
    const result = adapter().getModelQuotas({ ...OPUS, quotaCodes: { tpm: 'L-DEADBEEF' } });

    // Assess
    await expect(result).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(result).rejects.toThrow(/L-DEADBEEF.*quotaCodes/s);
  });

  it('maps GetServiceQuota failures other than NoSuchResource', async () => {
    // Prepare
    emptyListings();
    sq.on(GetServiceQuotaCommand).rejects(sdkError('AccessDeniedException', { status: 400 }));

    // Act
    const result = adapter().getModelQuotas({ ...OPUS, quotaCodes: { tpm: TPM.QuotaCode } });

    // Assess
    await expect(result).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(result).rejects.toThrow(/ServiceQuotas\.GetServiceQuota failed with AccessDeniedException.*IAM/);
    expect(sq).toHaveReceivedCommandTimes(GetAWSDefaultServiceQuotaCommand, 0);
  });

  it('maps a GetAWSDefaultServiceQuota 5xx to TransientAwsError', async () => {
    // Prepare
    emptyListings();
    sq.on(GetServiceQuotaCommand).rejects(notFound());
    sq.on(GetAWSDefaultServiceQuotaCommand).rejects(sdkError('ServiceException', { status: 500 }));

    // Act
    const result = adapter().getModelQuotas({ ...OPUS, quotaCodes: { tpm: TPM.QuotaCode } });

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });

  it('discovers only the missing code when one explicit code is given', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand).resolves({ Quotas: [RPM, TPM] });
    appliedValues(RPM, TPM);

    // Act
    const quotas = await adapter().getModelQuotas({ ...OPUS, quotaCodes: { tpm: TPM.QuotaCode } });

    // Assess
    expect(sq).toHaveReceivedCommandTimes(ListServiceQuotasCommand, 1);
    expect(quotas.rpm?.code).toBe(RPM.QuotaCode);
    expect(quotas.tpm?.code).toBe(TPM.QuotaCode);
  });
});

describe('ServiceQuotasModelQuotas on bedrock-mantle: the input and output token quotas', () => {
  const MANTLE: ModelRef = { name: 'GPT-OSS-120B', modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle' };
  const IN = quota('L-0000EEEE', 'Bedrock Mantle input tokens per minute for OpenAI GPT OSS 120b', 1_000_000);
  const OUT = quota('L-0000FFFF', 'Bedrock Mantle output tokens per minute for OpenAI GPT OSS 120b', 250_000);

  it('finds both by name: TPM is the input quota, outputTpm the output quota', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand).resolves({ Quotas: [OTHER, OUT, IN] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });

    // Act
    const quotas = await adapter().getModelQuotas(MANTLE);

    // Assess
    expect(quotas).toEqual({
      tpm: { quota: 'TPM', code: 'L-0000EEEE', name: IN.QuotaName, value: 1_000_000, adjustable: true },
      outputTpm: { quota: 'OutputTPM', code: 'L-0000FFFF', name: OUT.QuotaName, value: 250_000, adjustable: true },
    });
  });

  it('reads an explicit outputTpm code with GetServiceQuota', async () => {
    // Prepare
    appliedValues(IN, OUT);

    // Act
    const quotas = await adapter().getModelQuotas({ ...MANTLE, quotaCodes: { tpm: 'L-0000EEEE', outputTpm: 'L-0000FFFF' } });

    // Assess
    expect(quotas.outputTpm).toMatchObject({ quota: 'OutputTPM', code: 'L-0000FFFF', value: 250_000 });
    expect(sq).toHaveReceivedCommandWith(GetServiceQuotaCommand, { ServiceCode: 'bedrock', QuotaCode: 'L-0000FFFF' });
    expect(sq).not.toHaveReceivedCommand(ListServiceQuotasCommand);
  });

  it('never gives a bedrock-runtime model an output quota, even when a mantle one is listed', async () => {
    // Prepare
    sq.on(ListServiceQuotasCommand).resolves({ Quotas: [TPM, OUT, IN] });
    sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });

    // Act
    const quotas = await adapter().getModelQuotas(OPUS);

    // Assess
    expect(quotas.outputTpm).toBeUndefined();
    expect(quotas.tpm?.code).toBe('L-0000AAAA');
  });
});
