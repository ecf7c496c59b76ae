/** Lambda entry point of the FetchQuotas step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsQuotasPort } from '../src/adapters/aws/service-quotas-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { runFetchQuotas } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('FetchQuotas', runFetchQuotas, { quotas: awsQuotasPort });
