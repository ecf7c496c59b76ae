/** Steps 5-6: find the open case of the incident's category, then create, request, append, or skip. Never a duplicate. */
import { transitionId } from '../core/alarm-event.js';
import type { CaseAction, QuotaRequestOutcome } from '../core/case-action.js';
import { caseBody, caseSubject, fitCaseBody } from '../core/case-text.js';
import { CaseCreationLimitError, NoSupportPlanError, QuotaRequestUnavailableError } from '../core/errors.js';
import type { SupportCase } from '../core/model.js';
import type { LedgerEntry, Ports } from '../ports/index.js';
import type { OpenCaseLookup, QuotaRequestProgress, WorkflowState } from './state.js';

type CaseState = Pick<WorkflowState, 'execution' | 'settings' | 'incident' | 'classification' | 'facts' | 'decision' | 'openCase'>;
export type CaseActionResult = CaseAction & { body?: string };

/** One open case per (account, region, model, category). */
export const ledgerKeyOf = (state: Pick<WorkflowState, 'incident' | 'classification'>): string =>
  [state.incident.account, state.incident.region, state.incident.model.name, state.classification.category === 'quota' ? 'quota' : 'investigation'].join('#');

const transitionsOf = (state: Pick<WorkflowState, 'classification'>): string[] => state.classification.alarms.map((a) => transitionId(a.arn, a.since));

const sameSubject = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export const findOpenCaseStep = async (state: Omit<CaseState, 'openCase'>, ports: Pick<Ports, 'cases' | 'ledger' | 'clock'>): Promise<OpenCaseLookup> => {
  const ledgerKey = ledgerKeyOf(state);
  const transitions = transitionsOf(state);
  const lookbackStart = new Date(ports.clock.now().getTime() - state.settings.caseAutomation.lookbackDays * 86_400_000);
  const entry = await ports.ledger.get(ledgerKey);
  if (entry && Date.parse(entry.createdAt) >= lookbackStart.getTime()) {
    const known = new Set(entry.communicated);
    const newTransitions = transitions.filter((t) => !known.has(t));
    return {
      found: true,
      case: { caseId: entry.caseId, displayId: entry.displayId, subject: entry.subject, status: 'opened', timeCreated: entry.createdAt, source: 'ledger' },
      ledgerKey,
      newTransitions,
      alreadyCommunicated: newTransitions.length === 0,
      supportPlan: true,
    };
  }
  if (entry) await ports.ledger.release(ledgerKey, entry.caseId);

  // Empty ledger (fresh deployment, lost table): the open cases in Support are the fallback.
  const subject = caseSubject(state.settings.customerName, state.incident.model.name, state.classification.caseType);
  let cases: SupportCase[];
  try {
    cases = await ports.cases.listOpenCases(lookbackStart);
  } catch (error) {
    if (error instanceof NoSupportPlanError) return { found: false, ledgerKey, newTransitions: transitions, alreadyCommunicated: false, supportPlan: false };
    throw error;
  }
  const open = cases.filter((c) => sameSubject(c.subject, subject)).sort((a, b) => a.timeCreated.localeCompare(b.timeCreated))[0];
  if (!open) return { found: false, ledgerKey, newTransitions: transitions, alreadyCommunicated: false, supportPlan: true };
  const { entry: held } = await ports.ledger.claim(ledgerEntry(ledgerKey, open, state.classification.caseType, []));
  const known = new Set(held.communicated);
  const newTransitions = transitions.filter((t) => !known.has(t));
  return { found: true, case: { ...open, source: 'describe_cases' }, ledgerKey, newTransitions, alreadyCommunicated: newTransitions.length === 0, supportPlan: true };
};

const ledgerEntry = (key: string, c: SupportCase, caseType: string, communicated: string[]): LedgerEntry => ({
  key, caseId: c.caseId, displayId: c.displayId, subject: c.subject, caseType, createdAt: c.timeCreated, communicated,
});

const textFor = (state: CaseState, append: boolean): string => {
  const newOnes = new Set(state.openCase.newTransitions);
  const newAlarms = state.classification.alarms.filter((a) => newOnes.has(transitionId(a.arn, a.since)));
  return fitCaseBody(
    caseBody({
      customerName: state.settings.customerName,
      model: state.incident.model,
      region: state.incident.region,
      compositeAlarmName: state.incident.compositeAlarmName,
      classification: state.classification,
      decision: state.decision,
      usage: state.facts.usage.status === 'ok' ? state.facts.usage.summary : undefined,
      usageWindowDays: state.settings.usageWindowDays,
      useCaseDescription: state.settings.caseAutomation.useCaseDescription,
      newAlarms: newAlarms.length > 0 ? newAlarms : state.classification.alarms,
      at: state.incident.at,
      append,
    }),
  );
};

const supportRefusal = (error: unknown): CaseActionResult | undefined => {
  if (error instanceof NoSupportPlanError) return { action: 'none', reason: 'no_support_plan', detail: error.message };
  if (error instanceof CaseCreationLimitError) return { action: 'none', reason: 'case_creation_limit', detail: error.message };
  return undefined;
};

