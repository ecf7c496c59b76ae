/**
 * The CDK half of synth.ts, loaded only to synthesize (aws-cdk-lib and the app's constructs take ~2 s of CPU to load;
 * a test that reads a cached assembly never loads them).
 */
import type { SpawnSyncOptions, SpawnSyncReturns, spawnSync as SpawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { REPO_ROOT, parseDeploymentConfig, resolveDeployment } from '../../../infra/config.js';
import { addOpsAlertStacks, coreStackName } from '../../../infra/ops-alert-app.js';

const cdkContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** node:child_process itself (the object aws-cdk-lib calls `spawnSync` on), to hook its `spawnSync` during a synthesis. */
const childProcess = createRequire(import.meta.url)('node:child_process') as { spawnSync: typeof SpawnSync };

/** One run's output files by esbuild command (see withDirectEsbuild); kept for the life of the process. */
const bundled = new Map<string, { name: string; bytes: Buffer }[]>();
const NO_OUTPUT = Buffer.alloc(0);

/**
 * NodejsFunction runs the project's esbuild through npm's package runner, `npx --no-install esbuild ARGS`, once per
 * function (14 per app), a synchronous child process each. During our synthesis the call goes to what npx would find,
 * node_modules/.bin/esbuild, with the same ARGS (starting npx costs ~0.7 s of CPU, more on a busy machine, about two
 * thirds of a synthesis). And a command this process already ran, the same ARGS but for the output directory and with
 * the output directory at the same place relative to the project (so the source map's relative paths are the same),
 * gets that run's output files written again instead of a second esbuild run: the organization app after the
 * single-account app (prepare-assembly.ts) bundles the same handlers with the same options (~3 s of CPU less). The
 * files are esbuild's own bytes for the same command on the same sources, so the CDK hashes and stages exactly the
 * asset it would otherwise; like the CDK's own asset cache within an app, this assumes the sources do not change
 * during the process (the assembly cache key, synth.ts, was hashed from them at its start anyway). Any other command
 * (or no project esbuild) runs as it would.
 */
const withDirectEsbuild = <T>(synthesize: () => T): T => {
  const esbuild = join(REPO_ROOT, 'node_modules', '.bin', 'esbuild');
  if (!existsSync(esbuild)) return synthesize();
  const spawnSync = childProcess.spawnSync;
  const runEsbuild = (args: string[], options: SpawnSyncOptions | undefined): SpawnSyncReturns<Buffer> => {
    const outfile = args.find((arg) => arg.startsWith('--outfile='))?.slice('--outfile='.length);
    if (!outfile) return spawnSync(esbuild, args, options ?? {}) as SpawnSyncReturns<Buffer>;
    const outdir = dirname(outfile);
    const cwd = String(options?.cwd ?? process.cwd());
    const env = Object.entries(options?.env ?? {}).filter(([name, value]) => process.env[name] !== value).sort(([a], [b]) => a.localeCompare(b));
    const key = JSON.stringify({ args: args.map((arg) => arg.split(outdir).join('<out>')), cwd, toProject: relative(outdir, cwd), env });
    const known = bundled.get(key);
    if (known) {
      mkdirSync(outdir, { recursive: true });
      for (const file of known) writeFileSync(join(outdir, file.name), file.bytes);
      return { pid: 0, output: [null, NO_OUTPUT, NO_OUTPUT], stdout: NO_OUTPUT, stderr: NO_OUTPUT, status: 0, signal: null };
    }
    const result = spawnSync(esbuild, args, options ?? {}) as SpawnSyncReturns<Buffer>;
    if (result.status === 0 && !result.error && existsSync(outdir)) {
      const entries = readdirSync(outdir, { withFileTypes: true });
      // Only a flat directory of files is replayed; anything else runs esbuild again next time.
      if (entries.every((entry) => entry.isFile())) bundled.set(key, entries.map((entry) => ({ name: entry.name, bytes: readFileSync(join(outdir, entry.name)) })));
    }
    return result;
  };
  childProcess.spawnSync = function spawnEsbuildDirectly(this: unknown, ...call: Parameters<typeof SpawnSync>) {
    const [command, args, options] = call as [string, readonly string[] | undefined, SpawnSyncOptions | undefined];
    if (command === 'npx' && Array.isArray(args) && args[0] === '--no-install' && args[1] === 'esbuild') return runEsbuild(args.slice(2) as string[], options);
    return Reflect.apply(spawnSync, this, call) as ReturnType<typeof SpawnSync>;
  } as typeof SpawnSync;
  try {
    return synthesize();
  } finally {
    childProcess.spawnSync = spawnSync;
  }
};

export const synthInto = (dir: string, config: unknown): { coreTemplate: string; customerName: string } => withDirectEsbuild(() => {
  const deployment = resolveDeployment(parseDeploymentConfig(config));
  // The CDK's built-in CloudFormation validation (~15 s of CPU here) only reports on the templates, it never changes
  // the assembly; the infra tests run it on the whole app (test/infra/nag.suite.ts). Neither the construct tree
  // (tree.json) nor the JavaScript stack traces of every construct (the manifest's metadata) go into a template or an
  // asset, and nothing here reads them: not written (as the infra tests' apps, test/infra/helpers.ts).
  const app = new App({
    outdir: dir,
    builtinCloudFormationValidation: false,
    treeMetadata: false,
    context: { ...cdkContext(), 'aws:cdk:disable-stack-trace': true, 'aws:cdk:disable-creation-stack-traces': true },
  });
  addOpsAlertStacks(app, deployment);
  const assembly = app.synth();
  return { coreTemplate: assembly.getStackByName(coreStackName(deployment)).templateFile, customerName: deployment.customerName };
});

