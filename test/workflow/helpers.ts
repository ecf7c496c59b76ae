import { parseScenario } from '../../src/contracts/validate.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../src/local/local-dynamodb.js';
import { simulateScenario, type ScenarioRun } from '../../src/local/simulate.js';

export const baseModel = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 9500, peakTpm: 3000000 } };

/** Runs a scenario object on the local engine against a fresh pair of dynalite tables. */
export const simulate = async (dynamo: LocalDynamoDb, scenario: Record<string, unknown>, name = 'test', options: { redrive?: boolean; everyEvent?: boolean } = {}): Promise<ScenarioRun> =>
  simulateScenario(name, parseScenario(structuredClone({ customerName: 'Acme', models: [baseModel], ...scenario }), name), { dynamo, ...options });

export const withDynamo = (): { get: () => LocalDynamoDb } => {
  let dynamo: LocalDynamoDb | undefined;
  beforeAll(async () => {
    dynamo = await startLocalDynamoDb();
  });
  afterAll(async () => {
    await dynamo?.close();
  });
  return { get: () => dynamo as LocalDynamoDb };
};