export const createSupportCaseStep = async (state: CaseState, ports: Pick<Ports, 'cases' | 'ledger'>): Promise<CaseActionResult> => {
  const subject = caseSubject(state.settings.customerName, state.incident.model.name, state.classification.caseType);
  const body = textFor(state, false);
  let created: SupportCase;
  try {
    created = await ports.cases.createCase({
      subject,
      body,
      severityCode: state.settings.caseAutomation.severity[state.classification.severity],
      ccEmailAddresses: state.settings.caseAutomation.ccEmailAddresses,
      language: state.settings.caseAutomation.language,
    });
  } catch (error) {
    const refusal = supportRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
  await ports.ledger.claim(ledgerEntry(state.openCase.ledgerKey, created, state.classification.caseType, state.openCase.newTransitions));
  return { action: 'created', via: 'support', caseId: created.caseId, displayId: created.displayId, subject: created.subject, body };
};

export const appendToCaseStep = async (state: CaseState, ports: Pick<Ports, 'cases' | 'ledger'>): Promise<CaseActionResult> => {
  const open = state.openCase.case;
  if (!open) throw new Error('AppendToCase needs openCase.case; the state machine routes here only when a case was found');
  const body = textFor(state, true);
  try {
    await ports.cases.addCommunication(open.caseId, body);
  } catch (error) {
    const refusal = supportRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
  await ports.ledger.markCommunicated(state.openCase.ledgerKey, state.openCase.newTransitions);
  return { action: 'appended', via: 'support', caseId: open.caseId, displayId: open.displayId, subject: open.subject, caseCreatedAt: open.timeCreated, body };
};

export const requestQuotaIncreaseStep = async (state: CaseState, ports: Pick<Ports, 'quotaRequests'>): Promise<QuotaRequestProgress> => {
  const requests: QuotaRequestOutcome[] = [];
  try {
    for (const increase of state.decision.quotaIncreases) {
      const request = await ports.quotaRequests.requestIncrease(state.incident.model, increase.code, increase.requested);
      requests.push({
        quota: increase.quota, quotaCode: increase.code, requestId: request.requestId, desiredValue: request.desiredValue,
        status: request.status, alreadyPending: Boolean(request.alreadyPending), ...(request.caseDisplayId ? { caseDisplayId: request.caseDisplayId } : {}),
      });
    }
  } catch (error) {
    if (error instanceof QuotaRequestUnavailableError && state.settings.caseAutomation.fallbackToSupportCase && requests.length === 0) {
      return { requests, attempts: 0, done: false, fallback: true, fallbackReason: error.message };
    }
    throw error;
  }
  return { requests, attempts: 0, done: false, fallback: false };
};

/**
 * One poll of the Wait/poll loop: once Service Quotas reports the case of the request, append the usage-validated
 * context to it (or, for a request that was already pending, the update). Done with "pending" after maxAttempts.
 */
export const pollQuotaCaseStep = async (
  state: CaseState & Pick<WorkflowState, 'quotaRequest'>,
  ports: Pick<Ports, 'quotaRequests' | 'cases' | 'ledger'>,
): Promise<QuotaRequestProgress & { caseAction?: CaseActionResult }> => {
  const progress = state.quotaRequest;
  const requests: QuotaRequestOutcome[] = [];
  for (const r of progress.requests) {
    if (r.caseDisplayId) requests.push(r);
    else {
      const now = await ports.quotaRequests.getRequest(r.requestId);
      requests.push({ ...r, status: now.status, ...(now.caseDisplayId ? { caseDisplayId: now.caseDisplayId } : {}) });
    }
  }
  const attempts = progress.attempts + 1;
  const withCase = requests.find((r) => r.caseDisplayId);
  const found = withCase?.caseDisplayId ? await ports.cases.findByDisplayId(withCase.caseDisplayId) : undefined;
  if (!found) {
    if (attempts < state.settings.quotaCasePoll.maxAttempts) return { ...progress, requests, attempts, done: false };
    return { ...progress, requests, attempts, done: true, caseAction: { action: 'created', via: 'service_quotas', reason: 'quota_case_pending', caseId: null, displayId: null, quotaRequests: requests } };
  }
  const append = requests.every((r) => r.alreadyPending);
  const body = textFor(state, append);
  try {
    await ports.cases.addCommunication(found.caseId, body);
  } catch (error) {
    const refusal = supportRefusal(error);
    if (!refusal) throw error;
    return { ...progress, requests, attempts, done: true, caseAction: { ...refusal, action: 'created', via: 'service_quotas', caseId: found.caseId, displayId: found.displayId, quotaRequests: requests } };
  }
  const { claimed } = await ports.ledger.claim(ledgerEntry(state.openCase.ledgerKey, found, state.classification.caseType, state.openCase.newTransitions));
  if (!claimed) await ports.ledger.markCommunicated(state.openCase.ledgerKey, state.openCase.newTransitions);
  return {
    ...progress, requests, attempts, done: true,
    caseAction: {
      action: append ? 'appended' : 'created', via: 'service_quotas', caseId: found.caseId, displayId: found.displayId, subject: found.subject,
      ...(append ? { caseCreatedAt: found.timeCreated } : {}), quotaRequests: requests, body,
    },
  };
};
