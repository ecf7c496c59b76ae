// Plain JavaScript, not jest.config.ts: Jest loads a TypeScript config through ts-node, which type-checks it with a
// whole program (~7 s of CPU on every `jest` start). The JSDoc type gives editors the shape.
// Native ESM under Jest (run with --experimental-vm-modules): middy and aws-local-stepfunctions are ESM-only.
// esbuild only transpiles (test/jest/transform.js); `npm run typecheck` (TypeScript 7) type-checks the tests separately (package.json "test").

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // package.json "imports" (#core/x.js → src/core/x.ts); relative .js specifiers → the .ts sources
    '^#(adapters|cli|core|lambda|local|operator|ports|steps|threshold-updater|types|workflow)/(.*)\\.js$': '<rootDir>/src/$1/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    // esbuild, and each module's built-ins bound once (test/jest/transform.js: global reads are slow in Jest's VM context)
    '^.+\\.ts$': '<rootDir>/test/jest/transform.js',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // The deployed-artifact tier's assembly synthesized in the background as the run starts (see the file).
  testSequencer: '<rootDir>/test/jest/sequencer.js',
  runtime: '<rootDir>/test/jest/runtime.cjs',
  testTimeout: 60_000,
  // Jest's default is one worker less than the cores: on 2 cores that is 1, and Jest then runs every file in its own
  // process one after the other. Every core: a file waiting (a child process, a function timeout) leaves the core to
  // the other worker.
  maxWorkers: '100%',
};

export default config;
