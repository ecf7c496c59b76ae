/** Lambda entry point of the ResolveChildAlarms step (src/steps/defs/resolve-child-alarms.ts) with the AWS adapters of its ports. */
import { awsAlarmsPort } from '#adapters/aws/cloudwatch-ports.js';
import { awsSettingsPort } from '#adapters/aws/ssm-ports.js';
import { awsStepHandler } from '#lambda/aws-deps.js';
import { resolveChildAlarms } from '#steps/defs/resolve-child-alarms.js';

export const handler = awsStepHandler(resolveChildAlarms, { alarms: awsAlarmsPort, settings: awsSettingsPort });
