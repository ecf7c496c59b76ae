/**
 * `npm run bench`: figures, not assertions (machines here are noisy). Each section prints its figures; the last line
 * is one JSON object with every section's keys. Add a section by adding it to SECTIONS.
 * One or some sections only: `npm run bench -- stress` or `BENCH_SECTIONS=stress,samples npm run bench`.
 */
import { logger } from '#lambda/logger.js';
import { awsCalls } from './aws-calls.js';
import { bundles } from './bundles.js';
import { deployed } from './deployed.js';
import { organization } from './organization.js';
import { organizationSizes } from './organization-sizes.js';
import { organizationThresholds } from './organization-thresholds.js';
import { samples } from './samples.js';
import { report } from './report.js';
import { stress } from './stress.js';
import type { BenchSection } from './section.js';

const SECTIONS: BenchSection[] = [bundles, samples, awsCalls, stress, organization, deployed, organizationSizes, report, organizationThresholds];

const wanted = [...process.argv.slice(2), ...(process.env.BENCH_SECTIONS ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
const unknown = wanted.filter((id) => !SECTIONS.some((s) => s.id === id));
if (unknown.length > 0) {
  console.error(`Unknown bench section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

logger.setLogLevel('SILENT');
const figures: Record<string, unknown> = {};
for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
  console.log(`${section.name}:`);
  Object.assign(figures, await section.run());
}
// The process's peak resident set (maxRSS is in KiB), not its size at the end.
const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`Peak RSS: ${rssMb} MB`);
figures.rssMb = rssMb;
console.log(JSON.stringify(figures));
