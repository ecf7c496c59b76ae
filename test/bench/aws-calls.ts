/**
 * AWS calls per event: the real workflow (statemachine/ on the local engine, the real step handlers, the AWS adapters)
 * against SDK clients mocked with aws-sdk-client-mock to answer like a real account. Each measured execution runs on
 * a fresh LocalWorkflow, i.e. with every function cold: a warm function also skips the reads its adapters cache
 * (the settings parameter for 60 s, Support's service and severity lists).
 *
 * The adapters' counting middleware cannot see these calls (a mocked `send` bypasses the SDK's middleware stack), so
 * the CallCounter is filled from the mocks' call history, with the same "Service.Operation" names. DynamoDB (the case
 * ledger and the idempotency table) runs on the local dynalite and is counted apart, at the HTTP layer, so that the
 * Powertools idempotency layer's own client is counted too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand,
  type CompositeAlarm, type DescribeAlarmsCommandInput, type GetMetricDataCommandInput, type MetricAlarm, type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import {
  GetRequestedServiceQuotaChangeCommand, GetServiceQuotaCommand, RequestServiceQuotaIncreaseCommand, ServiceQuotasClient,
  type GetServiceQuotaCommandInput, type RequestServiceQuotaIncreaseCommandInput,
} from '@aws-sdk/client-service-quotas';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import {
  AddCommunicationToCaseCommand, CreateCaseCommand, DescribeCasesCommand, DescribeServicesCommand, DescribeSeverityLevelsCommand, SupportClient,
  type CaseDetails, type CreateCaseCommandInput, type DescribeCasesCommandInput,
} from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import { CallCounter, createAwsPorts } from '#adapters/aws/index.js';
import { callName } from '#adapters/aws/call-counter.js';
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import { ALARM_KINDS, alarmName, compositeAlarmName, type AlarmKind } from '#core/catalogue.js';
import { caseSubject } from '#core/case-text.js';
import { MAX_APPLICATION_PROFILES } from '#core/model.js';
import { executionNameFor } from '#core/execution-name.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '#local/local-dynamodb.js';
import { LocalWorkflow } from '#local/runtime.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import type { WorkflowState } from '#steps/state.js';
import { dynamoDbIdempotency } from '#lambda/dynamodb-idempotency.js';
import { ENV } from '#workflow/environment.js';
import type { BenchSection } from './section.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const CUSTOMER = 'Acme';
const MODEL = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotaCodes: { rpm: 'L-3DD46812', tpm: 'L-3DCCFAA4' } };
const QUOTAS: Record<string, { name: string; value: number }> = {
  [MODEL.quotaCodes.rpm]: { name: `Global cross-Region model inference requests per minute for ${MODEL.name}`, value: 10_000 },
  [MODEL.quotaCodes.tpm]: { name: `Global cross-Region model inference tokens per minute for ${MODEL.name}`, value: 6_250_000 },
};
const SETTINGS: { customerName: string; models: (typeof MODEL & { applicationProfiles?: { name: string; profileId: string }[] })[]; [key: string]: unknown } = {
  customerName: CUSTOMER,
  models: [{ ...MODEL }],
  settleWindowSeconds: 0,
  caseAutomation: { enabled: true, lookbackDays: 60 },
};
const ENVIRONMENT = {
  [ENV.settingsParameterName]: '/ops-alert/settings',
  [ENV.notificationTopicArn]: `arn:aws:sns:${REGION}:${ACCOUNT}:ops-alert-notifications`,
};
const SAMPLE_EVENT = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as AlarmEvent;

interface AlarmEvent {
  id: string;
  time: string;
  resources: string[];
  detail: { alarmName: string; state: { timestamp: string; [key: string]: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

const alarmArn = (name: string): string => `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`;
const MINUTE_MS = 60_000;

/** The sample event, about another alarm of the model and another transition. */
const eventFor = (kind: AlarmKind, at: Date): AlarmEvent => {
  const event = structuredClone(SAMPLE_EVENT);
  const name = alarmName(CUSTOMER, kind, MODEL.name);
  event.id = `bench-${kind}-${at.getTime()}`;
  event.time = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  event.resources = [alarmArn(name)];
  event.detail.alarmName = name;
  event.detail.state.timestamp = at.toISOString().replace('Z', '+0000');
  return event;
};

