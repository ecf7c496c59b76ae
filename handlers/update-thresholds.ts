/**
 * Lambda entry point of the threshold updater (custom resource and schedule): the AWS adapters wired to
 * src/threshold-updater/handler.ts. Env: OPS_ALERT_THRESHOLD_HISTORY_TABLE, OPS_ALERT_NOTIFICATION_TOPIC_ARN.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { createAwsClients, ServiceQuotasModelQuotas } from '../src/adapters/aws/index.js';
import { logger } from '../src/lambda/logger.js';
import { CloudWatchThresholdAlarms } from '../src/threshold-updater/aws/cloudwatch-alarms.js';
import { DynamoDbThresholdHistory } from '../src/threshold-updater/aws/history-table.js';
import { SnsNotifications } from '../src/adapters/aws/notifications.js';
import { THRESHOLD_ENV } from '../src/threshold-updater/environment.js';
import { createThresholdHandler } from '../src/threshold-updater/handler.js';
import { requireEnv } from '../src/workflow/environment.js';

const run = createThresholdHandler({
  ports: () => {
    const clients = createAwsClients();
    const history = new DynamoDbThresholdHistory({ tableName: requireEnv(THRESHOLD_ENV.historyTableName) });
    return {
      quotas: new ServiceQuotasModelQuotas({ client: clients.serviceQuotas }),
      alarms: new CloudWatchThresholdAlarms({ client: clients.cloudWatch }),
      history,
      deployments: history,
      notifications: new SnsNotifications({ client: clients.sns, topicArn: () => requireEnv(THRESHOLD_ENV.notificationTopicArn) }),
    };
  },
  now: () => new Date(),
  logger,
});

export const handler = middy(run).use(injectLambdaContext(logger, { resetKeys: true }));
