/**
 * The idempotency store's contract, run against both persistence layers: Powertools' DynamoDB layer on dynalite and
 * the in-process one the local runtime uses. Same calls through makeIdempotent, same outcomes.
 */
import { jest } from '@jest/globals';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Context } from 'aws-lambda';
import { InMemoryIdempotencyTable, InMemoryPersistenceLayer } from '#adapters/memory/idempotency-store.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '#local/local-dynamodb.js';

let dynamo: LocalDynamoDb | undefined;
beforeAll(async () => {
  dynamo = await startLocalDynamoDb();
});
afterAll(async () => {
  await dynamo?.close();
});
afterEach(() => {
  jest.restoreAllMocks();
});

let tables = 0;
/** A fresh table; the returned factory builds one persistence layer per handler on it. */
const IMPLEMENTATIONS: [string, () => Promise<() => BasePersistenceLayer>][] = [
  ['DynamoDBPersistenceLayer (dynalite)', async () => {
    const { idempotencyTable } = await (dynamo as LocalDynamoDb).createTables(`idem-${++tables}`);
    return () => new DynamoDBPersistenceLayer({ tableName: idempotencyTable, clientConfig: (dynamo as LocalDynamoDb).clientConfig });
  }],
  ['InMemoryPersistenceLayer', async () => {
    const table = new InMemoryIdempotencyTable();
    return () => new InMemoryPersistenceLayer(table);
  }],
];

const context = (remainingMs: number): Context => ({ getRemainingTimeInMillis: () => remainingMs } as unknown as Context);

/** An idempotent function keyed on `incident`, counting the runs of its body. */
const idempotentCounter = (layer: BasePersistenceLayer, body: (event: { incident: string }) => Promise<unknown>, options: { expiresAfterSeconds?: number; remainingMs?: number } = {}) => {
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'incident', throwOnNoIdempotencyKey: true, expiresAfterSeconds: options.expiresAfterSeconds ?? 3600 });
  config.registerLambdaContext(context(options.remainingMs ?? 60_000));
  return makeIdempotent(body, { persistenceStore: layer, keyPrefix: 'contract', config });
};

describe.each(IMPLEMENTATIONS)('%s', (_name, freshTable) => {
  test('the same key twice: the body runs once and the second call gets the first result', async () => {
    const layer = await freshTable();
    let runs = 0;
    const fn = idempotentCounter(layer(), async () => ({ run: ++runs }));
    expect(await fn({ incident: 'a' })).toEqual({ run: 1 });
    expect(await fn({ incident: 'a' })).toEqual({ run: 1 });
    expect(await fn({ incident: 'b' })).toEqual({ run: 2 });
    // Another handler's layer on the same table sees the record too.
    expect(await idempotentCounter(layer(), async () => ({ run: ++runs }))({ incident: 'a' })).toEqual({ run: 1 });
    expect(runs).toBe(2);
  });

  test('a call while the same key is in progress fails with IdempotencyAlreadyInProgressError', async () => {
    const layer = await freshTable();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let runs = 0;
    const first = idempotentCounter(layer(), async () => { runs++; await gate; return { run: runs }; })({ incident: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(idempotentCounter(layer(), async () => ({ run: ++runs }))({ incident: 'a' })).rejects.toMatchObject({ name: 'IdempotencyAlreadyInProgressError' });
    release();
    expect(await first).toEqual({ run: 1 });
    expect(runs).toBe(1);
  });

  test('a body that throws leaves no record: the next call runs it', async () => {
    const layer = await freshTable();
    let runs = 0;
    const fn = idempotentCounter(layer(), async () => {
      runs++;
      if (runs === 1) throw Object.assign(new Error('boom'), { name: 'TransientAwsError' });
      return { run: runs };
    });
    await expect(fn({ incident: 'a' })).rejects.toMatchObject({ name: 'TransientAwsError' });
    expect(await fn({ incident: 'a' })).toEqual({ run: 2 });
    expect(runs).toBe(2);
  });

  test('an expired record runs the body again', async () => {
    const layer = await freshTable();
    let runs = 0;
    const fn = idempotentCounter(layer(), async () => ({ run: ++runs }), { expiresAfterSeconds: 10 });
    const start = Date.now();
    await fn({ incident: 'a' });
    jest.spyOn(Date, 'now').mockReturnValue(start + 5_000);
    expect(await fn({ incident: 'a' })).toEqual({ run: 1 });
    jest.spyOn(Date, 'now').mockReturnValue(start + 20_000);
    expect(await fn({ incident: 'a' })).toEqual({ run: 2 });
  });

  test('an in-progress record whose function ran out of time can be taken over; before that it cannot', async () => {
    const layer = await freshTable();
    let runs = 0;
    const start = Date.now();
    const stuck = idempotentCounter(layer(), async () => { runs++; return new Promise(() => undefined); }, { remainingMs: 1_000 });
    void stuck({ incident: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const retry = idempotentCounter(layer(), async () => ({ run: ++runs }));
    await expect(retry({ incident: 'a' })).rejects.toMatchObject({ name: 'IdempotencyAlreadyInProgressError' });
    jest.spyOn(Date, 'now').mockReturnValue(start + 5_000);
    expect(await retry({ incident: 'a' })).toEqual({ run: 2 });
  });
});
