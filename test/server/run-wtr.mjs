// `npm run test:browser`: runs Web Test Runner, then prints the tally per
// browser and, last, `wtr: N passed, N failed`. If the runner dies before it
// reports, that is a failure too, never a silent pass.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summary = join(tmpdir(), `wtr-summary-${process.pid}.json`);
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_SUMMARY: summary },
});

let perBrowser = {};
try {
  perBrowser = JSON.parse(readFileSync(summary, 'utf8'));
  rmSync(summary);
} catch {
  console.error('wtr ended without a result: counting the run as one failure.');
}
const total = { passed: 0, failed: 0 };
console.log('\nBrowser tests by engine:');
for (const [name, t] of Object.entries(perBrowser)) {
  console.log(`  ${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${t.files} files)`);
  total.passed += t.passed;
  total.failed += t.failed;
}
if (Object.keys(perBrowser).length === 0 || run.status !== 0) total.failed ||= 1;
console.log(`wtr: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || run.status !== 0 ? 1 : 0);
