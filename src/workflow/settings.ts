/**
 * The runtime settings: validated against schemas/runtime-settings.schema.json on every read (by its generated
 * validator, compiled with `useDefaults`), with the schema's defaults applied here and nowhere else. An invalid
 * document is an InvalidSettingsError, never "automation disabled".
 */
import { assertAccountLayers, settingsOfAccount, type AccountIdentity, type CaseAutomationSettings } from '#core/account-settings.js';
import type { QuotaPolicy } from '#core/decide.js';
import { InvalidSettingsError } from '#core/errors.js';
import type { ModelRef } from '#core/model.js';
import type { RuntimeSettingsDocument } from '#types/generated/runtime-settings.js';
import { validateRuntimeSettings } from '#types/generated/validators/runtime-settings.js';
import { formatSchemaErrors } from './validate.js';

/** The settings one execution works with: one model, every default applied, the model's overrides merged. */
export interface EffectiveSettings {
  customerName: string;
  model: ModelRef;
  caseAutomation: CaseAutomationSettings;
  quotaPolicy: QuotaPolicy;
  usageWindowDays: number;
  settleWindowSeconds: number;
  quotaCasePoll: { intervalSeconds: number; maxAttempts: number };
  notificationWindows: { failureEmailMinutes: number; incidentCoolDownMinutes: number };
  /**
   * Organization mode: the incident's account as the settings describe it (friendly name, Support plan, OU); its
   * caseAutomation above already has the account's and its OU's overrides merged (src/core/account-settings.ts).
   */
  account?: AccountIdentity;
}

export type ResolvedSettingsDocument = Omit<EffectiveSettings, 'model' | 'account'> & {
  models: (ModelRef & { overrides?: Partial<QuotaPolicy> })[];
  accounts?: RuntimeSettingsDocument['accounts'];
  organizationalUnits?: RuntimeSettingsDocument['organizationalUnits'];
};

/** Validates a settings document (a copy: defaults are filled in without touching the input). */
export const resolveSettingsDocument = (document: unknown, source = 'the runtime settings'): ResolvedSettingsDocument => {
  const copy: unknown = structuredClone(document);
  if (!validateRuntimeSettings(copy)) {
    throw new InvalidSettingsError(
      `${source} document is invalid: ${formatSchemaErrors(validateRuntimeSettings.errors, 'settings')}. ` +
        'Fix it (schema: schemas/runtime-settings.schema.json); executions that failed on it can then be re-driven.',
    );
  }
  const doc = copy as Required<RuntimeSettingsDocument>;
  const names = new Set<string>();
  for (const model of doc.models) {
    if (names.has(model.name)) throw new InvalidSettingsError(`${source} document is invalid: settings/models has two models named '${model.name}'. Model names must be unique.`);
    names.add(model.name);
  }
  assertAccountLayers(doc, source);
  return doc as unknown as ResolvedSettingsDocument;
};

/**
 * The friendly name the settings give an account (`accounts.{id}.name`, organization mode), from a validated
 * document; undefined when there is none.
 */
export const accountNameOf = (document: ResolvedSettingsDocument, account: string): string | undefined => {
  const name = (document as { accounts?: Record<string, { name?: unknown } | undefined> }).accounts?.[account]?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
};

/**
 * The effective settings for one model: the document's defaults with the model's own overrides on top; with the
 * incident's `account` (organization mode), that account's settings (its own entry, then its OU's, then the
 * document-wide values). Without `account`: the document-wide settings, as in single-account mode.
 */
export const settingsForModel = (doc: ResolvedSettingsDocument, modelName: string, account?: string): EffectiveSettings | undefined => {
  const model = doc.models.find((m) => m.name === modelName);
  if (!model) return undefined;
  const { overrides, ...ref } = model;
  const { models: _models, accounts: _accounts, organizationalUnits: _units, ...rest } = doc;
  const settings: EffectiveSettings = { ...rest, model: ref, quotaPolicy: { ...doc.quotaPolicy, ...(overrides ?? {}) } };
  if (account === undefined || (!doc.accounts && !doc.organizationalUnits)) return settings;
  return { ...settings, ...settingsOfAccount(settings, doc, account) };
};

/**
 * The failure e-mail's storm-control window in minutes, from a settings document that may be invalid (bad settings
 * are the usual cause of a storm): the validated value; else the document's own value when the schema accepts it;
 * else the schema's default (both checked by the schema itself, so bounds and default live in the schema only).
 */
export const failureEmailWindowMinutes = (document: unknown): number => {
  try {
    return resolveSettingsDocument(document).notificationWindows.failureEmailMinutes;
  } catch {
    const own = (document as { notificationWindows?: unknown } | undefined)?.notificationWindows;
    const probe = (windows: unknown): number =>
      resolveSettingsDocument({ customerName: 'Probe', models: [{ name: 'Probe', modelId: 'probe' }], notificationWindows: windows }).notificationWindows.failureEmailMinutes;
    try {
      return probe(own ?? {});
    } catch {
      return probe({});
    }
  }
};
