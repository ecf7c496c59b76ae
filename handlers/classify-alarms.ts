/** Lambda entry point of the ClassifyAlarms step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsAlarmsPort } from '../src/adapters/aws/cloudwatch-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { runClassifyAlarms } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('ClassifyAlarms', runClassifyAlarms, { alarms: awsAlarmsPort });
