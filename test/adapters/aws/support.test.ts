import {
  AddCommunicationToCaseCommand,
  CaseCreationLimitExceeded,
  CaseIdNotFound,
  CreateCaseCommand,
  DescribeCasesCommand,
  DescribeCommunicationsCommand,
  DescribeServicesCommand,
  DescribeSeverityLevelsCommand,
  InternalServerError,
  SupportClient,
  ThrottlingException,
} from '@aws-sdk/client-support';
import type { CaseDetails, Service } from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AwsSupportCases, chooseBedrockRouting, chooseSeverity } from '#adapters/aws/support.js';
import { CaseCreationLimitError, NoSupportPlanError, PermanentAwsError, TransientAwsError } from '#core/errors.js';
import type { NewSupportCase } from '#core/model.js';
import { sdkError } from './sdk-errors.js';

const support = mockClient(SupportClient);

const SERVICES: Service[] = [
  { code: 'general-info', name: 'General Info and Getting Started', categories: [{ code: 'using-aws', name: 'Using AWS & Services' }] },
  { code: 'amazon-bedrock-agentcore', name: 'Amazon Bedrock AgentCore', categories: [{ code: 'general-guidance', name: 'General Guidance' }] },
  {
    code: 'amazon-bedrock',
    name: 'Amazon Bedrock',
    categories: [
      { code: 'model-access', name: 'Model access' },
      { code: 'general-guidance', name: 'General Guidance' },
      { code: 'other', name: 'Other' },
    ],
  },
];
const LEVELS = ['low', 'normal', 'high', 'urgent'].map((code) => ({ code, name: code }));

