/** Lambda entry point of the PollQuotaCase step (src/steps/defs/poll-quota-case.ts) with the AWS adapters of its ports. */
import { awsQuotaRequestsPort } from '../src/adapters/aws/service-quotas-ports.js';
import { awsCasesPort } from '../src/adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '../src/lambda/aws-deps.js';
import { pollQuotaCase } from '../src/steps/defs/poll-quota-case.js';

export const handler = awsStepHandler(pollQuotaCase, { quotaRequests: awsQuotaRequestsPort, cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort });
