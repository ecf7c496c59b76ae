/**
 * The simulated AWS account of a scenario: alarms, quotas, usage, Support cases, Service Quotas requests and the
 * e-mails sent. It implements every port except the ledger (which runs on the local DynamoDB). Its clock is the
 * time of the event being processed, so a scenario gives the same result on any day.
 */
import { recipientsOf } from '#core/subscription-filter.js';
import { ALARM_KINDS, alarmKindsForModel, alarmName, compositeAlarmName, isAlarmKind, QUOTA_KEYS, type AlarmKind, type QuotaName } from '#core/catalogue.js';
import { InvalidScenarioError, NoSupportPlanError, PermanentAwsError, QuotaRequestUnavailableError, SimulatedCrashError, TransientAwsError } from '#core/errors.js';
import type {
  AlarmStatus, ModelQuotas, ModelRef, NewSupportCase, NotificationMessage, QuotaIncreaseRequest, SupportCase, UsageLookup, UsageSeries,
} from '#core/model.js';
import type { CaseLedgerPort, ExecutionStatus, Ports } from '#ports/index.js';
import type { Scenario } from '#types/generated/scenario.js';
import { inferenceModeOf } from '../aws/quota-names.js';
import type { InMemoryThresholdAlarms } from './thresholds.js';
import { currentExecutionTime } from './virtual-clock.js';

type ScenarioModel = Scenario['models'][number];

/** The execution a call is made for (the virtual clock's context), when there is one. */
const sentBy = (): { executionName?: string } => {
  const executionName = currentExecutionTime()?.executionName;
  return executionName ? { executionName } : {};
};
export type ScenarioFault = NonNullable<Scenario['faults']>[number];

export const DEFAULT_QUOTA_CODES = { rpm: 'L-3DD46812', tpm: 'L-3DCCFAA4', outputTpm: 'L-3DCCFAB5' } as const;

export interface SimulatedCase extends SupportCase {
  /** executionName: the execution that sent it (the simulation's results show each execution's own text) */
  communications: { at: string; body: string; by: 'customer' | 'aws'; executionName?: string }[];
  severityCode?: string;
  ccEmailAddresses?: string[];
  openedBy: 'workflow' | 'service_quotas' | 'scenario';
}

export interface SentEmail extends NotificationMessage {
  messageId: string;
  at: string;
  /** The execution that published it */
  executionName?: string;
  recipients: string[];
}

interface SimulatedRequest extends QuotaIncreaseRequest {
  model: string;
  polls: number;
}

export class SandboxAccount {
  readonly region: string;
  readonly account: string;
  readonly cases: SimulatedCase[] = [];
  readonly emails: SentEmail[] = [];
  readonly requests: SimulatedRequest[] = [];
  /** AWS calls by "Service.Operation", to compare with the AWS adapters' counter */
  readonly calls = new Map<string, number>();
  /** The same calls by the Lambda step that made them (the local runtime names the step), for the IAM grants test */
  readonly callsByStep = new Map<string, Set<string>>();
  /** Every transition of every alarm, in time order: the simulated CloudWatch answers as of the execution's time. */
  private readonly alarmHistory = new Map<string, { state: AlarmStatus['state']; since: string }[]>();
  private clockNow: Date;
  private sequence = 0;
  /**
   * The configurations of the account's metric alarms as the threshold updater last wrote them (src/local sets it
   * when it deploys the updater's alarms): DescribeAlarms answers their metric math. Unset: the alarms are as the
   * stack declared them, and their metric math is not simulated.
   */
  alarmConfigurations: Pick<InMemoryThresholdAlarms, 'metricAlarms' | 'compositeAlarms'> | undefined;

  constructor(readonly scenario: Scenario) {
    this.region = scenario.region ?? 'us-east-1';
    this.account = scenario.account ?? '123456789012';
    this.clockNow = new Date(Date.parse(firstEventTime(scenario)));
    for (const open of scenario.openCases ?? []) {
      const n = this.nextId();
      this.cases.push({
        caseId: open.caseId ?? `case-${this.account}-2026-sim${n}`, displayId: open.displayId ?? `17810000000${String(n).padStart(4, '0')}`,
        subject: open.subject, status: open.status ?? 'opened', timeCreated: new Date(Date.parse(open.timeCreated)).toISOString(),
        communications: (open.communications ?? []).map((body) => ({ at: open.timeCreated, body, by: 'customer' as const })), openedBy: 'scenario',
      });
    }
    for (const pending of scenario.pendingQuotaRequests ?? []) {
      const model = this.model(pending.model);
      const code = this.quotaCode(model, pending.quota);
      let caseDisplayId = pending.caseDisplayId;
      if (!caseDisplayId) caseDisplayId = this.openQuotaCase(model, pending.quota, pending.created ?? this.now().toISOString()).displayId;
      else if (!this.cases.some((c) => c.displayId === caseDisplayId)) this.openQuotaCase(model, pending.quota, pending.created ?? this.now().toISOString(), caseDisplayId);
      this.requests.push({ requestId: `req-sim-${this.nextId()}`, model: model.name, quotaCode: code, desiredValue: pending.desiredValue, status: 'CASE_OPENED', caseDisplayId, polls: 0, ...(pending.created ? { created: pending.created } : {}) });
    }
  }

