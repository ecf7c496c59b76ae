/** Issue 11, item 2: CreateCase, AddCommunicationToCase and Publish go out once per step attempt; a 5xx is an unknown outcome. */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { AddCommunicationToCaseCommand, CreateCaseCommand, DescribeCasesCommand, DescribeServicesCommand, DescribeSeverityLevelsCommand, SupportClient } from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import { SnsNotifications } from '#adapters/aws/notifications.js';
import { snsClient } from '#adapters/aws/sns-ports.js';
import { supportClient } from '#adapters/aws/support-ports.js';
import { AwsSupportCases } from '#adapters/aws/support.js';
import { outcomeUnknown, TransientAwsError } from '#core/errors.js';
import { sdkError } from './sdk-errors.js';

const support = mockClient(SupportClient);
const sns = mockClient(SNSClient);
afterEach(() => {
  support.reset();
  sns.reset();
});

const network = (): Error => Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET' });
const newCase = { subject: 'Acme - Bedrock Ops Alert - M - Investigation Request', body: 'b', severityCode: 'high', ccEmailAddresses: [], language: 'en' };

describe('calls that are not idempotent', () => {
  it('the Support and SNS clients do not retry on their own (maxAttempts 1): the step reconciles before any re-send', async () => {
    expect(await supportClient({ region: 'eu-west-1' }).config.maxAttempts()).toBe(1);
    expect(await snsClient({ region: 'eu-west-1' }).config.maxAttempts()).toBe(1);
  });

  it.each([['5xx', () => sdkError('InternalServerError', { status: 500 })], ['connection reset', network]])('CreateCase answering %s: unknown outcome', async (_label, error) => {
    support.on(DescribeServicesCommand).resolves({ services: [{ code: 'amazon-bedrock', name: 'Amazon Bedrock', categories: [{ code: 'other', name: 'Other' }] }] });
    support.on(DescribeSeverityLevelsCommand).resolves({ severityLevels: [{ code: 'high', name: 'high' }] });
    support.on(CreateCaseCommand).rejects(error());
    const thrown = await new AwsSupportCases({ client: new SupportClient({}) }).createCase(newCase).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(TransientAwsError);
    expect(outcomeUnknown(thrown)).toBe(true);
  });

  it('AddCommunicationToCase answering 5xx: unknown outcome; throttling: nothing happened', async () => {
    const cases = new AwsSupportCases({ client: new SupportClient({}) });
    support.on(AddCommunicationToCaseCommand).rejectsOnce(sdkError('InternalServerError', { status: 503 })).rejectsOnce(sdkError('ThrottlingException', { status: 400 }));
    support.on(DescribeCasesCommand).resolves({ cases: [] });
    expect(outcomeUnknown(await cases.addCommunication('case-1', 'x').catch((e: unknown) => e))).toBe(true);
    const throttled = await cases.addCommunication('case-1', 'x').catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(TransientAwsError);
    expect(outcomeUnknown(throttled)).toBe(false);
  });

  it('Publish answering 5xx: unknown outcome', async () => {
    sns.on(PublishCommand).rejects(sdkError('InternalErrorException', { status: 500 }));
    const thrown = await new SnsNotifications({ client: new SNSClient({}), topicArn: 'arn:aws:sns:us-east-1:123456789012:t' })
      .publish({ subject: 's', body: 'b', attributes: { severity: 'CRITICAL' } }).catch((e: unknown) => e);
    expect(outcomeUnknown(thrown)).toBe(true);
  });
});
