// Jest's runtime (jest.config.js "runtime"), with V8's code cache for the modules it compiles.
//
// Every test file gets a new module registry: each file compiles again every module it loads (the AWS SDK, aws-cdk-lib,
// aws-local-stepfunctions, our sources). Node's own loader does not serve Jest's VM (vm.compileFunction for CommonJS,
// vm.SourceTextModule for ES modules), and on Node 20 neither hits V8's compilation cache. Both take V8's code cache
// (`cachedData`), which skips parsing the whole file: this keeps one per module source, produced on its first compile,
// in this process and in node_modules/.cache/jest-v8 for the next worker and the next run.
//
// The key is the file name and a hash of the exact source (V8 itself checks only the source's length, so a stale cache
// of an edited file of the same length would be accepted); V8 rejects data of another Node version or other V8 flags,
// and the module then compiles as if there were no cache. Nothing else of Jest's changes: its runtime reads
// `compileFunction` and `SourceTextModule` from node:vm when it compiles, so they are wrapped here, before any test loads.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

/** JEST_CODE_CACHE_DIR: another directory (test/jest/code-cache.test.ts) */
const DIR = join(process.env.JEST_CODE_CACHE_DIR ?? join(__dirname, '..', '..', 'node_modules', '.cache', 'jest-v8'), `${process.version}-${process.arch}`);

/**
 * Every edit of a module leaves its old cache behind: a cache file older than this is removed as a worker starts, and
 * made again where it is still used (its module's next compile).
 */
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
try {
  const oldest = Date.now() - MAX_AGE_MS;
  for (const name of readdirSync(DIR)) {
    const file = join(DIR, name);
    if (statSync(file).mtimeMs < oldest) rmSync(file, { force: true });
  }
} catch {
  // No cache yet, or another worker removed a file first.
}

/** key → the cache's bytes; `false`: none usable (not on disk yet, or V8 rejected it) */
const caches = new Map();

/**
 * On Node 20, code compiled from a cache has lost its dynamic import() callback (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING):
 * a source that may call import() compiles without one.
 */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

const keyOf = (filename, source) => createHash('sha1').update(filename).update('\0').update(source).digest('hex');

const load = (key) => {
  let data = caches.get(key);
  if (data !== undefined) return data;
  try {
    data = readFileSync(join(DIR, key));
  } catch {
    data = false;
  }
  caches.set(key, data);
  return data;
};

const store = (key, data) => {
  caches.set(key, data);
  try {
    mkdirSync(DIR, { recursive: true });
    // Written aside and renamed: another worker reading it never sees half a file.
    const partial = join(DIR, `${key}.${process.pid}.partial`);
    writeFileSync(partial, data);
    renameSync(partial, join(DIR, key));
  } catch {
    // A cache that cannot be written only costs the next compile its time.
  }
};

const compileFunction = vm.compileFunction;
vm.compileFunction = function compileFunctionWithCodeCache(code, params, options) {
  if (!options?.filename || options.cachedData || options.produceCachedData || DYNAMIC_IMPORT.test(code)) return compileFunction.call(this, code, params, options);
  const key = keyOf(options.filename, code);
  const cached = load(key);
  if (cached) {
    const fn = compileFunction.call(this, code, params, { ...options, cachedData: cached });
    if (!fn.cachedDataRejected) return fn;
  }
  const fn = compileFunction.call(this, code, params, { ...options, produceCachedData: true });
  if (fn.cachedDataProduced) store(key, fn.cachedData);
  else caches.set(key, false);
  if (cached) fn.cachedDataRejected = true;
  return fn;
};

const SourceTextModule = vm.SourceTextModule;
if (SourceTextModule) {
  // A constructor that returns the module it made (Jest calls `new`): `instanceof vm.SourceTextModule` still holds.
  const SourceTextModuleWithCodeCache = function SourceTextModuleWithCodeCache(code, options) {
    const key = options?.identifier && !options.cachedData && !DYNAMIC_IMPORT.test(code) ? keyOf(options.identifier, code) : undefined;
    const cached = key ? load(key) : false;
    let module;
    if (cached) {
      // Node 20 throws where a script only says it rejected the data (cachedDataRejected, set here the same way).
      try {
        module = new SourceTextModule(code, { ...options, cachedData: cached });
        module.cachedDataRejected = false;
      } catch (error) {
        if (!/cachedData/.test(error?.message)) throw error;
        module = new SourceTextModule(code, options);
        module.cachedDataRejected = true;
      }
    } else {
      module = new SourceTextModule(code, options);
    }
    // (V8 makes a module's cache only before it runs: it holds the top level.)
    if (key && (!cached || module.cachedDataRejected)) store(key, module.createCachedData());
    return module;
  };
  SourceTextModuleWithCodeCache.prototype = SourceTextModule.prototype;
  vm.SourceTextModule = SourceTextModuleWithCodeCache;
}

module.exports = require('jest-runtime');