  /** Every quota increase request with the quota it concerns and the Support case Service Quotas opened for it. */
  quotaRequestsState(): { requestId: string; model: string; quota: QuotaName; quotaCode: string; desiredValue: number; status: string; caseId: string | null; caseDisplayId: string | null }[] {
    return this.requests.map((r) => ({
      requestId: r.requestId, model: r.model, quota: this.quotaOfCode(this.model(r.model), r.quotaCode), quotaCode: r.quotaCode,
      desiredValue: r.desiredValue, status: r.status, caseId: this.cases.find((c) => r.caseDisplayId && c.displayId === r.caseDisplayId)?.caseId ?? null,
      caseDisplayId: r.caseDisplayId ?? null,
    }));
  }

  /**
   * AWS Support resolves the open cases of a model and case type: the ones with the workflow's subject, and for a
   * Quota Request the cases Service Quotas opened for the model's requests (those requests end CASE_CLOSED).
   * Returns the cases resolved.
   */
  resolveCases(modelName: string, caseType: 'Quota Request' | 'Investigation Request'): SimulatedCase[] {
    this.model(modelName);
    const subject = `${this.scenario.customerName} - Bedrock Ops Alert - ${modelName} - ${caseType}`.toLowerCase();
    const requests = caseType === 'Quota Request' ? this.requests.filter((r) => r.model === modelName && r.caseDisplayId) : [];
    const displayIds = new Set(requests.map((r) => r.caseDisplayId));
    const resolved = this.cases.filter((c) => c.status !== 'resolved' && (c.subject.trim().toLowerCase() === subject || displayIds.has(c.displayId)));
    for (const c of resolved) c.status = 'resolved';
    for (const r of requests) if (r.status === 'PENDING' || r.status === 'CASE_OPENED') r.status = 'CASE_CLOSED';
    return resolved;
  }

  /** The status of each workflow execution by ARN, as the local runtime reports them (DescribeExecution). */
  private readonly executionStatuses = new Map<string, ExecutionStatus>();

  /** The local runtime tells the account an execution started (RUNNING) or ended (its final status). */
  setExecutionStatus(executionArn: string, status: ExecutionStatus): void {
    this.executionStatuses.set(executionArn, status);
  }

  /** Moves the default clock (used outside an execution). */
  setClock(at: Date): void {
    this.clockNow = at;
  }

  /**
   * Service Quotas changes between events (an approved increase, a quota that no longer exists, reads that start to
   * fail): later reads see the new values. null removes a quota; an omitted key keeps its value.
   */
  setModelQuotas(modelName: string, quotas: { rpm?: number | null; tpm?: number | null; outputTpm?: number | null }, unavailable?: boolean): void {
    const model = this.model(modelName);
    const next = { ...model.quotas };
    for (const key of ['rpm', 'tpm', 'outputTpm'] as const) {
      const value = quotas[key];
      if (value === null) delete next[key];
      else if (value !== undefined) next[key] = value;
    }
    model.quotas = next;
    if (unavailable !== undefined) model.quotasUnavailable = unavailable;
  }

  /** The time of the execution being served, else the default clock. */
  now(): Date {
    return new Date(currentExecutionTime()?.now ?? this.clockNow);
  }

  /** Puts alarms of a model into a state at a time, as CloudWatch would before emitting the events. */
  setAlarmStates(modelName: string, kinds: readonly AlarmKind[], state: AlarmStatus['state'], at: string): void {
    for (const kind of kinds) this.recordTransition(alarmName(this.scenario.customerName, kind, modelName), state, at);
    const composite = compositeAlarmName(this.scenario.customerName, modelName);
    const anyInAlarm = this.modelAlarmNames(modelName).some((name) => this.alarmState(name, at)?.state === 'ALARM');
    const compositeState = anyInAlarm ? 'ALARM' : 'OK';
    if (this.alarmState(composite, at)?.state !== compositeState) this.recordTransition(composite, compositeState, at);
  }

  /** The state of an alarm at a time (default: its latest state). */
  alarmState(name: string, at?: string | Date): { state: AlarmStatus['state']; since: string } | undefined {
    const history = this.alarmHistory.get(name) ?? [];
    if (at === undefined) return history[history.length - 1];
    const t = new Date(at).getTime();
    return [...history].reverse().find((h) => Date.parse(h.since) <= t);
  }

  private recordTransition(name: string, state: AlarmStatus['state'], at: string): void {
    const history = this.alarmHistory.get(name) ?? [];
    history.push({ state, since: at });
    history.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
    this.alarmHistory.set(name, history);
  }

  alarmArn(name: string): string {
    return `arn:aws:cloudwatch:${this.region}:${this.account}:alarm:${name}`;
  }

  /** The model's alarms as the CDK app creates them: no RPM usage alarm without an RPM quota. */
  modelAlarmNames(modelName: string): string[] {
    const model = this.model(modelName);
    return alarmKindsForModel(model.quotas?.rpm !== undefined, model.endpoint).map((kind) => alarmName(this.scenario.customerName, kind, modelName));
  }

  model(name: string): ScenarioModel {
    const model = this.scenario.models.find((m) => m.name === name);
    if (!model) throw new InvalidScenarioError(`Scenario model '${name}' is not in models[] (known: ${this.scenario.models.map((m) => m.name).join(', ')})`);
    return model;
  }

