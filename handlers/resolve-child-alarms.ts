/** Lambda entry point of the ResolveChildAlarms step: the AWS adapters wired to the shared step handler. */
import { awsStepHandler } from '../src/lambda/aws-deps.js';

export const handler = awsStepHandler('ResolveChildAlarms');
