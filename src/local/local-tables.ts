/**
 * The project's own tables (idempotency and the case ledger) for the local runtime, one fresh pair per scenario.
 * In process by default (src/adapters/memory: the same conditions as DynamoDB, without SDK, signing, HTTP or
 * dynalite); on dynalite where the DynamoDB path itself is under test.
 */
import { InMemoryCaseLedger } from '#adapters/memory/case-ledger.js';
import { InMemoryIdempotencyTable, InMemoryPersistenceLayer } from '#adapters/memory/idempotency-store.js';
import type { IdempotencyStore } from '#lambda/step-handlers.js';
import type { CaseLedgerPort } from '#ports/index.js';
import type { LocalDynamoDb } from './local-dynamodb.js';

export interface ScenarioTables {
  ledger: CaseLedgerPort;
  idempotency: IdempotencyStore;
}

export interface LocalTables {
  readonly kind: 'memory' | 'dynalite';
  createTables(prefix: string): Promise<ScenarioTables>;
}

export const inMemoryTables = (): LocalTables => ({
  kind: 'memory',
  async createTables() {
    const table = new InMemoryIdempotencyTable();
    return { ledger: new InMemoryCaseLedger(), idempotency: { persistenceLayer: () => new InMemoryPersistenceLayer(table) } };
  },
});

export const dynaliteTables = (dynamo: LocalDynamoDb): LocalTables => ({
  kind: 'dynalite',
  async createTables(prefix) {
    // Loaded here: the in-process run (npm start, most tests) needs no DynamoDB client.
    const [{ DynamoDbCaseLedger }, { dynamoDbIdempotency }] = await Promise.all([import('#adapters/dynamodb/case-ledger.js'), import('#lambda/dynamodb-idempotency.js')]);
    const { idempotencyTable, ledgerTable } = await dynamo.createTables(prefix);
    return {
      ledger: new DynamoDbCaseLedger(ledgerTable, dynamo.clientConfig),
      idempotency: dynamoDbIdempotency(idempotencyTable, dynamo.clientConfig),
    };
  },
});
