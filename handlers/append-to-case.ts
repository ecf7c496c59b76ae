/** Lambda entry point of the AppendToCase step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsCasesPort } from '../src/adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '../src/lambda/aws-deps.js';
import { runAppendToCase } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('AppendToCase', runAppendToCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort });
