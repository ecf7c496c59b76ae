/**
 * The SDK-level simulated account, proven by the project's real AWS adapters: their SDK clients' calls go to
 * SandboxAwsApi (a middleware answers in place of the HTTP request, with the input and output passed through JSON /
 * structured clone as the deployed run's containers pass them), and what the adapters make of the answers must
 * equal what the sandbox adapters return for the same account.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { SupportClient } from '@aws-sdk/client-support';
import type { Ports } from '#ports/index.js';
import { awsAlarmsPort, awsCasesPort, awsNotificationsPort, awsQuotaRequestsPort, awsQuotasPort, awsSettingsPort, awsUsagePort } from '#adapters/aws/index.js';
import { findModelQuota } from '#adapters/aws/quota-names.js';
import { SandboxAccount, simulatedQuotaName } from '#adapters/sandbox/account.js';
import { runAt } from '#adapters/sandbox/virtual-clock.js';
import { alarmName, compositeAlarmName } from '#core/catalogue.js';
import { NoSupportPlanError, PermanentAwsError, QuotaRequestUnavailableError, TransientAwsError } from '#core/errors.js';
import type { ModelRef, NotificationMessage } from '#core/model.js';
import { FunctionCrash, isFunctionCrash, SandboxAwsApi, type AwsCall } from '#local/deployed/aws-api.js';
import { simulatedStackSetId, UnknownAwsOperationError } from '#local/deployed/aws-call.js';
import type { Scenario } from '#types/generated/scenario.js';
import { ENV } from '#workflow/environment.js';
import { CloudWatchThresholdAlarms } from '#adapters/aws/threshold-alarms.js';
import { InMemoryThresholdAlarms } from '#adapters/sandbox/thresholds.js';
import { deploymentWith, OPUS } from '../thresholds/fixtures.js';
import { join } from 'node:path';
import { loadScenarioFile } from '#local/scenario-file.js';
import { PROJECT_ROOT } from '#local/project-root.js';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ops-alert-notifications';
const PARAMETER = '/ops-alert/settings';
const ENVIRONMENT = { [ENV.settingsParameterName]: PARAMETER, [ENV.notificationTopicArn]: TOPIC };
const AT = '2026-06-01T10:00:00.000Z';

const scenario = (extra: Partial<Scenario> = {}): Scenario => ({
  customerName: 'Acme',
  models: [
    { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10_000, tpm: 6_250_000 }, usage: { peakRpm: 9_500, peakTpm: 3_000_000 } },
    { name: 'Llama', modelId: 'us.meta.llama3-1-70b-instruct-v1:0', quotaCodes: { tpm: 'L-LLAMA-TPM' }, quotas: { tpm: 400_000 }, usage: { peakRpm: 40, peakTpm: 380_000 } },
  ],
  openCases: [{ subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request', status: 'opened', timeCreated: '2026-05-20T10:00:00Z', communications: ['first context'] }],
  subscribers: [{ email: 'all@example.com', preference: 'all' }, { email: 'critical@example.com', preference: 'critical' }, { email: 'warning@example.com', preference: 'warning' }],
  events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at: AT }],
  ...extra,
} as Scenario);

interface Routed {
  api: SandboxAwsApi;
  calls: AwsCall[];
  ports: Omit<Ports, 'ledger' | 'clock'>;
}

interface StackClient {
  config: { serviceId?: string };
  middlewareStack: { add: (middleware: unknown, options: { step: 'initialize'; name: string }) => void };
}

/** Sends every command of the client to the simulated account, as the deployed run's containers forward them. */
const routed = <C>(client: C, api: SandboxAwsApi, calls: AwsCall[], region: string): C => {
  const stack = client as unknown as StackClient;
  const service = stack.config.serviceId ?? 'unknown';
  stack.middlewareStack.add(
    (_next: unknown, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      const call: AwsCall = { functionId: 'test', service, operation: context.commandName ?? '', input: JSON.parse(JSON.stringify(args.input)) as Record<string, unknown>, region };
      calls.push(call);
      const output = structuredClone(await api.handle(call));
      return { output: { ...output, $metadata: { httpStatusCode: 200 } }, response: {} };
    },
    { step: 'initialize', name: 'sandboxAwsApi' },
  );
  return client;
};

