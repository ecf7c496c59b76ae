/**
 * The ports: small interfaces the steps and the threshold updater talk to. Each has an AWS implementation (src/adapters/aws) for Lambda and a
 * sandbox implementation (src/adapters/sandbox) driven by a scenario file for the local simulation.
 * Adapters throw the project's errors (src/core/errors.ts) so the state machine can tell transient from permanent.
 */
import type {
  AlarmStatus,
  ModelQuotas,
  ModelRef,
  NewSupportCase,
  NotificationMessage,
  QuotaIncreaseRequest,
  SupportCase,
  UsageLookup,
} from '#core/model.js';
import type { AlarmSource, CompositeAlarmConfiguration, MetricAlarmConfiguration } from '#core/alarm-config.js';
import type { InferenceProfileInfo } from '#core/inference-profiles.js';
import type { StackInstanceSummary, StackSetCallAs, ThresholdDeployment } from '#core/threshold-deployment.js';
import type { ThresholdHistoryEntry } from '#core/thresholds.js';
import type { CoolDownRecord, FoldedTransition } from '#core/cool-down.js';

export interface AlarmsPort {
  /** Current state of the named alarms (metric and composite). Unknown names are simply absent from the result. */
  describeAlarms(names: readonly string[]): Promise<AlarmStatus[]>;
}

export interface QuotasPort {
  /** Current RPM/TPM quotas of a model (applied value, else the AWS default). A quota the model lacks is absent. */
  getModelQuotas(model: ModelRef): Promise<ModelQuotas>;
}

export interface UsageMetricsPort {
  /** Per-minute usage for [start, end). "unavailable" when the metrics API fails, kept distinct from "no traffic". */
  getUsageSeries(model: ModelRef, window: { start: Date; end: Date }): Promise<UsageLookup>;
}

export interface SupportCasesPort {
  /** Unresolved cases created after `afterTime` (all pages). Throws NoSupportPlanError without a Support plan. */
  listOpenCases(afterTime: Date): Promise<SupportCase[]>;
  /** A case by its display id (the numeric id Service Quotas reports), resolved or not. */
  findByDisplayId(displayId: string): Promise<SupportCase | undefined>;
  /** A case by its case id with its current status, resolved or not (DescribeCases caseIdList, includeResolvedCases). */
  getCase(caseId: string): Promise<SupportCase | undefined>;
  createCase(request: NewSupportCase): Promise<SupportCase>;
  addCommunication(caseId: string, body: string): Promise<void>;
  /** Whether a communication containing `marker` was added to the case after `after` (DescribeCommunications). */
  hasCommunication(caseId: string, marker: string, after: Date): Promise<boolean>;
}

export interface QuotaRequestsPort {
  /**
   * RequestServiceQuotaIncrease. When an increase is already pending for the quota it returns that pending request
   * with `alreadyPending: true`. Throws QuotaRequestUnavailableError when Service Quotas cannot take the request.
   */
  requestIncrease(model: ModelRef, quotaCode: string, desiredValue: number): Promise<QuotaIncreaseRequest>;
  /** GetRequestedServiceQuotaChange: the request's status and, once opened, its case display id. */
  getRequest(requestId: string): Promise<QuotaIncreaseRequest>;
}

export interface NotificationsPort {
  publish(message: NotificationMessage): Promise<{ messageId: string }>;
}

/** The status of a workflow execution, as DescribeExecution reports it. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

export interface ExecutionsPort {
  /** DescribeExecution: the execution's status; undefined when it does not exist (ExecutionDoesNotExist). */
  describeExecution(executionArn: string): Promise<{ status: ExecutionStatus } | undefined>;
}

export interface SettingsPort {
  /** The raw runtime settings document; the caller validates it (src/workflow/settings.ts). */
  loadDocument(): Promise<unknown>;
}

/** The caseId of a claim whose case is being created. */
export const PENDING_CASE_PREFIX = 'pending:';

