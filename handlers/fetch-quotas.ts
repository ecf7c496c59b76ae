/** Lambda entry point of the FetchQuotas step (src/steps/defs/fetch-quotas.ts) with the AWS adapters of its ports. */
import { awsQuotasPort } from '../src/adapters/aws/service-quotas-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { fetchQuotas } from '../src/steps/defs/fetch-quotas.js';

export const handler = awsStepHandler(fetchQuotas, { quotas: awsQuotasPort });
