#!/usr/bin/env node
// Runs one TypeScript entry point (benchmarks, generators) through tsx: `node bin/run-ts.mjs FILE [ARGS]`.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bin/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(resolve(file)).href);