const viaSdk = (account: SandboxAccount, options: ConstructorParameters<typeof SandboxAwsApi>[1] = {}): Routed => {
  const api = new SandboxAwsApi(account, { settingsParameterName: PARAMETER, topicArn: TOPIC, ...options });
  const calls: AwsCall[] = [];
  const region = account.region;
  const portOptions = { env: ENVIRONMENT, region };
  const cloudWatch = routed(new CloudWatchClient({ region }), api, calls, region);
  const serviceQuotas = routed(new ServiceQuotasClient({ region }), api, calls, region);
  return {
    api,
    calls,
    ports: {
      alarms: awsAlarmsPort(portOptions, cloudWatch),
      usage: awsUsagePort(portOptions, cloudWatch),
      quotas: awsQuotasPort(portOptions, serviceQuotas),
      quotaRequests: awsQuotaRequestsPort(portOptions, serviceQuotas),
      cases: awsCasesPort(portOptions, routed(new SupportClient({ region: 'us-east-1' }), api, calls, 'us-east-1')),
      notifications: awsNotificationsPort(portOptions, routed(new SNSClient({ region }), api, calls, region)),
      settings: awsSettingsPort(portOptions, routed(new SSMClient({ region }), api, calls, region)),
      // Step Functions is not emulated at the SDK level: the sandbox's own executions port.
      executions: account.ports().executions,
    },
  };
};

/** Two accounts from one scenario: the sandbox adapters answer from one, the AWS adapters (through the SDK) from the other. */
const pair = (s: Scenario = scenario(), options?: ConstructorParameters<typeof SandboxAwsApi>[1]): { source: SandboxAccount; sourcePorts: ReturnType<SandboxAccount['ports']>; deployed: SandboxAccount; sdk: Routed } => {
  const source = new SandboxAccount(structuredClone(s));
  const deployed = new SandboxAccount(structuredClone(s));
  for (const account of [source, deployed]) account.setClock(new Date(AT));
  return { source, sourcePorts: source.ports(), deployed, sdk: viaSdk(deployed, options) };
};

const refOf = (account: SandboxAccount, name: string): ModelRef => {
  const model = account.model(name);
  return { name: model.name, modelId: model.modelId, ...(model.quotaCodes ? { quotaCodes: model.quotaCodes } : {}) };
};

const at = <T>(time: string, fn: () => Promise<T>): Promise<T> => runAt({ now: new Date(time), executionName: 'exec-1' }, fn);