/** The account the mocks describe: alarm states, Support cases, quota requests. */
class MockAccount {
  readonly alarms = new Map<string, Date>();
  /** Every GetMetricData request, as the usage adapter sent it. */
  readonly metricDataInputs: GetMetricDataCommandInput[] = [];
  readonly cases: Required<Pick<CaseDetails, 'caseId' | 'displayId' | 'subject' | 'status' | 'timeCreated'>>[] = [];
  private sequence = 0;

  constructor(private now: () => Date) {}

  next(): number {
    this.sequence += 1;
    return this.sequence;
  }

  openCase(subject: string): { caseId: string; displayId: string } {
    const n = this.next();
    const details = { caseId: `case-${ACCOUNT}-2026-bench${n}`, displayId: `1781000000${String(n).padStart(5, '0')}`, subject, status: 'opened', timeCreated: this.now().toISOString() };
    this.cases.push(details);
    return details;
  }

  /** DescribeAlarms by AlarmNames, as CloudWatch answers it: composites only when AlarmTypes asks for them. */
  describeAlarms(input: DescribeAlarmsCommandInput): { MetricAlarms: MetricAlarm[]; CompositeAlarms: CompositeAlarm[] } {
    const composite = compositeAlarmName(CUSTOMER, MODEL.name);
    const metricNames = ALARM_KINDS.map((kind) => alarmName(CUSTOMER, kind, MODEL.name));
    const state = (name: string): Pick<MetricAlarm, 'StateValue' | 'StateReason' | 'StateTransitionedTimestamp' | 'StateUpdatedTimestamp'> => {
      const since = this.alarms.get(name);
      const at = since ?? new Date('2026-01-01T00:00:00Z');
      return { StateValue: since ? 'ALARM' : 'OK', StateReason: since ? 'Threshold Crossed' : 'Back to normal', StateTransitionedTimestamp: at, StateUpdatedTimestamp: at };
    };
    const asked = new Set(input.AlarmNames ?? []);
    return {
      MetricAlarms: metricNames.filter((name) => asked.has(name)).map((name) => ({ AlarmName: name, AlarmArn: alarmArn(name), ...state(name) })),
      CompositeAlarms: asked.has(composite) && input.AlarmTypes?.includes('CompositeAlarm')
        ? [{ AlarmName: composite, AlarmArn: alarmArn(composite), ...state(composite) }]
        : [],
    };
  }

  describeCases(input: DescribeCasesCommandInput): { cases: CaseDetails[] } {
    if (input.caseIdList) return { cases: this.cases.filter((c) => input.caseIdList?.includes(c.caseId)) };
    if (input.displayId) return { cases: this.cases.filter((c) => c.displayId === input.displayId) };
    const after = input.afterTime ? Date.parse(input.afterTime) : 0;
    return { cases: this.cases.filter((c) => c.status !== 'resolved' && Date.parse(c.timeCreated) >= after) };
  }
}

/** 60 minutes of per-minute usage ending 5 minutes before `end`: a busy model close to its quotas. */
const usageResults = (end: Date): MetricDataResult[] => {
  const last = Math.floor(end.getTime() / MINUTE_MS) * MINUTE_MS - 5 * MINUTE_MS;
  const timestamps = Array.from({ length: 60 }, (_, i) => new Date(last - (59 - i) * MINUTE_MS));
  const wave = (peak: number): number[] => timestamps.map((_, i) => Math.round(peak * (0.5 + 0.5 * Math.sin((i / 59) * Math.PI))));
  return [
    { Id: 'invocations', StatusCode: 'Complete', Timestamps: timestamps, Values: wave(9_000) },
    { Id: 'estimated_tpm', StatusCode: 'Complete', Timestamps: timestamps, Values: wave(5_600_000) },
    { Id: 'input_tokens', StatusCode: 'Complete', Timestamps: timestamps, Values: wave(4_000_000) },
    { Id: 'output_tokens', StatusCode: 'Complete', Timestamps: timestamps, Values: wave(400_000) },
  ];
};

