/** The ports on CloudWatch: alarm states, usage metrics, and the usage alarms the threshold updater rewrites. */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Ports, ThresholdUpdaterPorts } from '#ports/index.js';
import { CloudWatchAlarms } from './alarms.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { CloudWatchThresholdAlarms } from './threshold-alarms.js';
import { CloudWatchUsageMetrics } from './usage.js';

export const cloudWatchClient = (options: AwsClientOptions = {}): CloudWatchClient => awsClient('cloudWatch', options, (config) => new CloudWatchClient(config));

export const awsAlarmsPort = (options: AwsPortsOptions = {}, client = cloudWatchClient(options)): Ports['alarms'] => new CloudWatchAlarms({ client });

export const awsUsagePort = (options: AwsPortsOptions = {}, client = cloudWatchClient(options)): Ports['usage'] => new CloudWatchUsageMetrics({ client });

export const awsThresholdAlarmsPort = (options: AwsPortsOptions = {}, client = cloudWatchClient(options)): ThresholdUpdaterPorts['alarms'] =>
  new CloudWatchThresholdAlarms({ client });
