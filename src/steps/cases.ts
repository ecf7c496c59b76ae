/** Steps 5-6: find the open case of the incident's category, then create, request, append, or skip. Never a duplicate. */
import { withoutSupportApi } from '#core/account-settings.js';
import { transitionId } from '#core/alarm-event.js';
import { TERMINAL_QUOTA_REQUEST_STATUSES, type CaseAction, type QuotaRequestOutcome, type UnrequestedQuota } from '#core/case-action.js';
import { CASE_BODY_LIMIT, caseBody, caseSubject, fitCaseBody } from '#core/case-text.js';
import { createHash } from 'node:crypto';
import { CaseCreationInProgressError, CaseCreationLimitError, NoSupportPlanError, outcomeUnknown, QuotaRequestUnavailableError, TransientAwsError } from '#core/errors.js';
import { decideCoolDown, type CoolDownIncident } from '#core/cool-down.js';
import type { SupportCase } from '#core/model.js';
import { PENDING_CASE_PREFIX, type LedgerEntry, type Ports } from '#ports/index.js';
import type { CoolDownOutcome, OpenCaseLookup, QuotaRequestProgress, WorkflowState } from './state.js';

type CaseState = Pick<WorkflowState, 'execution' | 'settings' | 'incident' | 'classification' | 'facts' | 'decision' | 'openCase'>;
/** What a case step passes on. The text it sent is not in the state: the case holds it (the next steps do not read it). */
export type CaseActionResult = CaseAction;

/** One open case per (account, region, model, category). */
export const ledgerKeyOf = (state: Pick<WorkflowState, 'incident' | 'classification'>): string =>
  [state.incident.account, state.incident.region, state.incident.model.name, state.classification.category === 'quota' ? 'quota' : 'investigation'].join('#');

const transitionsOf = (state: Pick<WorkflowState, 'classification'>): string[] => state.classification.alarms.map((a) => transitionId(a.arn, a.since));

/** Support statuses of a case that is over: it is released from the ledger and a new incident opens a new case. */
const isClosedStatus = (status: string): boolean => ['resolved', 'closed'].includes(status.trim().toLowerCase());

const sameSubject = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The open case of the incident's category, and the cool-down's answer for this incident (src/core/cool-down.ts): send,
 * fold (recorded in the ledger; the execution waits for the end of the window and comes back here), or covered by a
 * send that carried its transitions. Nothing to decide when every transition is already on the case.
 */
export const findOpenCaseStep = async (state: Omit<CaseState, 'openCase'>, ports: Pick<Ports, 'cases' | 'ledger' | 'clock' | 'executions'>): Promise<OpenCaseLookup> => {
  const { closedCase, ...lookup } = await lookUpOpenCase(state, ports);
  if (lookup.alreadyCommunicated) return lookup;
  return { ...lookup, coolDown: await coolDownOf(state, lookup, closedCase, ports) };
};

/**
 * Attempts at the cool-down's conditional write before giving up as transient (the step's retry then tries again).
 * Folds do not conflict with each other; only a send landing between a read and a write makes it decide again (a
 * burst of repeats of one key has few sends: the first, and one per new alarm kind or higher severity). A short
 * random pause between rounds spreads them.
 */
const COOL_DOWN_WRITE_ATTEMPTS = 60;
const pause = (attempt: number): Promise<void> => new Promise((done) => setTimeout(done, Math.random() * Math.min(50, 2 * attempt)));

const coolDownOf = async (
  state: Omit<CaseState, 'openCase'>, lookup: OpenCaseLookup, closedCase: ClosedCase | undefined, ports: Pick<Ports, 'ledger' | 'clock'>,
): Promise<CoolDownOutcome> => {
  const windowMinutes = state.settings.notificationWindows?.incidentCoolDownMinutes ?? 0;
  const fresh = new Set(lookup.newTransitions);
  const incident: CoolDownIncident = {
    owner: state.classification.incidentKey,
    now: ports.clock.now().toISOString(),
    openCase: lookup.found && lookup.case ? { caseId: lookup.case.caseId, createdAt: lookup.case.timeCreated } : undefined,
    ...(closedCase ? { closedCase } : {}),
    severity: state.classification.severity,
    kinds: [...new Set(state.classification.alarms.map((a) => a.kind))],
    newTransitions: state.classification.alarms.map((a) => ({ id: transitionId(a.arn, a.since), kind: a.kind, at: a.since })).filter((t) => fresh.has(t.id)),
  };
  for (let attempt = 0; attempt < COOL_DOWN_WRITE_ATTEMPTS; attempt++) {
    const record = windowMinutes > 0 ? await ports.ledger.getCoolDown(lookup.ledgerKey) : undefined;
    const decision = decideCoolDown(record, incident, windowMinutes, lookup.ledgerKey);
    // A send rewrites the record (refused if anything landed since the read); a fold only adds its transitions, so
    // concurrent folds do not conflict (refused only if a send landed since the read).
    const written = decision.action === 'covered' || !decision.next ? true
      : decision.action === 'fold' && record
        ? await ports.ledger.foldCoolDown(lookup.ledgerKey, record.version, incident.newTransitions)
        : await ports.ledger.putCoolDown(decision.next, record?.foldWrites ?? 0);
    if (!written) {
      await pause(attempt);
      continue;
    }
    if (decision.action === 'send') return { action: 'send', windowMinutes, why: decision.why, carried: decision.carried };
    if (decision.action === 'fold') return { action: 'fold', windowMinutes, why: decision.why, until: decision.until, windowStartedAt: decision.windowStartedAt, folded: incident.newTransitions };
    return { action: 'covered', windowMinutes, why: decision.why, by: decision.by, sentAt: decision.sentAt };
  }
  throw new TransientAwsError(`Case ledger: the cool-down record of ${lookup.ledgerKey} kept changing under concurrent incidents; retry`);
};

/** The case the ledger held for the key until this lookup found it over and released it (for the cool-down only). */
type ClosedCase = { caseId: string; createdAt: string };

const lookUpOpenCase = async (
  state: Omit<CaseState, 'openCase'>, ports: Pick<Ports, 'cases' | 'ledger' | 'clock' | 'executions'>,
): Promise<OpenCaseLookup & { closedCase?: ClosedCase }> => {
  const ledgerKey = ledgerKeyOf(state);
  const transitions = transitionsOf(state);
  // The settings say the account has no plan with the Support API (organization mode): no call can find or open a
  // case there, so none is made (quota increase requests still are: Service Quotas needs no Support plan).
  if (withoutSupportApi(state.settings.account)) return { found: false, ledgerKey, newTransitions: transitions, alreadyCommunicated: false, supportPlan: false };
  const lookbackStart = new Date(ports.clock.now().getTime() - state.settings.caseAutomation.lookbackDays * 86_400_000);
  const entry = await ports.ledger.get(ledgerKey);
  if (entry && isPending(entry)) {
    // Another execution is opening this case: wait for it (retried with backoff) unless its claim was abandoned (too
    // old, or its execution is known to be finished).
    if (Date.parse(entry.createdAt) >= staleClaimBefore(ports.clock.now()).getTime() && !(await claimAbandoned(entry, state.execution.id, ports))) {
      throw new CaseCreationInProgressError(`Another execution is opening the ${state.classification.caseType} case for ${state.incident.model.name}; retrying until it exists.`);
    }
  } else if (entry && Date.parse(entry.createdAt) >= lookbackStart.getTime()) {
    // The ledger says which case; Support says whether it is still open (a resolved case is never appended to).
    let current: SupportCase | undefined;
    try {
      current = await ports.cases.getCase(entry.caseId);
    } catch (error) {
      if (error instanceof NoSupportPlanError) return { found: false, ledgerKey, newTransitions: transitions, alreadyCommunicated: false, supportPlan: false };
      throw error;
    }
    // Not listed (yet): a case just opened may take a moment to show, so it is taken as open, never as resolved.
    if (!current || !isClosedStatus(current.status)) {
      const known = new Set(entry.communicated);
      const newTransitions = transitions.filter((t) => !known.has(t));
      return {
        found: true,
        case: { caseId: entry.caseId, displayId: entry.displayId, subject: entry.subject, status: current?.status ?? 'opened', timeCreated: entry.createdAt, source: 'ledger' },
        ledgerKey,
        newTransitions,
        alreadyCommunicated: newTransitions.length === 0,
        supportPlan: true,
      };
    }
  }
  let closedCase: ClosedCase | undefined;
  if (entry && !isPending(entry)) {
    await ports.ledger.release(ledgerKey, entry.caseId);
    closedCase = { caseId: entry.caseId, createdAt: entry.createdAt };
  }

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
  if (!open) return { found: false, ledgerKey, newTransitions: transitions, alreadyCommunicated: false, supportPlan: true, ...(closedCase ? { closedCase } : {}) };
  const { entry: held } = await ports.ledger.claim(ledgerEntry(ledgerKey, open, state.classification.caseType, []));
  const known = new Set(held.communicated);
  const newTransitions = transitions.filter((t) => !known.has(t));
  return { found: true, case: { ...open, source: 'describe_cases' }, ledgerKey, newTransitions, alreadyCommunicated: newTransitions.length === 0, supportPlan: true };
};

