/** ThresholdNotificationsPort on SNS: the incident topic, with the attributes the subscription filter policies use. */
import { PublishCommand } from '@aws-sdk/client-sns';
import type { MessageAttributeValue, SNSClient } from '@aws-sdk/client-sns';
import { callAws } from '../../adapters/aws/errors.js';
import { fitSnsMessage, sanitiseSnsSubject, snsAttributesBytes } from '../../adapters/aws/text-limits.js';
import { PermanentAwsError } from '../../core/errors.js';
import type { ThresholdNotification } from '../../core/thresholds.js';
import type { ThresholdNotificationsPort } from '../ports.js';

export interface SnsThresholdNotificationsOptions {
  client: SNSClient;
  /** The topic ARN, or a function that returns it (read on the first publish). */
  topicArn: string | (() => string);
}

export class SnsThresholdNotifications implements ThresholdNotificationsPort {
  private readonly client: SNSClient;
  private readonly topicArn: () => string;

  constructor(options: SnsThresholdNotificationsOptions) {
    this.client = options.client;
    const { topicArn } = options;
    this.topicArn = typeof topicArn === 'string' ? () => topicArn : topicArn;
  }

  async publish(message: ThresholdNotification): Promise<{ messageId: string }> {
    const topicArn = this.topicArn();
    const attributes: Record<string, MessageAttributeValue & { DataType: string }> = Object.fromEntries(
      Object.entries(message.attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
    );
    const response = await callAws('SNS.Publish', () =>
      this.client.send(new PublishCommand({
        TopicArn: topicArn,
        Subject: sanitiseSnsSubject(message.subject),
        Message: fitSnsMessage(message.body, snsAttributesBytes(attributes)),
        MessageAttributes: attributes,
      })),
    );
    if (!response.MessageId) throw new PermanentAwsError(`SNS.Publish to ${topicArn} returned no MessageId.`);
    return { messageId: response.MessageId };
  }
}
