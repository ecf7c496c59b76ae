/**
 * Organization mode: the settings of one account, from the one settings document. An account's own entry
 * (`accounts`) wins over its organizational unit's (`organizationalUnits`, the OU that lists the account), which wins
 * over the document-wide value; `caseAutomation` is merged key by key (and its `severity` level by level), so an
 * entry overrides only what it names. Pure: the document is already schema-valid (unknown keys were refused there).
 */
import { InvalidSettingsError } from './errors.js';
import type { AccountOverride, CaseAutomationOverride, OrganizationalUnitOverride } from '#types/generated/runtime-settings.js';

export type SupportPlan = NonNullable<AccountOverride['supportPlan']>;

/** Support plans without access to the AWS Support API: no Support case is looked up or opened for such an account. */
export const PLANS_WITHOUT_SUPPORT_API: readonly SupportPlan[] = ['basic', 'developer'];

export interface CaseAutomationSettings {
  enabled: boolean;
  lookbackDays: number;
  severity: { CRITICAL: string; WARNING: string };
  ccEmailAddresses: string[];
  useCaseDescription: string;
  language: string;
  fallbackToSupportCase: boolean;
}

/** Who the account is, as the settings say: its friendly name, Support plan and OU when given. */
export interface AccountIdentity {
  id: string;
  name?: string;
  supportPlan?: SupportPlan;
  organizationalUnit?: string;
}

export interface AccountLayers {
  accounts?: Record<string, AccountOverride>;
  organizationalUnits?: Record<string, OrganizationalUnitOverride>;
}

/** The OU that lists the account, if any. */
export const organizationalUnitOf = (layers: AccountLayers, account: string): string | undefined =>
  Object.entries(layers.organizationalUnits ?? {}).find(([, unit]) => unit.accounts.includes(account))?.[0];

/**
 * What the schema cannot say: an account listed by two OUs (its OU settings would be ambiguous). Each problem names
 * its JSON path under `root`.
 */
export const accountLayerProblems = (layers: AccountLayers, root = 'settings'): string[] => {
  const problems: string[] = [];
  const listedBy = new Map<string, string>();
  for (const [unitId, unit] of Object.entries(layers.organizationalUnits ?? {})) {
    unit.accounts.forEach((account, index) => {
      const first = listedBy.get(account);
      if (first !== undefined) problems.push(`${root}/organizationalUnits/${unitId}/accounts/${index}: account ${account} is already listed by ${first} (an account belongs to one OU)`);
      else listedBy.set(account, unitId);
    });
  }
  return problems;
};

/** The same check, thrown: an InvalidSettingsError naming every offending path. */
export const assertAccountLayers = (layers: AccountLayers, source = 'the runtime settings', root = 'settings'): void => {
  const problems = accountLayerProblems(layers, root);
  if (problems.length > 0) throw new InvalidSettingsError(`${source} document is invalid: ${problems.join('; ')}.`);
};

const mergeCaseAutomation = (base: CaseAutomationSettings, override: CaseAutomationOverride | undefined): CaseAutomationSettings => {
  if (!override) return base;
  const { severity, ...rest } = override;
  return { ...base, ...rest, severity: { ...base.severity, ...(severity ?? {}) } };
};

/**
 * The case automation settings and identity of `account`: document-wide values, then its OU's, then its own. A
 * single-account document (no layers) gives the document-wide values unchanged.
 */
export const settingsOfAccount = (
  defaults: { caseAutomation: CaseAutomationSettings }, layers: AccountLayers, account: string,
): { caseAutomation: CaseAutomationSettings; account: AccountIdentity } => {
  const unitId = organizationalUnitOf(layers, account);
  const unit = unitId ? layers.organizationalUnits?.[unitId] : undefined;
  const own = layers.accounts?.[account];
  const supportPlan = own?.supportPlan ?? unit?.supportPlan;
  return {
    caseAutomation: mergeCaseAutomation(mergeCaseAutomation(defaults.caseAutomation, unit?.caseAutomation), own?.caseAutomation),
    account: {
      id: account,
      ...(own?.name !== undefined ? { name: own.name } : {}),
      ...(supportPlan !== undefined ? { supportPlan } : {}),
      ...(unitId !== undefined ? { organizationalUnit: unitId } : {}),
    },
  };
};

/** Whether the settings say the account cannot use the AWS Support API (its plan is basic or developer). */
export const withoutSupportApi = (account: Pick<AccountIdentity, 'supportPlan'> | undefined): boolean =>
  account?.supportPlan !== undefined && PLANS_WITHOUT_SUPPORT_API.includes(account.supportPlan);