/** A claim older than this was abandoned (its execution died before opening the case) and may be taken over. */
const STALE_CLAIM_MS = 15 * 60_000;
const staleClaimBefore = (now: Date): Date => new Date(now.getTime() - STALE_CLAIM_MS);

/**
 * Whether a pending claim was abandoned: its execution (DescribeExecution) is finished without having completed it.
 * Unknown (no execution recorded, or it does not exist) is not abandoned: the age rule still frees it.
 */
const claimAbandoned = async (entry: LedgerEntry, self: string, ports: Pick<Ports, 'executions'>): Promise<boolean> => {
  if (!entry.execution || entry.execution === self) return false;
  const described = await ports.executions.describeExecution(entry.execution);
  return described !== undefined && described.status !== 'RUNNING' && described.status !== 'PENDING_REDRIVE';
};
const isPending = (entry: LedgerEntry): boolean => entry.caseId.startsWith(PENDING_CASE_PREFIX);
const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The marker an append carries, so a retry after an unknown outcome can tell whether it already reached the case. */
const referenceLine = (appendId: string): string => `\n\nReference: bedrock-ops-alert/${appendId}`;

const ledgerEntry = (key: string, c: SupportCase, caseType: string, communicated: string[]): LedgerEntry => ({
  key, caseId: c.caseId, displayId: c.displayId, subject: c.subject, caseType, createdAt: c.timeCreated, communicated,
});

const textFor = (state: CaseState, append: boolean, reference = '', requests?: { quotaRequests?: QuotaRequestOutcome[]; thisCase?: string }): string => {
  const newOnes = new Set(state.openCase.newTransitions);
  const newAlarms = state.classification.alarms.filter((a) => newOnes.has(transitionId(a.arn, a.since)));
  return fitCaseBody(
    caseBody({
      customerName: state.settings.customerName,
      model: state.incident.model,
      region: state.incident.region,
      account: state.incident.account,
      ...(state.incident.accountName ? { accountName: state.incident.accountName } : {}),
      compositeAlarmName: state.incident.compositeAlarmName,
      classification: state.classification,
      decision: state.decision,
      usage: state.facts.usage.status === 'ok' ? state.facts.usage.summary : undefined,
      usageWindowDays: state.settings.usageWindowDays,
      useCaseDescription: state.settings.caseAutomation.useCaseDescription,
      newAlarms: newAlarms.length > 0 ? newAlarms : state.classification.alarms,
      at: state.incident.at,
      append,
      ...(state.openCase.coolDown?.action === 'send' && state.openCase.coolDown.carried.length > 0
        ? { folded: { carried: state.openCase.coolDown.carried, windowMinutes: state.openCase.coolDown.windowMinutes } }
        : {}),
      ...(requests?.quotaRequests ? { quotaRequests: requests.quotaRequests, thisCaseDisplayId: requests.thisCase ?? null } : {}),
    }),
    CASE_BODY_LIMIT - reference.length,
  ) + reference;
};

const supportRefusal = (error: unknown): CaseActionResult | undefined => {
  if (error instanceof NoSupportPlanError) return { action: 'none', reason: 'no_support_plan', detail: error.message };
  if (error instanceof CaseCreationLimitError) return { action: 'none', reason: 'case_creation_limit', detail: error.message };
  return undefined;
};

