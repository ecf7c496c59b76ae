/**
 * The runtime settings document the app writes to Parameter Store: what the workflow reads on every execution and
 * what operators may edit without a redeploy. Built from the resolved deployment configuration and checked against
 * schemas/runtime-settings.schema.json at synth, so a deploy can never write a document the handlers reject.
 */
import { assertValidRuntimeSettings } from './config.js';
import type { CaseAutomationOverride, ResolvedDeployment, SupportPlan } from './config.js';

export interface RuntimeSettingsDocument {
  schemaVersion: 1;
  customerName: string;
  models: {
    name: string;
    modelId: string;
    quotaCodes?: { rpm?: string; tpm?: string; outputTpm?: string };
    endpoint?: 'bedrock-runtime' | 'bedrock-mantle';
    applicationProfiles?: { name: string; profileId: string }[];
    overrides?: { rpmIncreasePercent?: number; tpmIncreasePercent?: number; rpmThresholdPercent?: number; tpmThresholdPercent?: number };
  }[];
  caseAutomation: ResolvedDeployment['config']['caseAutomation'];
  quotaPolicy: ResolvedDeployment['config']['quotaPolicy'];
  usageWindowDays: number;
  settleWindowSeconds: number;
  quotaCasePoll: { intervalSeconds: number; maxAttempts: number };
  /** Organization mode: the accounts that differ (or have a friendly name), by id. */
  accounts?: Record<string, { name?: string; supportPlan?: SupportPlan; caseAutomation?: CaseAutomationOverride }>;
  /** Organization mode: what the accounts of an OU share, by OU id, with the accounts it lists. */
  organizationalUnits?: Record<string, { name?: string; accounts: string[]; supportPlan?: SupportPlan; caseAutomation?: CaseAutomationOverride }>;
}

export const buildRuntimeSettings = (deployment: ResolvedDeployment): RuntimeSettingsDocument => {
  const { config } = deployment;
  const document: RuntimeSettingsDocument = {
    schemaVersion: 1,
    customerName: deployment.customerName,
    models: deployment.models.map((model) => ({
      name: model.name,
      modelId: model.modelId,
      // Empty objects are left out: the document stays short enough to read in the console.
      ...(Object.keys(model.quotaCodes).length > 0 ? { quotaCodes: model.quotaCodes } : {}),
      ...(model.endpoint ? { endpoint: model.endpoint } : {}),
      ...(model.applicationProfiles ? { applicationProfiles: model.applicationProfiles } : {}),
      ...(Object.keys(model.percentOverrides).length > 0 ? { overrides: model.percentOverrides } : {}),
    })),
    // Written out in full (defaults included) so an operator editing the parameter sees every knob.
    caseAutomation: config.caseAutomation,
    quotaPolicy: config.quotaPolicy,
    usageWindowDays: config.workflow.usageWindowDays,
    settleWindowSeconds: config.workflow.settleWindowSeconds,
    quotaCasePoll: config.workflow.quotaCasePoll,
    ...(deployment.organization?.accounts?.length ? { accounts: accountOverrides(deployment.organization.accounts) } : {}),
    ...(deployment.organization?.organizationalUnits?.length ? { organizationalUnits: Object.fromEntries(deployment.organization.organizationalUnits.map((unit) => [unit.id, {
      ...(unit.name !== undefined ? { name: unit.name } : {}),
      accounts: unit.accounts,
      ...(unit.supportPlan !== undefined ? { supportPlan: unit.supportPlan } : {}),
      ...(unit.caseAutomation !== undefined ? { caseAutomation: unit.caseAutomation } : {}),
    }])) } : {}),
  };
  assertValidRuntimeSettings(document);
  return document;
};

/** The runtime part of each account's settings (the e-mail subscriptions are deploy-time only). */
const accountOverrides = (accounts: NonNullable<NonNullable<ResolvedDeployment['organization']>['accounts']>): NonNullable<RuntimeSettingsDocument['accounts']> =>
  Object.fromEntries(accounts.map((account) => [account.id, {
    ...(account.name !== undefined ? { name: account.name } : {}),
    ...(account.supportPlan !== undefined ? { supportPlan: account.supportPlan } : {}),
    ...(account.caseAutomation !== undefined ? { caseAutomation: account.caseAutomation } : {}),
  }]));