/** What the bench needs of a client mock. */
interface AnyStub {
  calls(): { args: readonly unknown[] }[];
  resetHistory(): unknown;
  restore(): void;
}

/** Every SDK client the AWS ports use, mocked (every instance), answering from the account. */
const mockAccount = (account: MockAccount, now: () => Date): Map<string, AnyStub> => {
  const cloudWatch = mockClient(CloudWatchClient);
  cloudWatch.on(DescribeAlarmsCommand).callsFake((input: DescribeAlarmsCommandInput) => account.describeAlarms(input));
  cloudWatch.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    account.metricDataInputs.push(input);
    return { MetricDataResults: usageResults(now()) };
  });

  const serviceQuotas = mockClient(ServiceQuotasClient);
  serviceQuotas.on(GetServiceQuotaCommand).callsFake((input: GetServiceQuotaCommandInput) => {
    const quota = QUOTAS[input.QuotaCode ?? ''];
    if (!quota) throw Object.assign(new Error('The quota does not exist'), { name: 'NoSuchResourceException', $metadata: { httpStatusCode: 400 } });
    return { Quota: { ServiceCode: 'bedrock', QuotaCode: input.QuotaCode, QuotaName: quota.name, Value: quota.value, Adjustable: true, Unit: 'None' } };
  });
  const requests = new Map<string, { QuotaCode?: string; DesiredValue?: number }>();
  serviceQuotas.on(RequestServiceQuotaIncreaseCommand).callsFake((input: RequestServiceQuotaIncreaseCommandInput) => {
    const id = `req-bench-${account.next()}`;
    requests.set(id, { QuotaCode: input.QuotaCode, DesiredValue: input.DesiredValue });
    return { RequestedQuota: { Id: id, ServiceCode: 'bedrock', QuotaCode: input.QuotaCode, DesiredValue: input.DesiredValue, Status: 'PENDING', Created: now() } };
  });
  // Service Quotas has opened the case by the first poll (it usually takes seconds).
  serviceQuotas.on(GetRequestedServiceQuotaChangeCommand).callsFake((input: { RequestId?: string }) => {
    const request = requests.get(input.RequestId ?? '') ?? {};
    const { displayId } = account.openCase(`Limit Increase: Amazon Bedrock (${request.QuotaCode ?? 'quota'})`);
    return { RequestedQuota: { Id: input.RequestId, ServiceCode: 'bedrock', ...request, Status: 'CASE_OPENED', CaseId: displayId, Created: now() } };
  });

  const support = mockClient(SupportClient);
  support.on(DescribeCasesCommand).callsFake((input: DescribeCasesCommandInput) => account.describeCases(input));
  support.on(DescribeServicesCommand).resolves({
    services: [
      { code: 'amazon-bedrock-agentcore', name: 'Amazon Bedrock AgentCore', categories: [{ code: 'general-guidance', name: 'General Guidance' }] },
      { code: 'amazon-bedrock', name: 'Amazon Bedrock', categories: [{ code: 'general-guidance', name: 'General Guidance' }, { code: 'other', name: 'Other' }] },
    ],
  });
  support.on(DescribeSeverityLevelsCommand).resolves({
    severityLevels: ['low', 'normal', 'high', 'urgent', 'critical'].map((code) => ({ code, name: code })),
  });
  support.on(CreateCaseCommand).callsFake((input: CreateCaseCommandInput) => ({ caseId: account.openCase(input.subject ?? '').caseId }));
  support.on(AddCommunicationToCaseCommand).resolves({ result: true });

  const sns = mockClient(SNSClient);
  sns.on(PublishCommand).callsFake(() => ({ MessageId: `message-${account.next()}` }));

  const ssm = mockClient(SSMClient);
  ssm.on(GetParameterCommand).callsFake(() => ({
    Parameter: { Name: ENVIRONMENT[ENV.settingsParameterName], Type: 'String', Value: JSON.stringify(SETTINGS), Version: 1 },
  }));

  return new Map<string, AnyStub>([
    ['CloudWatchClient', cloudWatch],
    ['ServiceQuotasClient', serviceQuotas],
    ['SupportClient', support],
    ['SNSClient', sns],
    ['SSMClient', ssm],
  ]);
};

