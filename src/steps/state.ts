/** The workflow state: what each step adds (ResultPath) and what the next ones read. Plain JSON. */
import type { CaseAction } from '#core/case-action.js';
import type { Classification } from '#core/classify.js';
import type { Decision } from '#core/decide.js';
import type { FiredAlarm, ModelQuotas, ModelRef, SupportCase } from '#core/model.js';
import type { UsageSummary } from '#core/usage.js';
import type { FoldedTransition } from '#core/cool-down.js';
import type { EffectiveSettings } from '#workflow/settings.js';

export interface ExecutionRef {
  id: string;
  name: string;
  startedAt: string;
}

export interface Incident {
  model: ModelRef;
  compositeAlarmName: string;
  alarms: FiredAlarm[];
  /** ISO-8601 time of the event */
  at: string;
  region: string;
  account: string;
  /** The account's friendly name from the runtime settings (`accounts.{id}.name`), when they give one. */
  accountName?: string;
  triggeredBy: { alarmName: string; state: string; stateTimestamp: string };
}

export interface ClassificationPart extends Classification {
  /** model + the sorted transition ids: the business key of the incident, stable across retries and re-drives */
  incidentKey: string;
}

export interface Facts {
  quotas: { status: 'ok'; quotas: ModelQuotas } | { status: 'unavailable'; reason: string };
  usage: { status: 'ok'; summary: UsageSummary } | { status: 'unavailable'; reason: string };
}

export interface OpenCaseLookup {
  found: boolean;
  case?: SupportCase & { source: 'ledger' | 'describe_cases' };
  ledgerKey: string;
  /** transitions of this incident not yet communicated on the open case (all of them when there is none) */
  newTransitions: string[];
  /** an open case exists and every transition is already on it */
  alreadyCommunicated: boolean;
  supportPlan: boolean;
  /** The incident cool-down's answer (src/core/cool-down.ts); absent when every transition was already on the case. */
  coolDown?: CoolDownOutcome;
}

/** What the cool-down decided for this incident, as the execution's output shows it. */
export type CoolDownOutcome =
  /** Send now (e-mail and append), listing the transitions folded since the last send */
  | { action: 'send'; windowMinutes: number; why: string; carried: FoldedTransition[] }
  /** Recorded in the ledger, nothing sent; the execution waits until `until` and decides again */
  | { action: 'fold'; windowMinutes: number; why: string; until: string; windowStartedAt: string; folded: FoldedTransition[] }
  /** Its transitions went out with the send of incident `by` at `sentAt` */
  | { action: 'covered'; windowMinutes: number; why: string; by: string; sentAt: string };

export interface QuotaRequestProgress {
  requests: NonNullable<CaseAction['quotaRequests']>;
  attempts: number;
  done: boolean;
  /** Service Quotas could not take the request: open a Support case instead */
  fallback: boolean;
  fallbackReason?: string;
  /** Quotas Service Quotas could not take a request for, while the others were requested */
  unrequested?: NonNullable<CaseAction['unrequested']>;
}

export interface NotificationResult {
  sent: boolean;
  subject?: string;
  body?: string;
  messageId?: string;
  reason?: string;
  attributes?: Record<string, string>;
}

export interface WorkflowState {
  execution: ExecutionRef;
  status: 'incident' | 'nothing_to_do';
  reason?: string;
  settings: EffectiveSettings;
  incident: Incident;
  classification: ClassificationPart;
  facts: Facts;
  decision: Decision;
  openCase: OpenCaseLookup;
  quotaRequest: QuotaRequestProgress;
  caseAction: CaseAction;
  notification: NotificationResult;
  error?: { Error?: string; Cause?: string };
}

/** What the first step receives: the EventBridge event and the execution's identity. */
export interface WorkflowInput {
  event: unknown;
  execution: ExecutionRef;
}
