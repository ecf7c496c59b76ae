import { measureBundleSizes } from '../../infra/bundle-size.js';
import type { BenchSection } from './section.js';

/** Each Lambda bundle as esbuild builds it for the CDK app (minified). Target: under 250 KB. */
export const bundles: BenchSection = {
  id: 'bundles',
  name: 'Lambda bundles',
  async run() {
    const sizes = await measureBundleSizes();
    const bundleKb = Object.fromEntries(Object.entries(sizes).map(([id, kb]) => [id, Math.round(kb * 10) / 10]));
    for (const [id, kb] of Object.entries(bundleKb)) console.log(`  ${id.padEnd(22)} ${String(kb).padStart(7)} KB${kb > 250 ? '  (over the 250 KB target)' : ''}`);
    return { bundleKb, maxBundleKb: Math.max(...Object.values(bundleKb)) };
  },
};