export interface LedgerEntry {
  /** `{account}#{region}#{model}#{category}` */
  key: string;
  caseId: string;
  displayId: string;
  subject: string;
  caseType: string;
  /** ISO-8601 */
  createdAt: string;
  /** Transition ids (alarm ARN + state timestamp) already communicated on this case. */
  communicated: string[];
  /** The execution (ARN) holding a pending claim: once it is known to be finished, the claim is abandoned. */
  execution?: string;
  /** Set by `complete`: the pending caseId the case was opened for (the incident that opened it). */
  openedFor?: string;
}

/** What `noteFailure` decided for one failed execution. */
export type FailureNote =
  /** E-mail it: the first failure of its cause in a new window; `folded` failures of that cause sent none since `since`. */
  | { send: true; folded: number; since?: string }
  /** Counted into the window opened at `windowStartedAt` by another failure of the same cause: no e-mail. */
  | { send: false; windowStartedAt: string };

/** What `claim` did. */
export interface ClaimResult {
  /** The caller holds the key now (a new claim, a take-over, or its own claim again). */
  claimed: boolean;
  /** The entry holding the key afterwards: the stored one (everything it knows) when reclaimed or not claimed. */
  entry: LedgerEntry;
  /** The caller held the key already with this caseId (a retry of the same claim). */
  reclaimed: boolean;
  /** The pending claim of another execution this claim took over (stale, or known abandoned). */
  replaced?: LedgerEntry;
}

/**
 * Which case is open for a (model, category): conditional writes make creation race-free. A case is claimed before it
 * is created (caseId `pending:…`, see PENDING_CASE_PREFIX) and completed once it exists. Every implementation (the
 * DynamoDB one, an in-memory one) must follow these rules; each method is one atomic conditional write (plus reads).
 *
 * An entry is "open" or "closed". State: caseId, displayId, subject, caseType, createdAt, execution?, communicated
 * (a set of transition ids) and appending (a set of append ids in flight; not exposed by `get`).
 */
