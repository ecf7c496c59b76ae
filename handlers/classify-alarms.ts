/** Lambda entry point of the ClassifyAlarms step: the AWS adapters wired to the shared step handler. */
import { awsStepHandler } from '../src/lambda/aws-deps.js';

export const handler = awsStepHandler('ClassifyAlarms');
