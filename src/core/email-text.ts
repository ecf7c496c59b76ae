/** The e-mail for the on-call team: what happened, what was done about the case, the figures, and what to do. */
import type { CaseAction } from './case-action.js';
import { executionConsoleUrl, supportCaseUrl } from './case-action.js';
import type { Classification } from './classify.js';
import type { Decision } from './decide.js';
import type { ModelRef, NotificationMessage, Severity } from './model.js';
import { foldedFailuresLine, type FoldedFailures } from './failure-cause.js';
import { isRegion, oneLine } from './plain-text.js';
import { foldedSummaryLines, type FoldedTransition } from './cool-down.js';
import { accountLabel, alarmLines, n, quotaSection, usageSection } from './text-sections.js';

export { oneLine };
import type { UsageSummary } from './usage.js';

/** SNS: the subject must be under 100 characters, with no line breaks or control characters. */
export const SUBJECT_LIMIT = 99;

export const emailSubject = (severity: Severity, customerName: string, modelName: string, caseType: string): string => {
  const icon = severity === 'CRITICAL' ? '🔴' : '🟡';
  return fitSubject(`${icon} [${severity}] ${oneLine(customerName, 64)} - Bedrock Ops Alert - ${oneLine(modelName, 64)} - ${oneLine(caseType, 40)}`);
};

/**
 * One line (no line breaks, control or invisible formatting characters: src/core/plain-text.ts) cut to the SNS limit
 * (counted in UTF-16 units, which is stricter than characters).
 */
export const fitSubject = (subject: string): string => oneLine(subject, SUBJECT_LIMIT);

export interface EmailInput {
  customerName: string;
  model: ModelRef;
  region: string;
  /** The account the incident happened in (the alarm event's `account`) and its friendly name, if any. */
  account?: string;
  accountName?: string;
  classification: Classification;
  decision: Decision;
  usage: UsageSummary | undefined;
  usageWindowDays: number;
  caseAction: CaseAction;
  executionArn: string;
  /** Transitions folded by the incident cool-down since the last e-mail of this model and category, listed here */
  folded?: { carried: readonly FoldedTransition[]; windowMinutes: number };
}

export const incidentEmail = (input: EmailInput): NotificationMessage => {
  const { decision, classification, caseAction } = input;
  const lines = [
    // Every value from the settings, the event or an AWS answer is one line of plain text (src/core/plain-text.ts).
    `${classification.severity}: ${oneLine(input.model.name, 64)} (${oneLine(input.model.modelId, 2048)}) in ${oneLine(input.region, 64)}`,
    ...(input.account ? [`Account: ${accountLabel(input.account, input.accountName)}, Region: ${oneLine(input.region, 64)}`] : []),
    '',
    'WHAT HAPPENED:',
    ...alarmLines(classification.alarms),
    `  Decision: ${decision.scenario} (${decision.caseType}). ${decision.rationale}`,
    ...(input.folded && input.folded.carried.length > 0 ? ['', ...foldedSummaryLines(input.folded.carried, input.folded.windowMinutes)] : []),
    '',
    'SUPPORT CASE:',
    ...caseLines(caseAction),
    '',
    ...usageSection(decision, input.usage, input.usageWindowDays),
  ];
  const quota = quotaSection(decision);
  if (quota.length > 0) lines.push('', ...quota);
  lines.push('', 'RECOMMENDED ACTIONS:', ...recommendedActions(decision, caseAction).map((a) => `  - ${a}`));
  lines.push('', `Execution: ${executionConsoleUrl(executionRegion(input.executionArn) ?? input.region, input.executionArn)}`);
  return {
    subject: emailSubject(classification.severity, input.customerName, input.model.name, decision.caseType),
    body: lines.join('\n'),
    attributes: { severity: classification.severity, caseType: decision.caseType, scenario: decision.scenario, model: oneLine(input.model.name, 64) },
  };
};

const caseLink = (c: CaseAction): string[] => (c.displayId ? [`  Case ${oneLine(c.displayId, 40)}: ${supportCaseUrl(c.displayId)}`] : []);

/** The distinct cases Service Quotas opened for the incident's requests (one per request at most). */
export const requestCases = (c: CaseAction): string[] =>
  [...new Set((c.quotaRequests ?? []).map((r) => r.caseDisplayId).filter((id): id is string => Boolean(id)).map((id) => oneLine(id, 40)))];

const serviceQuotasSentence = (c: CaseAction): string => {
  const cases = requestCases(c);
  return cases.length > 1
    ? `  Quota increases requested through Service Quotas; AWS opened ${cases.length} cases, one per request (${cases.join(', ')}). The usage-validated context was added to case ${oneLine(c.displayId ?? cases[0], 40)}, and it names the others.`
    : '  Quota increase requested through Service Quotas; the usage-validated context was added to the case AWS opened for it.';
};

/** Every Service Quotas request with the case AWS opened for it, and that case's link. */
const requestLines = (c: CaseAction): string[] =>
  (c.quotaRequests ?? []).map((r) =>
    `  Request ${oneLine(r.requestId, 100)}: ${oneLine(r.quotaCode, 40)} -> ${n(r.desiredValue)} (${oneLine(r.status, 40)}${r.alreadyPending ? ', already pending' : ''})` +
    (r.caseDisplayId ? `, case ${oneLine(r.caseDisplayId, 40)}: ${supportCaseUrl(r.caseDisplayId)}` : ', no case opened yet'));

