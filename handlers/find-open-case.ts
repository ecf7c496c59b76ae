/** Lambda entry point of the FindOpenCase step (src/steps/defs/find-open-case.ts) with the AWS adapters of its ports. */
import { awsExecutionsPort } from '#adapters/aws/sfn-ports.js';
import { awsCasesPort } from '#adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '#lambda/aws-deps.js';
import { findOpenCase } from '#steps/defs/find-open-case.js';

export const handler = awsStepHandler(findOpenCase, { cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort, executions: awsExecutionsPort });
