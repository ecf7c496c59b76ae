/** Lambda entry point of the DecideScenario step (src/steps/defs/decide-scenario.ts) with the AWS adapters of its ports. */
import { awsStepHandler } from '#lambda/aws-deps.js';
import { decideScenario } from '#steps/defs/decide-scenario.js';

export const handler = awsStepHandler(decideScenario, {});
