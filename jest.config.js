// One Jest run over every workspace. Workspace packages resolve to their TypeScript sources
// through the "source" export condition, so tests need no build step.
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript' },
      target: 'es2023',
      experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc },
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  testMatch: [
    '<rootDir>/services/*/test/**/*.test.ts',
    '<rootDir>/tests/**/*.test.ts',
    '<rootDir>/gloss-dictionary/test/**/*.test.ts',
    '<rootDir>/avatar-client/test/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  testTimeout: 30000,
  maxWorkers: 2,
  // With native ESM (vm modules) a worker keeps much of the memory of the files it ran (lexicons, tagger and
  // gloss models); one that grows past this is replaced after its current file instead of crashing in a later one
  // (seen once in CI: "Jest worker ran out of memory" in a small gloss test late in the run).
  workerIdleMemoryLimit: '2GB',
};
