/**
 * The threshold updater on the AWS adapters, SDK calls mocked: the complete PutMetricAlarm configuration, the
 * composite-then-delete order for a model that lost its RPM quota, and no write at all from bad quota data.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient, DeleteAlarmsCommand, DescribeAlarmsCommand, PutCompositeAlarmCommand, PutMetricAlarmCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  AccessDeniedException, GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand, ListAWSDefaultServiceQuotasCommand, ListServiceQuotasCommand,
  NoSuchResourceException, ServiceQuotasClient, TooManyRequestsException,
} from '@aws-sdk/client-service-quotas';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ServiceQuotasModelQuotas } from '#adapters/aws/quotas.js';
import { compositeAlarmConfiguration } from '#core/alarm-config.js';
import { ThresholdUpdateFailedError } from '#core/errors.js';
import { CloudWatchThresholdAlarms } from '#adapters/aws/threshold-alarms.js';
import { SnsNotifications } from '#adapters/aws/notifications.js';
import type { ThresholdDeployment } from '#core/threshold-deployment.js';
import { createThresholdHandler } from '#threshold-updater/handler.js';
import { InMemoryThresholdHistory } from '#adapters/sandbox/thresholds.js';
import { deploymentWith, OPUS, settingsDocumentOf, settingsPortOf, SONNET } from './fixtures.js';

const cw = mockClient(CloudWatchClient);
const sq = mockClient(ServiceQuotasClient);
const sns = mockClient(SNSClient);
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:Acme-notifications';
const NOW = new Date('2026-06-02T06:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

afterEach(() => {
  cw.reset();
  sq.reset();
  sns.reset();
});

/** Service Quotas answers from a table of applied values; unknown codes are NoSuchResource (applied and default). */
const quotas = (values: Record<string, number>): void => {
  const notFound = () => new NoSuchResourceException({ message: 'no such quota', $metadata: {} });
  sq.on(GetServiceQuotaCommand).callsFake((input: { QuotaCode: string }) => {
    if (values[input.QuotaCode] === undefined) throw notFound();
    return { Quota: { QuotaCode: input.QuotaCode, QuotaName: `quota ${input.QuotaCode}`, Value: values[input.QuotaCode], Adjustable: true } };
  });
  sq.on(GetAWSDefaultServiceQuotaCommand).rejects(notFound());
  // Name discovery (models without an explicit code) finds nothing.
  sq.on(ListServiceQuotasCommand).resolves({ Quotas: [] });
  sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
};

/** CloudWatch has the alarms of the models as deployed, with these thresholds. */
const alarmsWithThresholds = (thresholds: Record<string, number>, composites: Record<string, string>): void => {
  cw.on(DescribeAlarmsCommand).callsFake((input: { AlarmNames: string[] }) => ({
    MetricAlarms: input.AlarmNames.filter((name) => thresholds[name] !== undefined).map((name) => ({ AlarmName: name, Threshold: thresholds[name] })),
    CompositeAlarms: input.AlarmNames.filter((name) => composites[name] !== undefined).map((name) => ({ AlarmName: name, AlarmRule: composites[name] })),
  }));
  cw.on(PutMetricAlarmCommand).resolves({});
  cw.on(PutCompositeAlarmCommand).resolves({});
  cw.on(DeleteAlarmsCommand).resolves({});
  sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
};

const handlerWith = (history = new InMemoryThresholdHistory()) =>
  createThresholdHandler({
    ports: () => ({
      // The runtime settings as the deploy seeds them (each model's percents), whatever the event's deployment.
      settings: settingsPortOf(() => settingsDocumentOf(deploymentWith(OPUS, SONNET))),
      quotas: new ServiceQuotasModelQuotas({ client: new ServiceQuotasClient({ region: 'us-east-1' }) }),
      alarms: new CloudWatchThresholdAlarms({ client: new CloudWatchClient({ region: 'us-east-1' }) }),
      notifications: new SnsNotifications({ client: new SNSClient({ region: 'us-east-1' }), topicArn: TOPIC }),
      history,
      deployments: history,
    }),
    now: () => NOW,
    logger: silent,
  });

const customResourceEvent = (deployment: ThresholdDeployment, requestType: 'Create' | 'Update' | 'Delete' = 'Update') => ({
  RequestType: requestType, ResourceProperties: { ServiceToken: 'arn:token', Deployment: JSON.stringify(deployment) },
});

const OPUS_TPM = 'Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6';
const OPUS_COMPOSITE = 'Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6';

