/**
 * `npm run bench`: figures, not assertions (machines here are noisy). Each section prints its figures; the last line
 * is one JSON object with every section's keys. Add a section by adding it to SECTIONS.
 */
import { logger } from '../../src/observability/logger.js';
import { awsCalls } from './aws-calls.js';
import { bundles } from './bundles.js';
import { deployed } from './deployed.js';
import { samples } from './samples.js';
import { stress } from './stress.js';
import type { BenchSection } from './section.js';

const SECTIONS: BenchSection[] = [bundles, samples, awsCalls, stress, deployed];

logger.setLogLevel('SILENT');
const figures: Record<string, unknown> = {};
for (const section of SECTIONS) {
  console.log(`${section.name}:`);
  Object.assign(figures, await section.run());
}
console.log(`Peak RSS: ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
figures.rssMb = Math.round(process.memoryUsage().rss / 1048576);
console.log(JSON.stringify(figures));