  /**
   * The Parameter Store document of this account: customer, models, the organization's friendly account names
   * (`accounts.{id}.name`), and the scenario's settings on top (its own `accounts` entries merged per account).
   */
  settingsDocument(): unknown {
    const settings = (this.scenario.settings ?? {}) as { accounts?: Record<string, object> };
    const named = (this.scenario.accounts ?? []).filter((a) => a.name);
    const accounts = named.length > 0
      ? { accounts: { ...Object.fromEntries(named.map((a) => [a.id, { name: a.name, ...(settings.accounts?.[a.id] ?? {}) }])), ...Object.fromEntries(Object.entries(settings.accounts ?? {}).filter(([id]) => !named.some((a) => a.id === id))) } }
      : {};
    return {
      customerName: this.scenario.customerName,
      models: this.scenario.models.map((m) => ({
        name: m.name, modelId: m.modelId, ...(m.quotaCodes ? { quotaCodes: m.quotaCodes } : {}), ...(m.endpoint ? { endpoint: m.endpoint } : {}),
        ...(m.applicationProfiles?.length ? { applicationProfiles: m.applicationProfiles.map((p) => ({ name: p.name, profileId: p.profileId })) } : {}),
      })),
      ...settings,
      ...accounts,
    };
  }

  ports(): Omit<Ports, 'ledger'> {
    return {
      clock: { now: () => this.now() },
      settings: { loadDocument: async () => this.count('SSM.GetParameter', () => this.settingsDocument()) },
      alarms: {
        describeAlarms: async (names) => this.count('CloudWatch.DescribeAlarms', () => names.map((n) => this.alarmStatus(n)).filter((s): s is AlarmStatus => Boolean(s))),
      },
      quotas: { getModelQuotas: async (ref) => this.count('ServiceQuotas.GetServiceQuota', () => this.modelQuotas(ref)) },
      usage: { getUsageSeries: async (ref, window) => this.count('CloudWatch.GetMetricData', () => this.usage(ref, window)) },
      cases: {
        listOpenCases: async (after) => this.count('Support.DescribeCases', () => {
          this.requireSupportPlan();
          return this.cases.filter((c) => c.status !== 'resolved' && Date.parse(c.timeCreated) >= after.getTime()).map(publicCase);
        }),
        findByDisplayId: async (displayId) => this.count('Support.DescribeCases', () => {
          this.requireSupportPlan();
          const found = this.cases.find((c) => c.displayId === displayId);
          return found ? publicCase(found) : undefined;
        }),
        getCase: async (caseId) => this.count('Support.DescribeCases', () => {
          this.requireSupportPlan();
          const found = this.cases.find((c) => c.caseId === caseId);
          return found ? publicCase(found) : undefined;
        }),
        createCase: async (request) => this.count('Support.CreateCase', () => this.createCase(request)),
        hasCommunication: async (caseId, marker, after) => this.count('Support.DescribeCommunications', () => {
          this.requireSupportPlan();
          const found = this.cases.find((c) => c.caseId === caseId);
          return Boolean(found?.communications.some((c) => Date.parse(c.at) >= after.getTime() && c.body.includes(marker)));
        }),
        addCommunication: async (caseId, body) => this.count('Support.AddCommunicationToCase', () => {
          this.requireSupportPlan();
          const found = this.cases.find((c) => c.caseId === caseId);
          if (!found) throw new PermanentAwsError(`Support AddCommunicationToCase: case ${caseId} not found`);
          this.addCustomerCommunication(found, body);
        }),
      },
      quotaRequests: {
        requestIncrease: async (ref, code, desired) => this.count('ServiceQuotas.RequestServiceQuotaIncrease', () => this.requestIncrease(ref, code, desired)),
        getRequest: async (id) => this.count('ServiceQuotas.GetRequestedServiceQuotaChange', () => this.pollRequest(id)),
      },
      notifications: { publish: async (message) => this.count('SNS.Publish', () => this.publish(message)) },
      executions: {
        describeExecution: async (arn) => this.count('SFN.DescribeExecution', () => {
          const status = this.executionStatuses.get(arn);
          return status ? { status } : undefined;
        }),
      },
    };
  }

  private async count<T>(api: string, fn: () => T | Promise<T>): Promise<T> {
    return this.callWithFaults(api, fn, (fault) => faultError(fault, api));
  }

  /**
   * One simulated call by "Service.Operation": counted, with the scenario's faults injected, each shaped by
   * `errorFor` (the ports throw the project's errors; the SDK-level simulation, src/local/deployed/aws-api.ts,
   * throws SDK-shaped ones).
   */
  async callWithFaults<T>(api: string, fn: () => T | Promise<T>, errorFor: (fault: ScenarioFault) => Error): Promise<T> {
    const step = currentExecutionTime()?.step ?? '(no step)';
    this.callsByStep.set(step, (this.callsByStep.get(step) ?? new Set<string>()).add(api));
    return this.withFaults(api, fn, errorFor);
  }

  /** The scenario's faults for the n-th call of `api` (an AWS call, or a fault point such as a ledger write). */
  private async withFaults<T>(api: string, fn: () => T | Promise<T>, errorFor: (fault: ScenarioFault) => Error): Promise<T> {
    // Ledger writes are counted apart: they are DynamoDB calls of the ledger adapter, not AWS API calls of the account.
    const counts = api.startsWith('CaseLedger.') ? this.ledgerCalls : this.calls;
    const n = (counts.get(api) ?? 0) + 1;
    counts.set(api, n);
    const fault = this.faultFor(api, n);
    if (!fault) return fn();
    // Throttling and permanent errors are AWS refusing the call: it never takes effect, whatever the phase.
    if (fault.phase !== 'after' || fault.error === 'throttling' || fault.error === 'permanent') throw errorFor(fault);
    await fn();
    // The call took effect; the caller only sees the failure (the "death after the side effect").
    throw errorFor(fault);
  }

