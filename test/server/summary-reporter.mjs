// Counts results per browser and writes them to $WTR_SUMMARY (JSON), which
// test/run.mjs prints after the runner has exited, so that the line
// CI reads (`total: N passed, N failed`) really is the last one.
// A test file that failed to load (a syntax error, a failed import) counts as
// one failure, so a broken file cannot hide. Each failure's file, test and
// message go with the counts: test/run.mjs repeats them above the tally.
import { writeFileSync } from 'node:fs';

function count(suite, tally, where, path = []) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) tally.skipped++;
    else if (t.passed) tally.passed++;
    else {
      tally.failed++;
      tally.failures.push(`${where}: ${[...path, t.name].join(' > ')}\n      ${String(t.error?.message ?? 'no message').split('\n').slice(0, 6).join('\n      ')}`);
    }
  }
  for (const s of suite?.suites ?? []) count(s, tally, where, [...path, s.name]);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        const tally = (perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, files: 0, failures: [] });
        const failedBefore = tally.failed;
        const where = session.testFile.replace(process.cwd() + '/', '');
        count(session.testResults, tally, where);
        tally.files++;
        if (!session.passed && tally.failed === failedBefore) {
          tally.failed++;
          const errors = (session.errors ?? []).map((e) => e.message).join('; ');
          tally.failures.push(`${where}: the file failed outside its tests\n      ${errors || 'no message'}`);
        }
      }
      if (process.env.WTR_SUMMARY) writeFileSync(process.env.WTR_SUMMARY, JSON.stringify(perBrowser));
    },
  };
}