describe('SandboxAwsApi through the AWS adapters, compared with the sandbox adapters', () => {
  it('settings: GetParameter answers the settings document', async () => {
    const { sourcePorts, sdk } = pair();
    expect(await sdk.ports.settings.loadDocument()).toEqual(await sourcePorts.settings.loadDocument());
    expect(sdk.calls.map((c) => `${c.service}.${c.operation}`)).toEqual(['SSM.GetParameterCommand']);
  });

  it('alarms: metric and composite alarms as of the execution\'s time', async () => {
    const { source, sourcePorts, deployed, sdk } = pair();
    for (const account of [source, deployed]) {
      account.setAlarmStates('G-Opus-4-6', ['Throttles'], 'ALARM', '2026-06-01T09:59:00.000Z');
      account.setAlarmStates('G-Opus-4-6', ['Throttles'], 'OK', '2026-06-01T10:30:00.000Z');
    }
    const names = [alarmName('Acme', 'Throttles', 'G-Opus-4-6'), compositeAlarmName('Acme', 'G-Opus-4-6'), alarmName('Acme', 'ServerErrors', 'G-Opus-4-6'), 'Not-An-Alarm'];
    for (const time of [AT, '2026-06-01T10:31:00.000Z']) {
      const expected = await at(time, () => sourcePorts.alarms.describeAlarms(names));
      expect(expected.map((a) => a.type)).toEqual(['MetricAlarm', 'CompositeAlarm', 'MetricAlarm']);
      expect(await at(time, () => sdk.ports.alarms.describeAlarms(names))).toEqual(expected);
    }
    expect((await at(AT, () => sdk.ports.alarms.describeAlarms(names)))[0]?.state).toBe('ALARM');
    // Without AlarmTypes, CloudWatch answers metric alarms only.
    const metricOnly = await sdk.api.handle({ service: 'CloudWatch', operation: 'DescribeAlarms', input: { AlarmNames: [compositeAlarmName('Acme', 'G-Opus-4-6')] } });
    expect(metricOnly).toMatchObject({ MetricAlarms: [], CompositeAlarms: [] });
  });

  it('quotas: found by name (no quotaCodes) or by code, with the values and names the sandbox has', async () => {
    const { source, sourcePorts, sdk } = pair();
    for (const name of ['G-Opus-4-6', 'Llama']) {
      const expected = await sourcePorts.quotas.getModelQuotas(refOf(source, name));
      expect(await sdk.ports.quotas.getModelQuotas(refOf(source, name))).toEqual(expected);
    }
    const operations = sdk.calls.map((c) => c.operation);
    expect(operations).toContain('ListServiceQuotasCommand');
    // A quota found by name comes with its value from the listing; one given by code is read with GetServiceQuota.
    expect(operations.filter((o) => o === 'GetServiceQuotaCommand').length).toBeGreaterThanOrEqual(1);
  });

  it('quota names are found by the AWS adapters\' name matching for every sample model id', () => {
    const ids = ['global.anthropic.claude-opus-4-6-v1', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'meta.llama3-1-70b-instruct-v1:0', 'amazon.nova-pro-v1:0', 'eu.mistral.pixtral-large-2502-v1:0'];
    for (const id of ids) {
      const candidates = [
        { QuotaCode: 'L-T', QuotaName: simulatedQuotaName(id, 'TPM') },
        { QuotaCode: 'L-R', QuotaName: simulatedQuotaName(id, 'RPM') },
        { QuotaCode: 'L-X', QuotaName: simulatedQuotaName('global.anthropic.claude-opus-4-5-v1', 'TPM') },
      ];
      expect([id, findModelQuota(id, 'tokens-per-minute', candidates)?.QuotaCode]).toEqual([id, 'L-T']);
      expect([id, findModelQuota(id, 'requests-per-minute', candidates)?.QuotaCode]).toEqual([id, 'L-R']);
    }
  });

  it('usage: the per-minute series, also when GetMetricData answers in several pages', async () => {
    const window = { start: new Date('2026-05-31T10:00:00.000Z'), end: new Date(AT) };
    const { source, sourcePorts, sdk } = pair(scenario(), { metricDataPointsPerPage: 400 });
    const expected = await sourcePorts.usage.getUsageSeries(refOf(source, 'G-Opus-4-6'), window);
    expect(expected.status === 'ok' && expected.series.timestamps.length).toBeGreaterThan(200);
    expect(await sdk.ports.usage.getUsageSeries(refOf(source, 'G-Opus-4-6'), window)).toEqual(expected);
    expect(sdk.calls.filter((c) => c.operation === 'GetMetricDataCommand').length).toBeGreaterThan(2);
    // A model CloudWatch has no data for: an empty series, as the sandbox answers.
    const none = { name: 'Other', modelId: 'amazon.nova-lite-v1:0' };
    expect(await sdk.ports.usage.getUsageSeries(none, window)).toMatchObject({ status: 'ok', series: { timestamps: [] } });
  });

  it('usage with metric math: each MetricStat summed per Period, FILL(a, 0) + FILL(b, 0) their sum per time, in the order asked', async () => {
    const { scenario: summed } = loadScenarioFile(join(PROJECT_ROOT, 'samples', 'scenarios', '10-application-profiles-summed-peak.json'));
    const account = new SandboxAccount(summed);
    account.setClock(new Date(AT));
    const api = new SandboxAwsApi(account, {});
    const model = summed.models[0]!;
    const profile = model.applicationProfiles![0]!;
    const stat = (id: string, modelId: string, period: number, returnData = true): Record<string, unknown> => ({
      Id: id, ReturnData: returnData, MetricStat: { Metric: { Namespace: 'AWS/Bedrock', MetricName: 'EstimatedTPMQuotaUsage', Dimensions: [{ Name: 'ModelId', Value: modelId }] }, Period: period, Stat: 'Sum' },
    });
    const window = { StartTime: '2026-05-31T10:00:00.000Z', EndTime: AT };
    type Result = { Id: string; Timestamps: Date[]; Values: number[] };
    const read = async (queries: Record<string, unknown>[], scanBy?: string): Promise<Result[]> =>
      ((await at(AT, () => api.handle({ service: 'CloudWatch', operation: 'GetMetricData', input: { ...window, MetricDataQueries: queries, ...(scanBy ? { ScanBy: scanBy } : {}) } }))).MetricDataResults as Result[]);
    const asMap = (r: Result): Map<number, number> => new Map(r.Timestamps.map((t, i) => [t.getTime(), r.Values[i]!]));
    // Each source's per-minute series as the simulated account holds it, summed per 5 minutes here.
    const sources = account.usageBySource({ name: model.name, applicationProfiles: [{ name: profile.profileId, profileId: profile.profileId }] }, { start: new Date(window.StartTime), end: new Date(AT) });
    if (sources === 'unavailable') throw new Error('no usage');
    const per5 = (id: string): Map<number, number> => {
      const sums = new Map<number, number>();
      const { timestamps, estimatedTpm } = sources.get(id)!.series;
      timestamps.forEach((t, i) => sums.set(Math.floor(t / 300_000) * 300_000, (sums.get(Math.floor(t / 300_000) * 300_000) ?? 0) + estimatedTpm[i]!));
      return sums;
    };
    const own = per5(model.modelId);
    const other = per5(profile.profileId);
    expect(own.size).toBeGreaterThan(100);
    expect(other.size).toBeGreaterThan(100);
    const total = new Map(own);
    for (const [t, v] of other) total.set(t, (total.get(t) ?? 0) + v);

    for (const scanBy of ['TimestampAscending', undefined]) {
      const results = await read([stat('m0', model.modelId, 300, scanBy === undefined), stat('m1', profile.profileId, 300, false), { Id: 'total', Expression: 'FILL(m0, 0) + FILL(m1, 0)', ReturnData: true }], scanBy);
      expect(results.map((r) => r.Id)).toEqual(scanBy === undefined ? ['m0', 'total'] : ['total']);
      const sum = results.find((r) => r.Id === 'total')!;
      expect(asMap(sum)).toEqual(total);
      const times = sum.Timestamps.map((t) => t.getTime());
      // TimestampDescending unless asked otherwise, as CloudWatch answers.
      expect(times).toEqual([...total.keys()].sort((a, b) => (scanBy === undefined ? b - a : a - b)));
      if (scanBy === undefined) expect(asMap(results[0]!)).toEqual(own);
    }
  });

  it('cases: list, find, create (read back for its display id), look for a marker, append by case id and by display id', async () => {
    const { source, sourcePorts, deployed, sdk } = pair();
    const after = new Date('2026-04-01T00:00:00Z');
    const open = await sourcePorts.cases.listOpenCases(after);
    expect(open).toHaveLength(1);
    expect(await sdk.ports.cases.listOpenCases(after)).toEqual(open);
    expect(await sdk.ports.cases.listOpenCases(new Date('2026-05-21T00:00:00Z'))).toEqual([]);
    const displayId = open[0]?.displayId ?? '';
    expect(await sdk.ports.cases.findByDisplayId(displayId)).toEqual(await sourcePorts.cases.findByDisplayId(displayId));
    expect(await sdk.ports.cases.findByDisplayId('999')).toBeUndefined();

    const request = { subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation', body: 'Context [marker-1]', severityCode: 'high', ccEmailAddresses: ['a@example.com'], language: 'en' };
    const created = await sdk.ports.cases.createCase(request);
    expect(created).toEqual(await sourcePorts.cases.createCase(request));
    expect(created.displayId).not.toBe('');

    for (const [ports, caseId] of [[sourcePorts, created.caseId], [sdk.ports, created.caseId]] as const) {
      expect(await ports.cases.hasCommunication(caseId, 'marker-1', new Date(AT))).toBe(true);
      expect(await ports.cases.hasCommunication(caseId, 'marker-2', new Date(AT))).toBe(false);
    }
    await sourcePorts.cases.addCommunication(created.caseId, 'more [marker-2]');
    await sdk.ports.cases.addCommunication(created.displayId, 'more [marker-2]');
    expect(await sdk.ports.cases.hasCommunication(created.caseId, 'marker-2', new Date(AT))).toBe(true);
    expect(deployed.cases).toEqual(source.cases);
    await expect(sdk.ports.cases.addCommunication('case-unknown', 'x')).rejects.toThrow(/CaseIdNotFound/);
    expect(await sdk.ports.cases.getCase(created.caseId)).toEqual(await sourcePorts.cases.getCase(created.caseId));
    expect(await sdk.ports.cases.getCase('case-unknown')).toBeUndefined();
  });

  it('quota requests: create, find the open one again, poll until Service Quotas opens its case', async () => {
    const { source, sourcePorts, deployed, sdk } = pair();
    const ref = refOf(source, 'G-Opus-4-6');
    const expected = await sourcePorts.quotaRequests.requestIncrease(ref, 'L-3DCCFAA4', 9_000_000);
    const got = await sdk.ports.quotaRequests.requestIncrease(ref, 'L-3DCCFAA4', 9_000_000);
    expect(got).toEqual(expected);
    expect(got.status).toBe('PENDING');
    // An open request: ResourceAlreadyExistsException, then the adapter finds it in the history.
    const again = await sdk.ports.quotaRequests.requestIncrease(ref, 'L-3DCCFAA4', 9_500_000);
    expect(again).toMatchObject({ requestId: got.requestId, alreadyPending: true });
    expect(sdk.calls.map((c) => c.operation)).toContain('ListRequestedServiceQuotaChangeHistoryByQuotaCommand');
    const polled = await sdk.ports.quotaRequests.getRequest(got.requestId);
    expect(polled).toEqual(await sourcePorts.quotaRequests.getRequest(expected.requestId));
    expect(polled).toMatchObject({ status: 'CASE_OPENED', caseDisplayId: expect.any(String) as unknown as string });
    expect(deployed.requests).toEqual(source.requests);
    expect(deployed.cases).toEqual(source.cases);
    await expect(sdk.ports.quotaRequests.getRequest('req-unknown')).rejects.toThrow(PermanentAwsError);
  });

  it('quota requests: an outcome the scenario gives (approved) is polled, and the quota then reads the new value', async () => {
    const { source, sourcePorts, deployed, sdk } = pair(scenario({ quotaRequestOutcomes: [{ quota: 'TPM', status: 'APPROVED', afterPolls: 1 }] }));
    const ref = refOf(source, 'G-Opus-4-6');
    const created = await sdk.ports.quotaRequests.requestIncrease(ref, 'L-3DCCFAA4', 9_000_000);
    await sourcePorts.quotaRequests.requestIncrease(ref, 'L-3DCCFAA4', 9_000_000);
    const polled = await sdk.ports.quotaRequests.getRequest(created.requestId);
    expect(polled).toEqual(await sourcePorts.quotaRequests.getRequest(created.requestId));
    expect(polled.status).toBe('APPROVED');
    expect((await sdk.ports.quotas.getModelQuotas(ref)).tpm?.value).toBe(9_000_000);
    expect(deployed.requests).toEqual(source.requests);
  });

  it('publish: one e-mail per subscriber whose filter policy matches the severity attribute', async () => {
    const { source, sourcePorts, deployed, sdk } = pair();
    const message: NotificationMessage = { subject: 'Acme Bedrock alarm: Throttles', body: 'The body', attributes: { severity: 'CRITICAL', caseType: 'Quota Request', scenario: 'high_usage', model: 'G-Opus-4-6' } };
    await sourcePorts.notifications.publish(message);
    await sdk.ports.notifications.publish(message);
    expect(deployed.emails).toEqual(source.emails);
    expect(deployed.emails[0]?.recipients).toEqual(['all@example.com', 'critical@example.com']);
    await expect(sdk.api.handle({ service: 'SNS', operation: 'Publish', input: { TopicArn: `${TOPIC}-other`, Message: 'x' } })).rejects.toMatchObject({ name: 'NotFoundException', $fault: 'client' });
  });

  it('counts calls per SDK operation under the sandbox\'s names', async () => {
    const { deployed, sdk } = pair();
    await sdk.ports.quotas.getModelQuotas(refOf(deployed, 'Llama'));
    expect(deployed.calls.get('ServiceQuotas.GetServiceQuota')).toBe(1);
  });
});

describe('SandboxAwsApi and the threshold updater\'s alarm configurations', () => {
  it('the updater\'s CloudWatch adapter reads and writes the same configurations as the in-memory one', async () => {
    const deployment = deploymentWith(OPUS);
    const s = scenario({ models: [{ name: 'G-Opus-4-6', modelId: OPUS.modelId, quotaCodes: { tpm: 'L-3DCCFAA4' }, quotas: { tpm: 6_250_000 } }] });
    const direct = InMemoryThresholdAlarms.deployed(deployment);
    const stored = InMemoryThresholdAlarms.deployed(deployment);
    const account = new SandboxAccount(s);
    const calls: AwsCall[] = [];
    const api = new SandboxAwsApi(account, { thresholdAlarms: stored });
    const adapter = new CloudWatchThresholdAlarms({ client: routed(new CloudWatchClient({ region: 'us-east-1' }), api, calls, 'us-east-1') });
    const metricNames = account.modelAlarmNames('G-Opus-4-6');
    const composite = compositeAlarmName('Acme', 'G-Opus-4-6');
    const before = await direct.describe(metricNames, composite);
    expect(before.thresholds.size).toBeGreaterThan(3);
    expect(await adapter.describe(metricNames, composite)).toEqual(before);

    const usageAlarm = alarmName('Acme', 'HighTPMQuotaUsage', 'G-Opus-4-6');
    const resized = { ...structuredClone(direct.metricAlarms.get(usageAlarm)!), Threshold: 6_250_000 };
    await direct.putMetricAlarm(resized);
    await adapter.putMetricAlarm(resized);
    const rule = { ...structuredClone(direct.compositeAlarms.get(composite)!), AlarmRule: 'ALARM("x")' };
    await direct.putCompositeAlarm(rule);
    await adapter.putCompositeAlarm(rule);
    const after = await adapter.describe(metricNames, composite);
    expect(after).toEqual(await direct.describe(metricNames, composite));
    expect(after.thresholds.get(usageAlarm)).toBe(6_250_000);
    expect(stored.calls).toEqual(direct.calls);
    await adapter.deleteAlarms([usageAlarm]);
    expect(stored.metricAlarms.has(usageAlarm)).toBe(false);
    await expect(new SandboxAwsApi(account).handle({ service: 'CloudWatch', operation: 'DeleteAlarms', input: { AlarmNames: ['x'] } })).rejects.toThrow(UnknownAwsOperationError);
  });
});

describe('SandboxAwsApi errors, as the SDK throws them and the project maps them', () => {
  const faulty = (faults: NonNullable<Scenario['faults']>, extra: Partial<Scenario> = {}): ReturnType<typeof pair> => pair(scenario({ faults, ...extra }));

  it('throttling and server faults map to TransientAwsError; a permanent one to PermanentAwsError', async () => {
    const { sdk } = faulty([
      { api: 'CloudWatch.DescribeAlarms', error: 'throttling' },
      { api: 'CloudWatch.DescribeAlarms', error: 'server', skipCalls: 1 },
      { api: 'CloudWatch.DescribeAlarms', error: 'permanent', skipCalls: 2 },
    ]);
    const names = [alarmName('Acme', 'Throttles', 'G-Opus-4-6')];
    const throttled = sdk.ports.alarms.describeAlarms(names);
    await expect(throttled).rejects.toThrow(TransientAwsError);
    await expect(throttled).rejects.toThrow(/ThrottlingException|Throttling/);
    await expect(sdk.ports.alarms.describeAlarms(names)).rejects.toThrow(/InternalServiceFault/);
    await expect(sdk.ports.alarms.describeAlarms(names)).rejects.toThrow(PermanentAwsError);
    await expect(sdk.ports.alarms.describeAlarms(names)).resolves.toHaveLength(1);
  });

  it('a permanent fault fails the call for good, also where access denied would mean "Service Quotas unavailable"', async () => {
    const { sdk, deployed } = faulty([{ api: 'ServiceQuotas.RequestServiceQuotaIncrease', error: 'permanent' }, { api: 'Support.CreateCase', error: 'permanent' }]);
    const refused = await sdk.ports.quotaRequests.requestIncrease(refOf(deployed, 'G-Opus-4-6'), 'L-3DCCFAA4', 9_000_000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermanentAwsError);
    expect(refused).not.toBeInstanceOf(QuotaRequestUnavailableError);
    const request = { subject: 's', body: 'b', severityCode: 'low', ccEmailAddresses: [], language: 'en' };
    await expect(sdk.ports.cases.createCase(request)).rejects.toThrow(/AccessDeniedException/);
    expect(deployed.requests).toHaveLength(0);
  });

  it('a timeout is a network error whose outcome is unknown; with phase after, the call took effect', async () => {
    const { deployed, sdk } = faulty([{ api: 'SNS.Publish', error: 'timeout', phase: 'after' }]);
    const message: NotificationMessage = { subject: 's', body: 'b', attributes: { severity: 'WARNING', caseType: 'Investigation Request', scenario: 'x', model: 'G-Opus-4-6' } };
    const failed = await sdk.ports.notifications.publish(message).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(TransientAwsError);
    expect((failed as TransientAwsError).outcomeUnknown).toBe(true);
    expect(deployed.emails).toHaveLength(1);
  });

  it('a crash surfaces as the FunctionCrash marker, after the side effect when phase is after', async () => {
    const { deployed, sdk } = faulty([{ api: 'Support.CreateCase', error: 'crash', phase: 'after' }]);
    const error = await sdk.api.handle({ service: 'Support', operation: 'CreateCase', input: { subject: 's', communicationBody: 'b' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionCrash);
    expect(isFunctionCrash(structuredClone(error))).toBe(true);
    expect(isFunctionCrash(new Error('x'))).toBe(false);
    expect(deployed.cases.filter((c) => c.openedBy === 'workflow')).toHaveLength(1);
  });

  it('no Support plan → NoSupportPlanError; no Service Quotas access → QuotaRequestUnavailableError; quotas unreadable → PermanentAwsError', async () => {
    const { sdk, deployed } = pair(scenario({ supportPlan: false, serviceQuotasAvailable: false }));
    await expect(sdk.ports.cases.listOpenCases(new Date(0))).rejects.toThrow(NoSupportPlanError);
    await expect(sdk.ports.quotaRequests.requestIncrease(refOf(deployed, 'G-Opus-4-6'), 'L-3DCCFAA4', 9_000_000)).rejects.toThrow(QuotaRequestUnavailableError);
    const unrequestable = pair(scenario({ unrequestableQuotas: ['TPM'] }));
    const refused = await unrequestable.sdk.ports.quotaRequests.requestIncrease(refOf(unrequestable.deployed, 'G-Opus-4-6'), 'L-3DCCFAA4', 9_000_000).catch((e: unknown) => e);
    const expected = await unrequestable.sourcePorts.quotaRequests.requestIncrease(refOf(unrequestable.source, 'G-Opus-4-6'), 'L-3DCCFAA4', 9_000_000).catch((e: unknown) => e);
    expect(expected).toBeInstanceOf(QuotaRequestUnavailableError);
    expect(refused).toBeInstanceOf(QuotaRequestUnavailableError);
    expect((refused as Error).message).toMatch(/IllegalArgumentException/);
    deployed.setModelQuotas('Llama', {}, true);
    await expect(sdk.ports.quotas.getModelQuotas(refOf(deployed, 'Llama'))).rejects.toThrow(PermanentAwsError);
    // Found by name (no quotaCodes): listing the quotas is refused too (the denial is the caller's).
    deployed.setModelQuotas('G-Opus-4-6', {}, true);
    const unreadable = await sdk.ports.quotas.getModelQuotas(refOf(deployed, 'G-Opus-4-6')).catch((e: unknown) => e);
    expect(unreadable).toBeInstanceOf(PermanentAwsError);
    expect((unreadable as Error).message).toMatch(/ListServiceQuotas failed with AccessDeniedException/);
  });

  it('an operation it does not simulate fails loudly', async () => {
    const { sdk } = pair();
    await expect(sdk.api.handle({ service: 'CloudWatch', operation: 'DeleteDashboardsCommand', input: {} })).rejects.toThrow(UnknownAwsOperationError);
    await expect(sdk.api.handle({ service: 'EC2', operation: 'RunInstances', input: {} })).rejects.toThrow(/does not answer EC2 RunInstances/);
  });
});

describe('SandboxAwsApi: CloudFormation ListStackInstances of the spoke stack set (organization mode, the hub)', () => {
  const instances = ['222222222222', '555555555555'].flatMap((account) => ['us-east-1', 'us-west-2'].map((region) => ({ account, region, status: 'CURRENT', detailedStatus: 'SUCCEEDED' })));
  const api = new SandboxAwsApi(new SandboxAccount(scenario()), { spokeStackSet: { name: 'Acme-BedrockOpsAlert-Spoke', callAs: 'DELEGATED_ADMIN', instances: () => instances } });
  const list = (input: Record<string, unknown>) => api.handle({ service: 'CloudFormation', operation: 'ListStackInstances', input });

  it('answers every instance, page by page, with the stack set id, status and detailed status', async () => {
    const first = await list({ StackSetName: 'Acme-BedrockOpsAlert-Spoke', CallAs: 'DELEGATED_ADMIN', MaxResults: 3 });
    const second = await list({ StackSetName: simulatedStackSetId('Acme-BedrockOpsAlert-Spoke'), CallAs: 'DELEGATED_ADMIN', MaxResults: 3, NextToken: first.NextToken });
    const summaries = [...(first.Summaries as object[]), ...(second.Summaries as object[])];
    expect(second.NextToken).toBeUndefined();
    expect(summaries.map((s) => s as { Account: string; Region: string; Status: string; StackInstanceStatus: { DetailedStatus: string }; StackSetId: string })
      .map((s) => `${s.Account}/${s.Region} ${s.Status} ${s.StackInstanceStatus.DetailedStatus} ${s.StackSetId === simulatedStackSetId('Acme-BedrockOpsAlert-Spoke')}`))
      .toEqual(instances.map((i) => `${i.account}/${i.region} CURRENT SUCCEEDED true`));
  });

  it('a SELF call does not see a stack set the hub administers as delegated administrator, nor another name', async () => {
    await expect(list({ StackSetName: 'Acme-BedrockOpsAlert-Spoke' })).rejects.toMatchObject({ name: 'StackSetNotFoundException', $fault: 'client' });
    await expect(list({ StackSetName: 'Other', CallAs: 'DELEGATED_ADMIN' })).rejects.toMatchObject({ name: 'StackSetNotFoundException' });
  });
});
