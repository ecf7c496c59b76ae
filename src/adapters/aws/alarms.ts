/** AlarmsPort on CloudWatch DescribeAlarms. */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient, CompositeAlarm, DescribeAlarmsCommandInput, DescribeAlarmsCommandOutput, MetricAlarm, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { AlarmMetricQuery, AlarmStateValue, AlarmStatus } from '#core/model.js';
import type { AlarmsPort } from '#ports/index.js';
import { callAws } from './errors.js';

/** DescribeAlarms accepts at most 100 names per call and returns at most 100 records per page. */
const MAX_NAMES_PER_CALL = 100;
const MAX_RECORDS = 100;

/** Re-exported from the core, where the event reader uses it too. */
export { alarmNameFromArn } from '#core/alarm-event.js';

const STATE_VALUES: readonly AlarmStateValue[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
const SUPPRESSORS: ReadonlyArray<NonNullable<AlarmStatus['actionsSuppressedBy']>> = ['WaitPeriod', 'ExtensionPeriod', 'Alarm'];

const toStatus = (alarm: MetricAlarm | CompositeAlarm, type: AlarmStatus['type']): AlarmStatus | undefined => {
  if (!alarm.AlarmName || !alarm.AlarmArn) return undefined;
  const state = STATE_VALUES.find((value) => value === alarm.StateValue) ?? 'INSUFFICIENT_DATA';
  // StateTransitionedTimestamp is the last change of StateValue; StateUpdatedTimestamp also moves when only the reason
  // changes. The transition time keeps "alarm ARN + time" a stable identity of one transition.
  const changedAt = alarm.StateTransitionedTimestamp ?? alarm.StateUpdatedTimestamp;
  const status: AlarmStatus = {
    name: alarm.AlarmName,
    arn: alarm.AlarmArn,
    type,
    state,
    stateUpdatedAt: changedAt ? new Date(changedAt).toISOString() : new Date(0).toISOString(),
  };
  if (alarm.StateReason) status.stateReason = alarm.StateReason;
  if ('Metrics' in alarm && alarm.Metrics?.length) status.metrics = alarm.Metrics.map(metricQueryOf);
  if ('ActionsSuppressedBy' in alarm) {
    const suppressedBy = SUPPRESSORS.find((value) => value === alarm.ActionsSuppressedBy);
    if (suppressedBy) status.actionsSuppressedBy = suppressedBy;
  }
  return status;
};

/** A query of the alarm's metric math, copied field by field (plain JSON, only what the workflow reads). */
const metricQueryOf = (query: MetricDataQuery): AlarmMetricQuery => {
  const out: AlarmMetricQuery = {};
  if (query.Id !== undefined) out.Id = query.Id;
  if (query.Label !== undefined) out.Label = query.Label;
  if (query.Expression !== undefined) out.Expression = query.Expression;
  if (query.ReturnData !== undefined) out.ReturnData = query.ReturnData;
  const stat = query.MetricStat;
  if (stat) {
    const metric = stat.Metric;
    out.MetricStat = {
      ...(metric ? {
        Metric: {
          ...(metric.Namespace !== undefined ? { Namespace: metric.Namespace } : {}),
          ...(metric.MetricName !== undefined ? { MetricName: metric.MetricName } : {}),
          ...(metric.Dimensions ? { Dimensions: metric.Dimensions.map((d) => ({ ...(d.Name !== undefined ? { Name: d.Name } : {}), ...(d.Value !== undefined ? { Value: d.Value } : {}) })) } : {}),
        },
      } : {}),
      ...(stat.Period !== undefined ? { Period: stat.Period } : {}),
      ...(stat.Stat !== undefined ? { Stat: stat.Stat } : {}),
    };
  }
  return out;
};

/** Options of CloudWatchAlarms. */
export interface CloudWatchAlarmsOptions {
  /** The CloudWatch client, in the Region of the alarms. */
  client: CloudWatchClient;
}

export class CloudWatchAlarms implements AlarmsPort {
  private readonly client: CloudWatchClient;

  constructor(options: CloudWatchAlarmsOptions) {
    this.client = options.client;
  }

  /** Full details of the named alarms, in the order asked; unknown names are absent. */
  async describeAlarms(names: readonly string[]): Promise<AlarmStatus[]> {
    const unique = [...new Set(names)];
    const found = new Map<string, AlarmStatus>();
    for (let i = 0; i < unique.length; i += MAX_NAMES_PER_CALL) {
      const batch = unique.slice(i, i + MAX_NAMES_PER_CALL);
      // Without AlarmTypes DescribeAlarms returns metric alarms only.
      const pages = this.pages({ AlarmNames: batch, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: MAX_RECORDS });
      for await (const page of pages) {
        for (const status of statusesOf(page)) found.set(status.name, status);
      }
    }
    return unique.flatMap((name) => found.get(name) ?? []);
  }

  private async *pages(input: DescribeAlarmsCommandInput): AsyncGenerator<DescribeAlarmsCommandOutput> {
    let nextToken: string | undefined;
    do {
      const page = await callAws('CloudWatch.DescribeAlarms', () => this.client.send(new DescribeAlarmsCommand({ ...input, NextToken: nextToken })));
      yield page;
      nextToken = page.NextToken;
    } while (nextToken);
  }
}

const statusesOf = (page: DescribeAlarmsCommandOutput): AlarmStatus[] => [
  ...(page.MetricAlarms ?? []).flatMap((alarm) => toStatus(alarm, 'MetricAlarm') ?? []),
  ...(page.CompositeAlarms ?? []).flatMap((alarm) => toStatus(alarm, 'CompositeAlarm') ?? []),
];
