/**
 * Issue 11: every fault, every outcome. Counted from what the simulated account holds (accountStateOf), never from
 * what the executions report. On the in-process tables (the ledger and idempotency contract tests prove them
 * against the DynamoDB adapters on dynalite; guarantees.test.ts and grants.test.ts run the workflow on dynalite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmName, type AlarmKind } from '#core/catalogue.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { accountStateOf, type AccountState, type ScenarioRun } from '#local/simulate.js';
import { simulate, withTables } from './helpers.js';

const tables = withTables();
const at = '2026-06-01T10:00:00Z';
const lowUsage = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } };
const highUsage = { ...lowUsage, usage: { peakRpm: 9500, peakTpm: 6000000 } };
const investigation = { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }] };
const quotaPath = { models: [highUsage], events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] };

const stateOf = (run: ScenarioRun): AccountState => accountStateOf([run]);
const workflowCases = (s: AccountState) => s.cases.filter((c) => c.openedBy === 'workflow');
const incidentEmails = (s: AccountState) => s.emails.filter((e) => !e.subject.includes('Workflow Failed'));
const flagged = (s: AccountState) => s.emails.filter((e) => e.attributes.possibleRepeat === 'true');
/** The reference markers of every communication: a context appended twice shows twice. */
const references = (s: AccountState): string[] => s.cases.flatMap((c) => c.communications.flatMap((m) => /Reference: (\S+)/.exec(m.body)?.[1] ?? []));
const failed = (run: ScenarioRun) => run.results.filter((r) => r.execution.status !== 'SUCCEEDED').map((r) => `${r.execution.failedState}: ${r.execution.cause}`);

describe('1. a claim never erases what the ledger entry knows', () => {
  it.each(['timeout', 'crash'])('quota path, AddCommunicationToCase %s after the call (12 times): the context lands once', async (error) => {
    const run = await simulate(tables.get(), { ...quotaPath, faults: [{ api: 'Support.AddCommunicationToCase', error, phase: 'after', times: 12 }] });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(references(s)).toHaveLength(1);
    expect(s.quotaRequests).toHaveLength(1);
  });
});

describe('2. a 5xx on a call that is not idempotent is an unknown outcome', () => {
  it.each([1, 12])('CreateCase answering 5xx after opening the case (%i times): one case', async (times) => {
    const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'Support.CreateCase', error: 'server', phase: 'after', times }] });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(workflowCases(s)).toHaveLength(1);
    expect(incidentEmails(s)).toHaveLength(1);
  });

  it('Publish answering 5xx after sending: the e-mail is sent again, marked as a possible repeat, never unmarked twice', async () => {
    const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'SNS.Publish', error: 'server', phase: 'after', times: 1 }] });
    const s = stateOf(run);
    expect(workflowCases(s)).toHaveLength(1);
    expect(incidentEmails(s).filter((e) => e.attributes.possibleRepeat !== 'true')).toHaveLength(1);
    expect(flagged(s)).toHaveLength(1);
  });

  it('throttling is a refusal: the retry sends the one e-mail, unmarked', async () => {
    const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'SNS.Publish', error: 'throttling', phase: 'after', times: 2 }] });
    const s = stateOf(run);
    expect(incidentEmails(s)).toHaveLength(1);
    expect(flagged(s)).toHaveLength(0);
  });
});

describe('3. no e-mail is lost silently', () => {
  it.each(['timeout', 'crash'])('Publish %s before sending: the retry sends it, marked as a possible repeat in subject and body', async (error) => {
    const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'SNS.Publish', error, phase: 'before', times: 1 }] });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    const emails = incidentEmails(s);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toMatch(/^\[Possible repeat\] /);
    expect(emails[0]?.body).toMatch(/^POSSIBLE REPEAT/);
    expect(run.results.find((r) => r.notification.sent)?.notification.subject).toMatch(/Possible repeat/);
  });
});

describe('3b. a fault on the notification note flags a repeat only when Publish itself may have gone out', () => {
  it.each([['server', 1], ['timeout', 1], ['server', 12], ['timeout', 12]] as const)(
    'the note write answering %s after it landed (%i times): Publish was never called, so one e-mail, not flagged',
    async (error, times) => {
      const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'CaseLedger.beginNotification', error, phase: 'after', times }] }, 'note', { redrive: true });
      const s = stateOf(run);
      expect(incidentEmails(s)).toHaveLength(1);
      expect(flagged(s)).toHaveLength(0);
    },
  );

  it('a crash just after the note write cannot be told from a crash just after Publish: one e-mail, flagged', async () => {
    const run = await simulate(tables.get(), { ...investigation, faults: [{ api: 'CaseLedger.beginNotification', error: 'crash', phase: 'after', times: 1 }] });
    const s = stateOf(run);
    expect(incidentEmails(s)).toHaveLength(1);
    expect(flagged(s)).toHaveLength(1);
  });
});

describe('4. a resolved case is never appended to', () => {
  const again = (model: string, alarms: string[], caseType: string) => [
    { model, alarms, at },
    { caseResolved: { model, caseType }, at: '2026-06-02T09:00:00Z' },
    { model, alarms, at: '2026-06-03T10:00:00Z', state: 'OK' },
    { model, alarms, at: '2026-06-03T11:00:00Z' },
  ];

  it('investigation: after Support resolves the case, the next incident opens a new case', async () => {
    const run = await simulate(tables.get(), { models: [lowUsage], events: again('G-Opus-4-6', ['ServerErrors'], 'Investigation Request') });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(workflowCases(s).map((c) => [c.status, c.communications.length])).toEqual([['resolved', 1], ['opened', 1]]);
    expect(run.results.filter((r) => r.caseAction.action === 'created')).toHaveLength(2);
  });

  it('quota request: after the Service Quotas case is resolved, the next incident requests again and its context goes to the new case', async () => {
    const run = await simulate(tables.get(), { models: [highUsage], events: again('G-Opus-4-6', ['HighTPMQuotaUsage'], 'Quota Request') });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(s.quotaRequests.map((r) => r.status)).toEqual(['CASE_CLOSED', 'CASE_OPENED']);
    const [first, second] = s.quotaRequests.map((r) => s.cases.find((c) => c.caseId === r.caseId));
    expect(first?.status).toBe('resolved');
    expect(first?.communications).toHaveLength(1);
    expect(second?.status).toBe('opened');
    expect(second?.communications).toHaveLength(1);
  });
});

describe('5. a quota request that ends without a case ends the poll loop, and the e-mail says how', () => {
  it.each(['APPROVED', 'DENIED', 'NOT_APPROVED', 'INVALID_REQUEST', 'CASE_CLOSED'])('%s at the second poll', async (status) => {
    const run = await simulate(tables.get(), { ...quotaPath, quotaRequestOutcomes: [{ status, afterPolls: 2 }], settings: { quotaCasePoll: { maxAttempts: 5, intervalSeconds: 60 } } });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    const execution = run.results.find((r) => r.execution.states.includes('PollQuotaCase'));
    expect(execution?.execution.states.filter((x) => x === 'PollQuotaCase')).toHaveLength(2);
    expect(execution?.caseAction).toMatchObject({ action: 'none', reason: 'quota_request_ended' });
    expect(s.quotaRequests.map((r) => r.status)).toEqual([status]);
    const [email] = incidentEmails(s);
    expect(email?.body).toContain(`${status}`);
    expect(email?.body).not.toContain('had not opened its support case yet');
    // An approval resizes the model's usage alarms, as a quotaChange event does.
    expect(run.results.some((r) => r.thresholdUpdate?.status === 'updated')).toBe(status === 'APPROVED');
  });
});

describe('6. no Support plan on the quota path', () => {
  it('the increase stands, the context append is skipped, the e-mail says why; every execution succeeds', async () => {
    const run = await simulate(tables.get(), { ...quotaPath, supportPlan: false });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(s.quotaRequests).toHaveLength(1);
    expect(s.cases.flatMap((c) => c.communications)).toHaveLength(0);
    const [email] = incidentEmails(s);
    expect(email?.body).toContain('Quota increase requested through Service Quotas; the request stands');
    expect(email?.body).toContain('no Business, Enterprise On-Ramp or Enterprise Support plan');
  });
});

describe('7. a partial quota request', () => {
  it('RPM requested, TPM refused by Service Quotas: the RPM request goes on, the e-mail names TPM; no failure', async () => {
    const run = await simulate(tables.get(), { models: [highUsage], unrequestableQuotas: ['TPM'], events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    const s = stateOf(run);
    expect(failed(run)).toEqual([]);
    expect(s.quotaRequests.map((r) => r.quota)).toEqual(['RPM']);
    expect(references(s)).toHaveLength(1);
    const [email] = incidentEmails(s);
    expect(email?.body).toMatch(/NOT REQUESTED: TPM \(L-3DCCFAA4\)/);
  });
});

describe('8. an abandoned claim is taken over as soon as its execution is known finished', () => {
  const metricEvent = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));
  /** The EventBridge event of one child alarm going into ALARM (no composite event: one execution per incident). */
  const childEvent = (kind: AlarmKind, time: string): Record<string, unknown> => {
    const event = structuredClone(metricEvent);
    const name = alarmName('Acme', kind, 'G-Opus-4-6');
    event.id = `evt-${kind}-${time}`;
    event.time = time;
    event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`];
    event.detail.alarmName = name;
    event.detail.state.timestamp = time.replace('Z', '.000+0000');
    return event;
  };

  it('the first execution fails holding the claim; an incident 5 minutes later opens the case at once; the redrive adds nothing', async () => {
    const scenario = {
      models: [lowUsage],
      events: [childEvent('ServerErrors', at), childEvent('HighLatency', '2026-06-01T10:05:00Z')],
      // A crash (unknown outcome: the claim stays), then a permanent error: the first execution fails holding its claim.
      faults: [{ api: 'Support.CreateCase', error: 'crash', times: 1 }, { api: 'Support.CreateCase', error: 'permanent', skipCalls: 1, times: 1 }],
    };
    const run = await simulate(tables.get(), scenario);
    expect(failed(run)).toHaveLength(1);
    const later = run.results.find((r) => r.event.alarmName.includes('HighLatency'));
    expect(later?.execution.status).toBe('SUCCEEDED');
    expect(later?.caseAction.action).toBe('created');
    expect(run.account.calls.get('SFN.DescribeExecution')).toBeGreaterThan(0);
    expect(workflowCases(stateOf(run))).toHaveLength(1);

    const redriven = await simulate(tables.get(), scenario, 'redrive', { redrive: true });
    const s = stateOf(redriven);
    expect(failed(redriven)).toEqual([]);
    expect(workflowCases(s)).toHaveLength(1);
    // The later incident's case already lists the first alarm (still in ALARM): the redrive has nothing to add.
    expect(workflowCases(s)[0]?.communications[0]?.body).toContain('Acme-Bedrock-ServerErrors-Critical-G-Opus-4-6');
    expect(redriven.results.find((r) => r.execution.redriveCount === 1)?.caseAction.action).toBe('suppressed');
    expect(references(s)).toHaveLength(0);
  });
});
