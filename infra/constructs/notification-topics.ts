/**
 * The SNS topics and their e-mail subscriptions.
 *
 * - The notification topic carries one formatted e-mail per incident. Each address gets one subscription whose
 *   filter policy matches its preference on the `severity` message attribute (all = no filter) and, in organization
 *   mode, the accounts it follows on the `account` attribute (src/core/subscription-filter.ts, shared with the sandbox).
 * - The operations topic carries the alarms of the deployment itself. It is separate because CloudWatch alarm
 *   notifications have no `severity` attribute: on the notification topic, every filtered subscriber would silently
 *   miss them.
 *
 * Both topics are encrypted with one customer managed key, because CloudWatch alarm actions cannot publish to a
 * topic encrypted with the AWS managed aws/sns key (its key policy cannot grant cloudwatch.amazonaws.com).
 */
import { Duration } from 'aws-cdk-lib';
import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { subscriptionFilterPolicy } from '#core/subscription-filter.js';
import type { NotificationPreference } from '../config.js';
import { acknowledgeAll } from '../nag.js';


const CLOUDWATCH_PRINCIPAL = 'cloudwatch.amazonaws.com';

/** Only CloudWatch alarms of this account and Region may use the grant (aws:SourceAccount and aws:SourceArn). */
const cloudWatchAlarmConditions = (scope: Construct): Record<string, Record<string, string>> => {
  const stack = Stack.of(scope);
  return {
    StringEquals: { 'aws:SourceAccount': stack.account },
    ArnLike: { 'aws:SourceArn': `arn:${stack.partition}:cloudwatch:${stack.region}:${stack.account}:alarm:*` },
  };
};

export interface NotificationTopicsProps {
  customerName: string;
  emails: readonly { address: string; preference: NotificationPreference; accounts?: readonly string[] }[];
  operationsEmails: readonly string[];
}

export class NotificationTopics extends Construct {
  public readonly key: Key;
  public readonly notificationTopic: Topic;
  public readonly operationsTopic: Topic;
  /** Messages SNS could not deliver to a subscription (after its own retries). */
  public readonly undeliverable: Queue;

  constructor(scope: Construct, id: string, props: NotificationTopicsProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: `Bedrock Ops Alert (${props.customerName}): encrypts the notification and operations topics`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch publishes the operational alarms to the encrypted operations topic: it needs the key, for this
    // account's alarms only (the confused-deputy conditions).
    this.key.addToResourcePolicy(new PolicyStatement({
      sid: 'CloudWatchAlarmsOfThisAccount',
      principals: [new ServicePrincipal(CLOUDWATCH_PRINCIPAL)],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: cloudWatchAlarmConditions(this),
    }));

    // SQS-managed encryption: SNS can write to it without a key policy.
    this.undeliverable = new Queue(this, 'Undeliverable', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeAll(this.undeliverable, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter queue of the e-mail subscriptions; a queue behind it would only move the same messages.');
    const deadLetterQueue = this.undeliverable;

    this.notificationTopic = new Topic(this, 'Notifications', {
      displayName: `${props.customerName} Bedrock Ops Alert`,
      masterKey: this.key,
      enforceSSL: true,
    });
    for (const email of props.emails) {
      const policy = subscriptionFilterPolicy(email);
      this.notificationTopic.addSubscription(new EmailSubscription(email.address, {
        deadLetterQueue,
        ...(policy ? { filterPolicy: Object.fromEntries(Object.entries(policy).map(([key, allowlist]) => [key, SubscriptionFilter.stringFilter({ allowlist })])) } : {}),
      }));
    }

    this.operationsTopic = new Topic(this, 'Operations', {
      displayName: `${props.customerName} Bedrock Ops Alert operations`,
      masterKey: this.key,
      enforceSSL: true,
    });
    // enforceSSL gives the topic a policy, which replaces the default one: without this statement CloudWatch alarm
    // actions could not publish to it ("no resource-based policy allows the SNS:Publish action").
    this.operationsTopic.addToResourcePolicy(new PolicyStatement({
      sid: 'CloudWatchAlarmsOfThisAccountPublish',
      principals: [new ServicePrincipal(CLOUDWATCH_PRINCIPAL)],
      actions: ['sns:Publish'],
      resources: [this.operationsTopic.topicArn],
      conditions: cloudWatchAlarmConditions(this),
    }));
    for (const address of props.operationsEmails) this.operationsTopic.addSubscription(new EmailSubscription(address, { deadLetterQueue }));
  }
}
