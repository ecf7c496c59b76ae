/**
 * Names shared by the CDK app (which sets them) and the Lambda handlers / starter (which read them), and the shape
 * of the DynamoDB tables, so the infrastructure and the code cannot drift apart.
 */
export const ENV = {
  /** SSM parameter holding the runtime settings JSON document */
  settingsParameterName: 'OPS_ALERT_SETTINGS_PARAMETER',
  /** DynamoDB table for Powertools idempotency */
  idempotencyTableName: 'OPS_ALERT_IDEMPOTENCY_TABLE',
  /** DynamoDB table of the case ledger */
  caseLedgerTableName: 'OPS_ALERT_CASE_LEDGER_TABLE',
  /** SNS topic for the formatted notifications */
  notificationTopicArn: 'OPS_ALERT_NOTIFICATION_TOPIC_ARN',
  /** State machine the starter function starts (handlers/start-execution.ts) */
  stateMachineArn: 'OPS_ALERT_STATE_MACHINE_ARN',
  /** Organization mode: the spoke role the steps acting in an account assume there (src/workflow/organization.ts) */
  spokeRoleName: 'OPS_ALERT_SPOKE_ROLE_NAME',
} as const;

/** What the threshold updater reads (src/threshold-updater, handlers/update-thresholds.ts) and the CLI's history. */
export const THRESHOLD_ENV = {
  /** DynamoDB table of the threshold history (and the deployment description the custom resource leaves) */
  historyTableName: 'OPS_ALERT_THRESHOLD_HISTORY_TABLE',
  /** The incident notification topic: "thresholds updated" goes to the same subscribers, filtered by severity */
  notificationTopicArn: ENV.notificationTopicArn,
  /** The runtime settings parameter: the one home of the threshold percents */
  settingsParameterName: ENV.settingsParameterName,
} as const;

export const IDEMPOTENCY_TABLE = { partitionKey: 'id', ttlAttribute: 'expiration' } as const;
export const CASE_LEDGER_TABLE = { partitionKey: 'pk', ttlAttribute: 'expiresAt' } as const;
/** The threshold history table's keys (items: src/adapters/dynamodb/threshold-history.ts). */
export const THRESHOLD_HISTORY_TABLE = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** Reads a required environment variable with a message that says which one is missing. */
export const requireEnv = (name: string, env: NodeJS.ProcessEnv = process.env): string => {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set. The CDK app sets it on every function; set it when running a handler by hand.`);
  return value;
};
