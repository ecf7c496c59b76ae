/**
 * The simulated account answering at the SDK level (deployed-artifact run): each AWS call a bundle sends is answered
 * from the scenario's SandboxAccount with the output shape the SDK would return (Date objects where the SDK
 * deserialises timestamps), or fails with an SDK-shaped service exception (`name`, `$fault`, `$metadata`,
 * `$retryable`) that the project's error mapping (src/adapters/aws/errors.ts) classifies as it would in AWS.
 *
 * The account's state is shared with the source-level run's model of it, so what the deployed run leaves behind
 * (cases, requests, e-mails) is comparable. Calls are counted, and the scenario's faults injected, per SDK operation
 * under the same "Service.Operation" names the sandbox uses.
 *
 * Answers depend on the execution's simulated time: call `handle` inside the virtual clock's `runAt(...)` of the
 * execution that made the call (src/adapters/sandbox/virtual-clock.ts), as the source-level run does.
 */
import { simulatedQuotaName, type SandboxAccount, type ScenarioFault } from '#adapters/sandbox/account.js';
import { compositeAlarmName, QUOTA_NAMES, type QuotaName } from '#core/catalogue.js';
import type { CompositeAlarmConfiguration, MetricAlarmConfiguration } from '#core/alarm-config.js';
import type { InMemoryThresholdAlarms } from '#adapters/sandbox/thresholds.js';
import { scenarioInferenceProfiles } from '#adapters/sandbox/inference-profiles.js';
import type { AlarmStatus, ModelRef, QuotaIncreaseRequest, UsageSeries } from '#core/model.js';
import type { StackInstanceSummary } from '#core/threshold-deployment.js';
import { operationName, simulatedStackSetId, UnknownAwsOperationError, type AwsCall } from './aws-call.js';

export type { AwsCall } from './aws-call.js';
export { UnknownAwsOperationError } from './aws-call.js';

/** Starts the message of every FunctionCrash: a structured clone (a worker message) keeps only an Error's message. */
export const FUNCTION_CRASH_MARK = '[function crash]';

/**
 * An injected "crash" fault: the function dies (before the call, or after it took effect). It is not an AWS
 * error and must not reach the bundle's code as one: the container that runs the bundle must recognise it
 * (`isFunctionCrash`) and end the invocation as a dead runtime does (the worker exits; the engine then sees the
 * Lambda failure Step Functions reports for it, `Lambda.Unknown`), instead of handing it to the bundle.
 */
export class FunctionCrash extends Error {
  readonly functionCrash = true;
  constructor(readonly api: string, readonly phase: 'before' | 'after') {
    super(`${FUNCTION_CRASH_MARK} ${api}: injected crash ${phase === 'after' ? 'after the call took effect' : 'before the call'}: the function dies`);
    this.name = 'FunctionCrash';
  }
}

/** True for a FunctionCrash, also after a structured clone. */
export const isFunctionCrash = (error: unknown): error is FunctionCrash =>
  error instanceof FunctionCrash ||
  (typeof error === 'object' && error !== null &&
    ((error as { functionCrash?: unknown }).functionCrash === true || String((error as { message?: unknown }).message ?? '').startsWith(FUNCTION_CRASH_MARK)));

/** An SDK v3 service exception's shape (what `@smithy/smithy-client`'s ServiceException carries). */
export interface SdkServiceError extends Error {
  $fault: 'client' | 'server';
  $metadata: { httpStatusCode: number; requestId?: string; attempts?: number; totalRetryDelay?: number };
  $retryable?: { throttling?: boolean };
}

let requestCounter = 0;

/** Builds an SDK-shaped service exception. */
export const sdkServiceError = (
  name: string,
  message: string,
  options: { fault: 'client' | 'server'; status: number; retryable?: { throttling?: boolean } },
): SdkServiceError => {
  requestCounter += 1;
  return Object.assign(new Error(message), {
    name,
    $fault: options.fault,
    $metadata: { httpStatusCode: options.status, requestId: `sim-${requestCounter}`, attempts: 1, totalRetryDelay: 0 },
    ...(options.retryable ? { $retryable: options.retryable } : {}),
  });
};

/** What the SDK's Node HTTP handler throws when the response does not come in time: no HTTP status at all. */
const networkTimeout = (api: string, phase: 'before' | 'after'): Error =>
  Object.assign(new Error(`${api}: connection timed out (injected timeout fault${phase === 'after' ? ' after the call took effect' : ''})`), {
    name: 'TimeoutError',
    code: 'ETIMEDOUT',
    $metadata: { attempts: 1, totalRetryDelay: 0 },
  });

/** Each service's own names for throttling, a server fault and access denied. */
interface ServiceErrors {
  /** "CloudWatch": the prefix of the sandbox's call names ("CloudWatch.DescribeAlarms"). */
  prefix: string;
  throttling: { name: string; status: number };
  server: { name: string; status: number };
  denied: { name: string; status: number };
  /**
   * The injected "permanent" fault: per the scenario schema the execution then fails (and can be re-driven), so it
   * must be an error no adapter reinterprets. Access denied is, everywhere but on RequestServiceQuotaIncrease, where
   * the adapter takes it for "Service Quotas unavailable" and falls back to a Support case: Service Quotas gets a
   * validation error instead.
   */
  permanent?: { name: string; status: number };
}

