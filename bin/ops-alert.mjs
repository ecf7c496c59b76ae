#!/usr/bin/env node
// The operator CLI. Runs the TypeScript sources through tsx, so a fresh `npm ci` is all it needs.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
