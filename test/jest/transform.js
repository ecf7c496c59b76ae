// The TypeScript transform of the test run: esbuild (what tsx and the Lambda bundles use too), types stripped, one
// file at a time as tsconfig's isolatedModules allows; `npm run typecheck` type-checks separately. ts-jest did the same
// with TypeScript's transpiler, but each Jest worker then loaded TypeScript (~0.5 s of CPU), and on a cold cache
// (a fresh clone, CI) transpiled each file several times slower (~8x, measured on five src files).
//
// Each module also starts by binding the built-ins it uses to module constants: `const { Math, JSON, Object, ... } =
// globalThis;`, on the module's first line (line numbers and stack traces unchanged). Under Jest a module runs in a VM
// context, where every read of a global goes through the context's interceptors, ~30x slower than a module binding:
// a hot loop over a 14-day per-minute usage series (Math.sin, Math.round... per minute) took 60-100 ms per series
// instead of 2-4 ms, and the simulation-driven files spent up to a third of their CPU there. The bindings are the same
// objects (jest.spyOn(Math, ...) still works). `Date` and the timer functions are left alone: jest.useFakeTimers
// replaces them on the global, which bindings would not see. A module that declares or imports one of these names
// itself keeps that name as it is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync, version as esbuildVersion } from 'esbuild';

const BUILT_INS = ['Math', 'JSON', 'Object', 'Array', 'Number', 'String', 'Boolean', 'Map', 'Set', 'WeakMap', 'Promise', 'Symbol', 'Error', 'TypeError', 'RegExp', 'Reflect', 'parseInt', 'parseFloat', 'isNaN', 'Uint8Array'];
/** The tsconfig options that change the emitted JavaScript. */
const { compilerOptions } = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8'));
const tsconfigRaw = { compilerOptions: { target: compilerOptions.target, verbatimModuleSyntax: compilerOptions.verbatimModuleSyntax, useDefineForClassFields: true } };
/** Jest's transform cache is keyed by this: bump it when the output changes for the same input. */
const VERSION = `esbuild-${esbuildVersion}:built-ins-1:${JSON.stringify(tsconfigRaw)}`;

const declares = (source, name) =>
  new RegExp(`\\b(?:const|let|var|class|function|import|as)\\s+[^;=]*\\b${name}\\b`).test(source);

const builtInsPrefix = (source) => {
  const names = BUILT_INS.filter((name) => !declares(source, name));
  return names.length === 0 ? '' : `const { ${names.join(', ')} } = globalThis;`;
};

export default {
  canInstrument: false,
  getCacheKey: (source, path) => createHash('sha1').update(VERSION).update('\0').update(path).update('\0').update(source).digest('hex'),
  process(source, path) {
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcemap: 'inline', sourcefile: path, tsconfigRaw });
    return { code: builtInsPrefix(source) + code };
  },
};
