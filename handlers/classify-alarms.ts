/** Lambda entry point of the ClassifyAlarms step (src/steps/defs/classify-alarms.ts) with the AWS adapters of its ports. */
import { awsAlarmsPort } from '../src/adapters/aws/cloudwatch-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { classifyAlarms } from '../src/steps/defs/classify-alarms.js';

export const handler = awsStepHandler(classifyAlarms, { alarms: awsAlarmsPort });
