/**
 * Bundles each handler exactly as the CDK app does (HANDLER_ESBUILD, infra/handler-bundling.ts) and reports its size,
 * so the benchmark can print "bundleKb" and a regression past the 250 KB target is visible. Run: `node bin/run-ts.mjs infra/bundle-size.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { REPO_ROOT } from './config.js';
import { HANDLER_ESBUILD, STARTER_ENTRY, THRESHOLD_UPDATER_ENTRY } from './handler-bundling.js';
import { LAMBDA_STEPS } from '#workflow/steps.js';

export const BUNDLE_TARGET_KB = 250;

/** Handler entry files by function id: every workflow step, the starter and the threshold updater. */
export const HANDLER_ENTRIES: Readonly<Record<string, string>> = Object.fromEntries([
  ...LAMBDA_STEPS.map((step) => [step.id, step.entry] as const),
  ['StartExecution', STARTER_ENTRY] as const,
  ['UpdateThresholds', THRESHOLD_UPDATER_ENTRY] as const,
]);

/** Size in KB (minified JavaScript, source map excluded) of each handler bundle. */
export const measureBundleSizes = async (): Promise<Record<string, number>> => {
  const sizes: Record<string, number> = {};
  for (const [id, entry] of Object.entries(HANDLER_ENTRIES)) {
    const entryPath = resolve(REPO_ROOT, entry);
    const result = await build({
      ...HANDLER_ESBUILD,
      entryPoints: [entryPath],
      write: false,
      outfile: 'index.mjs',
      logLevel: 'silent',
    });
    const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'));
    sizes[id] = Math.round(((code?.contents.byteLength ?? 0) / 1024) * 10) / 10;
  }
  return sizes;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await measureBundleSizes();
  for (const [id, kb] of Object.entries(sizes)) console.log(`${id.padEnd(22)} ${String(kb).padStart(7)} KB${kb > BUNDLE_TARGET_KB ? `  over the ${BUNDLE_TARGET_KB} KB target` : ''}`);
}