const SERVICE_ERRORS: Readonly<Record<string, ServiceErrors>> = {
  cloudwatch: { prefix: 'CloudWatch', throttling: { name: 'Throttling', status: 400 }, server: { name: 'InternalServiceFault', status: 500 }, denied: { name: 'AccessDenied', status: 403 } },
  servicequotas: {
    prefix: 'ServiceQuotas', throttling: { name: 'TooManyRequestsException', status: 400 }, server: { name: 'ServiceException', status: 500 }, denied: { name: 'AccessDeniedException', status: 400 },
    permanent: { name: 'ValidationException', status: 400 },
  },
  support: { prefix: 'Support', throttling: { name: 'ThrottlingException', status: 400 }, server: { name: 'InternalServerError', status: 500 }, denied: { name: 'AccessDeniedException', status: 400 } },
  sns: { prefix: 'SNS', throttling: { name: 'ThrottledException', status: 429 }, server: { name: 'InternalErrorException', status: 500 }, denied: { name: 'AuthorizationErrorException', status: 403 } },
  ssm: { prefix: 'SSM', throttling: { name: 'ThrottlingException', status: 400 }, server: { name: 'InternalServerError', status: 500 }, denied: { name: 'AccessDeniedException', status: 400 } },
  cloudformation: { prefix: 'CloudFormation', throttling: { name: 'Throttling', status: 400 }, server: { name: 'InternalFailure', status: 500 }, denied: { name: 'AccessDenied', status: 403 } },
  bedrock: { prefix: 'Bedrock', throttling: { name: 'ThrottlingException', status: 429 }, server: { name: 'InternalServerException', status: 500 }, denied: { name: 'AccessDeniedException', status: 403 } },
};

/** The scenario's fault, as the SDK would surface it (crash: the FunctionCrash marker, see above). */
const faultAsSdkError = (errors: ServiceErrors, api: string, fault: ScenarioFault): Error => {
  const phase = fault.phase ?? 'before';
  const where = `${api} (injected ${fault.error} fault${phase === 'after' ? ' after the call took effect' : ''})`;
  switch (fault.error) {
    case 'throttling':
      return sdkServiceError(errors.throttling.name, `${where}: Rate exceeded`, { fault: 'client', status: errors.throttling.status, retryable: { throttling: true } });
    case 'server':
      return sdkServiceError(errors.server.name, `${where}: internal failure`, { fault: 'server', status: errors.server.status });
    case 'timeout':
      return networkTimeout(api, phase);
    case 'crash':
      return new FunctionCrash(api, phase);
    case 'permanent': {
      const { name, status } = errors.permanent ?? errors.denied;
      return sdkServiceError(name, `${where}: the request was refused`, { fault: 'client', status });
    }
  }
};

/** Options of SandboxAwsApi. */
export interface SandboxAwsApiOptions {
  /** The settings parameter's name; GetParameter of any other name answers ParameterNotFound. Default: any name. */
  settingsParameterName?: string;
  /** The notification topic's ARN; Publish to another topic answers NotFound. Default: any topic. */
  topicArn?: string;
  /** GetMetricData's data points per page before it answers a NextToken (AWS: 100,800). */
  metricDataPointsPerPage?: number;
  /**
   * The alarms' configurations, as the source-level run's threshold updater keeps them: PutMetricAlarm,
   * PutCompositeAlarm and DeleteAlarms write there, and DescribeAlarms answers their thresholds and rules from
   * there (the states still come from the account). Without it those three operations are refused.
   */
  thresholdAlarms?: InMemoryThresholdAlarms;
  /**
   * Organization mode, the hub: the spoke stack set ListStackInstances answers, with its instances as the simulated
   * organization holds them. Another name, or a CallAs other than the one it is administered with, answers
   * StackSetNotFoundException (a delegated administrator's stack set is not visible to a SELF call).
   */
  spokeStackSet?: { name: string; callAs: 'SELF' | 'DELEGATED_ADMIN'; instances: () => StackInstanceSummary[] };
}

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;
type Handler = (input: Input) => Output;

const BEDROCK = 'bedrock';
const SUPPORT_SERVICES = [
  { code: 'amazon-bedrock-agentcore', name: 'Amazon Bedrock AgentCore', categories: [{ code: 'general-guidance', name: 'General Guidance' }] },
  { code: 'amazon-bedrock', name: 'Amazon Bedrock', categories: [{ code: 'general-guidance', name: 'General Guidance' }, { code: 'other', name: 'Other' }] },
  { code: 'service-limit-increase', name: 'Service Limit Increase', categories: [{ code: 'other', name: 'Other' }] },
];
const SEVERITY_LEVELS = [
  { code: 'low', name: 'Low' }, { code: 'normal', name: 'Normal' }, { code: 'high', name: 'High' }, { code: 'urgent', name: 'Urgent' }, { code: 'critical', name: 'Critical' },
];
/** AWS/Bedrock metric name → the usage series field it fills. */
const METRIC_FIELDS: Readonly<Record<string, keyof Omit<UsageSeries, 'timestamps'>>> = {
  Invocations: 'invocations', EstimatedTPMQuotaUsage: 'estimatedTpm', InputTokenCount: 'inputTokens', OutputTokenCount: 'outputTokens',
};
/** AWS/BedrockMantle metrics (dimension Model) and the series they read. */
const MANTLE_METRIC_FIELDS: Readonly<Record<string, keyof Omit<UsageSeries, 'timestamps'>>> = {
  Inferences: 'invocations', TotalInputTokens: 'inputTokens', TotalOutputTokens: 'outputTokens',
};