describe('threshold updater on AWS (custom resource)', () => {
  it('sends PutMetricAlarm the complete configuration of the usage alarm after an approved increase', async () => {
    // Prepare: deployed at 6 250 000, Service Quotas now says 8 000 000.
    quotas({ 'L-3DCCFAA4': 8_000_000 });
    alarmsWithThresholds({ [OPUS_TPM]: 5_000_000 }, { [OPUS_COMPOSITE]: 'ALARM("x")' });
    const history = new InMemoryThresholdHistory();
    // Act
    const response = await handlerWith(history)(customResourceEvent(deploymentWith(OPUS)));
    // Assess: every field, written out: nothing may fall back to a PutMetricAlarm default.
    expect(cw).toHaveReceivedCommandTimes(PutMetricAlarmCommand, 1);
    expect(cw.commandCalls(PutMetricAlarmCommand)[0]!.args[0].input).toEqual({
      AlarmName: OPUS_TPM,
      AlarmDescription: 'G-Opus-4-6: estimated tokens-per-minute quota consumption above the configured share of the TPM quota. Threshold = TPM quota x 80% = 6400000 (quota 8000000; kept current by the threshold updater).',
      ActionsEnabled: true,
      AlarmActions: [],
      OKActions: [],
      InsufficientDataActions: [],
      Namespace: 'AWS/Bedrock',
      MetricName: 'EstimatedTPMQuotaUsage',
      Dimensions: [{ Name: 'ModelId', Value: 'global.anthropic.claude-opus-4-6-v1' }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 5,
      Threshold: 6_400_000,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      Tags: [
        { Key: 'bedrock-ops-alert:project', Value: 'Acme' },
        { Key: 'bedrock-ops-alert:kind', Value: 'HighTPMQuotaUsage' },
        { Key: 'bedrock-ops-alert:model', Value: 'G-Opus-4-6' },
      ],
    });
    expect(cw).not.toHaveReceivedCommand(DeleteAlarmsCommand);
    expect(cw).not.toHaveReceivedCommand(PutCompositeAlarmCommand);
    // The history and the notification.
    expect(history.entries).toEqual([expect.objectContaining({ model: 'G-Opus-4-6', oldQuota: 6_250_000, newQuota: 8_000_000, oldThreshold: 5_000_000, newThreshold: 6_400_000, reason: 'quota_increased' })]);
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(sns).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: TOPIC,
      Subject: '🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Thresholds updated',
      MessageAttributes: {
        severity: { DataType: 'String', StringValue: 'WARNING' },
        caseType: { DataType: 'String', StringValue: 'Threshold Update' },
        scenario: { DataType: 'String', StringValue: 'thresholds_updated' },
        model: { DataType: 'String', StringValue: 'G-Opus-4-6' },
      },
    });
    expect(response).toEqual({ PhysicalResourceId: 'Acme-bedrock-ops-alert-thresholds', Data: { Updated: '1', Unchanged: '0', QuotaDataErrors: '0' } });
    // The description is left for the scheduled runs.
    expect(await history.load()).toEqual(deploymentWith(OPUS));
  });

  it('deletes the RPM alarm of a model without an RPM quota, after rewriting the composite without it', async () => {
    // Prepare: Sonnet was deployed with an RPM quota code; Service Quotas no longer has it (explicit code: treated as
    // bad data), so this model is configured without the code and discovery finds no RPM quota.
    const sonnet = { ...SONNET, quotaCodes: { tpm: 'L-59759B4A' } };
    const rpmAlarm = 'Acme-Bedrock-HighInvocationRate-Warning-Sonnet-4-5';
    const composite = 'Acme-Bedrock-QuotaHealth-Composite-Sonnet-4-5';
    quotas({ 'L-59759B4A': 2_000_000 });
    alarmsWithThresholds(
      { [rpmAlarm]: 7_000, 'Acme-Bedrock-HighTPMQuotaUsage-Warning-Sonnet-4-5': 1_600_000 },
      { [composite]: compositeAlarmConfiguration('Acme', sonnet, ['ClientErrors', 'HighInvocationRate', 'HighTPMQuotaUsage']).AlarmRule },
    );
    const history = new InMemoryThresholdHistory();
    // Act
    await handlerWith(history)(customResourceEvent(deploymentWith(sonnet)));
    // Assess: PutCompositeAlarm (complete, without the RPM alarm) strictly before DeleteAlarms.
    const writes = cw.calls().map((call) => (call.args[0] as { constructor: { name: string } }).constructor.name).filter((name) => name !== 'DescribeAlarmsCommand');
    expect(writes).toEqual(['PutCompositeAlarmCommand', 'DeleteAlarmsCommand']);
    const compositeInput = cw.commandCalls(PutCompositeAlarmCommand)[0]!.args[0].input;
    expect(compositeInput).toEqual(compositeAlarmConfiguration('Acme', sonnet, ['ClientErrors', 'ServerErrors', 'Throttles', 'HighTPMQuotaUsage', 'HighLatency', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly', 'LatencyAnomaly']));
    expect(compositeInput.AlarmRule).not.toContain(rpmAlarm);
    expect(compositeInput).toMatchObject({ ActionsEnabled: true, AlarmActions: [], OKActions: [], InsufficientDataActions: [], AlarmDescription: expect.any(String) });
    expect(cw).toHaveReceivedCommandWith(DeleteAlarmsCommand, { AlarmNames: [rpmAlarm] });
    expect(cw).not.toHaveReceivedCommand(PutMetricAlarmCommand);
    expect(history.entries).toEqual([expect.objectContaining({ quota: 'RPM', reason: 'quota_removed', newQuota: null, newThreshold: null, oldThreshold: 7_000 })]);
    expect(history.entries[0]?.detail).toMatch(/no RPM quota .* was deleted/);
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
  });

  it.each([
    ['access denied', () => {
      quotas({});
      sq.on(GetServiceQuotaCommand).rejects(new AccessDeniedException({ message: 'not authorized', $metadata: {} }));
    }, /AccessDeniedException/],
    ['throttling', () => {
      quotas({});
      sq.on(GetServiceQuotaCommand).rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));
    }, /TooManyRequestsException/],
    ['no such quota code', () => quotas({}), /has no quota L-3DCCFAA4/],
    ['a quota value of 0', () => quotas({ 'L-3DCCFAA4': 0 }), /not a usable quota value/],
  ])('writes nothing from bad quota data (%s): a QuotaDataError, a notification, thresholds unchanged', async (_what, prepare, message) => {
    // Prepare
    alarmsWithThresholds({ [OPUS_TPM]: 5_000_000 }, {});
    prepare();
    const history = new InMemoryThresholdHistory();
    // Act
    const response = await handlerWith(history)(customResourceEvent(deploymentWith(OPUS)));
    // Assess
    expect(cw).not.toHaveReceivedCommand(PutMetricAlarmCommand);
    expect(cw).not.toHaveReceivedCommand(PutCompositeAlarmCommand);
    expect(cw).not.toHaveReceivedCommand(DeleteAlarmsCommand);
    expect(history.entries).toEqual([]);
    expect(response).toMatchObject({ Data: { QuotaDataErrors: '1', Updated: '0' } });
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
    const publish = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(publish.Subject).toBe('🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota data unavailable');
    expect(publish.Message).toMatch(/QuotaDataError/);
    expect(publish.Message).toMatch(message);
    expect(publish.MessageAttributes?.scenario?.StringValue).toBe('quota_data_error');
  });

  it('keeps going with the other models when one has bad data', async () => {
    quotas({ 'L-3DD46812': 10_000, 'L-59759B4A': 3_000_000 }); // Opus's TPM code is unknown
    alarmsWithThresholds({ [OPUS_TPM]: 5_000_000, 'Acme-Bedrock-HighInvocationRate-Warning-Sonnet-4-5': 7_000, 'Acme-Bedrock-HighTPMQuotaUsage-Warning-Sonnet-4-5': 1_600_000 }, {});
    const response = await handlerWith()(customResourceEvent(deploymentWith(OPUS, SONNET)));
    expect(response).toMatchObject({ Data: { QuotaDataErrors: '1', Updated: '1' } });
    expect(cw).toHaveReceivedCommandWith(PutMetricAlarmCommand, { AlarmName: 'Acme-Bedrock-HighTPMQuotaUsage-Warning-Sonnet-4-5', Threshold: 2_400_000 });
    expect(cw).toHaveReceivedCommandTimes(PutMetricAlarmCommand, 1);
  });

  it('fails the run (error alarm, CloudFormation) when the alarms cannot be written, and records nothing', async () => {
    quotas({ 'L-3DCCFAA4': 8_000_000 });
    alarmsWithThresholds({ [OPUS_TPM]: 5_000_000 }, {});
    cw.on(PutMetricAlarmCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
    const history = new InMemoryThresholdHistory();
    await expect(handlerWith(history)(customResourceEvent(deploymentWith(OPUS)))).rejects.toThrow(ThresholdUpdateFailedError);
    expect(history.entries).toEqual([]);
    expect(sns).not.toHaveReceivedCommand(PublishCommand);
  });

  it('changes nothing on Delete', async () => {
    const response = await handlerWith()({ ...customResourceEvent(deploymentWith(OPUS), 'Delete'), PhysicalResourceId: 'Acme-bedrock-ops-alert-thresholds' });
    expect(response).toEqual({ PhysicalResourceId: 'Acme-bedrock-ops-alert-thresholds', Data: {} });
    expect(cw.calls()).toHaveLength(0);
    expect(sq.calls()).toHaveLength(0);
  });
});

describe('threshold updater on AWS (schedule)', () => {
  it('recalculates from the description the custom resource left, and is quiet when nothing changed', async () => {
    quotas({ 'L-3DCCFAA4': 6_250_000 });
    alarmsWithThresholds({ [OPUS_TPM]: 5_000_000 }, {});
    const history = new InMemoryThresholdHistory();
    await history.save(deploymentWith(OPUS));
    const summary = await handlerWith(history)({ 'detail-type': 'Scheduled Event', source: 'aws.events' });
    expect(summary).toMatchObject({ results: [{ model: 'G-Opus-4-6', status: 'unchanged', quotas: { tpm: 6_250_000, rpm: null } }] });
    expect(cw).not.toHaveReceivedCommand(PutMetricAlarmCommand);
    expect(sns).not.toHaveReceivedCommand(PublishCommand);
  });

  it('skips when no deployment description exists yet', async () => {
    expect(await handlerWith()({ 'detail-type': 'Scheduled Event' })).toEqual({ skipped: 'no deployment description' });
  });
});
