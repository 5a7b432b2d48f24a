import { defineConfig } from 'vitest/config'

// When HOMEPOT_TEST_JSON names a file, vitest also writes its JSON report there; `.ci/run`
// reads it to print its closing `N passed, N failed` line.
const jsonReport = process.env.HOMEPOT_TEST_JSON

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench', 'docs', 'tests/*'],
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reportsDirectory: 'coverage',
    },
  },
})
