/**
 * The incident cool-down on the local engine: a flapping model makes one e-mail and one append, then one summary
 * after the window that lists the folded transitions; anything new goes out at once. Counted from what the simulated
 * account holds (its e-mails and case communications), never from the executions' outputs.
 */
import type { ScenarioRun } from '#local/simulate.js';
import { countDelivery, type StormTransition } from '../bench/storm.js';
import { baseModel, simulate, withTables } from './helpers.js';

const tables = withTables();
const OPEN_CASE = { subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request', status: 'opened', timeCreated: '2026-05-20T10:00:00Z' };
const minute = (m: number, s = 0): string => new Date(Date.parse('2026-06-01T10:00:00Z') + m * 60_000 + s * 1000).toISOString().replace('.000Z', 'Z');

/** Throttles flapping: ALARM at 10:00, 10:02, ... (every 2 minutes, `count` times), OK a minute after each. */
const flapping = (count: number, kind = 'Throttles'): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, i) => [
    { model: 'G-Opus-4-6', alarms: [kind], at: minute(2 * i) },
    { model: 'G-Opus-4-6', alarms: [kind], at: minute(2 * i + 1), state: 'OK' },
  ]).flat();
const transitionsOf = (events: Record<string, unknown>[]): StormTransition[] =>
  events.filter((e) => e.state !== 'OK').flatMap((e) => (e.alarms as string[]).map((kind) => ({ model: 'G-Opus-4-6', kind: kind as StormTransition['kind'], at: Date.parse(String(e.at)) })));

const run = (events: Record<string, unknown>[], coolDownMinutes?: number): Promise<ScenarioRun> =>
  simulate(tables.get(), {
    models: [baseModel], supportPlan: true, serviceQuotasAvailable: false, openCases: [OPEN_CASE], events,
    settings: { settleWindowSeconds: 10, ...(coolDownMinutes !== undefined ? { notificationWindows: { incidentCoolDownMinutes: coolDownMinutes } } : {}) },
  });
const appendsOf = (r: ScenarioRun): string[] => r.account.cases.flatMap((c) => c.communications.map((m) => m.body));
const incidentEmails = (r: ScenarioRun): { body: string; at: string }[] => r.account.emails.filter((e) => !e.subject.includes('Workflow Failed'));

describe('the incident cool-down (default 30 minutes)', () => {
  it('10 transitions in 20 minutes: one e-mail and one append, then after the window one summary naming the 9 folded; none lost', async () => {
    // Arrange
    const events = flapping(10);

    // Act
    const r = await run(events);

    // Assess
    expect(r.results.filter((x) => x.execution.status !== 'SUCCEEDED')).toEqual([]);
    const emails = incidentEmails(r);
    const appends = appendsOf(r);
    expect(emails).toHaveLength(2);
    expect(appends).toHaveLength(2);
    expect(emails[0]?.body).not.toContain('FOLDED DURING THE COOL-DOWN');
    // The summary goes out at the window's end (10:00:10 + 30 min) although no incident came after 10:18.
    expect(emails[1]?.at).toBe('2026-06-01T10:30:10.000Z');
    for (const text of [emails[1]?.body ?? '', appends[1] ?? '']) {
      expect(text).toContain('FOLDED DURING THE COOL-DOWN (8 repeated transitions');
      // Whichever folded execution sends it names its own transition as an alarm line and the other 8 as folded.
      expect(text).toMatch(/8 more transitions of Throttles since 10:0[24] UTC \(last 10:1[68] UTC\)/);
    }
    expect(countDelivery(r, transitionsOf(events))).toMatchObject({ lostTransitions: 0, emailsPerModel: 2, appendsPerModel: 2 });
    // Shown in the executions' output: folded, then covered by the summary (or sending it).
    const folded = r.states.filter((s) => s?.openCase?.coolDown?.action === 'covered');
    expect(folded).toHaveLength(8);
    expect(r.results.filter((x) => x.execution.states.includes('CoolDown'))).toHaveLength(9);
    expect(r.results.filter((x) => x.execution.states.includes('SentWithinCoolDown')).map((x) => x.caseAction)).toEqual(
      Array.from({ length: 8 }, () => expect.objectContaining({ action: 'suppressed', reason: 'cool_down' })),
    );
  });

  it('a concurrent burst before the case exists: 1 case, 1 e-mail at once, the rest folded into its window and sent once at its end; none lost', async () => {
    // Arrange: 10 transitions of Throttles 2 s apart, all running together, with no case open: every execution looks
    // for the case before the first one has opened it.
    const second = (s: number): string => minute(0, s);
    const events = Array.from({ length: 10 }, (_, i) => [
      { model: 'G-Opus-4-6', alarms: ['Throttles'], at: second(2 * i) },
      { model: 'G-Opus-4-6', alarms: ['Throttles'], at: second(2 * i + 1), state: 'OK' },
    ]).flat();

    // Act
    const r = await simulate(tables.get(), { models: [baseModel], supportPlan: true, serviceQuotasAvailable: false, concurrentWithinSeconds: 60, settings: { settleWindowSeconds: 0 }, events });

    // Assess: counted from the account
    expect(r.results.filter((x) => x.execution.status !== 'SUCCEEDED')).toEqual([]);
    expect(r.account.cases.filter((c) => c.openedBy === 'workflow')).toHaveLength(1);
    const emails = incidentEmails(r);
    expect(emails).toHaveLength(2);
    expect(emails[0]?.body).not.toContain('FOLDED DURING THE COOL-DOWN');
    expect(emails[1]?.body).toContain('FOLDED DURING THE COOL-DOWN (8 repeated transitions');
    expect(appendsOf(r)).toHaveLength(2); // the case's creation body and the end-of-window summary
    expect(countDelivery(r, transitionsOf(events))).toMatchObject({ lostTransitions: 0, emailsPerModel: 2, appendsPerModel: 1 });
  });

  it('the case a send opened, resolved within the window: the next incident opens a new case at once', async () => {
    // Arrange: no case open; Throttles at 10:00 opens one, Support resolves it at 10:05, Throttles again at 10:10.
    const events = [...flapping(1), { caseResolved: { model: 'G-Opus-4-6', caseType: 'Quota Request' }, at: minute(5) }, { model: 'G-Opus-4-6', alarms: ['Throttles'], at: minute(10) }];

    // Act
    const r = await simulate(tables.get(), { models: [baseModel], supportPlan: true, serviceQuotasAvailable: false, settings: { settleWindowSeconds: 10 }, events });

    // Assess
    expect(r.account.cases.filter((c) => c.openedBy === 'workflow').map((c) => c.status)).toEqual(['resolved', 'opened']);
    expect(incidentEmails(r).map((e) => e.at)).toEqual(['2026-06-01T10:00:10.000Z', '2026-06-01T10:10:10.000Z']);
  });

  it('off (0 minutes): one e-mail and one append per transition, as before', async () => {
    const events = flapping(4);
    const r = await run(events, 0);
    expect(incidentEmails(r)).toHaveLength(4);
    expect(appendsOf(r)).toHaveLength(4);
    expect(countDelivery(r, transitionsOf(events)).lostTransitions).toBe(0);
  });

  it('a new alarm kind inside the window goes out at once (and the folded repeat before it with it)', async () => {
    // Arrange: Throttles at 10:00 (sent), 10:02 (folded); HighTPMQuotaUsage at 10:05 is new.
    const events = [...flapping(2), { model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at: minute(5) }];

    // Act
    const r = await run(events);

    // Assess
    const emails = incidentEmails(r);
    expect(emails.map((e) => e.at)).toEqual(['2026-06-01T10:00:10.000Z', '2026-06-01T10:05:10.000Z']);
    expect(emails[1]?.body).toMatch(/1 more transition of Throttles since 10:02 UTC at 2026-06-01T10:02:00Z/);
    expect(appendsOf(r)).toHaveLength(2);
    expect(countDelivery(r, transitionsOf(events)).lostTransitions).toBe(0);
  });

  it('a higher severity inside the window goes out at once (a Warning alarm flapping, then a Critical one)', async () => {
    const events = [...flapping(2, 'HighTPMQuotaUsage'), { model: 'G-Opus-4-6', alarms: ['Throttles'], at: minute(5) }];
    const r = await run(events);
    const emails = incidentEmails(r);
    expect(emails).toHaveLength(2);
    expect(r.states.map((s) => s?.openCase?.coolDown?.why).filter(Boolean)).toContainEqual(expect.stringMatching(/new alarm kind \(Throttles\)|higher severity/));
    expect(emails[1]?.body.startsWith('CRITICAL')).toBe(true);
    expect(countDelivery(r, transitionsOf(events)).lostTransitions).toBe(0);
  });
});
