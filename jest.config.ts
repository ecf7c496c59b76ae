import type { Config } from 'jest';

// Native ESM under Jest (run with --experimental-vm-modules): middy and aws-local-stepfunctions are ESM-only.
// ts-jest only transpiles; `tsc --noEmit` type-checks the tests separately (see package.json "test").
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // package.json "imports" (#core/x.js → src/core/x.ts); relative .js specifiers → the .ts sources
    '^#(adapters|cli|core|lambda|local|operator|ports|steps|threshold-updater|types|workflow)/(.*)\\.js$': '<rootDir>/src/$1/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 60_000,
};

export default config;
