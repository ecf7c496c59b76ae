/** Lambda entry point of the ResolveChildAlarms step: its run (input contract, then the step) with the AWS adapters it needs. */
import { awsAlarmsPort } from '../src/adapters/aws/cloudwatch-ports.js';
import { awsSettingsPort } from '../src/adapters/aws/ssm-ports.js';
import { awsStepHandler } from '../src/lambda/aws-deps.js';
import { runResolveChildAlarms } from '../src/lambda/step-runs.js';

export const handler = awsStepHandler('ResolveChildAlarms', runResolveChildAlarms, { alarms: awsAlarmsPort, settings: awsSettingsPort });
