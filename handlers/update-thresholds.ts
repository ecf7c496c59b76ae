/**
 * Lambda entry point of the threshold updater (custom resource, schedule, settings change):
 * src/threshold-updater/handler.ts with the AWS adapters of its ports, each built on first use with only its own SDK
 * client (Service Quotas, CloudWatch, DynamoDB, SNS, SSM, Bedrock, CloudFormation). Env: OPS_ALERT_THRESHOLD_HISTORY_TABLE,
 * OPS_ALERT_NOTIFICATION_TOPIC_ARN, OPS_ALERT_SETTINGS_PARAMETER; in organization mode OPS_ALERT_SPOKE_ROLE_NAME (the
 * quotas, alarms and inference profiles of each account and Region are reached through its spoke role,
 * src/threshold-updater/spoke-ports.ts).
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { awsThresholdAlarmsPort } from '#adapters/aws/cloudwatch-ports.js';
import { awsInferenceProfilesPort } from '#adapters/aws/inference-profiles.js';
import { awsQuotasPort } from '#adapters/aws/service-quotas-ports.js';
import { awsNotificationsPort } from '#adapters/aws/sns-ports.js';
import { awsStackInstancesPort } from '#adapters/aws/stack-instances.js';
import { DynamoDbThresholdHistory } from '#adapters/dynamodb/threshold-history.js';
import { awsSettingsPort } from '#adapters/aws/ssm-ports.js';
import { logger } from '#lambda/logger.js';
import { MIDDY_OPTIONS } from '#lambda/middy-options.js';
import { createThresholdHandler } from '#threshold-updater/handler.js';
import { spokeTargetPorts } from '#threshold-updater/spoke-ports.js';
import { requireEnv, THRESHOLD_ENV } from '#workflow/environment.js';

const run = createThresholdHandler({
  ports: () => {
    const history = new DynamoDbThresholdHistory({ tableName: requireEnv(THRESHOLD_ENV.historyTableName) });
    // Read on every run (no cache): a run triggered by a settings change must see the new percents.
    return { quotas: awsQuotasPort(), settings: awsSettingsPort({ maxAgeSeconds: 0 }), alarms: awsThresholdAlarmsPort(), history, deployments: history, notifications: awsNotificationsPort(), profiles: awsInferenceProfilesPort(),
      // Organization mode: the spoke stack set's instances (used only when the deployment names the stack set).
      stackInstances: awsStackInstancesPort() };
  },
  ...spokeTargetPorts(process.env),
  now: () => new Date(),
  logger,
});

export const handler = middy(run, MIDDY_OPTIONS).use(injectLambdaContext(logger, { resetKeys: true }));
