import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { SupportClient, DescribeCasesCommand } from '@aws-sdk/client-support';
import { attachCallCounter, CallCounter, callName } from '#adapters/aws/call-counter.js';
import type { MiddlewareClient } from '#adapters/aws/call-counter.js';

/** Ends every request in the serialize step with an empty answer, so nothing leaves the process. */
const offline = <C extends MiddlewareClient>(client: C): C => {
  (client.middlewareStack as unknown as { add: (mw: unknown, options: unknown) => void }).add(
    () => async () => ({ output: { $metadata: {} }, response: {} }),
    { step: 'serialize', name: 'testOffline', priority: 'high' },
  );
  return client;
};

describe('callName', () => {
  it('turns the SDK context into "Service.Operation"', () => {
    expect(callName({ clientName: 'CloudWatchClient', commandName: 'DescribeAlarmsCommand' })).toBe('CloudWatch.DescribeAlarms');
    expect(callName({})).toBe('Unknown.Unknown');
  });
});

describe('CallCounter', () => {
  it('tallies, totals, snapshots (sorted) and resets', () => {
    // Prepare
    const counter = new CallCounter();

    // Act
    counter.record('Support.DescribeCases');
    counter.record('CloudWatch.DescribeAlarms');
    counter.record('CloudWatch.DescribeAlarms');

    // Assess
    expect(counter.count('CloudWatch.DescribeAlarms')).toBe(2);
    expect(counter.count('SNS.Publish')).toBe(0);
    expect(counter.total()).toBe(3);
    expect(Object.keys(counter.snapshot())).toEqual(['CloudWatch.DescribeAlarms', 'Support.DescribeCases']);
    counter.reset();
    expect(counter.total()).toBe(0);
  });
});

describe('attachCallCounter', () => {
  it('counts each send of any client by Service.Operation', async () => {
    // Prepare
    const counter = new CallCounter();
    const cloudWatch = offline(attachCallCounter(new CloudWatchClient({ region: 'us-east-1' }), counter));
    const support = offline(attachCallCounter(new SupportClient({ region: 'us-east-1' }), counter));

    // Act
    await cloudWatch.send(new DescribeAlarmsCommand({}));
    await cloudWatch.send(new DescribeAlarmsCommand({}));
    await cloudWatch.send(new GetMetricDataCommand({ MetricDataQueries: [], StartTime: new Date(0), EndTime: new Date(60_000) }));
    await support.send(new DescribeCasesCommand({}));

    // Assess
    expect(counter.snapshot()).toEqual({ 'CloudWatch.DescribeAlarms': 2, 'CloudWatch.GetMetricData': 1, 'Support.DescribeCases': 1 });
  });

  it('replaces, rather than doubles, a counter attached twice', async () => {
    // Prepare
    const first = new CallCounter();
    const second = new CallCounter();
    const client = new CloudWatchClient({ region: 'us-east-1' });
    offline(attachCallCounter(attachCallCounter(client, first), second));

    // Act
    await client.send(new DescribeAlarmsCommand({}));

    // Assess
    expect(first.total()).toBe(0);
    expect(second.total()).toBe(1);
  });
});
