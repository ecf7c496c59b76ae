/** Lambda entry point of the FetchUsage step (src/steps/defs/fetch-usage.ts) with the AWS adapters of its ports. */
import { awsUsagePort } from '#adapters/aws/cloudwatch-ports.js';
import { awsStepHandler, systemClockPort } from '#lambda/aws-deps.js';
import { fetchUsage } from '#steps/defs/fetch-usage.js';

export const handler = awsStepHandler(fetchUsage, { usage: awsUsagePort, clock: systemClockPort });
