/** Lambda entry point of the DecideScenario step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { runDecideScenario } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('DecideScenario', runDecideScenario, {});
