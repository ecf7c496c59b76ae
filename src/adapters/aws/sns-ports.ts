/** The notifications port on SNS. */
import { SNSClient } from '@aws-sdk/client-sns';
import type { Ports } from '#ports/index.js';
import { ENV, requireEnv } from '#workflow/environment.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { SnsNotifications } from './notifications.js';

/**
 * SDK retries are off (maxAttempts 1): a Publish goes out once per attempt of the step, which knows whether an earlier
 * attempt's outcome was unknown (and then marks the e-mail as a possible repeat); the state machine retries.
 */
export const snsClient = (options: AwsClientOptions = {}): SNSClient => awsClient('sns', options, (config) => new SNSClient({ ...config, maxAttempts: 1 }));

/** The topic ARN is read from the environment on the first publish, not when the port is built. */
export const awsNotificationsPort = (options: AwsPortsOptions = {}, client = snsClient(options)): Ports['notifications'] =>
  new SnsNotifications({ client, topicArn: () => requireEnv(ENV.notificationTopicArn, options.env ?? process.env) });
