import { NotFoundException, PublishCommand, SNSClient, ThrottledException } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { notificationAttributes, SnsNotifications } from '#adapters/aws/notifications.js';
import { SNS_MESSAGE_LIMIT_BYTES } from '#adapters/aws/text-limits.js';
import { PermanentAwsError, TransientAwsError } from '#core/errors.js';
import type { NotificationMessage } from '#core/model.js';

const sns = mockClient(SNSClient);
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ops-alert';

const MESSAGE: NotificationMessage = {
  subject: '🔴 [CRITICAL] Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request',
  body: 'What happened…',
  attributes: { severity: 'CRITICAL', caseType: 'Quota Request', scenario: 'high_usage', model: 'G-Opus-4-6' },
};

const adapter = (topicArn: string | (() => string) = TOPIC): SnsNotifications => new SnsNotifications({ client: new SNSClient({}), topicArn });

afterEach(() => {
  sns.reset();
});

describe('notificationAttributes', () => {
  it('sends every attribute as a String, and "none" for an empty value', () => {
    expect(notificationAttributes({ ...MESSAGE.attributes, scenario: '' })).toEqual({
      severity: { DataType: 'String', StringValue: 'CRITICAL' },
      caseType: { DataType: 'String', StringValue: 'Quota Request' },
      scenario: { DataType: 'String', StringValue: 'none' },
      model: { DataType: 'String', StringValue: 'G-Opus-4-6' },
    });
  });
});

describe('SnsNotifications.publish', () => {
  it('publishes subject, body and the four filterable attributes to the topic', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });

    // Act
    const result = await adapter().publish(MESSAGE);

    // Assess
    expect(result).toEqual({ messageId: 'm-1' });
    expect(sns).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: TOPIC,
      Subject: MESSAGE.subject,
      Message: MESSAGE.body,
      MessageAttributes: notificationAttributes(MESSAGE.attributes),
    });
  });

  it('sanitises the subject: no line breaks, fewer than 100 characters', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });

    // Act
    await adapter().publish({ ...MESSAGE, subject: `Line one\r\nLine\ttwo ${'x'.repeat(200)}` });

    // Assess
    const subject = sns.commandCalls(PublishCommand)[0]?.args[0].input.Subject ?? '';
    expect(subject.length).toBeLessThan(100);
    expect(subject).toMatch(/^Line one Line two x+…$/);
  });

  it('keeps the message, attributes included, within 256 KB', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });

    // Act
    await adapter().publish({ ...MESSAGE, body: 'é'.repeat(200_000) });

    // Assess
    const message = sns.commandCalls(PublishCommand)[0]?.args[0].input.Message ?? '';
    expect(Buffer.byteLength(message, 'utf8')).toBeLessThanOrEqual(SNS_MESSAGE_LIMIT_BYTES - 60);
    expect(message).toMatch(/exceeded the 256 KB SNS limit/);
  });

  it('reads the topic lazily, only when publishing', async () => {
    // Prepare
    let reads = 0;
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const notifications = adapter(() => {
      reads += 1;
      return TOPIC;
    });

    // Act
    const before = reads;
    await notifications.publish(MESSAGE);

    // Assess
    expect(before).toBe(0);
    expect(reads).toBe(1);
  });

  it('maps SNS throttling to TransientAwsError and a missing topic to PermanentAwsError', async () => {
    // Prepare
    sns
      .on(PublishCommand)
      .rejectsOnce(new ThrottledException({ message: 'Rate exceeded', $metadata: {} }))
      .rejectsOnce(new NotFoundException({ message: 'Topic does not exist', $metadata: {} }));

    // Act
    const first = adapter().publish(MESSAGE);
    await expect(first).rejects.toBeInstanceOf(TransientAwsError);
    const second = adapter().publish(MESSAGE);

    // Assess
    await expect(second).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(second).rejects.toThrow(/SNS\.Publish failed with NotFoundException/);
  });
});