  /**
   * The case ledger with the scenario's faults injected into its writes (api "CaseLedger.claim", "CaseLedger.complete",
   * "CaseLedger.beginAppend", "CaseLedger.markCommunicated", "CaseLedger.beginNotification",
   * "CaseLedger.withdrawNotification", "CaseLedger.endNotification", "CaseLedger.release", "CaseLedger.noteFailure", "CaseLedger.putCoolDown", "CaseLedger.foldCoolDown"), as DynamoDB failing before
   * or after the write.
   */
  withLedgerFaults(ledger: CaseLedgerPort): CaseLedgerPort {
    // Fault points, not AWS calls: the ledger labels its own DynamoDB calls, so these stay out of callsByStep.
    const write = <T>(api: string, fn: () => Promise<T>): Promise<T> => this.withFaults(api, fn, (fault) => faultError(fault, api));
    return {
      get: (key) => ledger.get(key),
      claim: (entry, staleBefore, abandoned) => write('CaseLedger.claim', () => ledger.claim(entry, staleBefore, abandoned)),
      complete: (pending, entry) => write('CaseLedger.complete', () => ledger.complete(pending, entry)),
      beginAppend: (key, id) => write('CaseLedger.beginAppend', () => ledger.beginAppend(key, id)),
      markCommunicated: (key, ids, appendId) => write('CaseLedger.markCommunicated', () => ledger.markCommunicated(key, ids, appendId)),
      beginNotification: (id, attempt) => write('CaseLedger.beginNotification', () => ledger.beginNotification(id, attempt)),
      withdrawNotification: (id, attempt) => write('CaseLedger.withdrawNotification', () => ledger.withdrawNotification(id, attempt)),
      endNotification: (id, outcome) => write('CaseLedger.endNotification', () => ledger.endNotification(id, outcome)),
      release: (key, caseId) => write('CaseLedger.release', () => ledger.release(key, caseId)),
      noteFailure: (cause, failureId, at, windowSeconds) => write('CaseLedger.noteFailure', () => ledger.noteFailure(cause, failureId, at, windowSeconds)),
      getCoolDown: (key) => ledger.getCoolDown(key),
      putCoolDown: (record, foldWrites) => write('CaseLedger.putCoolDown', () => ledger.putCoolDown(record, foldWrites)),
      foldCoolDown: (key, version, folded) => write('CaseLedger.foldCoolDown', () => ledger.foldCoolDown(key, version, folded)),
    };
  }

  /** Case ledger writes by "CaseLedger.method" (the fault injection's counter). */
  readonly ledgerCalls = new Map<string, number>();

  /** Faults that fired, by API, for reports. */
  readonly faultsFired = new Map<string, number>();

  /** After this, no injected fault fires any more (the outage is over, the cause fixed: time to redrive). */
  endFaults(): void {
    this.faultsEnded = true;
  }

  private faultsEnded = false;

  private faultFor(api: string, callNumber: number): ScenarioFault | undefined {
    if (this.faultsEnded) return undefined;
    const fault = (this.scenario.faults ?? []).find((f) => {
      const first = (f.skipCalls ?? 0) + 1;
      return f.api === api && callNumber >= first && callNumber < first + (f.times ?? 1);
    });
    if (fault) this.faultsFired.set(api, (this.faultsFired.get(api) ?? 0) + 1);
    return fault;
  }

  private nextId(): number {
    this.sequence += 1;
    return this.sequence;
  }

  // The answers below are uncounted and fault-free: ports() counts them, the SDK-level simulation calls them directly.

  /** An alarm as of the current (execution) time; undefined for a name the CDK app would not create. */
  alarmStatus(name: string): AlarmStatus | undefined {
    const isComposite = this.scenario.models.some((m) => compositeAlarmName(this.scenario.customerName, m.name) === name);
    const known = isComposite || this.scenario.models.some((m) => this.modelAlarmNames(m.name).includes(name));
    if (!known) return undefined;
    const state = this.alarmState(name, this.now()) ?? { state: 'OK' as const, since: '2026-01-01T00:00:00.000Z' };
    const status: AlarmStatus = { name, arn: this.alarmArn(name), type: isComposite ? 'CompositeAlarm' : 'MetricAlarm', state: state.state, stateUpdatedAt: state.since };
    const metrics = isComposite ? undefined : this.alarmConfigurations?.metricAlarms.get(name)?.Metrics;
    if (metrics?.length) status.metrics = structuredClone(metrics);
    return status;
  }

  quotaCode(model: ScenarioModel, quota: QuotaName): string {
    const key = QUOTA_KEYS[quota];
    return model.quotaCodes?.[key] ?? DEFAULT_QUOTA_CODES[key];
  }

  /** A quota's current value; undefined when the model has no such quota (the output-tokens one: bedrock-mantle only). */
  quotaValue(model: ScenarioModel, quota: QuotaName): number | undefined {
    if (quota === 'OutputTPM' && model.endpoint !== 'bedrock-mantle') return undefined;
    return model.quotas?.[QUOTA_KEYS[quota]];
  }