/** The calls the mocks received since their history was last reset, by "Service.Operation". */
const drainCalls = (mocks: Map<string, AnyStub>): CallCounter => {
  const counter = new CallCounter();
  for (const [clientName, mock] of mocks) {
    for (const call of mock.calls()) counter.record(callName({ clientName, commandName: (call.args[0] as object).constructor.name }));
    mock.resetHistory();
  }
  return counter;
};

interface HttpRequestLike {
  headers: Record<string, string>;
  body?: unknown;
}
interface RequestHandlerLike {
  handle(request: HttpRequestLike, options?: unknown): Promise<unknown>;
  updateHttpClientConfig?(key: never, value: never): void;
  httpHandlerConfigs?(): unknown;
  destroy?(): void;
}

/**
 * A DynamoDB client configuration whose HTTP handler counts each request by operation and table role, e.g.
 * "DynamoDB.PutItem (idempotency)". Counting HTTP requests also counts SDK retries, which dynalite does not cause.
 */
const countingDynamoConfig = (base: DynamoDBClientConfig, counter: () => CallCounter): { config: DynamoDBClientConfig; close: () => void } => {
  const carrier = new DynamoDBClient(base);
  const inner = carrier.config.requestHandler as unknown as RequestHandlerLike;
  const handler: RequestHandlerLike = {
    handle: (request, options) => {
      const target = request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'] ?? 'Unknown.Unknown';
      const operation = target.slice(target.indexOf('.') + 1);
      const { body } = request;
      let table = '';
      try {
        const text = typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : '{}';
        table = String((JSON.parse(text) as { TableName?: unknown }).TableName ?? '');
      } catch {
        // A body that is not JSON has no table to name.
      }
      const role = table.endsWith('-idempotency') ? 'idempotency' : table.endsWith('-case-ledger') ? 'ledger' : 'other';
      counter().record(`DynamoDB.${operation} (${role})`);
      return inner.handle(request, options);
    },
    updateHttpClientConfig: (key, value) => inner.updateHttpClientConfig?.(key, value),
    httpHandlerConfigs: () => inner.httpHandlerConfigs?.(),
  };
  return { config: { ...base, requestHandler: handler as unknown as DynamoDBClientConfig['requestHandler'] }, close: () => carrier.destroy() };
};

type PathKey = 'steady' | 'steadyLedger' | 'steadyMaxProfiles' | 'createInvestigation' | 'createQuotaIncrease';

interface Measured {
  key: PathKey;
  label: string;
  aws: Record<string, number>;
  dynamoDb: Record<string, number>;
  states: string[];
}

/** Runs one event through a cold workflow and checks it took the path it was meant to measure. */
const measure = async (
  run: { key: PathKey; label: string; kind: AlarmKind; at: Date; expect: (state: Partial<WorkflowState>) => boolean },
  env: { account: MockAccount; mocks: Map<string, AnyStub>; tables: { ledgerTable: string; idempotencyTable: string }; dynamo: DynamoDBClientConfig; setNow: (at: Date) => void; dynamoCounter: { current: CallCounter } },
): Promise<Measured> => {
  const { account, mocks, tables, dynamo, setNow, dynamoCounter } = env;
  account.alarms.set(alarmName(CUSTOMER, run.kind, MODEL.name), run.at);
  account.alarms.set(compositeAlarmName(CUSTOMER, MODEL.name), run.at);
  setNow(new Date(run.at.getTime() + 30_000));
  const ledger = new DynamoDbCaseLedger(tables.ledgerTable, dynamo);
  const workflow = new LocalWorkflow({
    ports: () => ({ ...createAwsPorts({ env: ENVIRONMENT, region: REGION }), ledger, clock: { now: () => new Date(run.at.getTime() + 30_000) } }),
    idempotency: dynamoDbIdempotency(tables.idempotencyTable, dynamo),
  });
  drainCalls(mocks);
  dynamoCounter.current = new CallCounter();
  const event = eventFor(run.kind, run.at);
  const record = await workflow.run(event, executionNameFor({ alarmName: event.detail.alarmName, stateTimestamp: event.detail.state.timestamp }));
  const aws = drainCalls(mocks).snapshot();
  const dynamoDb = dynamoCounter.current.snapshot();
  const state = (record.output ?? {}) as Partial<WorkflowState>;
  if (record.status !== 'SUCCEEDED' || !run.expect(state)) {
    throw new Error(
      `aws-calls bench: the ${run.label} did not take its path (${record.status}${record.error ? ` ${record.error}: ${record.cause}` : ''}; ` +
        `states ${record.states.join(' > ')}; caseAction ${JSON.stringify(state.caseAction ?? null)})`,
    );
  }
  account.alarms.clear();
  return { key: run.key, label: run.label, aws, dynamoDb, states: record.states };
};

