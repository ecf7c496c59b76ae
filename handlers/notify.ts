/** Lambda entry point of the Notify step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsNotificationsPort } from '../src/adapters/aws/sns-ports.js';
import { awsStepHandler, dynamoDbLedgerPort } from '../src/lambda/aws-deps.js';
import { runNotify } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('Notify', runNotify, { notifications: awsNotificationsPort, ledger: dynamoDbLedgerPort });
