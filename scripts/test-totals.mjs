// Prints the one totals line CI reads ("N passed, N failed") from vitest's JSON report, plus the
// type check (`npm run check`, svelte-check) as one more suite: its exit status is argv[3].
// A report that is missing or counts no test at all is a failure: a green run must have run tests.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
	report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
	console.log('0 passed, 1 failed');
	console.error(`Geen testrapport gevonden in ${file}: ${err.message}`);
	process.exit(1);
}
const checkFailed = process.argv[3] === '1' ? 1 : 0;
const passed = (report.numPassedTests ?? 0) + (process.argv[3] === '0' ? 1 : 0);
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) + checkFailed;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
