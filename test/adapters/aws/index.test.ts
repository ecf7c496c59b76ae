import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeServicesCommand } from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { CallCounter, createAwsClients, createAwsPorts } from '#adapters/aws/index.js';

const cw = mockClient(CloudWatchClient);

afterEach(() => {
  cw.reset();
});

describe('createAwsClients', () => {
  /** Where a Support call from a function in `region` goes, and the Region it is signed for (the request is never sent). */
  const supportTarget = async (region: string): Promise<{ host: string; signingRegion: unknown }> => {
    const { support } = createAwsClients({ region, counter: new CallCounter() });
    let target: { host: string; signingRegion: unknown } | undefined;
    support.middlewareStack.add(
      (_next, context) => async (args) => {
        const endpoint = (context as { endpointV2?: { properties?: { authSchemes?: { signingRegion?: unknown }[] } } }).endpointV2;
        target = { host: (args.request as { hostname: string }).hostname, signingRegion: endpoint?.properties?.authSchemes?.[0]?.signingRegion };
        throw new Error('not sent');
      },
      { step: 'finalizeRequest', name: 'captureSupportTarget' },
    );
    await support.send(new DescribeServicesCommand({})).catch(() => undefined);
    if (!target) throw new Error('no request was built');
    return target;
  };

  it.each([
    ['eu-west-1', 'support.us-east-1.amazonaws.com', 'us-east-1'],
    ['us-east-1', 'support.us-east-1.amazonaws.com', 'us-east-1'],
    ['cn-northwest-1', 'support.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['us-gov-east-1', 'support.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
  ])('sends Support calls from %s to its partition\'s Support endpoint (%s), as the SDK\'s endpoint rules say', async (region, host, signingRegion) => {
    // Act / Assess
    await expect(supportTarget(region)).resolves.toEqual({ host, signingRegion });
  });

  it('builds every client in the function\'s Region, Support included', async () => {
    // Act
    const clients = createAwsClients({ region: 'cn-northwest-1' });

    // Assess
    await expect(clients.support.config.region()).resolves.toBe('cn-northwest-1');
    await expect(clients.cloudWatch.config.region()).resolves.toBe('cn-northwest-1');
  });

  it('reuses the clients per Region, but never shares clients that carry a counter', () => {
    // Act
    const first = createAwsClients({ region: 'eu-west-1' });
    const again = createAwsClients({ region: 'eu-west-1' });
    const other = createAwsClients({ region: 'us-west-2' });
    const counted = createAwsClients({ region: 'eu-west-1', counter: new CallCounter() });

    // Assess
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(counted.cloudWatch).not.toBe(first.cloudWatch);
  });
});

describe('createAwsPorts', () => {
  it('builds every port but the ledger and the clock, without reading the environment', () => {
    // Act
    const ports = createAwsPorts({ env: {}, region: 'us-east-1' });

    // Assess
    expect(Object.keys(ports).sort()).toEqual(['alarms', 'cases', 'executions', 'notifications', 'quotaRequests', 'quotas', 'settings', 'usage']);
  });

  it('says which environment variable is missing when a port needs it', async () => {
    // Prepare
    const ports = createAwsPorts({ env: {}, region: 'us-east-1' });

    // Act
    const settings = ports.settings.loadDocument();
    const publish = ports.notifications.publish({
      subject: 's',
      body: 'b',
      attributes: { severity: 'WARNING', caseType: 'Investigation Request', scenario: 'non_quota', model: 'M' },
    });

    // Assess
    await expect(settings).rejects.toThrow(/OPS_ALERT_SETTINGS_PARAMETER is not set/);
    await expect(publish).rejects.toThrow(/OPS_ALERT_NOTIFICATION_TOPIC_ARN is not set/);
  });

  it('wires the ports to the SDK clients', async () => {
    // Prepare
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    const ports = createAwsPorts({ env: {}, region: 'us-east-1' });

    // Act
    const alarms = await ports.alarms.describeAlarms(['A']);

    // Assess
    expect(alarms).toEqual([]);
    expect(cw).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 1);
  });
});
