/** Lambda entry point of the CreateSupportCase step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsExecutionsPort } from '../src/adapters/aws/sfn-ports.js';
import { awsCasesPort } from '../src/adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '../src/lambda/aws-deps.js';
import { runCreateSupportCase } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('CreateSupportCase', runCreateSupportCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort, executions: awsExecutionsPort });
