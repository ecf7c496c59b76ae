/**
 * CDK app entry (cdk.json: `node bin/run-ts.mjs infra/app.ts`).
 *
 * Context:
 * - `-c config=path/to/file.json` — the configuration file (default: ops-alert.config.json at the repository root).
 * - `-c nag=false` — skip the cdk-nag checks (they run on every synth by default, so a deploy cannot skip them by accident).
 */
import { resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { DEFAULT_CONFIG_PATH, DeploymentConfigError, loadDeploymentConfig, resolveDeployment } from './config.js';
import { addNagChecks } from './nag.js';
import { addOpsAlertStacks } from './ops-alert-app.js';

const app = new App();
const configContext: unknown = app.node.tryGetContext('config');
const configPath = typeof configContext === 'string' && configContext.length > 0 ? resolve(configContext) : DEFAULT_CONFIG_PATH;
const flag = (name: string, fallback: boolean): boolean => String(app.node.tryGetContext(name) ?? fallback) === 'true';

try {
  const deployment = resolveDeployment(loadDeploymentConfig(configPath));
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  addOpsAlertStacks(app, deployment, {
    // With credentials the CLI sets these; without them the stacks stay environment-agnostic and synth still works.
    ...(account && region ? { env: { account, region } } : {}),
    nag: flag('nag', true),
  });
  if (flag('nag', true)) addNagChecks(app);
  app.synth();
} catch (error) {
  if (error instanceof DeploymentConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
