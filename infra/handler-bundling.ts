/**
 * How every handler is bundled, in esbuild's own terms and without the CDK: the CDK app's bundling options
 * (infra/constructs/handler-function.ts HANDLER_BUNDLING) are made from these, and the bundle-size benchmark and the
 * bundle tests (test/lambda/bundles.test.ts) build with them, so the measured bundles are the deployed ones. A module
 * of its own so that those need not load aws-cdk-lib.
 */
import type { BuildOptions } from 'esbuild';

/** Node.js major the functions run on; esbuild targets the same. */
export const LAMBDA_NODE_TARGET = 'node22' as const;

/** The starter's handler file (reads ENV.stateMachineArn). */
export const STARTER_ENTRY = 'handlers/start-execution.ts';

/** The threshold updater's handler file. */
export const THRESHOLD_UPDATER_ENTRY = 'handlers/update-thresholds.ts';

/**
 * The esbuild options of every handler. The AWS SDK v3 is provided by the nodejs22.x runtime and left out of the
 * bundle (the CDK default for this runtime), which keeps each bundle small; the `require` shim lets CommonJS
 * dependencies bundled into ESM load Node built-ins. Minified with an external source map (no sources inside).
 */
export const HANDLER_ESBUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: LAMBDA_NODE_TARGET,
  minify: true,
  sourcemap: 'external',
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __opsAlertCreateRequire } from 'node:module'; const require = __opsAlertCreateRequire(import.meta.url);" },
  external: ['@aws-sdk/*', '@smithy/*'],
} satisfies BuildOptions;
