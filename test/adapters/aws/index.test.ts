import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { CallCounter, createAwsClients, createAwsPorts } from '../../../src/adapters/aws/index.js';

const cw = mockClient(CloudWatchClient);

afterEach(() => {
  cw.reset();
});

describe('createAwsClients', () => {
  it('puts the Support client in us-east-1 whatever the Region', async () => {
    // Act
    const clients = createAwsClients({ region: 'eu-west-1' });

    // Assess
    await expect(clients.support.config.region()).resolves.toBe('us-east-1');
    await expect(clients.cloudWatch.config.region()).resolves.toBe('eu-west-1');
    await expect(clients.serviceQuotas.config.region()).resolves.toBe('eu-west-1');
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
    expect(Object.keys(ports).sort()).toEqual(['alarms', 'cases', 'notifications', 'quotaRequests', 'quotas', 'settings', 'usage']);
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
