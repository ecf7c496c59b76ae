/**
 * `npm run bench`: figures, not assertions. Prints the Lambda bundle sizes and the local simulation's throughput on
 * the bundled scenarios, then one JSON line. (AWS calls per event and the 1,000-event stress run are still to come:
 * issues 3 and 4.)
 */
import { measureBundleSizes } from '../../infra/bundle-size.js';
import { runSimulation, sampleScenarioFiles } from '../../src/cli/simulate-command.js';
import { logger } from '../../src/observability/logger.js';

logger.setLogLevel('SILENT');
const sizes = await measureBundleSizes();
const bundleKb = Object.fromEntries(Object.entries(sizes).map(([id, kb]) => [id, Math.round(kb * 10) / 10]));
console.log('Lambda bundles (esbuild, minified):');
for (const [id, kb] of Object.entries(bundleKb)) console.log(`  ${id.padEnd(22)} ${String(kb).padStart(7)} KB${kb > 250 ? '  (over the 250 KB target)' : ''}`);

const files = sampleScenarioFiles();
const started = performance.now();
const runs = await runSimulation(files);
const seconds = (performance.now() - started) / 1000;
const executions = runs.reduce((n, r) => n + r.results.length, 0);
console.log(`Local simulation: ${files.length} scenarios, ${executions} executions in ${seconds.toFixed(2)} s (${(executions / seconds).toFixed(1)} executions/s, dynalite start included)`);
console.log(`Peak RSS: ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
console.log(JSON.stringify({ bundleKb, sampleExecutions: executions, sampleSeconds: Math.round(seconds * 100) / 100, executionsPerSecond: Math.round((executions / seconds) * 10) / 10 }));