/**
 * Opens the case, race-free: the (model, category) is claimed in the ledger first. An execution that loses the claim
 * appends to the winner's case; one that finds its own claim (a retry after a failure whose outcome is unknown) first
 * looks for the case its earlier attempt may have opened.
 */
export const createSupportCaseStep = async (state: CaseState, ports: Pick<Ports, 'cases' | 'ledger' | 'clock' | 'executions'>): Promise<CaseActionResult> => {
  const subject = caseSubject(state.settings.customerName, state.incident.model.name, state.classification.caseType);
  const key = state.openCase.ledgerKey;
  const pendingId = `${PENDING_CASE_PREFIX}${shortHash(state.classification.incidentKey)}`;
  const now = ports.clock.now();
  // The pending claim carries the transitions its case will carry, and the execution that holds it.
  const pending: LedgerEntry = {
    key, caseId: pendingId, displayId: '', subject, caseType: state.classification.caseType, createdAt: now.toISOString(),
    communicated: state.openCase.newTransitions, execution: state.execution.id,
  };
  let claim = await ports.ledger.claim(pending, staleClaimBefore(now));
  // The holder's execution is finished without having opened the case: take its claim over now, not in 15 minutes.
  if (!claim.claimed && isPending(claim.entry) && (await claimAbandoned(claim.entry, state.execution.id, ports))) {
    claim = await ports.ledger.claim(pending, staleClaimBefore(now), claim.entry.caseId);
  }
  if (!claim.claimed) {
    // This execution opened the case already (an earlier attempt completed the claim, its answer lost).
    // (Or another execution of the same incident, e.g. the composite alarm's event with the child's transition.)
    if (!isPending(claim.entry) && claim.entry.openedFor === pendingId) {
      return { action: 'created', via: 'support', caseId: claim.entry.caseId, displayId: claim.entry.displayId, subject: claim.entry.subject };
    }
    if (isPending(claim.entry)) throw new CaseCreationInProgressError(`Another execution is opening the ${state.classification.caseType} case for ${state.incident.model.name}; retrying until it exists.`);
    return appendOnce(state, ports, toCase(claim.entry));
  }

  const body = textFor(state, false);
  let created: SupportCase | undefined;
  // Reconcile before any send: an earlier attempt under this claim (or the abandoned claim taken over) may have
  // opened the case, its answer lost (a 5xx, a timeout, a crash after the call). Adopt it rather than open another.
  const claimedBefore = claim.reclaimed ? claim.entry : claim.replaced;
  let adopted = false;
  try {
    if (claimedBefore) {
      const since = Date.parse(claimedBefore.createdAt) - 60_000;
      created = (await ports.cases.listOpenCases(new Date(since))).find((c) => sameSubject(c.subject, subject) && Date.parse(c.timeCreated) >= since);
      adopted = created !== undefined;
    }
    created ??= await ports.cases.createCase({
      subject,
      body,
      severityCode: state.settings.caseAutomation.severity[state.classification.severity],
      ccEmailAddresses: state.settings.caseAutomation.ccEmailAddresses,
      language: state.settings.caseAutomation.language,
    });
  } catch (error) {
    // Nothing was created for sure (a first attempt refused or throttled): free the claim so another incident (or the
    // retry) can go ahead at once. Otherwise the claim stays, and the retry (or whoever takes the claim over once this
    // execution is finished) adopts the case if it was opened.
    if (!claimedBefore && !outcomeUnknown(error)) await ports.ledger.release(key, pendingId);
    const refusal = supportRefusal(error);
    if (!refusal) throw error;
    return refusal;
  }
  // A case adopted from an abandoned claim carries that claim's transitions too.
  const carried = [...new Set([...(claim.replaced?.communicated ?? []), ...state.openCase.newTransitions])];
  await ports.ledger.complete(pendingId, ledgerEntry(key, created, state.classification.caseType, adopted ? carried : state.openCase.newTransitions));
  return { action: 'created', via: 'support', caseId: created.caseId, displayId: created.displayId, subject: created.subject };
};

const toCase = (entry: LedgerEntry): SupportCase => ({ caseId: entry.caseId, displayId: entry.displayId, subject: entry.subject, status: 'opened', timeCreated: entry.createdAt });

/**
 * Appends this incident's new transitions to an open case exactly once: the append is noted in the ledger before it
 * is sent; a retry that finds the note checks the case for the reference marker before sending again.
 */
const appendOnce = async (
  state: CaseState,
  ports: Pick<Ports, 'cases' | 'ledger' | 'clock'>,
  open: SupportCase,
  via: 'support' | 'service_quotas' = 'support',
  extra: Partial<CaseActionResult> = {},
  /** false: the first context on a case Service Quotas just opened (the "Automated Request" text) */
  asUpdate = true,
): Promise<CaseActionResult> => {
  const key = state.openCase.ledgerKey;
  let entry = await ports.ledger.get(key);
  // A case found outside the ledger (an increase already pending in Service Quotas) becomes the one it tracks.
  if (!entry) entry = (await ports.ledger.claim(ledgerEntry(key, open, state.classification.caseType, []), staleClaimBefore(ports.clock.now()))).entry;
  const tracked = entry.caseId === open.caseId;
  const known = new Set(tracked ? entry.communicated : []);
  const fresh = state.openCase.newTransitions.filter((t) => !known.has(t));
  const ids = { caseId: open.caseId, displayId: open.displayId, subject: open.subject, via, ...extra };
  const appendId = shortHash(`${state.classification.incidentKey}|${open.caseId}`);
  const reference = referenceLine(appendId);
  const since = new Date(ports.clock.now().getTime() - 86_400_000);
  if (tracked && fresh.length === 0) {
    // Every transition is on the case: by this incident's own earlier attempt (its marker is there), or before it.
    try {
      if (await ports.cases.hasCommunication(open.caseId, reference.trim(), since)) {
        return { action: 'appended', caseCreatedAt: open.timeCreated, ...ids };
      }
    } catch (error) {
      const refusal = supportRefusal(error);
      if (refusal) return refusal;
      throw error;
    }
    return { action: 'suppressed', reason: 'already_communicated', ...ids };
  }
  const body = textFor(state, asUpdate, reference, extra.quotaRequests ? { quotaRequests: extra.quotaRequests, thisCase: open.displayId } : undefined);
  // Another case holds the category (two cases exist): append without the ledger's bookkeeping, so always look for
  // the marker first (this may be a retry).
  const { firstAttempt } = tracked ? await ports.ledger.beginAppend(key, appendId) : { firstAttempt: false };
  try {
    const alreadyThere = !firstAttempt && (await ports.cases.hasCommunication(open.caseId, reference.trim(), since));
    if (!alreadyThere) await ports.cases.addCommunication(open.caseId, body);
  } catch (error) {
    const refusal = supportRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
  if (!tracked) return { action: 'appended', caseCreatedAt: open.timeCreated, ...ids };
  await ports.ledger.markCommunicated(key, fresh, appendId);
  return { action: 'appended', caseCreatedAt: open.timeCreated, ...ids };
};

export const appendToCaseStep = async (state: CaseState, ports: Pick<Ports, 'cases' | 'ledger' | 'clock'>): Promise<CaseActionResult> => {
  const open = state.openCase.case;
  if (!open) throw new Error('AppendToCase needs openCase.case; the state machine routes here only when a case was found');
  return appendOnce(state, ports, open);
};

export const requestQuotaIncreaseStep = async (state: CaseState, ports: Pick<Ports, 'quotaRequests'>): Promise<QuotaRequestProgress> => {
  const requests: QuotaRequestOutcome[] = [];
  const unrequested: UnrequestedQuota[] = [];
  let firstRefusal: QuotaRequestUnavailableError | undefined;
  for (const increase of state.decision.quotaIncreases) {
    try {
      const request = await ports.quotaRequests.requestIncrease(state.incident.model, increase.code, increase.requested);
      requests.push({
        quota: increase.quota, quotaCode: increase.code, requestId: request.requestId, desiredValue: request.desiredValue,
        status: request.status, alreadyPending: Boolean(request.alreadyPending), ...(request.caseDisplayId ? { caseDisplayId: request.caseDisplayId } : {}),
      });
    } catch (error) {
      // One quota refused (not adjustable here, ...) does not stop the others; what could not be requested is named.
      if (!(error instanceof QuotaRequestUnavailableError)) throw error;
      firstRefusal ??= error;
      unrequested.push({ quota: increase.quota, quotaCode: increase.code, desiredValue: increase.requested, reason: error.message });
    }
  }
  if (requests.length === 0 && firstRefusal) {
    if (state.settings.caseAutomation.fallbackToSupportCase) return { requests, attempts: 0, done: false, fallback: true, fallbackReason: firstRefusal.message };
    throw firstRefusal;
  }
  return { requests, attempts: 0, done: false, fallback: false, ...(unrequested.length > 0 ? { unrequested } : {}) };
};

/**
 * One poll of the Wait/poll loop. Once Service Quotas reports the case of a request, the usage-validated context is
 * appended to it (or, for a request that was already pending, the update). A request that ends without a case
 * (approved, denied, not approved, invalid, closed) ends the loop too, and so does maxAttempts ("pending").
 */
export const pollQuotaCaseStep = async (
  state: CaseState & Pick<WorkflowState, 'quotaRequest'>,
  ports: Pick<Ports, 'quotaRequests' | 'cases' | 'ledger' | 'clock'>,
): Promise<QuotaRequestProgress & { caseAction?: CaseActionResult }> => {
  const progress = state.quotaRequest;
  const requests: QuotaRequestOutcome[] = [];
  for (const r of progress.requests) {
    if (r.caseDisplayId || isTerminal(r.status)) requests.push(r);
    else {
      const now = await ports.quotaRequests.getRequest(r.requestId);
      requests.push({ ...r, status: now.status, ...(now.caseDisplayId ? { caseDisplayId: now.caseDisplayId } : {}) });
    }
  }
  const attempts = progress.attempts + 1;
  const extra = { quotaRequests: requests, ...(progress.unrequested?.length ? { unrequested: progress.unrequested } : {}) };
  const withCase = requests.find((r) => r.caseDisplayId);
  let found: SupportCase | undefined;
  try {
    found = withCase?.caseDisplayId ? await ports.cases.findByDisplayId(withCase.caseDisplayId) : undefined;
  } catch (error) {
    // No Support plan: the increase stands; only the context cannot be added to its case. Said in the e-mail.
    if (!(error instanceof NoSupportPlanError)) throw error;
    return { ...progress, requests, attempts, done: true, caseAction: noPlanForContext(withCase?.caseDisplayId ?? null, null, error, extra) };
  }
  if (!found) {
    if (!withCase && requests.every((r) => isTerminal(r.status))) {
      return { ...progress, requests, attempts, done: true, caseAction: { action: 'none', reason: 'quota_request_ended', via: 'service_quotas', caseId: null, displayId: null, ...extra } };
    }
    if (attempts < state.settings.quotaCasePoll.maxAttempts) return { ...progress, requests, attempts, done: false };
    return { ...progress, requests, attempts, done: true, caseAction: { action: 'created', via: 'service_quotas', reason: 'quota_case_pending', caseId: null, displayId: null, ...extra } };
  }
  const append = requests.every((r) => r.alreadyPending);
  // A new request's case becomes the open case of the category (an already pending one may be held already).
  if (!append) await ports.ledger.claim(ledgerEntry(state.openCase.ledgerKey, found, state.classification.caseType, []), staleClaimBefore(ports.clock.now()));
  const result = await appendOnce(state, ports, found, 'service_quotas', extra, append);
  if (result.action === 'none' && result.reason === 'no_support_plan') {
    return { ...progress, requests, attempts, done: true, caseAction: noPlanForContext(found.displayId, found.caseId, new NoSupportPlanError(result.detail ?? ''), extra) };
  }
  const caseAction: CaseActionResult = !append && result.action === 'appended' ? { ...result, action: 'created' } : result;
  return { ...progress, requests, attempts, done: true, caseAction };
};

const isTerminal = (status: string): boolean => TERMINAL_QUOTA_REQUEST_STATUSES.includes(status);

/** The increase was requested, but the context could not be appended to its case: the account has no Support plan. */
const noPlanForContext = (displayId: string | null, caseId: string | null, error: NoSupportPlanError, extra: Partial<CaseActionResult>): CaseActionResult => ({
  action: 'created', via: 'service_quotas', reason: 'no_support_plan', caseId, displayId, detail: error.message, ...extra,
});
