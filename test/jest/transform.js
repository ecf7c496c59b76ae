// The TypeScript transform of the test run: ts-jest (transpile only), and each module starts by binding the
// built-ins it uses to module constants: `const { Math, JSON, Object, ... } = globalThis;`, on the module's first line
// (line numbers and stack traces unchanged).
//
// Why: under Jest a module runs in a VM context, where every read of a global goes through the context's
// interceptors, ~30× slower than a module binding. A hot loop over a 14-day per-minute usage series (Math.sin,
// Math.round... per minute) took 60-100 ms per series instead of 2-4 ms; the simulation-driven files spent up to a
// third of their CPU there. The bindings are the same objects (jest.spyOn(Math, ...) still works). `Date` and the
// timer functions are left alone: jest.useFakeTimers replaces them on the global, which bindings would not see.
// A module that declares or imports one of these names itself keeps that name as it is.
import tsJest from 'ts-jest';

const BUILT_INS = ['Math', 'JSON', 'Object', 'Array', 'Number', 'String', 'Boolean', 'Map', 'Set', 'WeakMap', 'Promise', 'Symbol', 'Error', 'TypeError', 'RegExp', 'Reflect', 'parseInt', 'parseFloat', 'isNaN', 'Uint8Array'];
const tsTransformer = tsJest.default.createTransformer({ useESM: true, diagnostics: false });
/** Bump when the prefix changes: Jest's transform cache is keyed by it. */
const VERSION = 'built-ins-1';

const declares = (source, name) =>
  new RegExp(`\\b(?:const|let|var|class|function|import|as)\\s+[^;=]*\\b${name}\\b`).test(source);

const withBuiltIns = (result, source) => {
  const names = BUILT_INS.filter((name) => !declares(source, name));
  if (names.length === 0) return result;
  const prefix = `const { ${names.join(', ')} } = globalThis;`;
  return typeof result === 'string' ? prefix + result : { ...result, code: prefix + result.code };
};

export default {
  canInstrument: false,
  getCacheKey: (source, path, options) => `${VERSION}:${tsTransformer.getCacheKey(source, path, options)}`,
  getCacheKeyAsync: async (source, path, options) => `${VERSION}:${await tsTransformer.getCacheKeyAsync(source, path, options)}`,
  process: (source, path, options) => withBuiltIns(tsTransformer.process(source, path, options), source),
  processAsync: async (source, path, options) => withBuiltIns(await tsTransformer.processAsync(source, path, options), source),
};
