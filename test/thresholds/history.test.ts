/** The history store on DynamoDB (local dynalite: real Query/Scan ordering) and `ops-alert thresholds history`. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Command } from 'commander';
import { registerThresholdCommands } from '#cli/threshold-commands.js';
import type { ThresholdHistoryEntry } from '#core/thresholds.js';
import { startLocalDynamoDb } from '#local/local-dynamodb.js';
import type { LocalDynamoDb } from '#local/local-dynamodb.js';
import { DynamoDbThresholdHistory } from '#adapters/dynamodb/threshold-history.js';
import { InMemoryThresholdHistory } from '#adapters/sandbox/thresholds.js';
import { deploymentWith, OPUS } from './fixtures.js';

const entry = (model: string, at: string, overrides: Partial<ThresholdHistoryEntry> = {}): ThresholdHistoryEntry => ({
  model, at, quota: 'TPM', quotaCode: 'L-3DCCFAA4', alarmName: `Acme-Bedrock-HighTPMQuotaUsage-Warning-${model}`,
  oldQuota: 6_250_000, newQuota: 8_000_000, oldThreshold: 5_000_000, newThreshold: 6_400_000, thresholdPercent: 80, reason: 'quota_increased',
  detail: 'TPM quota increased from 6,250,000 to 8,000,000 (approved increase).', ...overrides,
});

describe('DynamoDbThresholdHistory (dynalite)', () => {
  let dynamo: LocalDynamoDb;
  let history: DynamoDbThresholdHistory;

  beforeAll(async () => {
    dynamo = await startLocalDynamoDb();
    await new DynamoDBClient(dynamo.clientConfig).send(new CreateTableCommand({
      TableName: 'thresholds', BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    }));
    history = new DynamoDbThresholdHistory({ tableName: 'thresholds', clientConfig: dynamo.clientConfig });
    await history.record([entry('G-Opus-4-6', '2026-06-01T06:00:00.000Z', { reason: 'initial_sizing', oldQuota: null, oldThreshold: 1e12, trigger: 'deploy' })]);
    await history.record([
      entry('G-Opus-4-6', '2026-06-02T06:00:00.000Z'),
      entry('Sonnet-4-5', '2026-06-02T06:00:00.000Z', { quota: 'RPM', quotaCode: null, newQuota: null, newThreshold: null, reason: 'quota_removed' }),
    ]);
    await history.save(deploymentWith(OPUS));
  });

  afterAll(async () => {
    await dynamo.close();
  });

  it('lists one model newest first, with every field as recorded (nulls kept)', async () => {
    const entries = await history.list({ model: 'G-Opus-4-6' });
    expect(entries.map((e) => [e.at, e.reason])).toEqual([['2026-06-02T06:00:00.000Z', 'quota_increased'], ['2026-06-01T06:00:00.000Z', 'initial_sizing']]);
    expect(entries[1]).toEqual(entry('G-Opus-4-6', '2026-06-01T06:00:00.000Z', { reason: 'initial_sizing', oldQuota: null, oldThreshold: 1e12, trigger: 'deploy' }));
  });

  it('lists every model newest first, without the deployment description, and honours the limit', async () => {
    const entries = await history.list();
    expect(entries.map((e) => e.model)).toEqual(['G-Opus-4-6', 'Sonnet-4-5', 'G-Opus-4-6']);
    expect(await history.list({ limit: 1 })).toHaveLength(1);
    expect(entries[1]).toMatchObject({ quota: 'RPM', newQuota: null, newThreshold: null, reason: 'quota_removed' });
  });

  it('keeps the deployment description for the scheduled runs', async () => {
    expect(await history.load()).toEqual(deploymentWith(OPUS));
  });
});

describe('ops-alert thresholds history', () => {
  const run = async (args: string[], env: NodeJS.ProcessEnv = { OPS_ALERT_THRESHOLD_HISTORY_TABLE: 'table-1' }) => {
    const store = new InMemoryThresholdHistory();
    await store.record([
      entry('G-Opus-4-6', '2026-06-02T06:00:00.000Z'),
      entry('Nova-Pro', '2026-06-01T06:00:00.000Z', { reason: 'initial_sizing', oldQuota: null }),
      entry('Haiku-4-5', '2026-05-30T06:00:00.000Z', { reason: 'threshold_corrected', oldQuota: 8_000_000, thresholdPercent: 50, oldThreshold: 6_400_000, newThreshold: 4_000_000, trigger: 'settings_changed' }),
    ]);
    let out = '';
    const tables: string[] = [];
    const program = new Command('ops-alert').exitOverride().configureOutput({ writeErr: (text) => { out += text; } });
    registerThresholdCommands(program, { env, history: (table) => { tables.push(table); return store; }, stdout: { write: (text: string) => { out += text; return true; } } as NodeJS.WritableStream });
    await program.parseAsync(['node', 'ops-alert', ...args]);
    return { out, tables };
  };

  it('prints a table, newest first, with the reason in words', async () => {
    const { out, tables } = await run(['thresholds', 'history']);
    expect(tables).toEqual(['table-1']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+MODEL\s+QUOTA\s+QUOTA OLD -> NEW\s+THRESHOLD OLD -> NEW\s+REASON$/);
    expect(lines[1]).toMatch(/2026-06-02T06:00:00.000Z\s+G-Opus-4-6\s+TPM L-3DCCFAA4\s+6,250,000 -> 8,000,000\s+5,000,000 -> 6,400,000\s+quota_increased/);
    expect(lines[2]).toContain('approved increase');
    expect(lines[3]).toMatch(/Nova-Pro .* - -> 8,000,000/);
    // An entry that records its trigger says it: an edited percent in the runtime settings moved the alarm.
    expect(lines[5]).toMatch(/Haiku-4-5 .*6,400,000 -> 4,000,000\s+threshold_corrected \(settings_changed\)$/);
  });

  it('filters by model and prints JSON', async () => {
    const { out } = await run(['thresholds', 'history', '--model', 'Nova-Pro', '--json', '--table', 'other']);
    expect(JSON.parse(out)).toEqual([entry('Nova-Pro', '2026-06-01T06:00:00.000Z', { reason: 'initial_sizing', oldQuota: null })]);
  });

  it('says how to name the table when none is given', async () => {
    await expect(run(['thresholds', 'history'], {})).rejects.toMatchObject({ exitCode: 2 });
  });
});
