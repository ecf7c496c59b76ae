/** Lambda entry point of the FetchQuotas step (src/steps/defs/fetch-quotas.ts) with the AWS adapters of its ports. */
import { awsQuotasPort } from '#adapters/aws/service-quotas-ports.js';
import { awsStepHandler } from '#lambda/aws-deps.js';
import { fetchQuotas } from '#steps/defs/fetch-quotas.js';

export const handler = awsStepHandler(fetchQuotas, { quotas: awsQuotasPort });