type MetricQuery = {
  Id?: string; Label?: string; Expression?: string; ReturnData?: boolean;
  MetricStat?: { Period?: number; Metric?: { Namespace?: string; MetricName?: string; Dimensions?: { Name?: string; Value?: string }[] } };
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const dateOf = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
};
const positive = (value: unknown, fallback: number): number => (typeof value === 'number' && value > 0 ? value : fallback);

/** One page of `items` from the NextToken (an offset) of the input. */
const page = <T>(items: readonly T[], input: Input, maxKey: string, defaultMax: number): { items: T[]; nextToken: string | undefined } => {
  const start = Number(text(input.NextToken) ?? text(input.nextToken) ?? 0) || 0;
  const size = positive(input[maxKey], defaultMax);
  const end = start + size;
  return { items: items.slice(start, end), nextToken: end < items.length ? String(end) : undefined };
};

/** Points of a metric: times (epoch ms) ascending, each with its value. */
interface Points {
  times: number[];
  values: number[];
}

/** The sum of `parts` per time (a time missing from a part counts 0, as FILL(x, 0)), ascending, added in the parts' order. */
const sumPoints = (parts: Points[]): Points => {
  const [first] = parts;
  if (first && parts.every((p) => p.times.length === first.times.length && p.times.every((t, i) => t === first.times[i]))) {
    return { times: [...first.times], values: first.times.map((_, i) => parts.reduce((sum, p) => sum + p.values[i]!, 0)) };
  }
  const sums = new Map<number, number>();
  for (const part of parts) part.times.forEach((t, i) => sums.set(t, (sums.get(t) ?? 0) + part.values[i]!));
  const times = [...sums.keys()].sort((a, b) => a - b);
  return { times, values: times.map((t) => sums.get(t)!) };
};

/**
 * A per-minute series summed per Period, ascending. The series is ascending (UsageSeries), so each Period's minutes
 * are adjacent and summed in place in their order; a series out of order is summed as one part per minute.
 */
const perPeriod = (timestamps: readonly number[], column: readonly number[], periodMs: number): Points => {
  const buckets = timestamps.map((t) => Math.floor(t / periodMs) * periodMs);
  if (!buckets.every((t, i) => i === 0 || buckets[i - 1]! <= t)) return sumPoints(buckets.map((t, i) => ({ times: [t], values: [column[i] ?? 0] })));
  const times: number[] = [];
  const values: number[] = [];
  buckets.forEach((t, i) => {
    const last = times.length - 1;
    if (last >= 0 && times[last] === t) values[last] = values[last]! + (column[i] ?? 0);
    else {
      times.push(t);
      values.push(0 + (column[i] ?? 0));
    }
  });
  return { times, values };
};

const serviceKey = (service: string): string => service.replace(/[\s_-]/g, '').toLowerCase();

type ScenarioModel = SandboxAccount['scenario']['models'][number];
type QuotaKind = QuotaName;

export class SandboxAwsApi {
  private readonly handlers: Readonly<Record<string, Readonly<Record<string, Handler>>>>;

  constructor(private readonly account: SandboxAccount, private readonly options: SandboxAwsApiOptions = {}) {
    this.handlers = {
      cloudwatch: {
        DescribeAlarms: (i) => this.describeAlarms(i),
        GetMetricData: (i) => this.getMetricData(i),
        PutMetricAlarm: (i) => this.writeAlarms((store) => store.putMetricAlarm(i as unknown as MetricAlarmConfiguration)),
        PutCompositeAlarm: (i) => this.writeAlarms((store) => store.putCompositeAlarm(i as unknown as CompositeAlarmConfiguration)),
        DeleteAlarms: (i) => this.writeAlarms((store) => store.deleteAlarms(strings(i.AlarmNames))),
      },
      servicequotas: {
        GetServiceQuota: (i) => ({ Quota: this.quota(i, false) }),
        GetAWSDefaultServiceQuota: (i) => ({ Quota: this.quota(i, true) }),
        ListServiceQuotas: (i) => this.listQuotas(i, 'ListServiceQuotas'),
        ListAWSDefaultServiceQuotas: (i) => this.listQuotas(i, 'ListAWSDefaultServiceQuotas'),
        RequestServiceQuotaIncrease: (i) => this.requestIncrease(i),
        GetRequestedServiceQuotaChange: (i) => this.getRequest(i),
        ListRequestedServiceQuotaChangeHistoryByQuota: (i) => this.requestHistory(i),
      },
      support: {
        DescribeServices: (i) => this.supported(() => ({ services: SUPPORT_SERVICES.filter((s) => strings(i.serviceCodeList).length === 0 || strings(i.serviceCodeList).includes(s.code)) })),
        DescribeSeverityLevels: () => this.supported(() => ({ severityLevels: SEVERITY_LEVELS })),
        CreateCase: (i) => this.supported(() => this.createCase(i)),
        DescribeCases: (i) => this.supported(() => this.describeCases(i)),
        DescribeCommunications: (i) => this.supported(() => this.describeCommunications(i)),
        AddCommunicationToCase: (i) => this.supported(() => this.addCommunication(i)),
      },
      sns: { Publish: (i) => this.publish(i) },
      ssm: { GetParameter: (i) => this.getParameter(i) },
      cloudformation: { ListStackInstances: (i) => this.listStackInstances(i) },
      bedrock: {
        ListInferenceProfiles: (i) => this.listInferenceProfiles(i),
        GetInferenceProfile: (i) => this.getInferenceProfile(i),
      },
    };
  }

