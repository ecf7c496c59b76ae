/**
 * Synthesizes the deployed-artifact tier's assembly (bundling included) into its cache, in the background of a test
 * run (started by test/jest/sequencer.js when the run holds test/deployed/*): the deployed tests then read the cache,
 * or wait for this synthesis (synth.ts holds a lock per assembly) instead of each making its own.
 * `node bin/run-ts.mjs test/deployed/prepare-assembly.ts`
 */
import { synthesizeApp } from '#local/deployed/synth.js';

const app = await synthesizeApp();
console.log(JSON.stringify({ dir: app.dir, cached: app.cached, synthMs: app.synthMs }));
