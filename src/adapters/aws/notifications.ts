/**
 * NotificationsPort on SNS Publish: one message per incident, with attributes the subscribers filter on. The threshold
 * updater publishes its notifications through the same class (any message with string attributes).
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import type { MessageAttributeValue, PublishCommandOutput, SNSClient } from '@aws-sdk/client-sns';
import { PermanentAwsError } from '#core/errors.js';
import type { NotificationMessage } from '#core/model.js';
import type { NotificationsPort } from '#ports/index.js';
import { mapNotIdempotentError } from './errors.js';
import { fitSnsMessage, sanitiseSnsSubject, snsAttributesBytes } from './text-limits.js';

/** Message attributes for subscription filter policies. SNS refuses empty values, so an empty one is sent as "none". */
export const notificationAttributes = (attributes: Readonly<Record<string, string>>): Record<string, MessageAttributeValue & { DataType: string }> =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: String(value).length > 0 ? String(value) : 'none' }]),
  );

/** Options of SnsNotifications. */
export interface SnsNotificationsOptions {
  client: SNSClient;
  /** The topic ARN, or a function that returns it (read lazily, on the first publish). */
  topicArn: string | (() => string);
}

export class SnsNotifications implements NotificationsPort {
  private readonly client: SNSClient;
  private readonly topicArn: () => string;

  constructor(options: SnsNotificationsOptions) {
    this.client = options.client;
    const { topicArn } = options;
    this.topicArn = typeof topicArn === 'string' ? () => topicArn : topicArn;
  }

  async publish(message: Pick<NotificationMessage, 'subject' | 'body'> & { attributes: Readonly<Record<string, string>> }): Promise<{ messageId: string }> {
    const topicArn = this.topicArn();
    const attributes = notificationAttributes(message.attributes);
    const command = new PublishCommand({
      TopicArn: topicArn,
      Subject: sanitiseSnsSubject(message.subject),
      // The 256 KB limit counts the attributes too.
      Message: fitSnsMessage(message.body, snsAttributesBytes(attributes)),
      MessageAttributes: attributes,
    });
    let response: PublishCommandOutput;
    try {
      response = await this.client.send(command);
    } catch (error) {
      // Publish is not idempotent: a 5xx or a dropped connection may come after SNS accepted the message.
      throw mapNotIdempotentError(error, 'SNS.Publish');
    }
    if (!response.MessageId) throw new PermanentAwsError(`SNS.Publish to ${topicArn} returned no MessageId.`);
    return { messageId: response.MessageId };
  }
}