  /** Which quota of a model a code is (TPM for a code that is none of its three: as before the output quota existed). */
  quotaOfCode(model: ScenarioModel, code: string): QuotaName {
    if (code === this.quotaCode(model, 'RPM')) return 'RPM';
    if (model.endpoint === 'bedrock-mantle' && code === this.quotaCode(model, 'OutputTPM')) return 'OutputTPM';
    return 'TPM';
  }

  modelQuotas(ref: ModelRef): ModelQuotas {
    const model = this.model(ref.name);
    if (model.quotasUnavailable) throw new PermanentAwsError('Service Quotas GetServiceQuota: AccessDeniedException (simulated)');
    const quotas: ModelQuotas = {};
    if (model.quotas?.rpm !== undefined) quotas.rpm = { quota: 'RPM', code: this.quotaCode(model, 'RPM'), name: simulatedQuotaName(model.modelId, 'RPM', model.endpoint), value: model.quotas.rpm, adjustable: true };
    if (model.quotas?.tpm !== undefined) quotas.tpm = { quota: 'TPM', code: this.quotaCode(model, 'TPM'), name: simulatedQuotaName(model.modelId, 'TPM', model.endpoint), value: model.quotas.tpm, adjustable: true };
    // The output-tokens quota exists on bedrock-mantle only (as ServiceQuotasModelQuotas reads it).
    if (model.endpoint === 'bedrock-mantle' && model.quotas?.outputTpm !== undefined) {
      quotas.outputTpm = { quota: 'OutputTPM', code: this.quotaCode(model, 'OutputTPM'), name: simulatedQuotaName(model.modelId, 'OutputTPM', model.endpoint), value: model.quotas.outputTpm, adjustable: true };
    }
    return quotas;
  }

  usage(ref: ModelRef, window: { start: Date; end: Date }): UsageLookup {
    const windowStart = window.start.toISOString();
    const windowEnd = window.end.toISOString();
    const bySource = this.usageBySource(ref, window);
    if (bySource === 'unavailable') return { status: 'unavailable', reason: 'CloudWatch GetMetricData failed (simulated outage)' };
    const parts = [...bySource.values()];
    if (parts.length === 1 && parts[0]) return { status: 'ok', series: parts[0].series, windowStart, windowEnd };
    // A model with application profiles: the per-minute sum, and each source's hourly sums (what CloudWatch answers).
    return {
      status: 'ok', windowStart, windowEnd, series: sumSeries(parts.map((p) => p.series)),
      sources: parts.map(({ name, id, series }) => ({ name, id, ...hourlyOf(series) })),
    };
  }

  /**
   * The per-minute series of each metric source of a model, by ModelId (or Model) dimension value: the model alone,
   * or with application profiles (the ones `ref` names: declared, or also discovered) the model's direct traffic
   * ("direct") and each profile's. 'unavailable' when the scenario says the metrics API fails for any of them.
   */
  usageBySource(ref: Pick<ModelRef, 'name' | 'applicationProfiles'>, window: { start: Date; end: Date }): Map<string, { name: string; id: string; series: UsageSeries }> | 'unavailable' {
    const model = this.model(ref.name);
    const profiles = ref.applicationProfiles ?? [];
    const sources = [{ name: profiles.length ? 'direct' : model.name, id: model.modelId, usage: model.usage }, ...profiles.map((p) => ({ name: p.name, id: p.profileId, usage: this.profileUsage(model, p.profileId) }))];
    const result = new Map<string, { name: string; id: string; series: UsageSeries }>();
    for (const source of sources) {
      const series = this.sourceSeries(`${model.name}|${source.id}`, source.usage, window);
      if (series === 'unavailable') return 'unavailable';
      // bedrock-mantle publishes no EstimatedTPMQuotaUsage: its quota figure is input tokens (TotalInputTokens).
      result.set(source.id, { name: source.name, id: source.id, series: model.endpoint === 'bedrock-mantle' ? mantleView(series) : series });
    }
    return result;
  }

  /**
   * What CloudWatch holds for a profile's ModelId: the usage of the model's declared profile of that id, else of the
   * account's inference profile of that id (`inferenceProfiles`, a discovered one), else nothing.
   */
  private profileUsage(model: ScenarioModel, profileId: string): ScenarioModel['usage'] {
    return model.applicationProfiles?.find((p) => p.profileId === profileId)?.usage
      ?? this.scenario.inferenceProfiles?.find((p) => p.profileId === profileId)?.usage;
  }

  private sourceSeries(key: string, usage: ScenarioModel['usage'], window: { start: Date; end: Date }): UsageSeries | 'unavailable' {
    const empty: UsageSeries = { timestamps: [], invocations: [], estimatedTpm: [], inputTokens: [], outputTokens: [] };
    if (!usage) return empty;
    if ('unavailable' in usage) return 'unavailable';
    if ('series' in usage) {
      const points = usage.series
        .map((p) => ({ ...p, t: Math.floor(Date.parse(p.at) / 60_000) * 60_000 }))
        .filter((p) => p.t >= window.start.getTime() && p.t < window.end.getTime())
        .sort((a, b) => a.t - b.t);
      return {
        timestamps: points.map((p) => p.t), invocations: points.map((p) => p.invocations), estimatedTpm: points.map((p) => p.estimatedTpm ?? 0),
        inputTokens: points.map((p) => p.inputTokens ?? 0), outputTokens: points.map((p) => p.outputTokens ?? 0),
      };
    }
    return sliceSeries(this.generatedHistory(key, usage), window);
  }

