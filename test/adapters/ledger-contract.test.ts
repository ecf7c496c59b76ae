/**
 * The case ledger's contract, run against both implementations: the DynamoDB adapter on dynalite and the in-process
 * one the local runtime uses. Same calls, same answers, same conditions.
 */
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import { InMemoryCaseLedger } from '#adapters/memory/case-ledger.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '#local/local-dynamodb.js';
import { PENDING_CASE_PREFIX, type CaseLedgerPort, type LedgerEntry } from '#ports/index.js';
import type { CoolDownRecord } from '#core/cool-down.js';

let dynamo: LocalDynamoDb | undefined;
beforeAll(async () => {
  dynamo = await startLocalDynamoDb();
});
afterAll(async () => {
  await dynamo?.close();
});

let tables = 0;
const IMPLEMENTATIONS: [string, () => Promise<CaseLedgerPort>][] = [
  ['DynamoDbCaseLedger (dynalite)', async () => new DynamoDbCaseLedger((await (dynamo as LocalDynamoDb).createTables(`ledger-${++tables}`)).ledgerTable, (dynamo as LocalDynamoDb).clientConfig)],
  ['InMemoryCaseLedger', async () => new InMemoryCaseLedger()],
];

const KEY = '123456789012#us-east-1#G-Opus-4-6#quota';
const entry = (caseId: string, overrides: Partial<LedgerEntry> = {}): LedgerEntry => ({
  key: KEY, caseId, displayId: caseId.startsWith(PENDING_CASE_PREFIX) ? '' : `d-${caseId}`, subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request',
  caseType: 'Quota Request', createdAt: '2026-06-01T10:00:00.000Z', communicated: [], ...overrides,
});
const conditionFailure = { name: 'ConditionalCheckFailedException' };

