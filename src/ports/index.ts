/**
 * The ports: small interfaces the steps talk to. Each has an AWS implementation (src/adapters/aws) for Lambda and a
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
} from '../core/model.js';

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

export interface SettingsPort {
  /** The raw runtime settings document; the caller validates it (src/contracts/settings.ts). */
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
}

/**
 * Which case is open for a (model, category): DynamoDB conditional writes make creation race-free. A case is
 * claimed before it is created (caseId `pending:…`, see PENDING_CASE_PREFIX) and completed once it exists.
 */
export interface CaseLedgerPort {
  get(key: string): Promise<LedgerEntry | undefined>;
  /**
   * Writes the entry only if no open entry holds the key (or the holder is the same caseId, or a pending claim older
   * than `staleBefore`). Returns the entry that holds the key afterwards, and whether this caseId held it already
   * (a retry of the same claim).
   */
  claim(entry: LedgerEntry, staleBefore?: Date): Promise<{ claimed: boolean; entry: LedgerEntry; reclaimed: boolean }>;
  /** Replaces a pending claim with the case it became; fails if the claim is no longer held. */
  complete(pendingCaseId: string, entry: LedgerEntry): Promise<void>;
  /** Notes that an append is about to be sent; false when it was noted before (a retry after a failure). */
  beginAppend(key: string, appendId: string): Promise<{ firstAttempt: boolean }>;
  /** Records transitions as communicated (and the append as done); returns the ones that were not recorded before. */
  markCommunicated(key: string, transitionIds: readonly string[], appendId?: string): Promise<string[]>;
  /**
   * Notes that a notification is about to be published. 'first': go ahead. 'sent': it was published before.
   * 'unknown': an earlier attempt failed in a way that may have published it (do not send a second e-mail).
   */
  beginNotification(id: string): Promise<'first' | 'sent' | 'unknown'>;
  /** 'sent' records the publish; 'failed' (the publish certainly did not happen) clears the note so a retry sends. */
  endNotification(id: string, outcome: 'sent' | 'failed'): Promise<void>;
  /** Ends the entry (the case was resolved or left the lookback window). */
  release(key: string, caseId: string): Promise<void>;
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
  settings: SettingsPort;
  ledger: CaseLedgerPort;
  clock: ClockPort;
}
