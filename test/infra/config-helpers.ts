/**
 * The infra tests' configuration helpers: plain data and the configuration parser, no aws-cdk-lib (a test file that
 * only checks configurations imports these and loads no CDK module: ~2 s of CPU less per file). helpers.ts
 * re-exports them beside the App helpers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, DeploymentConfigError, REPO_ROOT, parseDeploymentConfig, resolveDeployment } from '../../infra/config.js';
import type { ResolvedDeployment } from '../../infra/config.js';

export const exampleConfigRaw = (): Record<string, unknown> => JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')) as Record<string, unknown>;

/** The bundled organization sample (samples/config/organization.config.json), a fresh copy on each call. */
export const organizationSampleRaw = (): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'samples/config/organization.config.json'), 'utf8')) as Record<string, unknown>;

export const deploymentOf = (raw: unknown): ResolvedDeployment => resolveDeployment(parseDeploymentConfig(raw, 'test configuration'));

/** A minimal configuration with `count` models; every third model has an RPM quota. */
export const configWithModels = (count: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  customerName: 'Test',
  models: Array.from({ length: count }, (_, i) => ({
    name: `M${i + 1}`,
    modelId: `vendor.model-${i + 1}-v1:0`,
    currentQuotas: { tpm: 1_000_000 * (i + 1), ...(i % 3 === 0 ? { rpm: 1000 } : {}) },
  })),
  notifications: { emails: [{ address: 'oncall@example.com' }] },
  ...extra,
});

/** The message of the DeploymentConfigError a configuration is rejected with (fails the test if it is accepted). */
export const configRejection = (raw: unknown): string => {
  try {
    parseDeploymentConfig(raw, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DeploymentConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
};
