/** Case subject and body, written for the AWS support engineer. */
import type { QuotaRequestOutcome } from './case-action.js';
import { supportCaseUrl } from './case-action.js';
import type { ClassifiedAlarm, Classification } from './classify.js';
import type { Decision } from './decide.js';
import type { ModelRef } from './model.js';
import { foldedSummaryLines, type FoldedTransition } from './cool-down.js';
import { oneLine } from './plain-text.js';
import { accountLabel, alarmLines, n, quotaSection, usageSection } from './text-sections.js';
import type { UsageSummary } from './usage.js';

/** Support's CreateCase and AddCommunicationToCase accept at most 8000 characters. */
export const CASE_BODY_LIMIT = 8000;

export interface CaseTextInput {
  customerName: string;
  model: ModelRef;
  region: string;
  /** The account the incident happened in (the alarm event's `account`) and its friendly name, if any. */
  account?: string;
  accountName?: string;
  compositeAlarmName: string;
  classification: Classification;
  decision: Decision;
  usage: UsageSummary | undefined;
  usageWindowDays: number;
  useCaseDescription: string;
  /** The alarms this text reports (on an append: the ones not yet communicated) */
  newAlarms: readonly ClassifiedAlarm[];
  /** ISO-8601 time of the incident (the triggering transition) */
  at: string;
  /** Appending to an open case rather than opening one */
  append: boolean;
  /** The Service Quotas requests of this incident: each may have its own case, and every one is named. */
  quotaRequests?: readonly QuotaRequestOutcome[];
  /** The display id of the case this text goes to (so the list can say which one it is) */
  thisCaseDisplayId?: string | null;
  /** Transitions folded by the incident cool-down since the last update, listed in this one (src/core/cool-down.ts) */
  folded?: { carried: readonly FoldedTransition[]; windowMinutes: number };
}

/** `{Customer} - Bedrock Ops Alert - {Model} - {Quota Request|Investigation Request}` */
export const caseSubject = (customerName: string, modelName: string, caseType: string): string =>
  `${oneLine(customerName, 64)} - Bedrock Ops Alert - ${oneLine(modelName, 64)} - ${oneLine(caseType, 40)}`;

export const caseBody = (input: CaseTextInput): string => {
  const { decision, classification } = input;
  const lines: string[] = [
    `Amazon Bedrock Ops Alert - ${input.append ? 'Automated Update' : 'Automated Request'}`,
    '',
    // Every value from the settings, the event or an AWS answer is one line of plain text (src/core/plain-text.ts).
    `CUSTOMER: ${oneLine(input.customerName, 64)}`,
    `MODEL: ${oneLine(input.model.name, 64)}`,
    `MODEL ID: ${oneLine(input.model.modelId, 2048)}`,
    ...(input.account ? [`ACCOUNT: ${accountLabel(input.account, input.accountName)}`] : []),
    `REGION: ${oneLine(input.region, 64)}`,
    `COMPOSITE ALARM: ${oneLine(input.compositeAlarmName, 255)}`,
    `SEVERITY: ${decision.severity}`,
    `SCENARIO: ${decision.scenario}`,
    `TIMESTAMP: ${oneLine(input.at, 64)}`,
    'ALARMS IN ALARM:',
    ...alarmLines(input.newAlarms),
    ...(input.folded && input.folded.carried.length > 0 ? ['', ...foldedSummaryLines(input.folded.carried, input.folded.windowMinutes)] : []),
    '',
    'EXECUTIVE SUMMARY:',
    executiveSummary(input),
    '',
    'USE CASE:',
    `  ${oneLine(input.useCaseDescription, 1000)}`,
    '',
    'BUSINESS IMPACT:',
    `  Severity level: ${classification.severity}. Service impact: ${classification.severity === 'CRITICAL' ? 'HIGH - AI features may be degraded or unavailable' : 'MEDIUM - AI features at risk of degradation'}.`,
    `  Affected: application functionality that depends on ${oneLine(input.model.name, 64)}.`,
    '',
    ...usageSection(decision, input.usage, input.usageWindowDays),
  ];
  const quota = quotaSection(decision);
  if (quota.length > 0) lines.push('', ...quota);
  const requests = requestCaseLines(input.quotaRequests ?? [], input.thisCaseDisplayId ?? undefined);
  if (requests.length > 0) lines.push('', ...requests);
  lines.push('', 'ACTION REQUESTED:', actionRequested(input));
  return lines.join('\n');
};

