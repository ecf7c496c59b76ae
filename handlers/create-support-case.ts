/** Lambda entry point of the CreateSupportCase step (src/steps/defs/create-support-case.ts) with the AWS adapters of its ports. */
import { awsExecutionsPort } from '../src/adapters/aws/sfn-ports.js';
import { awsCasesPort } from '../src/adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '../src/lambda/aws-deps.js';
import { createSupportCase } from '../src/steps/defs/create-support-case.js';

export const handler = awsStepHandler(createSupportCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort, executions: awsExecutionsPort });
