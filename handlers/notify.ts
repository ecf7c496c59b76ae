/** Lambda entry point of the Notify step: the AWS adapters wired to the shared step handler. */
import { awsStepHandler } from '../src/lambda/aws-deps.js';

export const handler = awsStepHandler('Notify');