/** What a request that ended without a case means for the team. */
const endedRequestLine = (r: NonNullable<CaseAction['quotaRequests']>[number]): string => {
  const what = `${r.quota} (${oneLine(r.quotaCode, 40)}) -> ${n(r.desiredValue)}`;
  switch (r.status) {
    case 'APPROVED':
      return `  ${what}: APPROVED by AWS without a case. The new quota applies now; the usage alarm thresholds follow it (threshold update).`;
    case 'DENIED':
    case 'NOT_APPROVED':
      return `  ${what}: ${oneLine(r.status, 40)} by AWS. The quota is unchanged; see the request in the Service Quotas console for the reason.`;
    case 'INVALID_REQUEST':
      return `  ${what}: INVALID_REQUEST: AWS rejected the request as invalid. The quota is unchanged.`;
    case 'CASE_CLOSED':
      return `  ${what}: CASE_CLOSED: the request's case was closed. Check the quota's current value in the Service Quotas console.`;
    default:
      return requestLines({ action: 'none', quotaRequests: [r] })[0] ?? '';
  }
};

/** Quotas Service Quotas refused to take a request for (the others were requested). */
const unrequestedLines = (c: CaseAction): string[] =>
  (c.unrequested ?? []).map((u) => `  NOT REQUESTED: ${u.quota} (${oneLine(u.quotaCode, 40)}) -> ${n(u.desiredValue)}: Service Quotas could not take this request (${oneLine(u.reason, 500)}). Request it manually in the Service Quotas console or through a Support case.`);

export const caseLines = (c: CaseAction): string[] => [...caseActionLines(c), ...unrequestedLines(c)];

const caseActionLines = (c: CaseAction): string[] => {
  switch (c.action) {
    case 'created':
      if (c.via === 'service_quotas' && c.reason === 'no_support_plan') {
        return [
          '  Quota increase requested through Service Quotas; the request stands and AWS handles it.',
          '  The usage-validated context was NOT added to its case: this account has no Business, Enterprise On-Ramp or Enterprise Support plan, which the Support API requires.',
          ...caseLink(c),
          ...requestLines(c),
        ];
      }
      if (c.reason === 'quota_case_pending') {
        return [
          '  Quota increase requested through Service Quotas; AWS had not opened its support case yet when we stopped waiting.',
          ...requestLines(c),
          '  The usage-validated context could not be attached yet; follow the request in the Service Quotas console.',
        ];
      }
      return [
        c.via === 'service_quotas' ? serviceQuotasSentence(c) : '  A new support case was created.',
        ...(c.subject ? [`  Subject: ${oneLine(c.subject, 200)}`] : []),
        ...caseLink(c),
        ...requestLines(c),
      ];
    case 'appended':
      return [
        '  EXISTING SUPPORT CASE, updated with the new alarm details (no duplicate case was opened).',
        ...(c.subject ? [`  Subject: ${oneLine(c.subject, 200)}`] : []),
        ...caseLink(c),
        ...(c.caseCreatedAt ? [`  Originally raised: ${oneLine(c.caseCreatedAt, 64)}`] : []),
        ...requestLines(c),
      ];
    case 'suppressed':
      return [
        '  Already communicated: these alarm transitions are already on the open case, so it was not updated again.',
        ...caseLink(c),
      ];
    case 'disabled':
      return ['  Automated support case creation is disabled in the runtime settings (caseAutomation.enabled = false). No case was opened.'];
    case 'none':
      switch (c.reason) {
        case 'no_support_plan':
          return ['  No case was opened: this account has no Business, Enterprise On-Ramp or Enterprise Support plan, which the Support API requires.'];
        case 'nothing_requestable':
          return ['  No case was opened: none of the quotas this alarm concerns can be requested (see the quota section).'];
        case 'case_creation_limit':
          return ['  No case was opened: AWS Support refused because too many cases were opened recently (CaseCreationLimitExceeded).'];
        case 'quota_request_ended':
          return ['  Quota increase requested through Service Quotas; AWS ended the request without a support case:', ...(c.quotaRequests ?? []).map(endedRequestLine)];
        default:
          return [`  No case was opened.${c.detail ? ` ${oneLine(c.detail, 1000)}` : ''}`];
      }
    case 'failed':
      return [`  The workflow failed before the case step completed: ${c.detail ? oneLine(c.detail, 1000) : 'see the execution'}. Re-drive the execution once the cause is fixed.`];
  }
};

/** Whether an increase is on its way: requested now, or already on the open case this incident went to. */
const increaseRequested = (decision: Decision, c: CaseAction): boolean =>
  decision.quotaIncreases.some((q) => !q.asReference) && (c.action === 'created' || c.action === 'appended' || c.action === 'suppressed');