const caseDetails = (overrides: Partial<CaseDetails> = {}): CaseDetails => ({
  caseId: 'case-123456789012-muen-2026-abc',
  displayId: '178100000000001',
  subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request',
  status: 'opened',
  timeCreated: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

const NEW_CASE: NewSupportCase = {
  subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request',
  body: 'Body',
  severityCode: 'high',
  ccEmailAddresses: ['oncall@example.com'],
  language: 'en',
};

const noPlan = (): Error =>
  sdkError('SubscriptionRequiredException', { message: 'AWS Premium Support Subscription is required to use this service.' });

const adapter = (): AwsSupportCases => new AwsSupportCases({ client: new SupportClient({ region: 'us-east-1' }), readBackDelaysMs: [0, 0, 0] });

/** A Support account that knows Bedrock, offers low..urgent, and shows created cases. */
const supportAccount = (): void => {
  support.on(DescribeServicesCommand).resolves({ services: SERVICES });
  support.on(DescribeSeverityLevelsCommand).resolves({ severityLevels: LEVELS });
  support.on(CreateCaseCommand).resolves({ caseId: caseDetails().caseId });
  support.on(DescribeCasesCommand).resolves({ cases: [caseDetails()] });
};

afterEach(() => {
  support.reset();
});

describe('chooseSeverity', () => {
  it.each([
    ['high', ['low', 'normal', 'high', 'urgent'], 'high'],
    ['critical', ['low', 'normal', 'high', 'urgent'], 'urgent'],
    ['urgent', ['low', 'normal'], 'normal'],
    ['low', ['normal', 'high'], 'normal'],
    ['whatever', ['low', 'normal'], 'normal'],
    ['high', ['normal', 'mystery'], 'normal'],
    ['high', ['mystery'], 'mystery'],
    ['high', [], undefined],
  ])('%s among %j → %s', (requested, offered, expected) => {
    expect(chooseSeverity(requested, offered)).toBe(expected);
  });
});

describe('chooseBedrockRouting', () => {
  it('prefers the plain Amazon Bedrock service and its general guidance category', () => {
    expect(chooseBedrockRouting(SERVICES)).toEqual({ serviceCode: 'amazon-bedrock', categoryCode: 'general-guidance' });
  });

  it('falls back to an "Other" category, then to the first one', () => {
    expect(chooseBedrockRouting([{ code: 'bedrock', name: 'Bedrock', categories: [{ code: 'a', name: 'Access' }, { code: 'o', name: 'Other issues' }] }])).toEqual({
      serviceCode: 'bedrock',
      categoryCode: 'o',
    });
    expect(chooseBedrockRouting([{ code: 'x-bedrock', name: 'X', categories: [{ code: 'a', name: 'Access' }] }])).toEqual({ serviceCode: 'x-bedrock', categoryCode: 'a' });
    expect(chooseBedrockRouting([{ code: 'amazon-bedrock', name: 'Amazon Bedrock', categories: [] }])).toEqual({ serviceCode: 'amazon-bedrock' });
  });

  it('finds nothing when no service mentions Bedrock', () => {
    expect(chooseBedrockRouting([SERVICES[0] as Service])).toBeUndefined();
  });
});

describe('AwsSupportCases.listOpenCases', () => {
  it('lists unresolved cases after the given time, over every page, without communications', async () => {
    // Prepare
    support
      .on(DescribeCasesCommand)
      .resolvesOnce({ cases: [caseDetails({ caseId: 'case-1', displayId: '1' })], nextToken: 'next' })
      .resolvesOnce({ cases: [caseDetails({ caseId: 'case-2', displayId: '2', status: 'resolved' }), caseDetails({ caseId: 'case-3', displayId: '3' })] });
    const after = new Date('2026-09-21T10:00:00.000Z');

    // Act
    const cases = await adapter().listOpenCases(after);

    // Assess
    expect(support).toHaveReceivedNthCommandWith(1, DescribeCasesCommand, {
      afterTime: '2026-09-21T10:00:00.000Z',
      includeResolvedCases: false,
      includeCommunications: false,
      maxResults: 100,
    });
    expect(support).toHaveReceivedNthCommandWith(2, DescribeCasesCommand, { nextToken: 'next' });
    expect(cases.map((c) => c.caseId)).toEqual(['case-1', 'case-3']);
    expect(cases[0]).toEqual({ caseId: 'case-1', displayId: '1', subject: NEW_CASE.subject, status: 'opened', timeCreated: '2026-11-20T10:00:00.000Z' });
  });

  it('throws NoSupportPlanError without a Business or Enterprise plan', async () => {
    // Prepare
    support.on(DescribeCasesCommand).rejects(noPlan());

    // Act
    const result = adapter().listOpenCases(new Date());

    // Assess
    await expect(result).rejects.toBeInstanceOf(NoSupportPlanError);
    await expect(result).rejects.toThrow(/Business, Enterprise On-Ramp or Enterprise Support plan/);
  });

  it('maps throttling to TransientAwsError', async () => {
    // Prepare
    support.on(DescribeCasesCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

    // Act
    const result = adapter().listOpenCases(new Date());

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });

  it('maps InternalServerError to TransientAwsError', async () => {
    // Prepare
    support.on(DescribeCasesCommand).rejects(new InternalServerError({ message: 'oops', $metadata: { httpStatusCode: 500 } }));

    // Act
    const result = adapter().listOpenCases(new Date());

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });
});

describe('AwsSupportCases.findByDisplayId', () => {
  it('looks the case up by display id, resolved cases included', async () => {
    // Prepare
    support.on(DescribeCasesCommand).resolves({ cases: [caseDetails({ status: 'resolved' })] });

    // Act
    const found = await adapter().findByDisplayId('178100000000001');

    // Assess
    expect(support).toHaveReceivedCommandWith(DescribeCasesCommand, { displayId: '178100000000001', includeResolvedCases: true });
    expect(found).toMatchObject({ caseId: caseDetails().caseId, status: 'resolved' });
  });

  it('returns undefined for an unknown display id (CaseIdNotFound or an empty answer)', async () => {
    // Prepare
    support
      .on(DescribeCasesCommand)
      .rejectsOnce(new CaseIdNotFound({ message: 'not found', $metadata: {} }))
      .resolvesOnce({ cases: [] })
      .resolvesOnce({ cases: [caseDetails({ displayId: '999' })] });
    const cases = adapter();

    // Act
    const results = [await cases.findByDisplayId('1'), await cases.findByDisplayId('1'), await cases.findByDisplayId('1')];

    // Assess
    expect(results).toEqual([undefined, undefined, undefined]);
  });
});

describe('AwsSupportCases.createCase', () => {
  it('opens a technical Bedrock case and reads its displayId back', async () => {
    // Prepare
    supportAccount();

    // Act
    const created = await adapter().createCase(NEW_CASE);

    // Assess
    expect(support).toHaveReceivedCommandWith(CreateCaseCommand, {
      subject: NEW_CASE.subject,
      communicationBody: 'Body',
      issueType: 'technical',
      serviceCode: 'amazon-bedrock',
      categoryCode: 'general-guidance',
      severityCode: 'high',
      ccEmailAddresses: ['oncall@example.com'],
      language: 'en',
    });
    expect(support).toHaveReceivedCommandWith(DescribeCasesCommand, { caseIdList: [caseDetails().caseId], includeResolvedCases: true });
    expect(created).toEqual({ ...caseDetails(), timeCreated: '2026-11-20T10:00:00.000Z' });
  });

  it('caches the service routing and severity levels per instance', async () => {
    // Prepare
    supportAccount();
    const cases = adapter();

    // Act
    await cases.createCase(NEW_CASE);
    await cases.createCase(NEW_CASE);

    // Assess
    expect(support).toHaveReceivedCommandTimes(DescribeServicesCommand, 1);
    expect(support).toHaveReceivedCommandTimes(DescribeSeverityLevelsCommand, 1);
    expect(support).toHaveReceivedCommandTimes(CreateCaseCommand, 2);
  });

  it('uses the highest offered severity not above the requested one instead of failing', async () => {
    // Prepare
    supportAccount();
    support.on(DescribeSeverityLevelsCommand).resolves({ severityLevels: [{ code: 'low' }, { code: 'normal' }] });

    // Act
    await adapter().createCase({ ...NEW_CASE, severityCode: 'critical' });

    // Assess
    expect(support).toHaveReceivedCommandWith(CreateCaseCommand, { severityCode: 'normal' });
  });

  it('truncates a body over 8000 characters with a note, sends at most 10 CC addresses and none when empty', async () => {
    // Prepare
    supportAccount();
    const cc = Array.from({ length: 12 }, (_, i) => `p${i}@example.com`);

    // Act
    await adapter().createCase({ ...NEW_CASE, body: 'x'.repeat(9000), ccEmailAddresses: cc });
    await adapter().createCase({ ...NEW_CASE, ccEmailAddresses: [] });

    // Assess
    const [first, second] = support.commandCalls(CreateCaseCommand).map((call) => call.args[0].input);
    expect(first?.communicationBody?.length).toBeLessThanOrEqual(8000);
    expect(first?.communicationBody).toMatch(/Truncated by Bedrock Ops Alert/);
    expect(first?.ccEmailAddresses).toEqual(cc.slice(0, 10));
    expect(second?.ccEmailAddresses).toBeUndefined();
  });

  it('fails with a clear PermanentAwsError when no service is Bedrock, and retries the lookup next time', async () => {
    // Prepare
    supportAccount();
    support.on(DescribeServicesCommand).resolvesOnce({ services: [SERVICES[0] as Service] }).resolves({ services: SERVICES });
    const cases = adapter();

    // Act
    const first = cases.createCase(NEW_CASE);
    await expect(first).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(first).rejects.toThrow(/no service for Amazon Bedrock/);
    const second = await cases.createCase(NEW_CASE);

    // Assess
    expect(second.displayId).toBe('178100000000001');
    expect(support).toHaveReceivedCommandTimes(CreateCaseCommand, 1);
  });

  it('throws NoSupportPlanError when the account has no Support plan', async () => {
    // Prepare
    supportAccount();
    support.on(DescribeServicesCommand).rejects(noPlan());

    // Act
    const result = adapter().createCase(NEW_CASE);

    // Assess
    await expect(result).rejects.toBeInstanceOf(NoSupportPlanError);
    expect(support).toHaveReceivedCommandTimes(CreateCaseCommand, 0);
  });

  it('throws CaseCreationLimitError on CaseCreationLimitExceeded', async () => {
    // Prepare
    supportAccount();
    support.on(CreateCaseCommand).rejects(new CaseCreationLimitExceeded({ message: 'too many', $metadata: {} }));

    // Act
    const result = adapter().createCase(NEW_CASE);

    // Assess
    await expect(result).rejects.toBeInstanceOf(CaseCreationLimitError);
    await expect(result).rejects.toHaveProperty('cause.name', 'CaseCreationLimitExceeded');
  });

  it('maps CreateCase throttling to TransientAwsError', async () => {
    // Prepare
    supportAccount();
    support.on(CreateCaseCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

    // Act
    const result = adapter().createCase(NEW_CASE);

    // Assess
    await expect(result).rejects.toBeInstanceOf(TransientAwsError);
  });

  it('never throws after the case was created: retries the read-back, then returns an empty displayId', async () => {
    // Prepare
    supportAccount();
    support
      .on(DescribeCasesCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .resolvesOnce({ cases: [] })
      .resolvesOnce({ cases: [caseDetails({ displayId: undefined })] });

    // Act
    const created = await adapter().createCase(NEW_CASE);

    // Assess
    expect(support).toHaveReceivedCommandTimes(DescribeCasesCommand, 3);
    expect(created).toMatchObject({ caseId: caseDetails().caseId, displayId: '', subject: NEW_CASE.subject, status: 'opened' });
  });

  it('finds the displayId on a later read-back attempt', async () => {
    // Prepare
    supportAccount();
    support.on(DescribeCasesCommand).resolvesOnce({ cases: [] }).resolves({ cases: [caseDetails()] });

    // Act
    const created = await adapter().createCase(NEW_CASE);

    // Assess
    expect(created.displayId).toBe('178100000000001');
  });
});

describe('AwsSupportCases.addCommunication', () => {
  it('adds the (truncated) body to the case', async () => {
    // Prepare
    support.on(AddCommunicationToCaseCommand).resolves({ result: true });

    // Act
    await adapter().addCommunication('case-1', 'y'.repeat(8500));

    // Assess
    const input = support.commandCalls(AddCommunicationToCaseCommand)[0]?.args[0].input;
    expect(input?.caseId).toBe('case-1');
    expect(input?.communicationBody?.length).toBeLessThanOrEqual(8000);
    expect(input?.communicationBody).toMatch(/Truncated/);
  });

  it('resolves a display id (digits only, as Service Quotas reports it) to the case id first', async () => {
    // Prepare
    support.on(DescribeCasesCommand).resolves({ cases: [caseDetails()] });
    support.on(AddCommunicationToCaseCommand).resolves({ result: true });

    // Act
    await adapter().addCommunication('178100000000001', 'Update');

    // Assess
    expect(support).toHaveReceivedCommandWith(DescribeCasesCommand, { displayId: '178100000000001' });
    expect(support).toHaveReceivedCommandWith(AddCommunicationToCaseCommand, { caseId: caseDetails().caseId, communicationBody: 'Update' });
  });

  it('fails clearly for an unknown display id', async () => {
    // Prepare
    support.on(DescribeCasesCommand).resolves({ cases: [] });

    // Act
    const result = adapter().addCommunication('123', 'Update');

    // Assess
    await expect(result).rejects.toThrow(/No Support case has display id 123/);
    expect(support).toHaveReceivedCommandTimes(AddCommunicationToCaseCommand, 0);
  });

  it('maps CaseIdNotFound to PermanentAwsError and a false result to PermanentAwsError', async () => {
    // Prepare
    support
      .on(AddCommunicationToCaseCommand)
      .rejectsOnce(new CaseIdNotFound({ message: 'no case', $metadata: {} }))
      .resolvesOnce({ result: false });

    // Act
    const first = adapter().addCommunication('case-x', 'Update');
    await expect(first).rejects.toBeInstanceOf(PermanentAwsError);
    const second = adapter().addCommunication('case-x', 'Update');

    // Assess
    await expect(second).rejects.toThrow(/did not add the communication/);
  });

  it('throws NoSupportPlanError without a plan', async () => {
    // Prepare
    support.on(AddCommunicationToCaseCommand).rejects(noPlan());

    // Act
    const result = adapter().addCommunication('case-1', 'Update');

    // Assess
    await expect(result).rejects.toBeInstanceOf(NoSupportPlanError);
  });
});

describe('AwsSupportCases.hasCommunication', () => {
  it('searches every page of DescribeCommunications after the given time for the marker', async () => {
    // Prepare
    support
      .on(DescribeCommunicationsCommand, { nextToken: undefined })
      .resolves({ communications: [{ body: 'first page, nothing here' }], nextToken: 'p2' })
      .on(DescribeCommunicationsCommand, { nextToken: 'p2' })
      .resolves({ communications: [{ body: 'text\n\nReference: bedrock-ops-alert/abc' }] });
    const cases = adapter();
    // Act
    const found = await cases.hasCommunication('case-1', 'Reference: bedrock-ops-alert/abc', new Date('2026-06-01T00:00:00Z'));
    const missing = await cases.hasCommunication('case-1', 'Reference: bedrock-ops-alert/zzz', new Date('2026-06-01T00:00:00Z'));
    // Assess
    expect([found, missing]).toEqual([true, false]);
    expect(support).toHaveReceivedCommandWith(DescribeCommunicationsCommand, { caseId: 'case-1', afterTime: '2026-06-01T00:00:00.000Z', maxResults: 100 });
  });
});
