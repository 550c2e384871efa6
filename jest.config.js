// Native ESM mode: NestJS 12 ships ESM only (see README, "Tests").
const esm = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.c?ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'mjs', 'json'],
};

export default {
  testTimeout: 120000,
  // One test file at a time: the global log is read below pg_snapshot_xmin, which is
  // cluster-wide, so a file that deliberately holds a transaction open (the event-store
  // guarantees) would hold back every other file's reads in the same PostgreSQL.
  maxWorkers: 1,
  projects: [
    { ...esm, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...esm,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts', '<rootDir>/test/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.cts',
      globalTeardown: '<rootDir>/test/support/global-teardown.cts',
    },
  ],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
