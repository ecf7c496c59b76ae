/** Lambda entry point of the ClassifyAlarms step (src/steps/defs/classify-alarms.ts) with the AWS adapters of its ports. */
import { awsAlarmsPort } from '#adapters/aws/cloudwatch-ports.js';
import { awsStepHandler } from '#lambda/aws-deps.js';
import { classifyAlarms } from '#steps/defs/classify-alarms.js';

export const handler = awsStepHandler(classifyAlarms, { alarms: awsAlarmsPort });