describe.each(IMPLEMENTATIONS)('%s', (_name, fresh) => {
  let ledger: CaseLedgerPort;
  beforeEach(async () => {
    ledger = await fresh();
  });

  test('an unknown key has no entry', async () => {
    expect(await ledger.get(KEY)).toBeUndefined();
  });

  test('a free key is claimed; a second caseId then sees the holder', async () => {
    expect(await ledger.claim(entry('case-1', { communicated: ['t1'] }))).toEqual({ claimed: true, reclaimed: false, entry: entry('case-1', { communicated: ['t1'] }) });
    expect(await ledger.get(KEY)).toEqual(entry('case-1', { communicated: ['t1'] }));
    expect(await ledger.claim(entry('case-2'))).toEqual({ claimed: false, reclaimed: false, entry: entry('case-1', { communicated: ['t1'] }) });
  });

  test('the same caseId claims again (a retry) and gets what the entry held', async () => {
    await ledger.claim(entry('case-1', { communicated: ['t1'] }));
    expect(await ledger.claim(entry('case-1'))).toEqual({ claimed: true, reclaimed: true, entry: entry('case-1', { communicated: ['t1'] }) });
  });

  test('a retry of the holder keeps what the entry knows (communicated transitions, the append in progress)', async () => {
    await ledger.claim(entry('case-1', { communicated: ['t1'] }));
    await ledger.beginAppend(KEY, 'append-1');
    expect(await ledger.claim(entry('case-1', { communicated: ['t2'] }))).toMatchObject({ claimed: true, reclaimed: true });
    expect([...((await ledger.get(KEY))?.communicated ?? [])].sort()).toEqual(['t1', 't2']);
    expect(await ledger.beginAppend(KEY, 'append-1')).toEqual({ firstAttempt: false });
  });

  test('a pending claim the caller knows abandoned is taken over and reported as replaced', async () => {
    await ledger.claim(entry(`${PENDING_CASE_PREFIX}a`, { execution: 'arn:exec:a' }));
    const taken = await ledger.claim(entry(`${PENDING_CASE_PREFIX}b`), undefined, `${PENDING_CASE_PREFIX}a`);
    expect(taken).toMatchObject({ claimed: true, reclaimed: false, replaced: { caseId: `${PENDING_CASE_PREFIX}a`, execution: 'arn:exec:a' } });
    expect((await ledger.get(KEY))?.caseId).toBe(`${PENDING_CASE_PREFIX}b`);
  });

  test('a pending claim older than staleBefore can be taken over; a newer one or a real case cannot', async () => {
    await ledger.claim(entry(`${PENDING_CASE_PREFIX}a`));
    expect((await ledger.claim(entry(`${PENDING_CASE_PREFIX}b`), new Date('2026-06-01T10:00:00.000Z'))).claimed).toBe(false);
    const taken = await ledger.claim(entry(`${PENDING_CASE_PREFIX}b`, { createdAt: '2026-06-01T11:00:00.000Z' }), new Date('2026-06-01T10:30:00.000Z'));
    expect(taken).toMatchObject({ claimed: true, reclaimed: false });
    expect((await ledger.get(KEY))?.caseId).toBe(`${PENDING_CASE_PREFIX}b`);

    const other = await fresh();
    await other.claim(entry('case-1'));
    expect((await other.claim(entry(`${PENDING_CASE_PREFIX}c`), new Date('2027-01-01T00:00:00.000Z'))).claimed).toBe(false);
  });

  test('of 20 concurrent claims exactly one wins and every other sees the winner', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => ledger.claim(entry(`${PENDING_CASE_PREFIX}${i}`))));
    const winners = results.filter((r) => r.claimed);
    expect(winners).toHaveLength(1);
    const winner = winners[0]?.entry.caseId;
    expect(results.every((r) => r.entry.caseId === winner)).toBe(true);
  });

  test('complete replaces the held pending claim with its case and adds the communicated transitions', async () => {
    await ledger.claim(entry(`${PENDING_CASE_PREFIX}a`, { communicated: ['t1'] }));
    await ledger.complete(`${PENDING_CASE_PREFIX}a`, entry('case-9', { createdAt: '2026-06-01T10:00:05.000Z', communicated: ['t2'] }));
    const held = await ledger.get(KEY);
    expect({ ...held, communicated: [...(held?.communicated ?? [])].sort() }).toEqual({ ...entry('case-9', { createdAt: '2026-06-01T10:00:05.000Z', communicated: ['t1', 't2'] }), openedFor: `${PENDING_CASE_PREFIX}a` });
  });

  test('complete fails when the pending claim is not held (another caseId, released, or absent)', async () => {
    await expect(ledger.complete(`${PENDING_CASE_PREFIX}a`, entry('case-9'))).rejects.toMatchObject(conditionFailure);
    await ledger.claim(entry(`${PENDING_CASE_PREFIX}b`));
    await expect(ledger.complete(`${PENDING_CASE_PREFIX}a`, entry('case-9'))).rejects.toMatchObject(conditionFailure);
    await ledger.release(KEY, `${PENDING_CASE_PREFIX}b`);
    await expect(ledger.complete(`${PENDING_CASE_PREFIX}b`, entry('case-9'))).rejects.toMatchObject(conditionFailure);
  });

  test('release ends only the named case; a released key is free again', async () => {
    await ledger.claim(entry('case-1'));
    await ledger.release(KEY, 'case-other');
    expect((await ledger.get(KEY))?.caseId).toBe('case-1');
    await ledger.release(KEY, 'case-1');
    expect(await ledger.get(KEY)).toBeUndefined();
    expect(await ledger.claim(entry('case-2'))).toMatchObject({ claimed: true, reclaimed: false });
    await expect(ledger.release('no-such-key', 'case-1')).resolves.toBeUndefined();
  });

  test('an append is noted once: a retry of the same append is not a first attempt until it is marked done', async () => {
    await expect(ledger.beginAppend(KEY, 'append-1')).rejects.toMatchObject(conditionFailure);
    await ledger.claim(entry('case-1'));
    expect(await ledger.beginAppend(KEY, 'append-1')).toEqual({ firstAttempt: true });
    expect(await ledger.beginAppend(KEY, 'append-1')).toEqual({ firstAttempt: false });
    expect(await ledger.beginAppend(KEY, 'append-2')).toEqual({ firstAttempt: true });
    expect(await ledger.markCommunicated(KEY, ['t1'], 'append-1')).toEqual(['t1']);
    expect(await ledger.beginAppend(KEY, 'append-1')).toEqual({ firstAttempt: true });
    expect(await ledger.beginAppend(KEY, 'append-2')).toEqual({ firstAttempt: false });
  });

  test('markCommunicated answers only the transitions not recorded before, also under concurrency', async () => {
    await expect(ledger.markCommunicated(KEY, ['t1'])).rejects.toMatchObject(conditionFailure);
    expect(await ledger.markCommunicated(KEY, [])).toEqual([]);
    await ledger.claim(entry('case-1', { communicated: ['t1'] }));
    expect(await ledger.markCommunicated(KEY, ['t1', 't2'])).toEqual(['t2']);
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => ledger.markCommunicated(KEY, ['t3'])));
    expect(concurrent.flat()).toEqual(['t3']);
    expect([...((await ledger.get(KEY))?.communicated ?? [])].sort()).toEqual(['t1', 't2', 't3']);
  });

  test('a notification is begun once; sent is remembered; failed clears it for a retry', async () => {
    expect(await ledger.beginNotification('n1')).toBe('first');
    expect(await ledger.beginNotification('n1')).toBe('unknown');
    await ledger.endNotification('n1', 'sent');
    expect(await ledger.beginNotification('n1')).toBe('sent');
    expect(await ledger.beginNotification('n2')).toBe('first');
    await ledger.endNotification('n2', 'failed');
    expect(await ledger.beginNotification('n2')).toBe('first');
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => ledger.beginNotification('n3')));
    expect(concurrent.filter((r) => r === 'first')).toHaveLength(1);
  });

  test('a note is taken back only by the attempt that began it, and only while it is sending', async () => {
    expect(await ledger.beginNotification('n1', 'attempt-a')).toBe('first');
    await ledger.withdrawNotification('n1', 'attempt-b');
    expect(await ledger.beginNotification('n1', 'attempt-b')).toBe('unknown');
    await ledger.withdrawNotification('n1', 'attempt-a');
    expect(await ledger.beginNotification('n1', 'attempt-c')).toBe('first');
    await ledger.endNotification('n1', 'sent');
    await ledger.withdrawNotification('n1', 'attempt-c');
    expect(await ledger.beginNotification('n1', 'attempt-d')).toBe('sent');
    await expect(ledger.withdrawNotification('never-begun', 'attempt-a')).resolves.toBeUndefined();
  });

  test('failure windows: the first failure of a cause sends, the others within the window are counted once each and carried into the next', async () => {
    const W = 900;
    expect(await ledger.noteFailure('cause-a', 'f1', '2026-06-01T10:00:00.000Z', W)).toEqual({ send: true, folded: 0 });
    expect(await ledger.noteFailure('cause-a', 'f1', '2026-06-01T10:00:00.000Z', W)).toEqual({ send: true, folded: 0 });
    expect(await ledger.noteFailure('cause-a', 'f2', '2026-06-01T10:01:00.000Z', W)).toEqual({ send: false, windowStartedAt: '2026-06-01T10:00:00.000Z' });
    expect(await ledger.noteFailure('cause-a', 'f2', '2026-06-01T10:01:00.000Z', W)).toMatchObject({ send: false });
    expect(await ledger.noteFailure('cause-a', 'f3', '2026-06-01T10:14:59.000Z', W)).toMatchObject({ send: false });
    expect(await ledger.noteFailure('cause-b', 'f4', '2026-06-01T10:02:00.000Z', W)).toEqual({ send: true, folded: 0 });
    const next = { send: true, folded: 2, since: '2026-06-01T10:01:00.000Z' };
    expect(await ledger.noteFailure('cause-a', 'f5', '2026-06-01T10:15:00.000Z', W)).toEqual(next);
    expect(await ledger.noteFailure('cause-a', 'f5', '2026-06-01T10:15:00.000Z', W)).toEqual(next);
    expect(await ledger.noteFailure('cause-a', 'f6', '2026-06-01T10:31:00.000Z', W)).toEqual({ send: true, folded: 0 });
  });

  test('of 10 concurrent failures of one cause exactly one sends', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => ledger.noteFailure('cause-c', `f${i}`, '2026-06-01T10:00:00.000Z', 900)));
    expect(results.filter((r) => r.send)).toHaveLength(1);
    expect(await ledger.noteFailure('cause-c', 'late', '2026-06-01T11:00:00.000Z', 900)).toMatchObject({ send: true, folded: 9 });
  });

  test('cool-down records: written whole at the next version only; a stale version writes nothing; keys apart', async () => {
    const folded = [{ id: 'arn:a|t1', kind: 'Throttles' as const, at: '2026-06-01T10:04:00.000Z' }];
    const first: CoolDownRecord = {
      key: KEY, version: 1, folded: [],
      lastSent: { at: '2026-06-01T10:00:00.000Z', owner: 'incident-a', caseId: null, kinds: ['Throttles'], severity: 'WARNING', transitions: ['arn:a|t0'], carried: [] },
    };
    expect(await ledger.getCoolDown(KEY)).toBeUndefined();
    expect(await ledger.putCoolDown({ ...first, version: 2 }, 0)).toBe(false);
    expect(await ledger.putCoolDown(first, 0)).toBe(true);
    expect(await ledger.getCoolDown(KEY)).toEqual(first);
    // Another execution read version 1 too: only the first of the two writes of version 2 lands.
    expect(await ledger.putCoolDown({ ...first, version: 2, folded }, 0)).toBe(true);
    expect(await ledger.putCoolDown({ ...first, version: 2 }, 0)).toBe(false);
    expect(await ledger.putCoolDown(first, 0)).toBe(false);
    expect(await ledger.getCoolDown(KEY)).toEqual({ ...first, version: 2, folded });
    // Beside the case entry, not in it: the entry and the record of another key are untouched.
    expect(await ledger.get(KEY)).toBeUndefined();
    expect(await ledger.getCoolDown(`${KEY}-other`)).toBeUndefined();
  });

  test('of 10 concurrent cool-down writes of the same version exactly one lands', async () => {
    const record: CoolDownRecord = { key: KEY, version: 1, folded: [] };
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => ledger.putCoolDown({ ...record, folded: [{ id: `t${i}`, kind: 'Throttles', at: '2026-06-01T10:00:00.000Z' }] }, 0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await ledger.getCoolDown(KEY))?.folded).toHaveLength(1);
  });

  test('cool-down folds: concurrent folds all land (each transition once); a send refused after a fold it did not read; a fold refused after a send', async () => {
    const sent: CoolDownRecord = {
      key: KEY, version: 1, folded: [],
      lastSent: { at: '2026-06-01T10:00:00.000Z', owner: 'incident-a', caseId: 'case-1', kinds: ['Throttles'], severity: 'WARNING', transitions: ['arn:a|t0'], carried: [] },
    };
    expect(await ledger.foldCoolDown(KEY, 1, [{ id: 'arn:a|t1', kind: 'Throttles', at: '2026-06-01T10:01:00.000Z' }])).toBe(false);
    expect(await ledger.putCoolDown(sent, 0)).toBe(true);
    const read = await ledger.getCoolDown(KEY);
    const transition = (i: number) => ({ id: `arn:a|t${i}`, kind: 'Throttles' as const, at: `2026-06-01T10:${String(10 + i).padStart(2, '0')}:00.000Z` });
    // 20 folds at once, one of them retried: every one lands, none conflicts, each transition is kept once.
    const folds = await Promise.all([...Array.from({ length: 20 }, (_, i) => ledger.foldCoolDown(KEY, 1, [transition(i + 1)])), ledger.foldCoolDown(KEY, 1, [transition(1)])]);
    expect(folds.every(Boolean)).toBe(true);
    const after = await ledger.getCoolDown(KEY);
    expect(after?.folded.map((f) => f.id)).toEqual(Array.from({ length: 20 }, (_, i) => transition(i + 1).id));
    // A send decided on the read before the folds would drop them: refused; decided on the read after: lands.
    expect(await ledger.putCoolDown({ ...sent, version: 2 }, read?.foldWrites ?? 0)).toBe(false);
    expect(await ledger.putCoolDown({ ...sent, version: 2 }, after?.foldWrites ?? 0)).toBe(true);
    // A fold decided before that send (version 1) is refused: the folder reads and decides again.
    expect(await ledger.foldCoolDown(KEY, 1, [transition(30)])).toBe(false);
    expect((await ledger.getCoolDown(KEY))?.folded).toEqual([]);
  });

  test('what a read returns is a copy: changing it changes nothing stored', async () => {
    await ledger.claim(entry('case-1', { communicated: ['t1'] }));
    const read = await ledger.get(KEY);
    read?.communicated.push('t-mutated');
    expect((await ledger.get(KEY))?.communicated).toEqual(['t1']);
    await ledger.putCoolDown({ key: KEY, version: 1, folded: [] }, 0);
    (await ledger.getCoolDown(KEY))?.folded.push({ id: 'mutated', kind: 'Throttles', at: '' });
    expect((await ledger.getCoolDown(KEY))?.folded).toEqual([]);
  });
});
