/**
 * Synthesizes the CDK app in-process, bundling ENABLED (NodejsFunction runs the local esbuild, no Docker, no
 * credentials), into a cloud assembly, exactly as `cdk synth` would for the same configuration file.
 *
 * Where: under `node_modules/.cache/ops-alert-deployed/`, not in /tmp, because the bundles leave `@aws-sdk/*` and
 * `@smithy/*` external (the Lambda runtime provides them): loaded from inside the project they resolve to the
 * project's node_modules, as they resolve to the runtime's copy in AWS.
 *
 * Synthesis with bundling takes ~5-8 s of CPU here (esbuild once per function, a handler bundled for one app is not
 * bundled again for the next in the same process: synth-cdk.ts, loaded only then), so an assembly is cached, keyed by
 * a hash of everything that goes into it (infra/, handlers/, src/ but src/local and src/cli, schemas/, statemachine/,
 * package-lock.json, cdk.json, synth-cdk.ts which makes the App, the configuration). `fresh: true` synthesizes into a temporary directory removed by `dispose()`.
 * Processes asking for the same assembly at once (two test workers) synthesize it once: a lock file per key.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_CONFIG_PATH, REPO_ROOT } from '../../../infra/config.js';

export interface SynthesizedApp {
  /** The cloud assembly directory */
  dir: string;
  /** Template file name of the core stack inside `dir` */
  coreTemplate: string;
  customerName: string;
  /** Milliseconds the synthesis took (bundling included); 0 when the cached assembly was used. */
  synthMs: number;
  cached: boolean;
  /** Removes the directory unless it is the cache. */
  dispose(): void;
}

export interface SynthOptions {
  /** @default ops-alert.config.json */
  configPath?: string;
  /** Synthesize for this customer name instead of the file's (the scenario's customer: alarm names, IAM scopes). */
  customerName?: string;
  /** Skip the cache: synthesize into a temporary directory. */
  fresh?: boolean;
}

export const ASSEMBLY_CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'ops-alert-deployed');
const INPUTS = ['infra', 'handlers', 'src', 'schemas', 'statemachine', 'package-lock.json', 'cdk.json', 'src/local/deployed/synth-cdk.ts'];
/** Never bundled into a function nor read by the app (checked on the bundles' source maps): left out of the key. */
const NOT_INPUTS = new Set(['src/local', 'src/cli'].map((dir) => join(REPO_ROOT, dir)));

const LOCK_WAIT_MS = 15 * 60_000;
/** Creates the lock file holding this process id; false if another live process holds it (a dead holder's is taken over). */
const takeLock = (lock: string): boolean => {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let holder = Number.NaN;
  let age = 0;
  try {
    holder = Number(readFileSync(lock, 'utf8'));
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false; // released meanwhile: the caller looks again
  }
  // An empty file is one being written (its holder is between creating and writing it), unless it is old.
  const alive = Number.isInteger(holder) && holder > 0 ? processAlive(holder) : age < 10_000;
  if (!alive) rmSync(lock, { force: true });
  return false;
};
const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const hashInputs = (configText: string): string => {
  const hash = createHash('sha256').update(configText);
  const walk = (path: string): void => {
    if (!existsSync(path) || NOT_INPUTS.has(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
      return;
    }
    hash.update(path).update(readFileSync(path));
  };
  for (const input of INPUTS) walk(join(REPO_ROOT, input));
  return hash.digest('hex').slice(0, 16);
};

/**
 * The app's cloud assembly: the cached one, or a new synthesis. The CDK (aws-cdk-lib and the app's constructs, ~2 s
 * of CPU to load) is only loaded when it synthesizes.
 */
export const synthesizeApp = async (options: SynthOptions = {}): Promise<SynthesizedApp> => {
  const raw = JSON.parse(readFileSync(resolve(options.configPath ?? DEFAULT_CONFIG_PATH), 'utf8')) as Record<string, unknown>;
  const config = options.customerName ? { ...raw, customerName: options.customerName } : raw;
  const configText = JSON.stringify(config);
  mkdirSync(ASSEMBLY_CACHE_DIR, { recursive: true });
  const started = performance.now();
  if (options.fresh) {
    const dir = join(ASSEMBLY_CACHE_DIR, `tmp-${process.pid}-${Date.now()}`);
    try {
      const out = (await import('./synth-cdk.js')).synthInto(dir, config);
      return { dir, ...out, synthMs: Math.round(performance.now() - started), cached: false, dispose: () => rmSync(dir, { recursive: true, force: true }) };
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
  const key = hashInputs(configText);
  const dir = join(ASSEMBLY_CACHE_DIR, key);
  const marker = join(dir, 'ops-alert-deployed.json');
  const cachedApp = (): SynthesizedApp | undefined => {
    if (!existsSync(marker)) return undefined;
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { coreTemplate: string; customerName: string };
    return { dir, ...saved, synthMs: 0, cached: true, dispose: () => undefined };
  };
  const lock = join(ASSEMBLY_CACHE_DIR, `${key}.lock`);
  // One synthesis per key at a time across processes (test workers, the run's background synthesis of
  // test/deployed/prepare-assembly.ts): the others wait for it and read the cache.
  for (;;) {
    const cached = cachedApp();
    if (cached) return cached;
    if (takeLock(lock)) break;
    if (performance.now() - started > LOCK_WAIT_MS) throw new Error(`synthesizeApp: ${lock} held for over ${LOCK_WAIT_MS / 60_000} minutes; remove it if no synthesis is running`);
    await sleep(250);
  }
  const cached = cachedApp();
  if (cached) {
    rmSync(lock, { force: true });
    return cached;
  }
  // Synthesize next to the cache, then move it in whole (a reader never sees half of one).
  const work = join(ASSEMBLY_CACHE_DIR, `tmp-${process.pid}-${Date.now()}`);
  try {
    const out = (await import('./synth-cdk.js')).synthInto(work, config);
    writeFileSync(join(work, 'ops-alert-deployed.json'), JSON.stringify(out));
    // Assemblies of older sources are stale: drop those not used for a day (another run may be reading a recent one).
    for (const entry of readdirSync(ASSEMBLY_CACHE_DIR)) {
      const path = join(ASSEMBLY_CACHE_DIR, entry);
      if (entry !== key && Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
    }
    if (!existsSync(marker)) renameSync(work, dir);
    else rmSync(work, { recursive: true, force: true });
    return { dir, ...out, synthMs: Math.round(performance.now() - started), cached: false, dispose: () => undefined };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(lock, { force: true });
  }
};
