import type { Config } from 'jest';

// Native ESM under Jest (run with --experimental-vm-modules): middy and aws-local-stepfunctions are ESM-only.
// ts-jest only transpiles; `tsc --noEmit` type-checks the tests separately (see package.json "test").
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 60_000,
};

export default config;
