/** Lambda entry point of the Notify step (src/steps/defs/notify.ts) with the AWS adapters of its ports. */
import { awsNotificationsPort } from '#adapters/aws/sns-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '#lambda/aws-deps.js';
import { notify } from '#steps/defs/notify.js';

export const handler = awsStepHandler(notify, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort });
