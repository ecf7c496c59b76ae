/** Lambda entry point of the Notify step (src/steps/defs/notify.ts) with the AWS adapters of its ports. */
import { awsNotificationsPort } from '../src/adapters/aws/sns-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '../src/lambda/aws-deps.js';
import { notify } from '../src/steps/defs/notify.js';

export const handler = awsStepHandler(notify, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort });
