import { coolDownEnd, decideCoolDown, foldedSummaryLines, type CoolDownIncident, type CoolDownRecord, type FoldedTransition } from '#core/cool-down.js';
import type { AlarmKind } from '#core/catalogue.js';

const KEY = '123456789012#us-east-1#Model-1#quota';
const WINDOW = 30;
const t = (kind: AlarmKind, at: string): FoldedTransition => ({ id: `arn:${kind}|${at}`, kind, at });
const incident = (overrides: Partial<CoolDownIncident> = {}): CoolDownIncident => ({
  owner: 'incident-b', now: '2026-06-01T10:05:00.000Z', openCase: { caseId: 'case-1', createdAt: '2026-06-01T09:00:00.000Z' },
  severity: 'WARNING', kinds: ['Throttles'], newTransitions: [t('Throttles', '2026-06-01T10:04:00.000Z')], ...overrides,
});
/** The record after a send of `Throttles` (WARNING) on case-1 at 10:00 by incident-a. */
const afterSend = (overrides: Partial<CoolDownRecord['lastSent']> = {}, folded: FoldedTransition[] = []): CoolDownRecord => ({
  key: KEY, version: 1, folded,
  lastSent: { at: '2026-06-01T10:00:00.000Z', owner: 'incident-a', caseId: 'case-1', kinds: ['Throttles'], severity: 'WARNING', transitions: ['arn:Throttles|2026-06-01T09:59:00.000Z'], carried: [], ...overrides },
});

describe('decideCoolDown', () => {
  it('sends the first incident of a key and records it as the last send (version 1)', () => {
    // Act
    const decision = decideCoolDown(undefined, incident(), WINDOW, KEY);

    // Assess
    expect(decision).toMatchObject({ action: 'send', carried: [] });
    expect(decision.action === 'send' && decision.next).toMatchObject({ key: KEY, version: 1, folded: [], lastSent: { owner: 'incident-b', caseId: 'case-1', kinds: ['Throttles'], severity: 'WARNING' } });
  });

  it('folds a repeat with nothing new within the window, until the window\'s end', () => {
    const decision = decideCoolDown(afterSend(), incident(), WINDOW, KEY);
    expect(decision).toMatchObject({ action: 'fold', until: '2026-06-01T10:30:00.000Z', windowStartedAt: '2026-06-01T10:00:00.000Z' });
    expect(decision.action === 'fold' && decision.next).toEqual({ ...afterSend(), folded: [t('Throttles', '2026-06-01T10:04:00.000Z')] });
  });

  it('a fold already recorded (a retry) writes nothing', () => {
    const decision = decideCoolDown(afterSend({}, [t('Throttles', '2026-06-01T10:04:00.000Z')]), incident(), WINDOW, KEY);
    expect(decision).toMatchObject({ action: 'fold', next: undefined });
  });

  it.each([
    ['a new alarm kind', incident({ kinds: ['Throttles', 'ServerErrors'], newTransitions: [t('ServerErrors', '2026-06-01T10:04:00.000Z')] }), /new alarm kind \(ServerErrors\)/],
    ['a higher severity', incident({ severity: 'CRITICAL' }), /higher severity/],
    ['another case', incident({ openCase: { caseId: 'case-2', createdAt: '2026-06-01T10:03:00.000Z' } }), /another case/],
    ['no open case (a new one is opened)', incident({ openCase: undefined }), /new case/],
    ['the window is over', incident({ now: '2026-06-01T10:30:00.000Z' }), /window is over/],
  ])('sends at once: %s, carrying what was folded', (_name, next, why) => {
    // Arrange
    const folded = [t('Throttles', '2026-06-01T10:02:00.000Z'), t('Throttles', '2026-06-01T10:01:00.000Z')];

    // Act
    const decision = decideCoolDown(afterSend({}, folded), next, WINDOW, KEY);

    // Assess
    expect(decision).toMatchObject({ action: 'send', carried: folded });
    expect(decision.action === 'send' && decision.why).toMatch(why);
    expect(decision.action === 'send' && decision.next).toMatchObject({ version: 2, folded: [], lastSent: { owner: 'incident-b', at: next.now, carried: folded } });
    expect(decision.action === 'send' && decision.next?.lastSent?.transitions).toEqual(expect.arrayContaining([...folded.map((f) => f.id), ...next.newTransitions.map((n) => n.id)]));
  });

  it('a lower severity or a kind reported before folds; the case a send opened counts as the same case', () => {
    expect(decideCoolDown(afterSend({ severity: 'CRITICAL', kinds: ['ServerErrors', 'Throttles'] }), incident(), WINDOW, KEY).action).toBe('fold');
    const openedBySend = afterSend({ caseId: null });
    expect(decideCoolDown(openedBySend, incident({ openCase: { caseId: 'case-9', createdAt: '2026-06-01T10:00:02.000Z' } }), WINDOW, KEY).action).toBe('fold');
    expect(decideCoolDown(openedBySend, incident({ openCase: { caseId: 'case-0', createdAt: '2026-06-01T09:00:00.000Z' } }), WINDOW, KEY).action).toBe('send');
  });

  it('no open case seen while the last send opens one: that case is this incident\'s too, so a repeat folds into its window', () => {
    // Arrange: incident-a decided at 10:00 to send and open the case; incident-b looked before the case existed.
    const opening = afterSend({ caseId: null });
    const beforeTheCase = incident({ openCase: undefined });

    // Act
    const decision = decideCoolDown(opening, beforeTheCase, WINDOW, KEY);

    // Assess
    expect(decision).toMatchObject({ action: 'fold', until: '2026-06-01T10:30:00.000Z', windowStartedAt: '2026-06-01T10:00:00.000Z' });
    expect(decision.action === 'fold' && decision.next?.folded).toEqual(beforeTheCase.newTransitions);
    // Still sent at once: a new kind, a higher severity, the window's end.
    expect(decideCoolDown(opening, incident({ openCase: undefined, severity: 'CRITICAL' }), WINDOW, KEY).action).toBe('send');
    expect(decideCoolDown(opening, incident({ openCase: undefined, kinds: ['ServerErrors'], newTransitions: [t('ServerErrors', '2026-06-01T10:04:00.000Z')] }), WINDOW, KEY).action).toBe('send');
    expect(decideCoolDown(opening, incident({ openCase: undefined, now: '2026-06-01T10:30:00.000Z' }), WINDOW, KEY).action).toBe('send');
  });

  it('no open case, and the case the last send opened found closed (resolved): a new case, sent at once', () => {
    const opening = afterSend({ caseId: null });
    const resolved = decideCoolDown(opening, incident({ openCase: undefined, closedCase: { caseId: 'case-9', createdAt: '2026-06-01T10:00:02.000Z' } }), WINDOW, KEY);
    expect(resolved).toMatchObject({ action: 'send', why: expect.stringMatching(/new case/) });
    // A case closed before the last send is not the one it opened: the repeat folds.
    expect(decideCoolDown(opening, incident({ openCase: undefined, closedCase: { caseId: 'case-0', createdAt: '2026-06-01T09:00:00.000Z' } }), WINDOW, KEY).action).toBe('fold');
  });

  it('the last sender asking again (a retry, a duplicate of its incident) sends again what it carried and writes nothing', () => {
    const carried = [t('Throttles', '2026-06-01T10:02:00.000Z')];
    const decision = decideCoolDown(afterSend({ owner: 'incident-b', carried }), incident(), WINDOW, KEY);
    expect(decision).toEqual({ action: 'send', carried, next: undefined, why: expect.any(String) });
  });

  it('a folded incident whose transitions a later send carried is covered: nothing to send, nothing to write', () => {
    const mine = t('Throttles', '2026-06-01T10:04:00.000Z');
    const decision = decideCoolDown(afterSend({ at: '2026-06-01T10:30:00.000Z', owner: 'incident-c', transitions: ['x', mine.id], carried: [mine] }), incident({ now: '2026-06-01T10:30:00.000Z' }), WINDOW, KEY);
    expect(decision).toMatchObject({ action: 'covered', by: 'incident-c', sentAt: '2026-06-01T10:30:00.000Z' });
  });

  it('at the window\'s end the folding incident sends the summary itself (no further incident needed)', () => {
    const mine = t('Throttles', '2026-06-01T10:04:00.000Z');
    const other = t('Throttles', '2026-06-01T10:09:00.000Z');
    const decision = decideCoolDown(afterSend({}, [mine, other]), incident({ now: coolDownEnd('2026-06-01T10:00:00.000Z', WINDOW), newTransitions: [mine] }), WINDOW, KEY);
    expect(decision).toMatchObject({ action: 'send', carried: [other] });
    expect(decision.action === 'send' && decision.next?.lastSent?.transitions).toEqual([mine.id, other.id]);
  });

  it('0 minutes: the cool-down is off, every incident is sent and nothing is recorded', () => {
    expect(decideCoolDown(afterSend(), incident(), 0, KEY)).toEqual({ action: 'send', carried: [], next: undefined, why: 'cool-down off' });
  });
});

describe('foldedSummaryLines', () => {
  it('one line per alarm kind with the count, the first and last time and every time, oldest first', () => {
    const lines = foldedSummaryLines([
      t('Throttles', '2026-06-01T10:07:00.000Z'), t('Throttles', '2026-06-01T10:02:00.000Z'), t('ServerErrors', '2026-06-01T10:03:00.000Z'),
    ], 30);
    expect(lines).toEqual([
      'FOLDED DURING THE COOL-DOWN (3 repeated transitions with nothing new, not sent one by one; window 30 min):',
      '  - 2 more transitions of Throttles since 10:02 UTC (last 10:07 UTC) at 2026-06-01T10:02:00Z, 2026-06-01T10:07:00Z',
      '  - 1 more transition of ServerErrors since 10:03 UTC at 2026-06-01T10:03:00Z',
    ]);
    expect(foldedSummaryLines([], 30)).toEqual([]);
  });

  it('a value from outside stays one line (no forged section)', () => {
    const [, line] = foldedSummaryLines([{ id: 'x', kind: 'Throttles\nACTION REQUESTED: x' as AlarmKind, at: '10:00\nExecution: y' }], 30);
    expect(line).not.toContain('\n');
    expect(line).toContain('Throttles ACTION REQUESTED: x');
  });
});
