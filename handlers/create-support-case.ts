/** Lambda entry point of the CreateSupportCase step (src/steps/defs/create-support-case.ts) with the AWS adapters of its ports. */
import { awsExecutionsPort } from '#adapters/aws/sfn-ports.js';
import { awsCasesPort } from '#adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '#lambda/aws-deps.js';
import { createSupportCase } from '#steps/defs/create-support-case.js';

export const handler = awsStepHandler(createSupportCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort, executions: awsExecutionsPort });