/** GetMetricData returns at most this many data points per call (CloudWatch API reference). */
const GET_METRIC_DATA_MAX_DATAPOINTS = 100_800;

/** The data points a GetMetricData request returns at most: per returned query, one per period of the window. */
const datapointsOf = (input: GetMetricDataCommandInput): number => {
  const seconds = ((input.EndTime?.getTime() ?? 0) - (input.StartTime?.getTime() ?? 0)) / 1000;
  return (input.MetricDataQueries ?? [])
    .filter((query) => query.ReturnData !== false)
    // A math expression returns one point per period of the metrics it reads: the per-minute sums.
    .reduce((sum, query) => sum + Math.ceil(seconds / (query.MetricStat?.Period ?? 60)), 0);
};

const total = (tallies: Record<string, number>): number => Object.values(tallies).reduce((sum, n) => sum + n, 0);

const printTable = (title: string, measured: Measured[], pick: (m: Measured) => Record<string, number>): void => {
  const apis = [...new Set(measured.flatMap((m) => Object.keys(pick(m))))].sort();
  const width = Math.max(title.length, ...apis.map((a) => a.length)) + 2;
  const columns = measured.map((m) => Math.max(m.key.length, 5) + 2);
  const row = (label: string, cells: (string | number)[]): string => `  ${label.padEnd(width)}${cells.map((c, i) => String(c).padStart(columns[i] ?? 8)).join('')}`;
  console.log(row(title, measured.map((m) => m.key)));
  for (const api of apis) console.log(row(`  ${api}`, measured.map((m) => pick(m)[api] ?? 0)));
  console.log(row('  total', measured.map((m) => total(pick(m)))));
};

