/** Lambda entry point of the RequestQuotaIncrease step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsQuotaRequestsPort } from '../src/adapters/aws/service-quotas-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { runRequestQuotaIncrease } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('RequestQuotaIncrease', runRequestQuotaIncrease, { quotaRequests: awsQuotaRequestsPort });
