/**
 * The deployment as the threshold updater needs it: per model, the inputs of the shared alarm configuration
 * (src/core/alarm-config.ts) plus its quota codes and deploy-time quota values. The CDK app builds it from the same
 * resolved configuration it declares the alarms from and hands it to the custom resource as one JSON property.
 */
import type { AlarmModelSpec } from './alarm-config.js';
import { InvalidSettingsError } from './errors.js';

export interface DeployedModel extends AlarmModelSpec {
  quotaCodes: { rpm?: string; tpm?: string; outputTpm?: string };
  /** The quota values the alarms were sized from at deploy (the configuration's currentQuotas). */
  currentQuotas: { rpm?: number; tpm?: number; outputTpm?: number };
}

/**
 * Organization mode: where the hub's updater acts, through each account's spoke role (src/workflow/organization.ts):
 * every account × every Region (the configuration's organization.accounts and spokes.regions).
 */
export interface ThresholdTargets {
  accounts: string[];
  regions: string[];
}

/** One account and Region the updater acts in. */
export interface ThresholdTarget {
  account: string;
  region: string;
}

export interface ThresholdDeployment {
  schemaVersion: 1;
  customerName: string;
  models: DeployedModel[];
  /** Absent: single-account mode (the updater acts in its own account and Region). */
  targets?: ThresholdTargets;
}

/** Every account × Region of the targets, accounts outside (one AssumeRole per account, then its Regions). */
export const thresholdTargetsOf = (targets: ThresholdTargets): ThresholdTarget[] =>
  targets.accounts.flatMap((account) => targets.regions.map((region) => ({ account, region })));

/** Only the fields the updater uses, so the custom resource property changes exactly when they do. */
export const thresholdDeploymentOf = (customerName: string, models: readonly DeployedModel[], targets?: ThresholdTargets): ThresholdDeployment => ({
  schemaVersion: 1,
  customerName,
  ...(targets ? { targets: { accounts: [...targets.accounts], regions: [...targets.regions] } } : {}),
  models: models.map((model) => ({
    name: model.name,
    modelId: model.modelId,
    hasRpmQuota: model.hasRpmQuota,
    percents: { rpmThresholdPercent: model.percents.rpmThresholdPercent, tpmThresholdPercent: model.percents.tpmThresholdPercent },
    alarms: model.alarms,
    ...(model.endpoint ? { endpoint: model.endpoint } : {}),
    ...(model.applicationProfiles?.length ? { applicationProfiles: model.applicationProfiles.map((p) => ({ name: p.name, profileId: p.profileId, ...(p.alarms?.length ? { alarms: [...p.alarms] } : {}) })) } : {}),
    quotaCodes: { ...model.quotaCodes },
    currentQuotas: { ...model.currentQuotas },
  })),
});

/** Reads the JSON the custom resource carries (CloudFormation passes every property as a string). */
export const parseThresholdDeployment = (text: unknown): ThresholdDeployment => {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : text;
  } catch (error) {
    throw new InvalidSettingsError(`The threshold updater's Deployment property is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const doc = value as Partial<ThresholdDeployment> | undefined;
  if (!doc || doc.schemaVersion !== 1 || typeof doc.customerName !== 'string' || !Array.isArray(doc.models)) {
    throw new InvalidSettingsError('The threshold updater\'s Deployment property must be {"schemaVersion":1,"customerName":...,"models":[...]}, as the CDK app writes it.');
  }
  if (doc.targets !== undefined && !validTargets(doc.targets)) {
    throw new InvalidSettingsError('The threshold updater\'s Deployment property has invalid targets: {"accounts":[12-digit ids],"regions":[Region names]} expected, as the CDK app writes them.');
  }
  return doc as ThresholdDeployment;
};

const validTargets = (targets: unknown): boolean => {
  const { accounts, regions } = (targets ?? {}) as Partial<Record<keyof ThresholdTargets, unknown>>;
  return Array.isArray(accounts) && accounts.every((a) => typeof a === 'string' && /^[0-9]{12}$/.test(a)) &&
    Array.isArray(regions) && regions.length > 0 && regions.every((r) => typeof r === 'string' && /^[a-z]{2}(-[a-z]+)+-[0-9]$/.test(r));
};
