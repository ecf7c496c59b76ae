/**
 * Jest's runtime with V8's code cache (test/jest/runtime.cjs), in child processes that share one cache directory as
 * Jest's workers and successive runs do: a module compiled again is served from the cache, an edited module never
 * gets the code of its previous version (same file, same length), a cache V8 rejects costs only the compile, and a
 * module that may call import() is not cached. Each child compiles a list of modules as Jest does (CommonJS through
 * vm.compileFunction, ES modules through vm.SourceTextModule) and says, for each, what it returned and whether a cache
 * served it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '#local/project-root.js';

const RUNTIME = join(PROJECT_ROOT, 'test', 'jest', 'runtime.cjs');

interface Compile { kind: 'cjs' | 'esm'; source: string }
interface Compiled { value: unknown; fromCache: boolean }

const CHILD = `
  require(process.env.RUNTIME);
  const vm = require('node:vm');
  (async () => {
    const results = [];
    for (const { kind, source } of JSON.parse(process.env.COMPILES)) {
      if (kind === 'cjs') {
        const fn = vm.compileFunction(source, ['module'], { filename: '/virtual/module.js', parsingContext: vm.createContext({}) });
        results.push({ value: fn({}), fromCache: fn.cachedDataRejected === false });
      } else {
        const m = new vm.SourceTextModule(source, { identifier: '/virtual/module.mjs', context: vm.createContext({}) });
        await m.link(() => { throw new Error('no imports'); });
        await m.evaluate();
        results.push({ value: m.namespace.value, fromCache: m.cachedDataRejected === false });
      }
    }
    process.stdout.write(JSON.stringify(results));
  })();`;

/** Compiles `compiles` in order in one new process using the cache directory `dir`. */
const compileIn = (dir: string, compiles: Compile[]): Compiled[] => {
  const child = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '-e', CHILD], {
    env: { ...process.env, NODE_OPTIONS: '', JEST_CODE_CACHE_DIR: dir, RUNTIME, COMPILES: JSON.stringify(compiles) },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Compiled[];
};

const cacheFilesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

const CJS: Compile = { kind: 'cjs', source: 'return 1 + 1; // first' };
const ESM: Compile = { kind: 'esm', source: 'export const value = 1 + 1;' };
/** The same modules edited: the same length, another result. */
const CJS_EDITED: Compile = { kind: 'cjs', source: 'return 2 + 1; // other' };
const ESM_EDITED: Compile = { kind: 'esm', source: 'export const value = 2 + 1;' };

describe('Jest runtime: V8 code cache', () => {
  const dirs: string[] = [];
  const newDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-alert-code-cache-'));
    dirs.push(dir);
    return dir;
  };
  let dir: string;
  const runs: Compiled[][] = [];

  beforeAll(() => {
    dir = newDir();
    runs.push(compileIn(dir, [CJS, ESM]));
    runs.push(compileIn(dir, [CJS, ESM, CJS_EDITED, ESM_EDITED]));
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('a module compiled again is served from the cache (CommonJS and ES modules)', () => {
    expect(runs[0]).toEqual([{ value: 2, fromCache: false }, { value: 2, fromCache: false }]);
    expect(runs[1]!.slice(0, 2)).toEqual([{ value: 2, fromCache: true }, { value: 2, fromCache: true }]);
  });

  it('an edited module (same file, same length) is compiled anew, never given its previous version\'s code', () => {
    expect(runs[1]!.slice(2)).toEqual([{ value: 3, fromCache: false }, { value: 3, fromCache: false }]);
  });

  it('a cache V8 rejects costs only the compile: the module runs, and its cache is made again', () => {
    // Every cache file overwritten with bytes V8 cannot use (another Node's, or a damaged file).
    for (const file of cacheFilesIn(dir)) writeFileSync(file, Buffer.alloc(64, 7));
    expect(compileIn(dir, [CJS, ESM])).toEqual([{ value: 2, fromCache: false }, { value: 2, fromCache: false }]);
    expect(compileIn(dir, [CJS, ESM])).toEqual([{ value: 2, fromCache: true }, { value: 2, fromCache: true }]);
  });

  it('a module that may call import() is not cached (compiled from a cache, Node 20 loses its import callback)', () => {
    const other = newDir();
    expect(compileIn(other, [{ kind: 'cjs', source: 'return typeof (() => import("node:os")); // dynamic' }])).toEqual([{ value: 'function', fromCache: false }]);
    expect(cacheFilesIn(other)).toHaveLength(0);
  });
});
