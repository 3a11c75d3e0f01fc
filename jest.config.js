import { availableParallelism } from 'node:os'

// Jest runs our ESM TypeScript through ts-jest's ESM preset. Type-checking is done once by
// `npm run typecheck` (tsc), so ts-jest only transpiles (isolatedModules) and stays fast.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: [
    '<rootDir>/test/**/*.test.ts',
    '<rootDir>/packages/**/*.test.ts',
    '<rootDir>/src/**/*.test.ts'
  ],
  globalSetup: '<rootDir>/test/kit/global-setup.ts',
  // Pipelines first when there are no timings yet (a fresh clone): test/kit/sequencer.mjs.
  testSequencer: '<rootDir>/test/kit/sequencer.mjs',
  globalTeardown: '<rootDir>/test/kit/global-teardown.ts',
  testTimeout: 60000,
  // One worker per core the machine offers (2 on CI's machine); child processes do the heavy work.
  maxWorkers: Math.max(1, availableParallelism())
}
