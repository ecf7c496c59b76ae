/** Lambda entry point of the AppendToCase step (src/steps/defs/append-to-case.ts) with the AWS adapters of its ports. */
import { awsCasesPort } from '#adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '#lambda/aws-deps.js';
import { appendToCase } from '#steps/defs/append-to-case.js';

export const handler = awsStepHandler(appendToCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort });
