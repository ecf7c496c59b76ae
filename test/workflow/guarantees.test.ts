/**
 * The product's core promise, proven on the local engine (no mocks): no double cases, no lost alarms, whatever the
 * delivery, the concurrency, or the faults. With the in-process tables the local runtime uses, and the deliveries,
 * concurrency and redrive cases again on dynalite through the DynamoDB adapters (idempotency and ledger).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmName, type AlarmKind } from '#core/catalogue.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import type { ScenarioRun } from '#local/simulate.js';
import { countDelivery } from '../bench/storm.js';
import { simulate, withDynamo, withTables } from './helpers.js';

const dynamo = withDynamo();
const memory = withTables();
/** The guarantees that depend on the tables' conditions run on both. */
const BOTH: [string, () => Parameters<typeof simulate>[0]][] = [['in-process tables', () => memory.get()], ['dynalite', () => dynamo.get()]];
const at = '2026-06-01T10:00:00Z';
const lowUsage = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } };
const metricEvent = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));

/** The EventBridge event of one child alarm of G-Opus-4-6 going into ALARM at a time. */
const childEvent = (kind: AlarmKind, time: Date): Record<string, unknown> => {
  const event = structuredClone(metricEvent);
  const name = alarmName('Acme', kind, 'G-Opus-4-6');
  event.id = `evt-${kind}-${time.getTime()}`;
  event.time = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`];
  event.detail.alarmName = name;
  event.detail.state.timestamp = time.toISOString().replace('Z', '+0000');
  return event;
};

const workflowCases = (r: ScenarioRun) => r.account.cases.filter((c) => c.openedBy !== 'scenario');
const incidentEmails = (r: ScenarioRun) => r.account.emails.filter((e) => !e.subject.includes('Workflow Failed'));
/** Every communication a case received, by its reference marker: a duplicate append shows twice. */
const references = (r: ScenarioRun): string[] =>
  r.account.cases.flatMap((c) => c.communications.map((m) => /Reference: (\S+)/.exec(m.body)?.[1] ?? `${c.caseId}:initial`));

describe('same transition delivered again', () => {
  it.each(BOTH)('one event delivered 5 times: 1 case action, 1 e-mail (%s)', async (_kind, tables) => {
    const r = await simulate(tables(), { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at, deliveries: 5 }] });
    expect(r.results).toHaveLength(10); // child and composite events, 5 deliveries each
    expect(r.results.filter((x) => x.caseAction.reason === 'not_matched')).toHaveLength(5); // the composite's: the rule does not match it
    expect(r.results.filter((x) => x.caseAction.action === 'created')).toHaveLength(1);
    expect(workflowCases(r)).toHaveLength(1);
    expect(incidentEmails(r)).toHaveLength(1);
    expect(r.results.filter((x) => x.caseAction.reason === 'duplicate_delivery')).toHaveLength(4);
  });
});

describe('one incident, one action', () => {
  it('alarms of one model firing within the settle window make one case action and one e-mail listing all of them', async () => {
    const r = await simulate(memory.get(), {
      models: [lowUsage],
      settings: { settleWindowSeconds: 60 },
      events: [
        { model: 'G-Opus-4-6', alarms: ['Throttles'], at },
        { model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at: '2026-06-01T10:00:30Z' },
      ],
    });
    expect(workflowCases(r)).toHaveLength(1);
    const emails = incidentEmails(r);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.body).toContain('Acme-Bedrock-Throttles-Critical-G-Opus-4-6');
    expect(emails[0]?.body).toContain('Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6');
  });

  it('an alarm that fires while the composite is already in ALARM still gets its append and its e-mail', async () => {
    const r = await simulate(memory.get(), {
      models: [lowUsage],
      events: [
        { model: 'G-Opus-4-6', alarms: ['Throttles'], at },
        { model: 'G-Opus-4-6', alarms: ['InputTokenAnomaly'], at: '2026-06-01T10:20:00Z' },
      ],
    });
    const later = r.results.filter((x) => x.event.alarmName.includes('InputTokenAnomaly'));
    expect(later).toHaveLength(1); // the composite stayed in ALARM: no composite event, the child's event carries it
    expect(later[0]?.caseAction).toMatchObject({ action: 'appended' });
    expect(incidentEmails(r)).toHaveLength(2);
    expect(workflowCases(r)).toHaveLength(1);
  });

  /**
   * 50 at once, on both tables. The executions of a burst that look for the case before the first one has opened it
   * fold into the window of the send that opens it (src/core/cool-down.ts): only a new alarm kind or a higher severity
   * sends at once, and the rest go out once at the window's end. Every transition still reaches an e-mail and the case.
   */
  it.each(BOTH)(
    '50 concurrent incidents of the same model and category: exactly 1 case, the rest appended or coalesced, 0 errors, 0 lost (%s)',
    async (_kind, tables) => {
      const count = 50;
      const kinds: AlarmKind[] = ['ClientErrors', 'Throttles', 'HighInvocationRate', 'HighTPMQuotaUsage', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly'];
      const times = Array.from({ length: count }, (_, i) => ({ kind: kinds[i % kinds.length] as AlarmKind, time: new Date(Date.parse(at) + i * 1000) }));
      const events = times.map(({ kind, time }) => childEvent(kind, time));
      const r = await simulate(tables(), { models: [lowUsage], settings: { settleWindowSeconds: 0 }, concurrentWithinSeconds: 60, events });
      expect(r.results).toHaveLength(count);
      expect(r.results.filter((x) => x.execution.status !== 'SUCCEEDED').map((x) => x.execution.cause)).toEqual([]);
      expect(workflowCases(r)).toHaveLength(1);
      expect(r.results.filter((x) => x.caseAction.action === 'created')).toHaveLength(1);
      expect(r.results.every((x) => ['created', 'appended', 'suppressed'].includes(x.caseAction.action))).toBe(true);
      const refs = references(r);
      expect(new Set(refs).size).toBe(refs.length);
      const delivery = countDelivery(r, times.map(({ kind, time }) => ({ model: 'G-Opus-4-6', kind, at: time.getTime() })));
      expect(delivery.lostTransitions).toBe(0);
      // Each e-mail is the first, a new kind (6) or the higher severity (1), or a window's summary (the executions
      // folded under an earlier send of the burst may fold once more into the last one's window): at most 10, not 50.
      expect(delivery.emailsPerModel).toBeLessThanOrEqual(kinds.length + 3);
    },
    150_000,
  );
});

describe('faults at each side-effecting call', () => {
  const cases: { api: string; scenario: Record<string, unknown>; expectedCases: number }[] = [
    { api: 'Support.CreateCase', scenario: { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['ClientErrors'], at }] }, expectedCases: 1 },
    {
      api: 'Support.AddCommunicationToCase',
      scenario: { models: [lowUsage], openCases: [{ subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request', timeCreated: '2026-05-30T10:00:00Z' }], events: [{ model: 'G-Opus-4-6', alarms: ['ClientErrors'], at }] },
      expectedCases: 0,
    },
    {
      api: 'ServiceQuotas.RequestServiceQuotaIncrease',
      scenario: { models: [{ ...lowUsage, usage: { peakRpm: 9500, peakTpm: 6000000 } }], events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] },
      expectedCases: 1,
    },
    { api: 'SNS.Publish', scenario: { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }] }, expectedCases: 1 },
  ];
  const faults = [
    { error: 'throttling', phase: 'before' },
    { error: 'server', phase: 'before' },
    { error: 'timeout', phase: 'after' },
    { error: 'crash', phase: 'after' },
  ];

  it.each(cases.flatMap((c) => faults.map((f) => [c.api, f.error, f.phase, c] as const)))('%s %s (%s the side effect): every execution succeeds, 0 duplicates, 0 lost', async (api, error, phase, c) => {
    const r = await simulate(memory.get(), { ...c.scenario, faults: [{ api, error, phase, times: 2 }] });
    expect(r.account.faultsFired.get(api)).toBeGreaterThan(0);
    expect(r.results.filter((x) => x.execution.status !== 'SUCCEEDED').map((x) => `${x.execution.error}: ${x.execution.cause}`)).toEqual([]);
    expect(workflowCases(r)).toHaveLength(c.expectedCases);
    const refs = references(r);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter((ref) => !ref.endsWith(':initial')).length).toBe(c.expectedCases === 0 || api === 'ServiceQuotas.RequestServiceQuotaIncrease' ? 1 : 0);
    // One e-mail; each Publish whose outcome was unknown is followed by one marked as a possible repeat (never silence).
    const repeats = incidentEmails(r).filter((e) => e.attributes.possibleRepeat === 'true');
    const unknownPublishes = api === 'SNS.Publish' && error !== 'throttling' ? (r.account.faultsFired.get(api) ?? 0) : 0;
    expect(incidentEmails(r).length).toBeGreaterThanOrEqual(1);
    expect(incidentEmails(r).length - repeats.length).toBeLessThanOrEqual(1);
    expect(repeats.length).toBeLessThanOrEqual(unknownPublishes);
    if (unknownPublishes === 0) expect(incidentEmails(r)).toHaveLength(1);
  });

  it.each(BOTH)('a permanent fault fails the execution with a failure e-mail; the redrive resumes at the failed step: 1 case, 1 e-mail (%s)', async (_kind, tables) => {
    const scenario = { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }], faults: [{ api: 'Support.CreateCase', error: 'permanent', times: 1 }] };
    const failed = await simulate(tables(), scenario);
    expect(failed.results.some((x) => x.execution.status === 'FAILED' && x.execution.failedState === 'CreateSupportCase')).toBe(true);
    expect(failed.account.emails.some((e) => e.subject.includes('Workflow Failed') && e.body.includes('ops-alert redrive'))).toBe(true);

    const redriven = await simulate(tables(), scenario, 'redrive', { redrive: true });
    expect(redriven.results.every((x) => x.execution.status === 'SUCCEEDED')).toBe(true);
    const resumed = redriven.results.find((x) => x.execution.redriveCount === 1);
    expect(resumed?.execution.states.filter((s) => s === 'ResolveChildAlarms')).toHaveLength(1); // not started over
    expect(workflowCases(redriven)).toHaveLength(1);
    expect(incidentEmails(redriven)).toHaveLength(1);
  });
});
