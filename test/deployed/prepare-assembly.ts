/**
 * Synthesizes the deployed-artifact tier's assemblies (bundling included) into their cache, in the background of a
 * test run (started by test/jest/sequencer.js when the run holds test/deployed/*): the single-account app first (three
 * test files read it), then the organization app (organization.test.ts). The deployed tests then read the cache, or
 * wait for this synthesis (synth.ts holds a lock per assembly) instead of each making its own.
 * `node bin/run-ts.mjs test/deployed/prepare-assembly.ts`
 */
import { join } from 'node:path';
import { synthesizeApp } from '#local/deployed/synth.js';
import { REPO_ROOT } from '../../infra/config.js';

for (const configPath of [undefined, join(REPO_ROOT, 'samples', 'config', 'organization.config.json')]) {
  const app = await synthesizeApp(configPath ? { configPath } : {});
  console.log(JSON.stringify({ dir: app.dir, cached: app.cached, synthMs: app.synthMs }));
}
