/** Lambda entry point of the NotifyFailure step (src/steps/defs/notify-failure.ts) with the AWS adapters of its ports. */
import { awsNotificationsPort } from '#adapters/aws/sns-ports.js';
import { awsSettingsPort } from '#adapters/aws/ssm-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '#lambda/aws-deps.js';
import { notifyFailure } from '#steps/defs/notify-failure.js';

export const handler = awsStepHandler(notifyFailure, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort, settings: awsSettingsPort });
