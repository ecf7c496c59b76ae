/**
 * Jest's runtime with V8's code cache (test/jest/runtime.cjs), in child processes that share one cache directory as
 * Jest's workers and successive runs do: a module compiled again is served from the cache, an edited module never
 * gets the code of its previous version (same file, same length), and a module that may call import() is not cached.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '#local/project-root.js';

const RUNTIME = join(PROJECT_ROOT, 'test', 'jest', 'runtime.cjs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ops-alert-code-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheFiles = (): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** Every cache file overwritten with bytes V8 cannot use (another Node's, or a damaged file). */
const damageCaches = (): void => {
  for (const file of cacheFiles()) writeFileSync(file, Buffer.alloc(64, 7));
};

/** Compiles `source` as Jest compiles a CommonJS module, in a new process: what it returns, and whether a cache served it. */
const compileCjs = (source: string): { value: unknown; fromCache: boolean } => {
  const script = `
    require(${JSON.stringify(RUNTIME)});
    const vm = require('node:vm');
    const fn = vm.compileFunction(${JSON.stringify(source)}, ['module'], { filename: '/virtual/module.js', parsingContext: vm.createContext({}) });
    process.stdout.write(JSON.stringify({ value: fn({}), fromCache: fn.cachedDataRejected === false }));`;
  const child = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_OPTIONS: '', JEST_CODE_CACHE_DIR: dir }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { value: unknown; fromCache: boolean };
};

/** The same for an ES module (vm.SourceTextModule): its `value` export, and whether a cache served it. */
const compileEsm = (source: string): { value: unknown; fromCache: boolean } => {
  const script = `
    require(${JSON.stringify(RUNTIME)});
    const vm = require('node:vm');
    (async () => {
      const m = new vm.SourceTextModule(${JSON.stringify(source)}, { identifier: '/virtual/module.mjs', context: vm.createContext({}) });
      await m.link(() => { throw new Error('no imports'); });
      await m.evaluate();
      process.stdout.write(JSON.stringify({ value: m.namespace.value, fromCache: m.cachedDataRejected === false }));
    })();`;
  const child = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '-e', script], { env: { ...process.env, NODE_OPTIONS: '', JEST_CODE_CACHE_DIR: dir }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { value: unknown; fromCache: boolean };
};

describe('Jest runtime: V8 code cache', () => {
  it('a CommonJS module compiled again is served from the cache; edited (same length), it is compiled anew', () => {
    expect(compileCjs('return 1 + 1; // first')).toEqual({ value: 2, fromCache: false });
    expect(cacheFiles()).toHaveLength(1);
    expect(compileCjs('return 1 + 1; // first')).toEqual({ value: 2, fromCache: true });
    expect(compileCjs('return 2 + 1; // other')).toEqual({ value: 3, fromCache: false });
  });

  it('an ES module compiled again is served from the cache; edited (same length), it is compiled anew', () => {
    expect(compileEsm('export const value = 1 + 1;')).toEqual({ value: 2, fromCache: false });
    expect(compileEsm('export const value = 1 + 1;')).toEqual({ value: 2, fromCache: true });
    expect(compileEsm('export const value = 2 + 1;')).toEqual({ value: 3, fromCache: false });
  });

  it('a cache V8 rejects costs only the compile: the module runs, and its cache is made again', () => {
    compileCjs('return 1 + 1; // first');
    compileEsm('export const value = 1 + 1;');
    damageCaches();
    expect(compileCjs('return 1 + 1; // first')).toEqual({ value: 2, fromCache: false });
    expect(compileEsm('export const value = 1 + 1;')).toEqual({ value: 2, fromCache: false });
    expect(compileCjs('return 1 + 1; // first')).toEqual({ value: 2, fromCache: true });
    expect(compileEsm('export const value = 1 + 1;')).toEqual({ value: 2, fromCache: true });
  });

  it('a module that may call import() is not cached (compiled from a cache, Node 20 loses its import callback)', () => {
    expect(compileCjs('return typeof (() => import("node:os")); // dynamic')).toEqual({ value: 'function', fromCache: false });
    expect(cacheFiles()).toHaveLength(0);
  });
});
