import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { alarmNameFromArn, CloudWatchAlarms } from '#adapters/aws/alarms.js';
import { PermanentAwsError, TransientAwsError } from '#core/errors.js';
import { sdkError } from './sdk-errors.js';

const cw = mockClient(CloudWatchClient);
const ARN = (name: string): string => `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`;
const T1 = new Date('2026-11-20T10:00:00.000Z');
const T2 = new Date('2026-11-20T10:05:00.000Z');

const metricAlarm = (name: string, overrides: Partial<MetricAlarm> = {}): MetricAlarm => ({
  AlarmName: name,
  AlarmArn: ARN(name),
  StateValue: 'ALARM',
  StateReason: 'Threshold Crossed',
  StateUpdatedTimestamp: T2,
  StateTransitionedTimestamp: T1,
  ...overrides,
});

const compositeAlarm = (name: string, overrides: Partial<CompositeAlarm> = {}): CompositeAlarm => ({
  AlarmName: name,
  AlarmArn: ARN(name),
  StateValue: 'ALARM',
  StateUpdatedTimestamp: T1,
  ...overrides,
});

const adapter = (): CloudWatchAlarms => new CloudWatchAlarms({ client: new CloudWatchClient({}) });

afterEach(() => {
  cw.reset();
});

describe('alarmNameFromArn', () => {
  it('returns the name after the first ":alarm:"', () => {
    expect(alarmNameFromArn(ARN('Acme-Bedrock-Throttles-Critical-G-Opus-4-6'))).toBe('Acme-Bedrock-Throttles-Critical-G-Opus-4-6');
  });

  it('keeps colons, and even ":alarm:", inside the name', () => {
    expect(alarmNameFromArn(ARN('team:a:alarm:b'))).toBe('team:a:alarm:b');
  });

  it('returns undefined for text that is not an alarm ARN', () => {
    expect(alarmNameFromArn('Acme-Bedrock-Throttles')).toBeUndefined();
    expect(alarmNameFromArn('arn:aws:sns:us-east-1:123456789012:topic')).toBeUndefined();
    expect(alarmNameFromArn('arn:aws:cloudwatch:us-east-1:123456789012:alarm:')).toBeUndefined();
  });
});

