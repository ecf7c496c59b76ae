/** Lambda entry point of the FetchUsage step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsUsagePort } from '../src/adapters/aws/cloudwatch-ports.js';
import { awsStepHandler, systemClockPort } from '../src/lambda/aws-deps.js';
import { runFetchUsage } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('FetchUsage', runFetchUsage, { usage: awsUsagePort, clock: systemClockPort });
