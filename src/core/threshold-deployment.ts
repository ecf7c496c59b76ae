/**
 * The deployment as the threshold updater needs it: per model, the inputs of the shared alarm configuration
 * (src/core/alarm-config.ts) plus its quota codes and deploy-time quota values. The CDK app builds it from the same
 * resolved configuration it declares the alarms from and hands it to the custom resource as one JSON property.
 */
import type { AlarmModelSpec } from './alarm-config.js';
import { InvalidSettingsError } from './errors.js';

export interface DeployedModel extends AlarmModelSpec {
  quotaCodes: { rpm?: string; tpm?: string };
  /** The quota values the alarms were sized from at deploy (the configuration's currentQuotas). */
  currentQuotas: { rpm?: number; tpm?: number };
}

export interface ThresholdDeployment {
  schemaVersion: 1;
  customerName: string;
  models: DeployedModel[];
}

/** Only the fields the updater uses, so the custom resource property changes exactly when they do. */
export const thresholdDeploymentOf = (customerName: string, models: readonly DeployedModel[]): ThresholdDeployment => ({
  schemaVersion: 1,
  customerName,
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
  return doc as ThresholdDeployment;
};