describe('CloudWatchAlarms.describeAlarms', () => {
  it('keeps a metric alarm\'s metric math (the sources a summed alarm reads) as plain data, without the other fields', async () => {
    // Prepare: a summed usage alarm as the threshold updater writes it, with fields the workflow does not read.
    const query = (id: string, value: string, label: string) => ({
      Id: id, Label: label, ReturnData: false, AccountId: '123456789012',
      MetricStat: { Metric: { Namespace: 'AWS/Bedrock', MetricName: 'EstimatedTPMQuotaUsage', Dimensions: [{ Name: 'ModelId', Value: value }] }, Period: 60, Stat: 'Sum', Unit: 'Count' as const },
    });
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        metricAlarm('Summed', { Metrics: [query('m0', 'us.model', 'direct'), query('m1', 'a1b2c3d4e5f6', 'support-bot'), { Id: 'total', Expression: 'FILL(m0, 0) + FILL(m1, 0)', Label: 'sum', ReturnData: true }] }),
        metricAlarm('Single', { Namespace: 'AWS/Bedrock', MetricName: 'Invocations', Dimensions: [{ Name: 'ModelId', Value: 'us.model' }] }),
      ],
    });

    // Act
    const [summed, single] = await adapter().describeAlarms(['Summed', 'Single']);

    // Assess
    expect(summed?.metrics).toEqual([
      { Id: 'm0', Label: 'direct', ReturnData: false, MetricStat: { Metric: { Namespace: 'AWS/Bedrock', MetricName: 'EstimatedTPMQuotaUsage', Dimensions: [{ Name: 'ModelId', Value: 'us.model' }] }, Period: 60, Stat: 'Sum' } },
      { Id: 'm1', Label: 'support-bot', ReturnData: false, MetricStat: { Metric: { Namespace: 'AWS/Bedrock', MetricName: 'EstimatedTPMQuotaUsage', Dimensions: [{ Name: 'ModelId', Value: 'a1b2c3d4e5f6' }] }, Period: 60, Stat: 'Sum' } },
      { Id: 'total', Expression: 'FILL(m0, 0) + FILL(m1, 0)', Label: 'sum', ReturnData: true },
    ]);
    expect(single).not.toHaveProperty('metrics');
  });

  it('asks for metric and composite alarms and maps them to AlarmStatus with ISO timestamps', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [metricAlarm('A')],
      CompositeAlarms: [compositeAlarm('C', { ActionsSuppressedBy: 'WaitPeriod', StateReason: 'child' })],
    });

    // Act
    const result = await adapter().describeAlarms(['C', 'A', 'Missing']);

    // Assess
    expect(cw).toHaveReceivedCommandWith(DescribeAlarmsCommand, { AlarmNames: ['C', 'A', 'Missing'], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
    expect(result).toEqual([
      { name: 'C', arn: ARN('C'), type: 'CompositeAlarm', state: 'ALARM', stateUpdatedAt: T1.toISOString(), stateReason: 'child', actionsSuppressedBy: 'WaitPeriod' },
      { name: 'A', arn: ARN('A'), type: 'MetricAlarm', state: 'ALARM', stateUpdatedAt: T1.toISOString(), stateReason: 'Threshold Crossed' },
    ]);
  });

  it('uses the transition time, and the update time only when no transition time is given', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [metricAlarm('A', { StateTransitionedTimestamp: undefined })] });

    // Act
    const [status] = await adapter().describeAlarms(['A']);

    // Assess
    expect(status?.stateUpdatedAt).toBe(T2.toISOString());
  });

  it('leaves actionsSuppressedBy out when actions are not suppressed', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).resolves({ CompositeAlarms: [compositeAlarm('C', { ActionsSuppressedBy: undefined })] });

    // Act
    const [status] = await adapter().describeAlarms(['C']);

    // Assess
    expect(status).not.toHaveProperty('actionsSuppressedBy');
  });

  it('sends at most 100 names per call', async () => {
    // Prepare
    const names = Array.from({ length: 250 }, (_, i) => `Alarm-${i}`);
    cw.on(DescribeAlarmsCommand).callsFake((input: { AlarmNames?: string[] }) => ({ MetricAlarms: (input.AlarmNames ?? []).map((n) => metricAlarm(n)) }));

    // Act
    const result = await adapter().describeAlarms(names);

    // Assess
    expect(cw).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 3);
    expect(cw.commandCalls(DescribeAlarmsCommand).map((call) => call.args[0].input.AlarmNames?.length)).toEqual([100, 100, 50]);
    expect(result.map((s) => s.name)).toEqual(names);
  });

  it('follows NextToken across pages', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: [metricAlarm('A')], NextToken: 'page-2' })
      .resolvesOnce({ CompositeAlarms: [compositeAlarm('C')] });

    // Act
    const result = await adapter().describeAlarms(['A', 'C']);

    // Assess
    expect(cw).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 2);
    expect(cw).toHaveReceivedNthCommandWith(2, DescribeAlarmsCommand, { NextToken: 'page-2', AlarmNames: ['A', 'C'] });
    expect(result.map((s) => s.name)).toEqual(['A', 'C']);
  });

  it('asks for each name once and makes no call for no names', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [metricAlarm('A')] });

    // Act
    const none = await adapter().describeAlarms([]);
    const twice = await adapter().describeAlarms(['A', 'A']);

    // Assess
    expect(none).toEqual([]);
    expect(twice).toHaveLength(1);
    expect(cw).toHaveReceivedCommandWith(DescribeAlarmsCommand, { AlarmNames: ['A'] });
  });

  it('maps throttling to TransientAwsError and access denied to PermanentAwsError', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).rejectsOnce(sdkError('Throttling', { status: 400 })).rejectsOnce(sdkError('AccessDenied', { status: 403 }));

    // Act
    const first = adapter().describeAlarms(['A']);
    await expect(first).rejects.toBeInstanceOf(TransientAwsError);
    const second = adapter().describeAlarms(['A']);

    // Assess
    await expect(second).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(second).rejects.toThrow(/CloudWatch\.DescribeAlarms failed with AccessDenied/);
  });
});