const executiveSummary = ({ decision, classification, model: { name }, append, newAlarms }: CaseTextInput): string => {
  const what = describeAlarms(newAlarms);
  const model = { name: oneLine(name, 64) };
  const prefix = append
    ? '  An additional issue has been detected while the previously reported alarm in this case remains unresolved. Multiple alarms indicate our system is actively experiencing issues with business impact; please expedite resolution.\n  '
    : '  ';
  switch (decision.scenario) {
    case 'non_quota':
      return `${prefix}${model.name} shows ${what}. These alarms point to service-side errors or latency degradation, not to quota limits. We ask for help finding the root cause.`;
    case 'new_model':
      return `${prefix}${model.name} shows ${what}. ${newModelText(decision)} We request the quota increases below so the model can serve its production traffic.`;
    case 'high_usage':
      return `${prefix}${model.name} shows ${what}. ${decision.rationale} Usage over the last 14 days confirms sustained demand close to the quota.${classification.severity === 'CRITICAL' ? ' Service is actively impacted: expedited processing is appreciated.' : ''} Do not wait for our confirmation; immediate action is requested.`;
    case 'low_usage':
      return `${prefix}${model.name} shows ${what}, but usage metrics do not indicate sustained quota consumption (${decision.rationale.replace(/: usage suggests.*$/, '')}). Our team is investigating the root cause first; the quota details below are for reference in case the investigation confirms the need.`;
  }
};

const newModelText = (decision: Decision): string => {
  switch (decision.newModelBasis) {
    case 'usage_unavailable':
      return 'The usage metrics could not be retrieved, so usage could not be validated against the thresholds.';
    case 'quotas_unavailable':
      return 'The current quotas (and so the alarm thresholds) could not be retrieved, so usage could not be validated.';
    default:
      return 'The model is newly deployed with no usage history in the last 14 days (peak RPM 0, peak TPM 0).';
  }
};

const actionRequested = ({ decision, append }: CaseTextInput): string => {
  if (decision.scenario === 'non_quota') {
    return append
      ? '  Investigate the previously reported alarm in this case together with the new alarm above.'
      : '  Investigate the server errors / latency above and advise on the root cause and mitigation.';
  }
  const base = decision.scenario === 'low_usage'
    ? '  Help us investigate the alarms above; if the investigation confirms a shortage, consider the quota details above.'
    : '  Process the quota increase requests above.';
  return append ? `  Process the previously reported request in this case together with this update.\n${base}` : base;
};

const describeAlarms = (alarms: readonly ClassifiedAlarm[]): string =>
  alarms.length === 1 ? `the ${oneLine(alarms[0]?.kind, 64)} alarm (${oneLine(alarms[0]?.meaning, 300)})` : `${alarms.length} alarms: ${alarms.map((a) => oneLine(a.kind, 64)).join(', ')}`;

/**
 * Every Service Quotas request of the incident with the case AWS opened for it: one request per quota, and AWS may
 * open one case per request, so the case that receives this text names the others.
 */
export const requestCaseLines = (requests: readonly QuotaRequestOutcome[], thisCase?: string): string[] => {
  if (requests.length === 0) return [];
  const cases = new Set(requests.map((r) => r.caseDisplayId).filter((id): id is string => Boolean(id)));
  const lines = [cases.size > 1 ? `SERVICE QUOTAS REQUESTS AND THEIR CASES (AWS opened ${cases.size} cases for this incident):` : 'SERVICE QUOTAS REQUESTS AND THEIR CASES:'];
  for (const r of requests) {
    const where = r.caseDisplayId
      ? `case ${oneLine(r.caseDisplayId, 40)}${r.caseDisplayId === thisCase ? ' (this case)' : ''}: ${supportCaseUrl(r.caseDisplayId)}`
      : 'no case opened yet';
    lines.push(`  - ${r.quota} ${oneLine(r.quotaCode, 40)} -> ${n(r.desiredValue)}: request ${oneLine(r.requestId, 100)} (${oneLine(r.status, 40)}${r.alreadyPending ? ', already pending' : ''}), ${where}`);
  }
  return lines;
};

/** Cuts a body to the Support limit, saying so at the end. */
export const fitCaseBody = (body: string, limit = CASE_BODY_LIMIT): string => {
  if (body.length <= limit) return body;
  const note = '\n\n[Truncated: the full text exceeded the 8000-character limit of the Support API.]';
  return body.slice(0, limit - note.length) + note;
};
