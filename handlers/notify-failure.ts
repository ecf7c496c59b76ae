/** Lambda entry point of the NotifyFailure step (src/steps/defs/notify-failure.ts) with the AWS adapters of its ports. */
import { awsNotificationsPort } from '../src/adapters/aws/sns-ports.js';
import { awsSettingsPort } from '../src/adapters/aws/ssm-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '../src/lambda/aws-deps.js';
import { notifyFailure } from '../src/steps/defs/notify-failure.js';

export const handler = awsStepHandler(notifyFailure, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort, settings: awsSettingsPort });
