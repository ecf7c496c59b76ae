/** Lambda entry point of the NotifyFailure step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsNotificationsPort } from '../src/adapters/aws/sns-ports.js';
import { awsSettingsPort } from '../src/adapters/aws/ssm-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '../src/lambda/aws-deps.js';
import { runNotifyFailure } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('NotifyFailure', runNotifyFailure, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort, settings: awsSettingsPort });