export const awsCalls: BenchSection = {
  id: 'aws-calls',
  name: 'AWS calls per event (real workflow on the local engine, AWS adapters on mocked SDK clients, cold functions)',
  async run() {
    let now = new Date('2026-06-01T10:00:30Z');
    const account = new MockAccount(() => now);
    const mocks = mockAccount(account, () => now);
    let dynamo: LocalDynamoDb | undefined;
    const dynamoCounter = { current: new CallCounter() };
    let counting: ReturnType<typeof countingDynamoConfig> | undefined;
    try {
      dynamo = await startLocalDynamoDb();
      counting = countingDynamoConfig(dynamo.clientConfig, () => dynamoCounter.current);
      const common = { account, mocks, dynamo: counting.config, setNow: (at: Date) => { now = at; }, dynamoCounter };
      const quotaSubject = caseSubject(CUSTOMER, MODEL.name, 'Quota Request');
      const measured: Measured[] = [];

      // Steady path: a Quota Request case is open; the first event finds it with DescribeCases (empty ledger), the
      // next transition finds it in the ledger.
      const steadyTables = await dynamo.createTables('bench-steady');
      now = new Date('2026-05-20T10:00:00Z');
      account.openCase(quotaSubject);
      const appended = (s: Partial<WorkflowState>): boolean => s.caseAction?.action === 'appended' && s.caseAction.via === 'support';
      measured.push(await measure({ key: 'steady', label: 'steady path (open case found with DescribeCases)', kind: 'Throttles', at: new Date('2026-06-01T10:00:00Z'), expect: (s) => appended(s) && s.openCase?.case?.source === 'describe_cases' }, { ...common, tables: steadyTables }));
      measured.push(await measure({ key: 'steadyLedger', label: 'steady path (open case in the ledger)', kind: 'Throttles', at: new Date('2026-06-01T11:00:00Z'), expect: (s) => appended(s) && s.openCase?.case?.source === 'ledger' }, { ...common, tables: steadyTables }));
      // The same steady path for a model with the most application profiles one usage read supports: still one
      // GetMetricData (metric math sums the sources); its data points are counted from the request the adapter sent.
      const model = SETTINGS.models[0]!;
      model.applicationProfiles = Array.from({ length: MAX_APPLICATION_PROFILES }, (_, i) => ({ name: `team-${i}`, profileId: `profile${String(i).padStart(4, '0')}` }));
      account.metricDataInputs.length = 0;
      measured.push(await measure({ key: 'steadyMaxProfiles', label: `steady path, ${MAX_APPLICATION_PROFILES} application profiles (open case in the ledger)`, kind: 'Throttles', at: new Date('2026-06-01T12:00:00Z'), expect: (s) => appended(s) && s.openCase?.case?.source === 'ledger' && (s.facts?.usage?.status === 'ok') }, { ...common, tables: steadyTables }));
      delete model.applicationProfiles;
      const maxProfilesRequest = account.metricDataInputs;
      if (maxProfilesRequest.length !== 1) throw new Error(`aws-calls bench: ${maxProfilesRequest.length} GetMetricData calls with ${MAX_APPLICATION_PROFILES} profiles (expected 1)`);
      const datapoints = datapointsOf(maxProfilesRequest[0]!);
      console.log(`  GetMetricData with ${MAX_APPLICATION_PROFILES} application profiles: 1 call, ${maxProfilesRequest[0]!.MetricDataQueries?.length} queries, ${datapoints} data points returned (limit ${GET_METRIC_DATA_MAX_DATAPOINTS})`);
      account.cases.length = 0;

      // Create path: no open case. ServerErrors opens an Investigation case; HighTPMQuotaUsage at high usage requests
      // a TPM increase and appends the context to the case Service Quotas opens.
      measured.push(await measure({ key: 'createInvestigation', label: 'create path (Investigation case)', kind: 'ServerErrors', at: new Date('2026-06-02T10:00:00Z'), expect: (s) => s.caseAction?.action === 'created' && s.caseAction.via === 'support' }, { ...common, tables: await dynamo.createTables('bench-investigation') }));
      account.cases.length = 0;
      measured.push(await measure({ key: 'createQuotaIncrease', label: 'create path (quota increase)', kind: 'HighTPMQuotaUsage', at: new Date('2026-06-03T10:00:00Z'), expect: (s) => s.caseAction?.action === 'created' && s.caseAction.via === 'service_quotas' && Boolean(s.caseAction.caseId) }, { ...common, tables: await dynamo.createTables('bench-quota') }));

      for (const m of measured) console.log(`  ${m.key}: ${m.label}: ${m.states.filter((s) => !s.endsWith('?')).join(' > ')}`);
      printTable('AWS calls', measured, (m) => m.aws);
      printTable('DynamoDB calls (dynalite)', measured, (m) => m.dynamoDb);
      const perPath = (pick: (m: Measured) => Record<string, number>): Record<PathKey, number> =>
        Object.fromEntries(measured.map((m) => [m.key, total(pick(m))])) as Record<PathKey, number>;
      return {
        awsCallsPerEvent: perPath((m) => m.aws), dynamoDbCallsPerEvent: perPath((m) => m.dynamoDb),
        maxProfilesPerModel: MAX_APPLICATION_PROFILES, maxDatapointsPerGetMetricData: datapoints,
      };
    } finally {
      for (const mock of mocks.values()) mock.restore();
      counting?.close();
      await dynamo?.close();
    }
  },
};
