/** ThresholdAlarmsPort on CloudWatch: DescribeAlarms, PutMetricAlarm, PutCompositeAlarm, DeleteAlarms. */
import { DeleteAlarmsCommand, DescribeAlarmsCommand, PutCompositeAlarmCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient, DescribeAlarmsCommandOutput, PutCompositeAlarmCommandInput, PutMetricAlarmCommandInput } from '@aws-sdk/client-cloudwatch';
import { callAws } from './errors.js';
import { alarmSourcesOf } from '#core/alarm-config.js';
import type { CompositeAlarmConfiguration, MetricAlarmConfiguration } from '#core/alarm-config.js';
import type { CurrentAlarms, ThresholdAlarmsPort } from '#ports/index.js';

/** DescribeAlarms takes at most 100 names; DeleteAlarms too. */
const MAX_NAMES = 100;

export interface CloudWatchThresholdAlarmsOptions {
  /** In the Region of the alarms. */
  client: CloudWatchClient;
}

export class CloudWatchThresholdAlarms implements ThresholdAlarmsPort {
  private readonly client: CloudWatchClient;

  constructor(options: CloudWatchThresholdAlarmsOptions) {
    this.client = options.client;
  }

  async describe(metricAlarmNames: readonly string[], compositeName: string): Promise<CurrentAlarms> {
    const names = [...new Set([...metricAlarmNames, compositeName])];
    const current: CurrentAlarms = { thresholds: new Map(), compositeRule: undefined, sources: new Map() };
    for (let i = 0; i < names.length; i += MAX_NAMES) {
      let token: string | undefined;
      do {
        const input = { AlarmNames: names.slice(i, i + MAX_NAMES), AlarmTypes: ['MetricAlarm' as const, 'CompositeAlarm' as const], MaxRecords: 100, NextToken: token };
        const page: DescribeAlarmsCommandOutput = await callAws('CloudWatch.DescribeAlarms', () => this.client.send(new DescribeAlarmsCommand(input)));
        for (const alarm of page.MetricAlarms ?? []) {
          if (!alarm.AlarmName) continue;
          current.thresholds.set(alarm.AlarmName, alarm.Threshold);
          current.sources?.set(alarm.AlarmName, alarmSourcesOf(alarm));
        }
        for (const alarm of page.CompositeAlarms ?? []) if (alarm.AlarmName === compositeName) current.compositeRule = alarm.AlarmRule;
        token = page.NextToken;
      } while (token);
    }
    return current;
  }

  async putMetricAlarm(configuration: MetricAlarmConfiguration): Promise<void> {
    // The configuration is already in PutMetricAlarm's field names, complete: it is sent as it is.
    const input: PutMetricAlarmCommandInput = { ...configuration };
    await callAws('CloudWatch.PutMetricAlarm', () => this.client.send(new PutMetricAlarmCommand(input)));
  }

  async putCompositeAlarm(configuration: CompositeAlarmConfiguration): Promise<void> {
    const input: PutCompositeAlarmCommandInput = { ...configuration };
    await callAws('CloudWatch.PutCompositeAlarm', () => this.client.send(new PutCompositeAlarmCommand(input)));
  }

  async deleteAlarms(names: readonly string[]): Promise<void> {
    for (let i = 0; i < names.length; i += MAX_NAMES) {
      const batch = names.slice(i, i + MAX_NAMES);
      await callAws('CloudWatch.DeleteAlarms', () => this.client.send(new DeleteAlarmsCommand({ AlarmNames: batch })));
    }
  }
}