  private readonly histories = new Map<string, UsageSeries>();

  /**
   * A model's generated history, built once per scenario: from 16 days before the first event to the last event,
   * with its busiest minute a day before the first event. Each execution reads its own window of it.
   */
  private generatedHistory(key: string, usage: Parameters<typeof generatedSeries>[0]): UsageSeries {
    let history = this.histories.get(key);
    if (!history) {
      const times = this.scenario.events.map((e) => Date.parse(String((e as { at?: unknown; time?: unknown }).at ?? (e as { time?: unknown }).time ?? ''))).filter((t) => !Number.isNaN(t));
      const first = Math.min(...times, Date.parse(firstEventTime(this.scenario)));
      const last = Math.max(...times, first);
      history = generatedSeries(usage, { start: new Date(first - 16 * 86_400_000), end: new Date(last + 60_000) }, new Date(first - 86_400_000));
      this.histories.set(key, history);
    }
    return history;
  }

  private requireSupportPlan(): void {
    if (this.scenario.supportPlan === false) {
      throw new NoSupportPlanError('Support API: SubscriptionRequiredException. A Business, Enterprise On-Ramp or Enterprise Support plan is required.');
    }
  }

  /** A communication from the customer's side, marked with the execution that sent it (the AWS API simulations use it too). */
  addCustomerCommunication(found: SimulatedCase, body: string): void {
    found.communications.push({ at: this.now().toISOString(), body, by: 'customer', ...sentBy() });
  }

  createCase(request: NewSupportCase): SupportCase {
    this.requireSupportPlan();
    const n = this.nextId();
    const created: SimulatedCase = {
      caseId: `case-${this.account}-2026-sim${n}`, displayId: `17810000000${String(n).padStart(4, '0')}`, subject: request.subject, status: 'opened',
      timeCreated: this.now().toISOString(), communications: [{ at: this.now().toISOString(), body: request.body, by: 'customer', ...sentBy() }],
      severityCode: request.severityCode, ccEmailAddresses: request.ccEmailAddresses, openedBy: 'workflow',
    };
    this.cases.push(created);
    return publicCase(created);
  }

  private openQuotaCase(model: ScenarioModel, quota: QuotaName, at: string, displayId?: string): SimulatedCase {
    const n = this.nextId();
    const created: SimulatedCase = {
      caseId: `case-${this.account}-2026-sq${n}`, displayId: displayId ?? `17810000000${String(n).padStart(4, '0')}`,
      subject: `Limit Increase: Amazon Bedrock (${{ RPM: 'requests', TPM: 'tokens', OutputTPM: 'output tokens' }[quota]} per minute, ${model.name})`, status: 'opened',
      timeCreated: new Date(Date.parse(at)).toISOString(), communications: [], openedBy: 'service_quotas',
    };
    this.cases.push(created);
    return created;
  }

  requestIncrease(ref: ModelRef, code: string, desired: number): QuotaIncreaseRequest {
    if (this.scenario.serviceQuotasAvailable === false) {
      throw new QuotaRequestUnavailableError('Service Quotas RequestServiceQuotaIncrease: DependencyAccessDeniedException (simulated: no service-linked role)');
    }
    const model = this.model(ref.name);
    const quotaName = this.quotaOfCode(model, code);
    if (this.scenario.unrequestableQuotas?.includes(quotaName)) {
      throw new QuotaRequestUnavailableError(`Service Quotas RequestServiceQuotaIncrease: IllegalArgumentException (simulated: the ${quotaName} quota of ${model.name} cannot be requested here)`);
    }
    const current = model.quotas?.[QUOTA_KEYS[quotaName]];
    if (current !== undefined && desired <= current) throw new PermanentAwsError(`Service Quotas: DesiredValue ${desired} must be above the current value ${current}`);
    const pending = this.requests.find((r) => r.model === model.name && r.quotaCode === code && (r.status === 'PENDING' || r.status === 'CASE_OPENED'));
    if (pending) return { ...stripRequest(pending), alreadyPending: true };
    const request: SimulatedRequest = { requestId: `req-sim-${this.nextId()}`, model: model.name, quotaCode: code, desiredValue: desired, status: 'PENDING', polls: 0, created: this.now().toISOString() };
    this.requests.push(request);
    if ((this.scenario.quotaCaseOpensAfterPolls ?? 1) === 0 && !(this.scenario.quotaRequestOutcomes ?? []).length) this.openRequestCase(request);
    return stripRequest(request);
  }

  pollRequest(id: string): QuotaIncreaseRequest {
    const request = this.requests.find((r) => r.requestId === id);
    if (!request) throw new PermanentAwsError(`Service Quotas GetRequestedServiceQuotaChange: NoSuchResourceException for ${id}`);
    request.polls += 1;
    if (request.caseDisplayId || !['PENDING', 'CASE_OPENED'].includes(request.status)) return stripRequest(request);
    const model = this.model(request.model);
    const quota = this.quotaOfCode(model, request.quotaCode);
    const outcome = (this.scenario.quotaRequestOutcomes ?? []).find((o) => !o.quota || o.quota === quota);
    if (outcome) {
      if (request.polls >= (outcome.afterPolls ?? 1)) {
        request.status = outcome.status;
        // Service Quotas applies an approved increase to the account's quota.
        if (outcome.status === 'APPROVED') this.setModelQuotas(model.name, { [QUOTA_KEYS[quota]]: request.desiredValue });
      }
      return stripRequest(request);
    }
    if (request.polls >= (this.scenario.quotaCaseOpensAfterPolls ?? 1)) this.openRequestCase(request);
    return stripRequest(request);
  }

