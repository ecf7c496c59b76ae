/** Shared by the threshold tests: one deployment with a TPM-only model and a model that still has an RPM quota. */
import type { DeployedModel, ThresholdDeployment } from '#core/threshold-deployment.js';

export const ALARMS = {
  critical: { errorThreshold: 5, periodSeconds: 60, evaluationPeriods: 5 },
  usage: { evaluationPeriods: 5 },
  latency: { thresholdMs: 240_000, periodSeconds: 300, evaluationPeriods: 2 },
  anomaly: { stdDevs: 9, periodSeconds: 900, evaluationPeriods: 12 },
} as const satisfies DeployedModel['alarms'];

export const OPUS: DeployedModel = {
  name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', hasRpmQuota: false,
  percents: { rpmThresholdPercent: 80, tpmThresholdPercent: 80 }, alarms: ALARMS,
  quotaCodes: { tpm: 'L-3DCCFAA4' }, currentQuotas: { tpm: 6_250_000 },
};

export const SONNET: DeployedModel = {
  name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', hasRpmQuota: true,
  percents: { rpmThresholdPercent: 70, tpmThresholdPercent: 80 }, alarms: ALARMS,
  quotaCodes: { rpm: 'L-3DD46812', tpm: 'L-59759B4A' }, currentQuotas: { rpm: 10_000, tpm: 2_000_000 },
};

export const deploymentWith = (...models: DeployedModel[]): ThresholdDeployment => ({ schemaVersion: 1, customerName: 'Acme', models });

/**
 * The runtime settings document the deploy seeds from a deployment (infra/runtime-settings.ts): each model's percents
 * as its overrides; `percents` then changes some of them, as an operator editing the parameter would.
 */
export const settingsDocumentOf = (
  deployment: ThresholdDeployment, percents: Record<string, Partial<DeployedModel['percents']>> = {},
): Record<string, unknown> => ({
  schemaVersion: 1,
  customerName: deployment.customerName,
  models: deployment.models.map((model) => ({
    name: model.name, modelId: model.modelId, overrides: { ...model.percents, ...(percents[model.name] ?? {}) },
  })),
});

/** A settings port serving `document` (what SSM.GetParameter returns, parsed), counting its reads. */
export const settingsPortOf = (document: () => unknown): { loadDocument: () => Promise<unknown>; reads: number } => {
  const port = { reads: 0, loadDocument: async () => { port.reads += 1; return structuredClone(document()); } };
  return port;
};
