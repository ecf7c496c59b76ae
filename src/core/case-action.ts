/** What the workflow did about a case: the outcome the e-mail explains and `--json` reports. */
import type { QuotaName } from './catalogue.js';
import { isDisplayId, isRegion } from './plain-text.js';

export type CaseActionKind = 'created' | 'appended' | 'suppressed' | 'disabled' | 'none' | 'failed';

export type CaseActionReason =
  /** settings.caseAutomation.enabled is false */
  | 'automation_disabled'
  /** the Support API answered SubscriptionRequiredException */
  | 'no_support_plan'
  /** every alarm transition of this incident was already communicated on the open case */
  | 'already_communicated'
  /** the incident cool-down: its transitions went out with another incident's e-mail and append (src/core/cool-down.ts) */
  | 'cool_down'
  /** a quota incident where no quota can be requested (no such quota, 0 %, not adjustable) */
  | 'nothing_requestable'
  /** quota increase submitted; Service Quotas had not opened its case within the polling window */
  | 'quota_case_pending'
  /** Support refused: too many cases opened recently */
  | 'case_creation_limit'
  /** every quota request ended without a case: approved, denied, not approved, invalid, or closed (see quotaRequests) */
  | 'quota_request_ended'
  /** the execution failed */
  | 'execution_failed';

/** Quota request statuses that end the poll loop: the request is over, with or without a case. */
export const TERMINAL_QUOTA_REQUEST_STATUSES: readonly string[] = ['APPROVED', 'DENIED', 'NOT_APPROVED', 'INVALID_REQUEST', 'CASE_CLOSED'];

/** A quota that Service Quotas could not take a request for, while others were requested. */
export interface UnrequestedQuota {
  quota: QuotaName;
  quotaCode: string;
  desiredValue: number;
  reason: string;
}

export interface QuotaRequestOutcome {
  quota: QuotaName;
  quotaCode: string;
  requestId: string;
  desiredValue: number;
  status: string;
  caseDisplayId?: string;
  alreadyPending: boolean;
}

export interface CaseAction {
  action: CaseActionKind;
  reason?: CaseActionReason;
  /** Support's internal case id */
  caseId?: string | null;
  /** The numeric id shown in the Support console */
  displayId?: string | null;
  subject?: string;
  /** How the case came to be: a Support CreateCase, or the case Service Quotas opened for an increase request. */
  via?: 'support' | 'service_quotas';
  /** ISO-8601 creation time of the case appended to */
  caseCreatedAt?: string;
  quotaRequests?: QuotaRequestOutcome[];
  /** Quotas that could not be requested through Service Quotas (the others were): the e-mail names them. */
  unrequested?: UnrequestedQuota[];
  /** Human-readable detail, e.g. the error of a failed execution */
  detail?: string;
}

/**
 * The Support console link of a case, by its display id. Only a display id (digits) goes into the link; anything else
 * links to the case history, where the case can be found by hand.
 */
export const supportCaseUrl = (displayId: string): string =>
  isDisplayId(displayId)
    ? `https://console.aws.amazon.com/support/home#/case/?displayId=${displayId}`
    : 'https://console.aws.amazon.com/support/home#/case/history';

/**
 * The Step Functions console link of an execution. The host is the Region only when it is a Region code; otherwise
 * the global console. The ARN is percent-encoded, so it cannot leave the link's fragment.
 */
export const executionConsoleUrl = (region: string, executionArn: string): string =>
  isRegion(region)
    ? `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${encodeURIComponent(executionArn)}`
    : `https://console.aws.amazon.com/states/home#/v2/executions/details/${encodeURIComponent(executionArn)}`;
