/** Lambda entry point of the PollQuotaCase step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsQuotaRequestsPort } from '../src/adapters/aws/service-quotas-ports.js';
import { awsCasesPort } from '../src/adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '../src/lambda/aws-deps.js';
import { runPollQuotaCase } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('PollQuotaCase', runPollQuotaCase, { quotaRequests: awsQuotaRequestsPort, cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort });
