/**
 * The CDK half of synth.ts, loaded only to synthesize (aws-cdk-lib and the app's constructs take ~2 s of CPU to load;
 * a test that reads a cached assembly never loads them).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { REPO_ROOT, parseDeploymentConfig, resolveDeployment } from '../../../infra/config.js';
import { addOpsAlertStacks, coreStackName } from '../../../infra/ops-alert-app.js';
import { ASSEMBLY_CACHE_DIR } from './synth.js';

const cdkContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/**
 * NodejsFunction runs the project's esbuild through npm's package runner, `npx --no-install esbuild ...`: starting npx
 * costs ~0.7 s of CPU (more on a busy machine) before esbuild runs, once per function (14 of them), about two thirds of
 * a synthesis. During our synthesis `npx` resolves first to this shim, which runs the binary npx would have found
 * (node_modules/.bin/esbuild) with the same arguments, and hands any other command to npm's own npx: the same bundles.
 */
const NPX_SHIM_DIR = join(ASSEMBLY_CACHE_DIR, 'bin');
const withDirectEsbuild = <T>(synthesize: () => T): T => {
  const esbuild = join(REPO_ROOT, 'node_modules', '.bin', 'esbuild');
  const path = process.env.PATH ?? '';
  const npx = path.split(delimiter).filter((dir) => dir && resolve(dir) !== NPX_SHIM_DIR).map((dir) => join(dir, 'npx')).find((file) => existsSync(file));
  if (!existsSync(esbuild) || !npx) return synthesize();
  const shim = join(NPX_SHIM_DIR, 'npx');
  const text = `#!/bin/sh\n# Written by src/local/deployed/synth.ts (withDirectEsbuild).\nif [ "$1" = "--no-install" ] && [ "$2" = "esbuild" ]; then shift 2; exec '${esbuild}' "$@"; fi\nexec '${npx}' "$@"\n`;
  if (!existsSync(shim) || readFileSync(shim, 'utf8') !== text) {
    mkdirSync(NPX_SHIM_DIR, { recursive: true });
    const temporary = `${shim}.${process.pid}`;
    writeFileSync(temporary, text, { mode: 0o755 });
    renameSync(temporary, shim);
  }
  process.env.PATH = `${NPX_SHIM_DIR}${delimiter}${path}`;
  try {
    return synthesize();
  } finally {
    process.env.PATH = path;
  }
};

export const synthInto = (dir: string, config: unknown): { coreTemplate: string; customerName: string } => withDirectEsbuild(() => {
  const deployment = resolveDeployment(parseDeploymentConfig(config));
  // The CDK's built-in CloudFormation validation (~15 s of CPU here) only reports on the templates, it never changes
  // the assembly; the infra tests run it on the whole app (test/infra/nag.test.ts).
  const app = new App({ outdir: dir, builtinCloudFormationValidation: false, context: cdkContext() });
  addOpsAlertStacks(app, deployment);
  const assembly = app.synth();
  return { coreTemplate: assembly.getStackByName(coreStackName(deployment)).templateFile, customerName: deployment.customerName };
});

