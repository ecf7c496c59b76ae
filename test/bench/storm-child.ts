/**
 * One storm in a process of its own, so its peak RSS is the storm's alone: `node bin/run-ts.mjs
 * test/bench/storm-child.ts 2000` prints one JSON line (the stress section runs it for rssMb2000).
 */
import { logger } from '#lambda/logger.js';
import { countStorm, runStorm, stormScenario } from './storm.js';

logger.setLogLevel('SILENT');
const events = Number(process.argv[2] ?? '2000');
const { scenario, deliveries } = stormScenario(events);
const { run, seconds } = await runStorm(scenario);
const counts = countStorm(run);
console.log(JSON.stringify({ events, deliveries, seconds: Math.round(seconds * 100) / 100, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), failed: counts.failed, duplicates: counts.duplicates }));
