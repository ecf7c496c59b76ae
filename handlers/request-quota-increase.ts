/** Lambda entry point of the RequestQuotaIncrease step (src/steps/defs/request-quota-increase.ts) with the AWS adapters of its ports. */
import { awsQuotaRequestsPort } from '#adapters/aws/service-quotas-ports.js';
import { awsStepHandler } from '#lambda/aws-deps.js';
import { requestQuotaIncrease } from '#steps/defs/request-quota-increase.js';

export const handler = awsStepHandler(requestQuotaIncrease, { quotaRequests: awsQuotaRequestsPort });