  /** The service+operation pairs answered, as "serviceKey:Operation". */
  get supportedOperations(): string[] {
    return Object.entries(this.handlers).flatMap(([service, ops]) => Object.keys(ops).map((op) => `${service}:${op}`));
  }

  /**
   * Answers one call: the SDK output, or throws an SdkServiceError (or a TimeoutError-shaped network error), a
   * FunctionCrash (injected crash) or an UnknownAwsOperationError (an operation it does not simulate).
   */
  async handle(call: Pick<AwsCall, 'service' | 'operation' | 'input'> & Partial<AwsCall>): Promise<Output> {
    const service = serviceKey(call.service);
    const operation = operationName(call.operation);
    const handler = this.handlers[service]?.[operation];
    const errors = SERVICE_ERRORS[service];
    if (!handler || !errors) {
      throw new UnknownAwsOperationError(
        `The simulated account does not answer ${call.service} ${call.operation} (it answers: ${this.supportedOperations.join(', ')}). ` +
          'Simulate it in src/local/deployed/aws-api.ts before a bundle may call it.',
      );
    }
    const api = `${errors.prefix}.${operation}`;
    return this.account.callWithFaults(api, () => handler(call.input ?? {}), (fault) => faultAsSdkError(errors, api, fault));
  }

  // CloudFormation (the threshold updater in organization mode): the spoke stack set's instances.