  private openRequestCase(request: SimulatedRequest): void {
    const model = this.model(request.model);
    const quota = this.quotaOfCode(model, request.quotaCode);
    request.caseDisplayId = this.openQuotaCase(model, quota, this.now().toISOString()).displayId;
    request.status = 'CASE_OPENED';
  }

  publish(message: NotificationMessage): { messageId: string } {
    const subscribers = this.scenario.subscribers ?? [{ email: 'oncall@example.com', preference: 'all' as const }];
    // As SNS delivers: each subscription's filter policy (severity preference, followed accounts) on the attributes.
    const recipients = recipientsOf(subscribers, message.attributes).map((s) => s.email);
    const messageId = `msg-sim-${this.nextId()}`;
    this.emails.push({ ...message, messageId, at: this.now().toISOString(), recipients, ...sentBy() });
    return { messageId };
  }
}

/** Calls that are not idempotent: a 5xx may come after they took effect, so the caller cannot tell. */
const NOT_IDEMPOTENT = new Set(['Support.CreateCase', 'Support.AddCommunicationToCase', 'SNS.Publish', 'ServiceQuotas.RequestServiceQuotaIncrease']);

export const faultError = (fault: ScenarioFault, api: string): Error => {
  const where = `${api} (injected ${fault.error} fault${fault.phase === 'after' ? ' after the call took effect' : ''})`;
  switch (fault.error) {
    case 'throttling':
      return new TransientAwsError(`${where}: ThrottlingException: Rate exceeded`);
    case 'server':
      // As the AWS adapters map it: a 5xx on a call that is not idempotent (or a ledger write) is an unknown outcome.
      return new TransientAwsError(`${where}: InternalServerError (HTTP 500)`, { outcomeUnknown: NOT_IDEMPOTENT.has(api) || api.startsWith('CaseLedger.') });
    case 'timeout':
      return new TransientAwsError(`${where}: TimeoutError: the client gave up waiting for the response`, { outcomeUnknown: true });
    case 'crash':
      return new SimulatedCrashError(`${where}: the function died before it could record the result`);
    case 'permanent':
      return new PermanentAwsError(`${where}: AccessDeniedException`);
  }
};

/**
 * The Service Quotas name of a model's per-minute quota, worded as Bedrock names them ("Global cross-Region model
 * inference tokens per minute for Anthropic Claude Opus 4.6 V1"), so the AWS adapters find it by name (quota-names.ts).
 */
export const simulatedQuotaName = (modelId: string, quota: QuotaName, endpoint?: 'bedrock-runtime' | 'bedrock-mantle'): string => {
  const unit = quota === 'RPM' ? 'requests' : 'tokens';
  const mode = inferenceModeOf(modelId);
  const prefix = endpoint === 'bedrock-mantle'
    ? `Bedrock Mantle ${quota === 'OutputTPM' ? 'output' : 'input'}`
    : { global: 'Global cross-Region model inference', 'cross-region': 'Cross-Region model inference', 'on-demand': 'On-demand model inference' }[mode];
  const segments = modelId.slice(modelId.lastIndexOf('/') + 1).replace(/:\d+$/, '').split('.');
  if (mode !== 'on-demand') segments.shift();
  const tokens = segments.join('-').split(/[-_]/).filter((t) => t.length > 0);
  let text = '';
  tokens.forEach((token, i) => {
    const joinNumbers = i > 0 && /^\d+$/.test(token) && /^\d+$/.test(tokens[i - 1] ?? '');
    text += (i === 0 ? '' : joinNumbers ? '.' : ' ') + token.charAt(0).toUpperCase() + token.slice(1);
  });
  return `${prefix} ${unit} per minute for ${text}`;
};

const publicCase = (c: SimulatedCase): SupportCase => ({ caseId: c.caseId, displayId: c.displayId, subject: c.subject, status: c.status, timeCreated: c.timeCreated });
const stripRequest = ({ model: _m, polls: _p, ...rest }: SimulatedRequest): QuotaIncreaseRequest => rest;

const firstEventTime = (scenario: Scenario): string => {
  for (const event of scenario.events) {
    if ('at' in event && typeof event.at === 'string') return event.at;
    if ('time' in event && typeof event.time === 'string') return event.time;
  }
  return '2026-06-01T00:00:00Z';
};

/**
 * A deterministic 14-day series whose busiest minute has exactly the scenario's peaks: a daily wave at 15-45 % of
 * the peak during working hours, idle at night, and one peak minute a day before the window ends.
 */