const recommendedActions = (decision: Decision, c: CaseAction): string[] => {
  const actions: string[] = [];
  if (c.via === 'service_quotas' && c.reason === 'no_support_plan') {
    actions.push('Follow the increase request in the Service Quotas console; with a Support plan, the context could be added to its case.');
  } else if (c.action === 'disabled' || c.reason === 'no_support_plan' || c.reason === 'case_creation_limit') {
    if (decision.quotaIncreases.length > 0 && decision.scenario !== 'low_usage') actions.push('Request the quota increases above manually in the Service Quotas console.');
    else actions.push('Open a case manually in the Support console if you need AWS help.');
  }
  switch (decision.scenario) {
    case 'non_quota':
      actions.push('Check the Bedrock service health and your application logs for 5xx errors and slow responses.');
      break;
    case 'low_usage':
      actions.push('Investigate the root cause first (retry storms, a new client, prompt size changes); the quota details are for reference.');
      break;
    case 'high_usage':
      actions.push(
        increaseRequested(decision, c)
          ? 'Consider cross-Region or global inference profiles and prompt caching to absorb bursts while the increase is processed.'
          : 'Consider cross-Region or global inference profiles and prompt caching to absorb bursts: no increase was requested, so the current quotas stay until one is.',
      );
      break;
    case 'new_model':
      actions.push('Confirm the expected production traffic of this model with its owners.');
      break;
  }
  const followed = [...new Set([...(c.displayId ? [oneLine(c.displayId, 40)] : []), ...requestCases(c)])];
  if (followed.length > 0) actions.push(`Follow ${followed.length > 1 ? `cases ${followed.join(' and ')}` : `case ${followed[0]}`} in the Support console and answer the engineer's questions.`);
  return actions;
};

/** The subject prefix of an e-mail sent again after an attempt whose outcome is unknown. */
export const POSSIBLE_REPEAT_PREFIX = '[Possible repeat]';

/**
 * The same e-mail, marked as a possible repeat in its subject, its body and an attribute: an earlier attempt to send
 * it ended without an answer, and SNS (standard topics) cannot say whether it went out.
 */
export const markPossibleRepeat = (message: NotificationMessage): NotificationMessage => ({
  subject: fitSubject(`${POSSIBLE_REPEAT_PREFIX} ${message.subject}`),
  body: [
    'POSSIBLE REPEAT: an earlier attempt to send this e-mail ended without an answer, so it may have reached you already.',
    'It is sent again because a repeat is better than silence. Nothing else was done twice.',
    '',
    message.body,
  ].join('\n'),
  attributes: { ...message.attributes, possibleRepeat: 'true' },
});

/**
 * The Region of an execution, from its ARN: the workflow's own (the hub's, in organization mode, whatever the Region of
 * the incident). Undefined when the ARN names no valid Region.
 */
export const executionRegion = (executionArn: string): string | undefined => {
  const region = executionArn.split(':')[3];
  return isRegion(region) ? region : undefined;
};

export interface FailureEmailInput {
  customerName: string;
  region: string;
  /** Where the failed execution's alarm came from (its input event's `account` and `region`), when known. */
  incident?: { account: string; region: string; accountName?: string };
  executionArn: string;
  executionName: string;
  modelName?: string;
  error: { name: string; message: string };
  failedState?: string;
  /** The failures of the same cause folded into this e-mail since the previous one (storm control) */
  folded?: FoldedFailures;
  /** The storm-control window: failures of the same cause within it are counted into the next e-mail */
  windowMinutes?: number;
}

/** The failure notification: what failed, why, and how to re-drive. */
export const failureEmail = (input: FailureEmailInput): NotificationMessage => {
  // The model may be named from the failed execution's input (an unchecked event): one line of plain text.
  const model = oneLine(input.modelName ?? 'unknown model', 200);
  const lines = [
    `The Bedrock Ops Alert workflow failed for ${model}.`,
    '',
    ...(input.incident ? [`Account: ${accountLabel(input.incident.account, input.incident.accountName)}, Region: ${oneLine(input.incident.region, 64)}`, ''] : []),
    `Error: ${oneLine(input.error.name, 200)}`,
    `Cause: ${oneLine(input.error.message, 2000)}`,
    ...(input.failedState ? [`Failed state: ${oneLine(input.failedState, 80)}`] : []),
    ...(input.folded && input.folded.count > 0 ? ['', foldedFailuresLine(input.folded)] : []),
    ...(input.windowMinutes ? [`Further executions failing with the same cause within ${input.windowMinutes} minutes are counted into the next failure e-mail instead of one e-mail each.`] : []),
    '',
    'Re-driving is safe: steps that already acted (a case, a request, an e-mail) are not repeated. After fixing the cause, re-drive:',
    `  ops-alert redrive ${oneLine(input.executionName, 80)}`,
    '',
    `Execution: ${executionConsoleUrl(input.region, input.executionArn)}`,
  ];
  return {
    subject: fitSubject(`🔴 [CRITICAL] ${oneLine(input.customerName, 64)} - Bedrock Ops Alert - ${model} - Workflow Failed`),
    body: lines.join('\n'),
    attributes: { severity: 'CRITICAL', caseType: 'Workflow Failure', scenario: 'failed', model },
  };
};
