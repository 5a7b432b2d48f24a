#!/usr/bin/env node
// Sums vitest JSON reports (one per run) into the closing line the landing check reads:
// `N passed, N failed`. A report that is missing or unreadable counts as one failure, so a run
// that crashed before writing its report can never look green.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (the run crashed before writing it)`)
    failed += 1
    continue
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += report.numPendingTests + report.numTodoTests
    // A suite that failed to load (syntax error, failing import) has no failed tests but fails.
    failed += report.testResults.filter(
      (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
    ).length
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
  } catch (error) {
    console.log(`${file}: unreadable report (${error.message})`)
    failed += 1
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
