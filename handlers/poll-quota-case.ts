/** Lambda entry point of the PollQuotaCase step (src/steps/defs/poll-quota-case.ts) with the AWS adapters of its ports. */
import { awsQuotaRequestsPort } from '#adapters/aws/service-quotas-ports.js';
import { awsCasesPort } from '#adapters/aws/support-ports.js';
import { awsStepHandler, dynamoDbLedgerPort, systemClockPort } from '#lambda/aws-deps.js';
import { pollQuotaCase } from '#steps/defs/poll-quota-case.js';

export const handler = awsStepHandler(pollQuotaCase, { quotaRequests: awsQuotaRequestsPort, cases: awsCasesPort, ledger: dynamoDbLedgerPort, clock: systemClockPort });