export const generatedSeries = (
  usage: { peakRpm: number; peakTpm: number; avgInputTokensPerRequest?: number; avgOutputTokensPerRequest?: number; peakOutputTpm?: number },
  window: { start: Date; end: Date },
  peakAt: Date = new Date(window.end.getTime() - 86_400_000),
): UsageSeries => {
  const series: UsageSeries = { timestamps: [], invocations: [], estimatedTpm: [], inputTokens: [], outputTokens: [] };
  if (usage.peakRpm <= 0 && usage.peakTpm <= 0) return series;
  const startMinute = Math.ceil(window.start.getTime() / 60_000);
  const endMinute = Math.floor(window.end.getTime() / 60_000);
  const peakMinute = Math.floor(peakAt.getTime() / 60_000);
  const tokensPerRequest = usage.peakRpm > 0 ? usage.peakTpm / usage.peakRpm : 0;
  const inputShare = usage.avgInputTokensPerRequest !== undefined && usage.avgOutputTokensPerRequest !== undefined
    ? usage.avgInputTokensPerRequest / Math.max(1, usage.avgInputTokensPerRequest + usage.avgOutputTokensPerRequest)
    : 0.75;
  for (let minute = startMinute; minute < endMinute; minute++) {
    const hourOfDay = Math.floor((minute % 1440) / 60);
    let share: number;
    if (minute === peakMinute) share = 1;
    else if (hourOfDay < 7 || hourOfDay >= 21) continue; // idle at night: sparse series are normal
    else share = 0.15 + 0.3 * Math.sin((Math.PI * (hourOfDay - 7)) / 14);
    const rpm = Math.round(usage.peakRpm * share);
    const tpm = Math.round(usage.peakTpm * share);
    if (rpm === 0 && tpm === 0) continue;
    const tokens = tokensPerRequest > 0 ? rpm * tokensPerRequest : tpm;
    series.timestamps.push(minute * 60_000);
    series.invocations.push(rpm);
    series.estimatedTpm.push(tpm);
    series.inputTokens.push(Math.round(tokens * inputShare));
    // peakOutputTpm (bedrock-mantle scenarios): output tokens follow their own peak, on the same daily wave.
    series.outputTokens.push(usage.peakOutputTpm !== undefined ? Math.round(usage.peakOutputTpm * share) : Math.round(tokens * (1 - inputShare)));
  }
  return series;
};

/** The points of a series inside [start, end) (binary search: the series is in time order). */
export const sliceSeries = (series: UsageSeries, window: { start: Date; end: Date }): UsageSeries => {
  const lowerBound = (t: number): number => {
    let lo = 0;
    let hi = series.timestamps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((series.timestamps[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = lowerBound(window.start.getTime());
  const to = lowerBound(window.end.getTime());
  return {
    timestamps: series.timestamps.slice(from, to), invocations: series.invocations.slice(from, to), estimatedTpm: series.estimatedTpm.slice(from, to),
    inputTokens: series.inputTokens.slice(from, to), outputTokens: series.outputTokens.slice(from, to),
  };
};

/** The per-minute sum of several series (a minute present in any of them, 0 where one has no point). */
export const sumSeries = (parts: readonly UsageSeries[]): UsageSeries => {
  const minutes = new Map<number, [number, number, number, number]>();
  for (const part of parts) {
    part.timestamps.forEach((t, i) => {
      const row = minutes.get(t) ?? [0, 0, 0, 0];
      row[0] += part.invocations[i] ?? 0;
      row[1] += part.estimatedTpm[i] ?? 0;
      row[2] += part.inputTokens[i] ?? 0;
      row[3] += part.outputTokens[i] ?? 0;
      minutes.set(t, row);
    });
  }
  const ordered = [...minutes.entries()].sort(([a], [b]) => a - b);
  return {
    timestamps: ordered.map(([t]) => t), invocations: ordered.map(([, r]) => r[0]), estimatedTpm: ordered.map(([, r]) => r[1]),
    inputTokens: ordered.map(([, r]) => r[2]), outputTokens: ordered.map(([, r]) => r[3]),
  };
};

/** Hourly sums of invocations and estimated TPM usage (a source's `hourly_*` series). */
export const hourlyOf = (series: UsageSeries): { hours: number[]; invocations: number[]; tokens: number[] } => {
  const hours = new Map<number, [number, number]>();
  series.timestamps.forEach((t, i) => {
    const hour = Math.floor(t / 3_600_000) * 3_600_000;
    const row = hours.get(hour) ?? [0, 0];
    row[0] += series.invocations[i] ?? 0;
    row[1] += series.estimatedTpm[i] ?? 0;
    hours.set(hour, row);
  });
  const ordered = [...hours.entries()].sort(([a], [b]) => a - b);
  return { hours: ordered.map(([h]) => h), invocations: ordered.map(([, r]) => r[0]), tokens: ordered.map(([, r]) => r[1]) };
};

/**
 * A scenario series as bedrock-mantle publishes it: no EstimatedTPMQuotaUsage; a generated series' quota-unit figure
 * (its `peakTpm`) becomes the input tokens per minute, the figure mantle's input-TPM quota counts.
 */
const mantleView = (series: UsageSeries): UsageSeries => {
  const generated = series.estimatedTpm.some((v) => v > 0);
  return { ...series, inputTokens: generated ? [...series.estimatedTpm] : series.inputTokens, estimatedTpm: series.estimatedTpm.map(() => 0) };
};

/** Expands a shorthand alarm list into catalogue kinds, with a clear error for an unknown name. */
export const alarmKindsOf = (names: readonly string[], where: string): AlarmKind[] =>
  names.map((name) => {
    const kind = name.replace(/-(Critical|Warning)$/, '');
    if (!isAlarmKind(kind)) throw new InvalidScenarioError(`${where}: '${name}' is not an alarm kind (one of ${ALARM_KINDS.join(', ')})`);
    return kind;
  });
