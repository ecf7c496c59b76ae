/** Names shared by the CDK app (which sets them) and the threshold updater / CLI (which read them). */
import { ENV } from '../workflow/environment.js';

export const THRESHOLD_ENV = {
  /** DynamoDB table of the threshold history (and the deployment description the custom resource leaves) */
  historyTableName: 'OPS_ALERT_THRESHOLD_HISTORY_TABLE',
  /** The incident notification topic: "thresholds updated" goes to the same subscribers, filtered by severity */
  notificationTopicArn: ENV.notificationTopicArn,
} as const;

/**
 * Key shape of the history table. History items: pk `MODEL#{model}`, sk `{ISO time}#{RPM|TPM}` (a model's history is
 * one Query, newest first). The deployment description: pk `DEPLOYMENT`, sk `CURRENT`.
 */
export const THRESHOLD_HISTORY_TABLE = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const HISTORY_PK_PREFIX = 'MODEL#';
export const DEPLOYMENT_KEY = { pk: 'DEPLOYMENT', sk: 'CURRENT' } as const;
