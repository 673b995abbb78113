/**
 * Prints one line "N passed, N failed" over every test suite, from the JSON reports Vitest and
 * Playwright write to .reports/ (CI reads that line; neither runner's own closing line is read).
 * A suite whose report is missing did not run: that is said too.
 */
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = read('.reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else console.log('unit tests: no report (they did not run)');

const e2e = read('.reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else console.log('e2e tests: no report (they did not run)');

console.log(`${passed} passed, ${failed} failed`);