  private listStackInstances(input: Input): Output {
    const stackSet = this.options.spokeStackSet;
    const asked = text(input.StackSetName) ?? '';
    const callAs = text(input.CallAs) ?? 'SELF';
    const id = stackSet ? simulatedStackSetId(stackSet.name) : '';
    if (!stackSet || (asked !== stackSet.name && asked !== id) || callAs !== stackSet.callAs) {
      throw sdkServiceError('StackSetNotFoundException', `StackSet ${asked} not found`, { fault: 'client', status: 404 });
    }
    const { items, nextToken } = page(stackSet.instances(), input, 'MaxResults', 100);
    return {
      Summaries: items.map((instance) => ({
        StackSetId: id, Account: instance.account, Region: instance.region, Status: instance.status,
        ...(instance.detailedStatus ? { StackInstanceStatus: { DetailedStatus: instance.detailedStatus } } : {}),
        ...(instance.status === 'CURRENT' ? { StackId: `arn:aws:cloudformation:${instance.region}:${instance.account}:stack/StackSet-${stackSet.name}-${instance.account}/${id.split(':')[1]}` } : {}),
        ...(instance.organizationalUnitId ? { OrganizationalUnitId: instance.organizationalUnitId } : {}),
        DriftStatus: 'NOT_CHECKED',
      })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  // Bedrock (the threshold updater's profile discovery): the scenario's inferenceProfiles.

  private profileShape(profile: ReturnType<typeof scenarioInferenceProfiles>[number]): Output {
    return {
      inferenceProfileId: profile.profileId, inferenceProfileArn: profile.profileArn, inferenceProfileName: profile.name,
      type: profile.type, status: profile.status, models: profile.modelArns.map((modelArn) => ({ modelArn })),
    };
  }

  private listInferenceProfiles(input: Input): Output {
    const type = text(input.typeEquals);
    const profiles = scenarioInferenceProfiles(this.account).filter((p) => !type || p.type === type);
    const { items, nextToken } = page(profiles, input, 'maxResults', 1000);
    return { inferenceProfileSummaries: items.map((p) => this.profileShape(p)), ...(nextToken ? { nextToken } : {}) };
  }

  private getInferenceProfile(input: Input): Output {
    const id = text(input.inferenceProfileIdentifier) ?? '';
    const profile = scenarioInferenceProfiles(this.account).find((p) => p.profileId === id || p.profileArn === id);
    if (!profile) throw sdkServiceError('ResourceNotFoundException', `Inference profile ${id} not found.`, { fault: 'client', status: 404 });
    return this.profileShape(profile);
  }

  // CloudWatch

  private describeAlarms(input: Input): Output {
    const { scenario } = this.account;
    const known = scenario.models.flatMap((m) => [...this.account.modelAlarmNames(m.name), compositeAlarmName(scenario.customerName, m.name)]);
    const asked = strings(input.AlarmNames);
    const prefix = text(input.AlarmNamePrefix);
    const names = asked.length > 0 ? asked : known.filter((name) => !prefix || name.startsWith(prefix));
    // Without AlarmTypes, DescribeAlarms answers metric alarms only.
    const types = strings(input.AlarmTypes).length > 0 ? strings(input.AlarmTypes) : ['MetricAlarm'];
    const state = text(input.StateValue);
    const found = [...new Set(names)]
      .flatMap((name) => this.account.alarmStatus(name) ?? [])
      .filter((status) => types.includes(status.type) && (!state || status.state === state));
    const { items, nextToken } = page(found, input, 'MaxRecords', 50);
    const configuration = (status: AlarmStatus): Output => {
      // The updater's alarms as this run's options give them, else as the simulated account holds them.
      const store = this.options.thresholdAlarms ?? this.account.alarmConfigurations;
      const stored = status.type === 'MetricAlarm' ? store?.metricAlarms.get(status.name) : store?.compositeAlarms.get(status.name);
      if (!stored) return {};
      const { Tags: _tags, ...fields } = stored as MetricAlarmConfiguration & { Tags?: unknown };
      return structuredClone(fields) as unknown as Output;
    };
    const shape = (status: AlarmStatus): Output => ({
      ...configuration(status),
      AlarmName: status.name,
      AlarmArn: status.arn,
      ActionsEnabled: true,
      StateValue: status.state,
      StateTransitionedTimestamp: new Date(status.stateUpdatedAt),
      StateUpdatedTimestamp: new Date(status.stateUpdatedAt),
    });
    return {
      MetricAlarms: items.filter((s) => s.type === 'MetricAlarm').map(shape),
      CompositeAlarms: items.filter((s) => s.type === 'CompositeAlarm').map((s) => ({ ...shape(s), ActionsSuppressedBy: 'None' })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  /** A configuration write: synchronous on the in-memory store (its methods only look asynchronous). */
  private writeAlarms(write: (store: InMemoryThresholdAlarms) => Promise<void>): Output {
    const store = this.options.thresholdAlarms;
    if (!store) {
      throw new UnknownAwsOperationError('Alarm configuration writes need SandboxAwsApiOptions.thresholdAlarms (the threshold updater\'s alarms) to be simulated.');
    }
    void write(store);
    return {};
  }

  /**
   * Sum series of the queried metrics of one model: AWS/Bedrock by ModelId (the model and its application profiles)
   * or AWS/BedrockMantle by Model, per minute or per hour (Period 3600), metric math of the form
   * `FILL(a, 0) + FILL(b, 0)` over them, only the queries with ReturnData. A plain read (per-minute metrics only) is
   * paginated by data points as AWS does; a read with metric math answers in one page (AWS returns no NextToken for
   * math expressions).
   */
  private getMetricData(input: Input): Output {
    const queries = (Array.isArray(input.MetricDataQueries) ? input.MetricDataQueries : []) as MetricQuery[];
    // The global `Date` read once per call, not once per data point (~100,000 per call): under Jest's VM context
    // every global read goes through the context's interceptors (test/jest/transform.js), ~0.5 s of CPU per file.
    const Timestamp = Date;
    const start = dateOf(input.StartTime);
    const end = dateOf(input.EndTime);
    if (queries.length === 0 || !start || !end || end.getTime() <= start.getTime()) {
      throw sdkServiceError('InvalidParameterValueException', 'GetMetricData needs MetricDataQueries and StartTime before EndTime.', { fault: 'client', status: 400 });
    }
    const dimensionOf = (q: MetricQuery): string | undefined =>
      q.MetricStat?.Metric?.Dimensions?.find((d) => d.Name === (q.MetricStat?.Metric?.Namespace === 'AWS/BedrockMantle' ? 'Model' : 'ModelId'))?.Value;
    const ids = new Set(queries.map(dimensionOf).filter((v): v is string => v !== undefined));
    const model = this.account.scenario.models.find((m) => ids.has(m.modelId) || (m.applicationProfiles ?? []).some((p) => ids.has(p.profileId)));
    // Every ModelId the queries name besides the model's own: its declared profiles, and those the updater discovered.
    const profiles = [...ids].filter((id) => id !== model?.modelId).map((id) => ({ name: id, profileId: id }));
    const bySource = model ? this.account.usageBySource({ name: model.name, applicationProfiles: profiles }, { start, end }) : undefined;
    const returned = queries.filter((q) => q.ReturnData !== false);
    if (bySource === 'unavailable') {
      return {
        MetricDataResults: returned.map((q) => ({ Id: q.Id, Label: q.Label, StatusCode: 'InternalError', Timestamps: [], Values: [], Messages: [{ Code: 'InternalError', Value: 'CloudWatch GetMetricData failed (simulated outage)' }] })),
        Messages: [],
      };
    }
    /**
     * A MetricStat's points: the source's series of that metric, summed per Period (arrays, not a map per query and
     * per sum: ~0.1 s of CPU per read with metric math, the per-minute series of every source).
     */
    const pointsOf = (q: MetricQuery): Points => {
      const metric = q.MetricStat?.Metric;
      const field = (metric?.Namespace === 'AWS/BedrockMantle' ? MANTLE_METRIC_FIELDS : METRIC_FIELDS)[metric?.MetricName ?? ''];
      const series = bySource?.get(dimensionOf(q) ?? '')?.series;
      const periodMs = (q.MetricStat?.Period ?? 60) * 1000;
      return field && series ? perPeriod(series.timestamps, series[field], periodMs) : { times: [], values: [] };
    };
    const byId = new Map(queries.map((q) => [q.Id ?? '', q]));
    const evaluate = (q: MetricQuery): Points => {
      if (!q.Expression) return pointsOf(q);
      const terms = q.Expression.split('+').map((term) => /^\s*FILL\((\w+),\s*0\)\s*$/.exec(term)?.[1]);
      if (terms.some((id) => id === undefined || !byId.has(id))) {
        throw sdkServiceError('ValidationError', `The simulated GetMetricData only evaluates sums of FILL(id, 0): ${q.Expression}`, { fault: 'client', status: 400 });
      }
      return sumPoints(terms.map((id) => pointsOf(byId.get(id ?? '') ?? {})));
    };
    const plain = returned.every((q) => !q.Expression && (q.MetricStat?.Period ?? 60) === 60) && returned.length === queries.length;
    if (!plain) {
      return {
        MetricDataResults: returned.map((q) => {
          const { times, values } = evaluate(q);
          if (input.ScanBy !== 'TimestampAscending') {
            times.reverse();
            values.reverse();
          }
          return { Id: q.Id, Label: q.Label, StatusCode: 'Complete', Timestamps: times.map((t) => new Timestamp(t)), Values: values };
        }),
        Messages: [],
      };
    }
    const series = model ? bySource?.get(model.modelId)?.series : undefined;
    const minutes = series?.timestamps.map((t, index) => ({ t, index })) ?? [];
    if (input.ScanBy !== 'TimestampAscending') minutes.reverse();
    const perPage = Math.max(1, Math.floor((this.options.metricDataPointsPerPage ?? 100_800) / queries.length));
    const { items, nextToken } = page(minutes, { ...input, MaxDatapoints: perPage }, 'MaxDatapoints', perPage);
    // The page's Dates made once for all the results (each its own array of them): one Date per point per query was
    // most of a read's CPU here and in the copy to the container. Equal to the SDK's distinct Dates but for identity.
    const timestamps = items.map((p) => new Timestamp(p.t));
    return {
      MetricDataResults: queries.map((q) => {
        const metric = q.MetricStat?.Metric;
        const field = (metric?.Namespace === 'AWS/BedrockMantle' ? MANTLE_METRIC_FIELDS : METRIC_FIELDS)[metric?.MetricName ?? ''];
        const points = field && series ? items : [];
        return {
          Id: q.Id,
          Label: q.Label ?? metric?.MetricName,
          StatusCode: nextToken ? 'PartialData' : 'Complete',
          Timestamps: points === items ? timestamps.slice() : [],
          Values: points.map((p) => (field && series ? series[field][p.index] ?? 0 : 0)),
        };
      }),
      Messages: [],
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  // Service Quotas

  private ref(model: ScenarioModel): ModelRef {
    return { name: model.name, modelId: model.modelId, ...(model.quotaCodes ? { quotaCodes: model.quotaCodes } : {}), ...(model.endpoint ? { endpoint: model.endpoint } : {}) };
  }

  /**
   * The model and quota a quota code stands for: the first model that has that quota under that code. (Models
   * without quotaCodes share the sandbox's default codes: in a scenario of several such models only the first one's
   * quota can be reached by code, as if the codes were distinct per model in AWS.)
   */
  private quotaOwner(code: string): { model: ScenarioModel; quota: QuotaKind } | undefined {
    for (const model of this.account.scenario.models) {
      for (const quota of QUOTA_NAMES) {
        const value = this.account.quotaValue(model, quota);
        if (value !== undefined && this.account.quotaCode(model, quota) === code) return { model, quota };
      }
    }
    return undefined;
  }

  private quotaArn(code: string): string {
    return `arn:aws:servicequotas:${this.account.region}:${this.account.account}:${BEDROCK}/${code}`;
  }

  private noSuchQuota(code: string): Error {
    return sdkServiceError('NoSuchResourceException', `The request failed because the specified quota ${code} does not exist.`, { fault: 'client', status: 400 });
  }

  /**
   * A quota as Service Quotas describes it: the value, code and name the sandbox's quotas port gives, read from the
   * model directly (the listing shows the quotas of a model whose reads are refused; only reading it is refused).
   */
  private serviceQuota(model: ScenarioModel, quota: QuotaKind): Output {
    const value = this.account.quotaValue(model, quota);
    const code = this.account.quotaCode(model, quota);
    if (value === undefined) throw this.noSuchQuota(code);
    return {
      ServiceCode: BEDROCK, ServiceName: 'Amazon Bedrock', QuotaArn: this.quotaArn(code), QuotaCode: code, QuotaName: simulatedQuotaName(model.modelId, quota, model.endpoint),
      Value: value, Unit: 'None', Adjustable: true, GlobalQuota: false, QuotaAppliedAtLevel: 'ACCOUNT',
    };
  }

  private quota(input: Input, defaults: boolean): Output {
    const code = text(input.QuotaCode) ?? '';
    const owner = input.ServiceCode === BEDROCK ? this.quotaOwner(code) : undefined;
    if (!owner) throw this.noSuchQuota(code);
    if (owner.model.quotasUnavailable) {
      throw sdkServiceError('AccessDeniedException', `You do not have sufficient access to perform this action (${defaults ? 'GetAWSDefaultServiceQuota' : 'GetServiceQuota'}, simulated).`, { fault: 'client', status: 400 });
    }
    return this.serviceQuota(owner.model, owner.quota);
  }

  /**
   * The listings, refused as GetServiceQuota is when the scenario makes quotas unreadable (`quotasUnavailable`): an
   * access denial is the caller's, not one quota's, and the adapter takes a discovered quota's value from the listing.
   */
  private listQuotas(input: Input, operation: string): Output {
    if (this.account.scenario.models.some((model) => model.quotasUnavailable)) {
      throw sdkServiceError('AccessDeniedException', `You do not have sufficient access to perform this action (${operation}, simulated).`, { fault: 'client', status: 400 });
    }
    if (input.ServiceCode !== BEDROCK) return { Quotas: [] };
    const seen = new Set<string>();
    const quotas = this.account.scenario.models.flatMap((model) =>
      QUOTA_NAMES.flatMap((quota) => {
        const owner = this.quotaOwner(this.account.quotaCode(model, quota));
        if (owner?.model !== model || owner.quota !== quota || seen.has(this.account.quotaCode(model, quota))) return [];
        seen.add(this.account.quotaCode(model, quota));
        return [this.serviceQuota(model, quota)];
      }),
    );
    const { items, nextToken } = page(quotas, input, 'MaxResults', 100);
    return { Quotas: items, ...(nextToken ? { NextToken: nextToken } : {}) };
  }

  private requestShape(request: QuotaIncreaseRequest & { model?: string }): Output {
    const model = this.account.scenario.models.find((m) => m.name === request.model);
    const owner = this.quotaOwner(request.quotaCode);
    const name = model && owner ? simulatedQuotaName(model.modelId, owner.quota, model.endpoint) : undefined;
    const created = request.created ? new Date(request.created) : this.account.now();
    return {
      Id: request.requestId, ServiceCode: BEDROCK, ServiceName: 'Amazon Bedrock', QuotaCode: request.quotaCode, QuotaName: name ?? request.quotaCode,
      QuotaArn: this.quotaArn(request.quotaCode), DesiredValue: request.desiredValue, Status: request.status, Created: created, LastUpdated: this.account.now(),
      Requester: `arn:aws:iam::${this.account.account}:root`, GlobalQuota: false, Unit: 'None', QuotaRequestedAtLevel: 'ACCOUNT',
      ...(request.caseDisplayId ? { CaseId: request.caseDisplayId } : {}),
    };
  }

  private requestIncrease(input: Input): Output {
    const code = text(input.QuotaCode) ?? '';
    const desired = typeof input.DesiredValue === 'number' ? input.DesiredValue : Number.NaN;
    if (this.account.scenario.serviceQuotasAvailable === false) {
      throw sdkServiceError('DependencyAccessDeniedException', 'You can\'t perform this action because a dependency does not have access (no service-linked role, simulated).', { fault: 'client', status: 400 });
    }
    const owner = input.ServiceCode === BEDROCK ? this.quotaOwner(code) : undefined;
    if (!owner) throw this.noSuchQuota(code);
    if (this.account.scenario.unrequestableQuotas?.includes(owner.quota)) {
      throw sdkServiceError('IllegalArgumentException', `The quota ${code} cannot be increased through Service Quotas in this Region (simulated).`, { fault: 'client', status: 400 });
    }
    const open = this.account.requests.find((r) => r.model === owner.model.name && r.quotaCode === code && (r.status === 'PENDING' || r.status === 'CASE_OPENED'));
    if (open) throw sdkServiceError('ResourceAlreadyExistsException', `A request for quota ${code} is already open (${open.requestId}).`, { fault: 'client', status: 400 });
    const current = this.account.quotaValue(owner.model, owner.quota);
    if (!Number.isFinite(desired) || (current !== undefined && desired <= current)) {
      throw sdkServiceError('IllegalArgumentException', `DesiredValue ${desired} must be greater than the current value ${current ?? 'unknown'}.`, { fault: 'client', status: 400 });
    }
    const request = this.account.requestIncrease(this.ref(owner.model), code, desired);
    return { RequestedQuota: this.requestShape({ ...request, model: owner.model.name }) };
  }

  private getRequest(input: Input): Output {
    const id = text(input.RequestId) ?? '';
    const known = this.account.requests.find((r) => r.requestId === id);
    if (!known) throw sdkServiceError('NoSuchResourceException', `The request ${id} does not exist.`, { fault: 'client', status: 400 });
    const request = this.account.pollRequest(id);
    return { RequestedQuota: this.requestShape({ ...request, model: known.model }) };
  }

  private requestHistory(input: Input): Output {
    const code = text(input.QuotaCode) ?? '';
    const status = text(input.Status);
    const matching = input.ServiceCode === BEDROCK
      ? this.account.requests.filter((r) => r.quotaCode === code && (!status || r.status === status))
      : [];
    const { items, nextToken } = page(matching, input, 'MaxResults', 100);
    return { RequestedQuotas: items.map((r) => this.requestShape({ ...r, model: r.model })), ...(nextToken ? { NextToken: nextToken } : {}) };
  }

  // Support

  private supported(answer: () => Output): Output {
    if (this.account.scenario.supportPlan === false) {
      throw sdkServiceError('SubscriptionRequiredException', 'AWS Premium Support Subscription is required to use this service.', { fault: 'client', status: 400 });
    }
    return answer();
  }

  private supportCase(caseId: string): SandboxAccount['cases'][number] {
    const found = this.account.cases.find((c) => c.caseId === caseId);
    if (!found) throw sdkServiceError('CaseIdNotFound', `Case ${caseId} not found.`, { fault: 'client', status: 400 });
    return found;
  }

  private createCase(input: Input): Output {
    const subject = text(input.subject);
    const body = text(input.communicationBody);
    if (!subject || !body) throw sdkServiceError('ValidationException', 'subject and communicationBody are required.', { fault: 'client', status: 400 });
    const created = this.account.createCase({
      subject, body, severityCode: text(input.severityCode) ?? 'low', ccEmailAddresses: strings(input.ccEmailAddresses), language: text(input.language) ?? 'en',
    });
    return { caseId: created.caseId };
  }

  private communications(c: SandboxAccount['cases'][number]): Output[] {
    return [...c.communications].reverse().map((m) => ({
      caseId: c.caseId, body: m.body, submittedBy: m.by === 'aws' ? 'Amazon Web Services' : `ops-alert@${this.account.account}`, timeCreated: m.at, attachmentSet: [],
    }));
  }

  private describeCases(input: Input): Output {
    const ids = strings(input.caseIdList);
    for (const id of ids) this.supportCase(id);
    const displayId = text(input.displayId);
    const after = dateOf(input.afterTime)?.getTime();
    const before = dateOf(input.beforeTime)?.getTime();
    const includeResolved = input.includeResolvedCases === true;
    const matching = this.account.cases.filter((c) =>
      (ids.length === 0 || ids.includes(c.caseId)) &&
      (!displayId || c.displayId === displayId) &&
      (includeResolved || ids.length > 0 || c.status !== 'resolved') &&
      (after === undefined || Date.parse(c.timeCreated) >= after) &&
      (before === undefined || Date.parse(c.timeCreated) <= before));
    const { items, nextToken } = page(matching, input, 'maxResults', 100);
    const withCommunications = input.includeCommunications !== false;
    return {
      cases: items.map((c) => ({
        caseId: c.caseId, displayId: c.displayId, subject: c.subject, status: c.status, serviceCode: 'amazon-bedrock', categoryCode: 'general-guidance',
        severityCode: c.severityCode ?? 'low', submittedBy: `ops-alert@${this.account.account}`, timeCreated: c.timeCreated, ccEmailAddresses: c.ccEmailAddresses ?? [], language: 'en',
        ...(withCommunications ? { recentCommunications: { communications: this.communications(c).slice(0, 5) } } : {}),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private describeCommunications(input: Input): Output {
    const found = this.supportCase(text(input.caseId) ?? '');
    const after = dateOf(input.afterTime)?.getTime();
    const before = dateOf(input.beforeTime)?.getTime();
    const matching = this.communications(found).filter((m) =>
      (after === undefined || Date.parse(String(m.timeCreated)) >= after) && (before === undefined || Date.parse(String(m.timeCreated)) <= before));
    const { items, nextToken } = page(matching, input, 'maxResults', 100);
    return { communications: items, ...(nextToken ? { nextToken } : {}) };
  }

  private addCommunication(input: Input): Output {
    const found = this.supportCase(text(input.caseId) ?? '');
    const body = text(input.communicationBody);
    if (!body) throw sdkServiceError('ValidationException', 'communicationBody is required.', { fault: 'client', status: 400 });
    this.account.addCustomerCommunication(found, body);
    return { result: true };
  }

  // SNS, SSM

  private publish(input: Input): Output {
    const topic = text(input.TopicArn);
    if (!topic || (this.options.topicArn && topic !== this.options.topicArn)) {
      throw sdkServiceError('NotFoundException', `Topic does not exist: ${topic ?? '(none)'}`, { fault: 'client', status: 404 });
    }
    const message = text(input.Message);
    if (!message) throw sdkServiceError('InvalidParameterException', 'Invalid parameter: Empty message', { fault: 'client', status: 400 });
    const raw = (input.MessageAttributes ?? {}) as Record<string, { DataType?: string; StringValue?: string }>;
    const attributes = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, value.StringValue ?? '']));
    const { messageId } = this.account.publish({
      subject: text(input.Subject) ?? '',
      body: message,
      attributes: attributes as Parameters<SandboxAccount['publish']>[0]['attributes'],
    });
    return { MessageId: messageId };
  }

  private getParameter(input: Input): Output {
    const name = text(input.Name) ?? '';
    if (this.options.settingsParameterName && name !== this.options.settingsParameterName) {
      throw sdkServiceError('ParameterNotFound', `Parameter ${name} not found.`, { fault: 'client', status: 400 });
    }
    const arnName = name.startsWith('/') ? name : `/${name}`;
    return {
      Parameter: {
        Name: name, Type: 'String', Value: JSON.stringify(this.account.settingsDocument()), Version: 1, DataType: 'text',
        LastModifiedDate: new Date(Date.parse('2026-01-01T00:00:00Z')), ARN: `arn:aws:ssm:${this.account.region}:${this.account.account}:parameter${arnName}`,
      },
    };
  }
}
