import { parseScenario } from '#workflow/validate.js';
import type { LocalDynamoDb } from '#local/local-dynamodb.js';
import { inMemoryTables, type LocalTables } from '#local/local-tables.js';
import { simulateScenario, type ScenarioRun } from '#local/simulate.js';

export const baseModel = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 9500, peakTpm: 3000000 } };

/**
 * Runs a scenario object on the local engine against a fresh pair of tables: in process (LocalTables, what
 * `npm start` uses) or on dynalite (a LocalDynamoDb: the DynamoDB adapters).
 */
export const simulate = async (tables: LocalTables | LocalDynamoDb, scenario: Record<string, unknown>, name = 'test', options: { redrive?: boolean; everyEvent?: boolean } = {}): Promise<ScenarioRun> =>
  simulateScenario(name, parseScenario(structuredClone({ customerName: 'Acme', models: [baseModel], ...scenario }), name), {
    ...('kind' in tables ? { tables } : { dynamo: tables }), ...options,
  });

/** The in-process tables (nothing to start or stop). */
export const withTables = (): { get: () => LocalTables } => {
  const tables = inMemoryTables();
  return { get: () => tables };
};

/** A dynalite for the file: for tests of the DynamoDB path (loaded only by the files that use it). */
export const withDynamo = (): { get: () => LocalDynamoDb } => {
  let dynamo: LocalDynamoDb | undefined;
  beforeAll(async () => {
    const { startLocalDynamoDb } = await import('#local/local-dynamodb.js');
    dynamo = await startLocalDynamoDb();
  });
  afterAll(async () => {
    await dynamo?.close();
  });
  return { get: () => dynamo as LocalDynamoDb };
};
