import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_TYPES, generateType } from '../../schemas/generate-types.js';
import { resolveSettingsDocument, settingsForModel } from '../../src/contracts/settings.js';
import { parseAlarmEvent } from '../../src/contracts/validate.js';
import { PROJECT_ROOT } from '../../src/local/runtime.js';

describe('schemas are the source of the types', () => {
  it.each(GENERATED_TYPES.map((g) => [g.schema, g.out]))('src/types/generated from %s is up to date (run npm run gen:types)', async (schema, out) => {
    expect(readFileSync(join(PROJECT_ROOT, 'src/types/generated', out), 'utf8')).toBe(await generateType(schema));
  });
});

describe('runtime settings', () => {
  it('applies the schema defaults in one place and merges per-model overrides', () => {
    const doc = resolveSettingsDocument({ customerName: 'Acme', models: [{ name: 'M', modelId: 'x', overrides: { tpmIncreasePercent: 50 } }] });
    expect(settingsForModel(doc, 'M')).toMatchObject({
      caseAutomation: { enabled: true, lookbackDays: 60, severity: { CRITICAL: 'high', WARNING: 'normal' } },
      quotaPolicy: { rpmIncreasePercent: 25, tpmIncreasePercent: 50, rpmThresholdPercent: 80 },
      usageWindowDays: 14, settleWindowSeconds: 60,
    });
  });
  it('rejects a bad document with an InvalidSettingsError that names the field', () => {
    expect(() => resolveSettingsDocument({ customerName: 'Acme', models: [{ name: 'M', modelId: 'x' }], caseAutomation: { lookbackDays: 'sixty' } })).toThrow(/InvalidSettingsError|caseAutomation\/lookbackDays/);
    expect(() => resolveSettingsDocument({ customerName: 'Acme', models: [{ name: 'M', modelId: 'x' }, { name: 'M', modelId: 'y' }] })).toThrow(/two models named 'M'/);
  });
});

describe('the alarm event contract', () => {
  it('accepts the sample EventBridge event and rejects a malformed one with InvalidEventError', () => {
    const sample = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/composite-alarm-state-change.json'), 'utf8'));
    expect(parseAlarmEvent(sample).detail.alarmName).toBe('Acme-Bedrock-QuotaHealth-Composite-G-Opus-4-6');
    expect(() => parseAlarmEvent({ ...sample, account: 'abc' })).toThrow(expect.objectContaining({ name: 'InvalidEventError', message: expect.stringContaining('event/account') }));
  });
});
