/**
 * The Chart.js browser bundle, read from node_modules so the report can inline it and work offline as one file.
 * The only I/O of the report renderer, kept here so the rest stays pure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * Chart.js's package exports do not expose `dist/chart.umd.min.js`, so resolve the exported CommonJS entry
 * (`dist/chart.cjs`) and read its sibling UMD bundle, which sets `window.Chart` in a plain `<script>`.
 */
export const chartJsUmdSource = (): string => {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve('chart.js');
    const source = readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
    // The source map is not shipped with the report; without this line a browser's devtools would ask for it.
    cached = source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  }
  return cached;
};