export interface CaseLedgerPort {
  /** The open entry of the key (closed or absent: undefined). Strongly consistent. */
  get(key: string): Promise<LedgerEntry | undefined>;
  /**
   * In this order, the first rule that applies:
   * 1. Open and held by `entry.caseId` (a retry): nothing is replaced or removed, only `entry.communicated` is added
   *    to `communicated` (a union); `appending` is kept. Returns `{claimed: true, reclaimed: true, entry: the stored
   *    entry after the union}`. A claim never erases what the entry already knows.
   * 2. Absent, closed, or a pending claim (caseId starts with `pending:`) whose createdAt < `staleBefore` or whose
   *    caseId equals `abandonedCaseId`: the entry is replaced by `entry` (status open, communicated = entry.communicated,
   *    appending emptied, execution = entry.execution or none, openedFor removed). Returns `{claimed: true, reclaimed: false, entry,
   *    replaced?: the previous entry when it was an open pending claim}`.
   * 3. Otherwise (held by another case or a live pending claim): nothing is written; returns `{claimed: false,
   *    reclaimed: false, entry: the holder}`.
   */
  claim(entry: LedgerEntry, staleBefore?: Date, abandonedCaseId?: string): Promise<ClaimResult>;
  /**
   * Replaces a pending claim with the case it became (SET caseId, displayId, subject, createdAt, openedFor =
   * pendingCaseId; ADD communicated; appending and execution untouched); fails (ConditionalCheckFailed) if the key is not open with `pendingCaseId`.
   */
  complete(pendingCaseId: string, entry: LedgerEntry): Promise<void>;
  /**
   * Adds `appendId` to `appending` (the entry must exist); `firstAttempt` is false when it was there before (a retry
   * after a failure: the caller checks the case for the append's marker before sending again).
   */
  beginAppend(key: string, appendId: string): Promise<{ firstAttempt: boolean }>;
  /**
   * Adds transitions to `communicated` and removes `appendId` from `appending` (the entry must exist); returns the
   * transitions that were not in `communicated` before.
   */
  markCommunicated(key: string, transitionIds: readonly string[], appendId?: string): Promise<string[]>;
  /**
   * Notes that a notification is about to be published (its own record, not an entry). 'first': go ahead. 'sent': it
   * was published before. 'unknown': an earlier attempt failed in a way that may have published it (send again,
   * marked as a possible repeat: a repeat is better than silence).
   */
  beginNotification(id: string, attempt?: string): Promise<'first' | 'sent' | 'unknown'>;
  /**
   * Takes back the note `attempt` began (removed only if it is still that attempt's 'sending' note): the attempt
   * never reached Publish (its beginNotification failed, perhaps after the write landed), so a retry is no repeat.
   */
  withdrawNotification(id: string, attempt: string): Promise<void>;
  /** 'sent' records the publish; 'failed' (the publish certainly did not happen) clears the note so a retry sends. */
  endNotification(id: string, outcome: 'sent' | 'failed'): Promise<void>;
  /**
   * Storm control of the failure e-mails, one record per cause (its own record, not an entry). At `at` (ISO-8601):
   * 1. The record's window is owned by `failureId` (a retry of the failure that opened it): the same answer again.
   * 2. A window opened less than `windowSeconds` before `at`: `failureId` is added to its folded failures (a set: a
   *    retry counts once) and the first folded time kept; `{send: false}`.
   * 3. Otherwise (no record, or its window is over): a new window owned by `failureId` opens at `at`, carrying the
   *    previous window's folded count and first time; `{send: true, folded, since}`.
   * Atomic per cause: of concurrent failures of one cause in a new window, exactly one sends.
   */
  noteFailure(cause: string, failureId: string, at: string, windowSeconds: number): Promise<FailureNote>;
  /** Closes the entry if it is held by `caseId` (otherwise nothing): the case was resolved or the claim freed. */
  release(key: string, caseId: string): Promise<void>;
  /**
   * The incident cool-down record of a ledger key (its own record, not an entry; src/core/cool-down.ts decides with
   * it). Strongly consistent; undefined when the key never had one.
   */
  getCoolDown(key: string): Promise<CoolDownRecord | undefined>;
  /**
   * A send: writes the cool-down record whole if the stored one is at `record.version - 1` (no record counts as
   * version 0) and has taken `foldWrites` fold writes since its last send (as the caller read it): true. Otherwise
   * (another execution sent or folded first) nothing is written: false, and the caller reads and decides again.
   */
  putCoolDown(record: CoolDownRecord, foldWrites: number): Promise<boolean>;
  /**
   * A fold: adds `folded` to the record's folded transitions (by id: adding one twice keeps one) if the stored record
   * is still at `version` (no send since the caller read it): true; else nothing is written: false. Concurrent folds
   * do not conflict with each other.
   */
  foldCoolDown(key: string, version: number, folded: readonly FoldedTransition[]): Promise<boolean>;
}

/** Temporary credentials of a spoke role (STS AssumeRole). */
export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/**
 * Organization mode: how a hub step gets to act in an account, through that account's spoke role. One per container
 * (a step's handler): it assumes the role at most once per account while the credentials last. The AWS adapter is
 * SpokeCredentials (src/adapters/aws/spoke-credentials.ts, STS); the sandbox one counts the AssumeRole calls and
 * refuses an account outside the organization (src/adapters/sandbox/organization.ts).
 */
export interface SpokeAccessPort {
  /** The spoke role's credentials in `account`; throws (SpokeAccessDeniedError in the sandbox) when it cannot be assumed. */
  credentialsOf(account: string): Promise<TemporaryCredentials>;
}

/** The clock is a port too: the simulated account's clock is the event time, never the wall clock. */
export interface ClockPort {
  now(): Date;
}

