/** Domain types shared by the core, the ports and the steps. Plain data: every value crosses the state machine as JSON. */
import type { AlarmKind, InferenceEndpoint, ProfileAlarmKind, QuotaName } from './catalogue.js';

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
export type Severity = 'CRITICAL' | 'WARNING';
export type Scenario = 'non_quota' | 'new_model' | 'high_usage' | 'low_usage';
export type CaseType = 'Quota Request' | 'Investigation Request';
export type CaseCategory = 'quota' | 'investigation';

export interface ModelRef {
  /** Display name, e.g. G-Opus-4-6 */
  name: string;
  /** Model id or inference profile id, e.g. global.anthropic.claude-opus-4-6-v1 */
  modelId: string;
  /** Explicit Service Quotas codes from the configuration; preferred over discovery by name. */
  quotaCodes?: { rpm?: string; tpm?: string; outputTpm?: string };
  /** The endpoint the model is served on (absent: bedrock-runtime). A model served on both is declared once per endpoint. */
  endpoint?: InferenceEndpoint;
  /**
   * Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published
   * per profile (ModelId = the profile id) while the quota is the model's, so usage is the sum over the model and them.
   */
  applicationProfiles?: ApplicationProfile[];
}

export interface ApplicationProfile {
  /** Who uses it, for the texts, e.g. "support-bot" */
  name: string;
  /** The profile id (the last part of its ARN): the value of the ModelId dimension of its metrics */
  profileId: string;
  /** Alarms on this profile's own traffic (the configuration asks for them); absent: none. */
  alarms?: ProfileAlarmKind[];
}

/** Most application profiles per model: keeps the usage read to one GetMetricData page (docs/deployment.md). */
export const MAX_APPLICATION_PROFILES = 10;

/** An alarm as CloudWatch reports it now. */
export interface AlarmStatus {
  name: string;
  arn: string;
  type: 'MetricAlarm' | 'CompositeAlarm';
  state: AlarmStateValue;
  /** ISO-8601 time of the last state change */
  stateUpdatedAt: string;
  stateReason?: string;
  /** Set when CloudWatch suppressed the alarm's actions (composite ActionsSuppressor) */
  actionsSuppressedBy?: 'WaitPeriod' | 'ExtensionPeriod' | 'Alarm';
  /** A metric alarm's metric math (its `Metrics`): a summed alarm names each source it sums (src/core/usage-sources.ts). */
  metrics?: AlarmMetricQuery[];
}

/** One query of a metric alarm's `Metrics`, as DescribeAlarms returns it: only the fields the workflow reads. */
export interface AlarmMetricQuery {
  Id?: string;
  Label?: string;
  Expression?: string;
  ReturnData?: boolean;
  MetricStat?: {
    Metric?: { Namespace?: string; MetricName?: string; Dimensions?: { Name?: string; Value?: string }[] };
    Period?: number;
    Stat?: string;
  };
}

/** A project alarm that is in ALARM, with the transition that put it there. */
export interface FiredAlarm {
  name: string;
  arn: string;
  kind: AlarmKind;
  /** ISO-8601 time the alarm entered ALARM; with the ARN, the identity of the transition. */
  since: string;
  reason?: string;
}

export interface QuotaValue {
  quota: QuotaName;
  code: string;
  name: string;
  value: number;
  adjustable: boolean;
}

/** Current quotas of a model. A missing key means the quota does not exist for the model. */
export interface ModelQuotas {
  rpm?: QuotaValue;
  /** bedrock-runtime: the tokens-per-minute quota; bedrock-mantle: its input-tokens-per-minute quota. */
  tpm?: QuotaValue;
  /** bedrock-mantle only: "Bedrock Mantle output tokens per minute for ${model}". */
  outputTpm?: QuotaValue;
}

/** Per-minute usage of one model over the usage window, minute-aligned. Missing minutes had no data points. */
export interface UsageSeries {
  /** epoch milliseconds of each minute that has at least one data point, ascending */
  timestamps: number[];
  invocations: number[];
  /** EstimatedTPMQuotaUsage per minute (includes cache writes and output burndown) */
  estimatedTpm: number[];
  inputTokens: number[];
  outputTokens: number[];
}

/**
 * One traffic source of a model with application profiles (the model itself, "direct", or one profile): its hourly
 * sums, enough to tell which application drove the peak without a per-minute series per source.
 */
export interface UsageSource {
  name: string;
  /** The ModelId dimension value */
  id: string;
  /** epoch ms of each hour with data, ascending */
  hours: number[];
  invocations: number[];
  /** EstimatedTPMQuotaUsage per hour */
  tokens: number[];
}

export type UsageLookup =
  | { status: 'ok'; series: UsageSeries; windowStart: string; windowEnd: string; sources?: UsageSource[] }
  | { status: 'unavailable'; reason: string };

export interface SupportCase {
  caseId: string;
  displayId: string;
  subject: string;
  status: string;
  /** ISO-8601 */
  timeCreated: string;
}

export interface NewSupportCase {
  subject: string;
  body: string;
  severityCode: string;
  ccEmailAddresses: string[];
  language: string;
}

export type QuotaRequestStatus = 'PENDING' | 'CASE_OPENED' | 'APPROVED' | 'DENIED' | 'CASE_CLOSED' | 'NOT_APPROVED' | 'INVALID_REQUEST';

export interface QuotaIncreaseRequest {
  requestId: string;
  quotaCode: string;
  desiredValue: number;
  status: QuotaRequestStatus;
  /** The Support case Service Quotas opened for it (a display id), once it exists. */
  caseDisplayId?: string;
  /** ISO-8601 */
  created?: string;
  /** true when the request already existed (ResourceAlreadyExistsException) and this is the pending one. */
  alreadyPending?: boolean;
}

export interface NotificationMessage {
  subject: string;
  body: string;
  attributes: {
    severity: Severity; caseType: CaseType | 'Workflow Failure' | 'Threshold Update'; scenario: string; model: string; possibleRepeat?: 'true';
    /** The account the message is about (SNS filter policies of account-scoped subscribers match it). */
    account?: string;
  };
}
