import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GENERATED_TYPES, formatterId, formatWithPrettier, generateType, generateValidatorFiles } from '../../schemas/generate-types.js';
import { resolveSettingsDocument, settingsForModel } from '#workflow/settings.js';
import { assertStepInput, formatSchemaErrors, parseAlarmEvent, parseScenario } from '#workflow/validate.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import type { StandaloneValidator } from '#types/generated/validators/standalone-validator.js';
import { STEP_NEEDS, type LambdaStepId } from '#workflow/steps.js';
import { readRemembered, remember } from '../remembered.js';

/**
 * Prettier's output remembered by its input (the generated code, Prettier's version and options), in
 * node_modules/.cache as eslint's and tsc's caches: formatting is a pure function of those and nearly all the cost of
 * generating the types (~2.5 s of CPU), so it is done once per distinct input. The types are still generated from
 * the schemas on every run; a schema change gives new code to format, hence a new key.
 */
const PRETTIER_CACHE = join(PROJECT_ROOT, 'node_modules/.cache/gen-types-prettier');
const cachedFormat = async (code: string): Promise<string> => {
  const file = join(PRETTIER_CACHE, `${createHash('sha256').update(formatterId()).update('\0').update(code).digest('hex')}.ts`);
  const remembered = readRemembered(file);
  if (remembered !== undefined) return remembered;
  const formatted = await formatWithPrettier(code);
  remember(file, formatted);
  return formatted;
};

/**
 * The validator files as the generator makes them, remembered by everything they are generated from: the generator's
 * source (schemas/generate-types.ts: which validators, their options), every schema, the steps' needs
 * (STEP_NEEDS: the workflow state's variants) and the installed packages (package-lock.json: Ajv, ajv-formats).
 * Compiling them is ~1 s of CPU on every run; a change to any of those inputs generates them again. The comparison
 * with the committed files below is made on every run (a hand-edited generated file still fails).
 */
const VALIDATORS_CACHE = join(PROJECT_ROOT, 'node_modules/.cache/gen-validators');
const cachedValidatorFiles = (): Record<string, string> => {
  const key = createHash('sha256').update(JSON.stringify(STEP_NEEDS));
  for (const file of ['schemas/generate-types.ts', 'package-lock.json', ...readdirSync(join(PROJECT_ROOT, 'schemas')).filter((f) => f.endsWith('.json')).sort().map((f) => `schemas/${f}`)]) {
    key.update('\0').update(file).update('\0').update(readFileSync(join(PROJECT_ROOT, file)));
  }
  const file = join(VALIDATORS_CACHE, `${key.digest('hex')}.json`);
  const remembered = readRemembered(file);
  if (remembered !== undefined) return JSON.parse(remembered) as Record<string, string>;
  const files = generateValidatorFiles();
  remember(file, JSON.stringify(files));
  return files;
};

describe('schemas are the source of the types', () => {
  it.each(GENERATED_TYPES.map((g) => [g.schema, g.out]))('src/types/generated from %s is up to date (run npm run gen:types)', async (schema, out) => {
    expect(readFileSync(join(PROJECT_ROOT, 'src/types/generated', out), 'utf8')).toBe(await generateType(schema, cachedFormat));
  });
  it.each(Object.entries(cachedValidatorFiles()))('src/types/generated/%s is up to date (run npm run gen:types)', (path, content) => {
    expect(readFileSync(join(PROJECT_ROOT, 'src/types/generated', path), 'utf8')).toBe(content);
  });
});

describe('the generated step validators', () => {
  // The reference: the schema compiled at runtime as before the validators were generated, with the step's parts
  // made required. The generated validators must give the same verdicts and the same messages.
  const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
  const stateSchema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas/workflow-state.schema.json'), 'utf8')) as Record<string, unknown>;
  const reference = (step: LambdaStepId): StandaloneValidator => {
    const { $id: _id, ...schema } = stateSchema;
    return addFormats(new Ajv({ allErrors: true, strict: false })).compile({ ...schema, required: STEP_NEEDS[step] ?? [] });
  };
  const generated = (step: LambdaStepId): StandaloneValidator => (stateValidators as Record<string, StandaloneValidator>)[`validate${step}Input`] as StandaloneValidator;
  const model = { name: 'M', modelId: 'x' };
  const alarm = { name: 'A', arn: 'arn:a', kind: 'Throttles', since: '2026-06-01T10:00:00Z' };
  const states: [string, unknown][] = [
    ['not an object', 42],
    ['empty', {}],
    ['parts of the wrong type', { execution: { id: 1, name: 'n' }, settings: { model: {} }, incident: { alarms: [{}] }, classification: { severity: 'LOUD', alarms: [] } }],
    ['a bad enum deep inside', { execution: { id: 'i', name: 'n', startedAt: 's' }, decision: { scenario: 'maybe', route: 'x' }, caseAction: { action: 'shrug' }, facts: { quotas: {}, usage: { status: 'ok' } } }],
    ['well formed', { execution: { id: 'i', name: 'n', startedAt: 's' }, incident: { model, compositeAlarmName: 'C', alarms: [alarm], at: 't', region: 'r', account: 'a' } }],
  ];
  it.each(Object.keys(STEP_NEEDS) as LambdaStepId[])('%s: same verdict and message as the schema compiled at runtime', (step) => {
    const [ours, theirs] = [generated(step), reference(step)];
    for (const [, state] of states) {
      expect(ours(structuredClone(state))).toBe(theirs(structuredClone(state)));
      expect(formatSchemaErrors(ours.errors, 'state')).toBe(formatSchemaErrors(theirs.errors, 'state'));
    }
  });
  it('throws InvalidStepInputError naming the step and the field', () => {
    expect(() => assertStepInput('Notify', stateValidators.validateNotifyInput, { execution: { id: 'i', name: 'n', startedAt: 's' } })).toThrow(
      expect.objectContaining({ name: 'InvalidStepInputError', message: expect.stringContaining("Notify received an invalid workflow state: state must have required property 'settings'") }),
    );
  });
});

describe('scenarios', () => {
  it('fills in the schema defaults and rejects a bad file with InvalidScenarioError', () => {
    const scenario = parseScenario({ customerName: 'Acme', models: [{ name: 'M', modelId: 'x' }], events: [{ model: 'M', alarms: ['Throttles'], at: '2026-06-01T10:00:00Z' }] }, 'inline');
    expect(scenario.supportPlan).toBe(true);
    expect(() => parseScenario({ customerName: 'Acme', models: [], events: [{ at: 'yesterday' }] }, 'bad.json')).toThrow(
      expect.objectContaining({ name: 'InvalidScenarioError', message: expect.stringContaining('Scenario bad.json is invalid: scenario') }),
    );
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