export interface Ports {
  alarms: AlarmsPort;
  quotas: QuotasPort;
  usage: UsageMetricsPort;
  cases: SupportCasesPort;
  quotaRequests: QuotaRequestsPort;
  notifications: NotificationsPort;
  /** The workflow's own executions: whether the execution holding a claim is finished. */
  executions: ExecutionsPort;
  settings: SettingsPort;
  ledger: CaseLedgerPort;
  clock: ClockPort;
}

/** The usage alarms as the threshold updater finds them. */
export interface CurrentAlarms {
  /** Metric alarms that exist, by name, with their threshold (undefined for an alarm without one). */
  thresholds: Map<string, number | undefined>;
  /** The composite alarm's rule, undefined when it does not exist. */
  compositeRule: string | undefined;
  /** The ModelId values (with their labels) each metric alarm reads, by name: which application profiles it sums. */
  sources?: Map<string, AlarmSource[]>;
}

/** Bedrock's inference profiles of one account and Region (the threshold updater's discovery). */
export interface InferenceProfilesPort {
  /** ListInferenceProfiles with typeEquals APPLICATION, every page. */
  listApplicationProfiles(): Promise<InferenceProfileInfo[]>;
  /** GetInferenceProfile: a system-defined profile's models; undefined when there is no such profile. */
  getProfile(profileId: string): Promise<InferenceProfileInfo | undefined>;
}

/** The alarms the threshold updater rewrites. */
export interface ThresholdAlarmsPort {
  /** The named metric alarms that exist and the composite's rule. Unknown names are simply absent. */
  describe(metricAlarmNames: readonly string[], compositeName: string): Promise<CurrentAlarms>;
  /** PutMetricAlarm with the complete configuration (the call overwrites whatever it is not given). */
  putMetricAlarm(configuration: MetricAlarmConfiguration): Promise<void>;
  /** PutCompositeAlarm with the complete configuration. */
  putCompositeAlarm(configuration: CompositeAlarmConfiguration): Promise<void>;
  deleteAlarms(names: readonly string[]): Promise<void>;
}

/** Every threshold change, kept. */
export interface ThresholdHistoryPort {
  record(entries: readonly ThresholdHistoryEntry[]): Promise<void>;
  /**
   * Newest first; every model (of every account and Region) when `model` is not given. With `model`: that model's
   * entries in `account` and `region` (organization mode), or its single-account entries when they are not given.
   */
  list(options?: { model?: string; account?: string; region?: string; limit?: number }): Promise<ThresholdHistoryEntry[]>;
}

/**
 * Organization mode: the stack instances of the spoke stack set (CloudFormation ListStackInstances, every page, in
 * the hub's Region, as the hub administers the stack set: `callAs`). The updater acts where they are current.
 */
export interface StackInstancesPort {
  listStackInstances(request: { stackSetName: string; callAs: StackSetCallAs }): Promise<StackInstanceSummary[]>;
}

/** Where the custom resource leaves the deployment description for the scheduled runs. */
export interface DeploymentStorePort {
  save(deployment: ThresholdDeployment): Promise<void>;
  load(): Promise<ThresholdDeployment | undefined>;
}

/**
 * What the threshold updater (src/threshold-updater) takes: the workflow's quotas, notifications and runtime settings
 * (the one home of the threshold percents), and its own alarms and history.
 */
export interface ThresholdUpdaterPorts {
  quotas: QuotasPort;
  settings: SettingsPort;
  alarms: ThresholdAlarmsPort;
  history: ThresholdHistoryPort;
  notifications: NotificationsPort;
  /**
   * Bedrock's application inference profiles: which ones draw on each model's quota (src/core/inference-profiles.ts).
   * Absent: no discovery, the configuration's profiles only.
   */
  profiles?: InferenceProfilesPort;
  /**
   * Organization mode: the spoke stack set's instances, for the accounts the configuration does not list. Absent (or
   * a deployment description without `targets.spokeStackSet`): the configured accounts only.
   */
  stackInstances?: StackInstancesPort;
}
