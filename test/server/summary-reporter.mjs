// Counts results per browser and writes them to $WTR_SUMMARY (JSON), which
// test/run.mjs prints after the runner has exited, so that the line
// CI reads (`total: N passed, N failed`) really is the last one.
// A test file that failed to load (a syntax error, a failed import) counts as
// one failure, so a broken file cannot hide.
import { writeFileSync } from 'node:fs';

function count(suite, tally) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) tally.skipped++;
    else if (t.passed) tally.passed++;
    else tally.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        const tally = (perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
        const failedBefore = tally.failed;
        count(session.testResults, tally);
        tally.files++;
        if (!session.passed && tally.failed === failedBefore) tally.failed++;
      }
      if (process.env.WTR_SUMMARY) writeFileSync(process.env.WTR_SUMMARY, JSON.stringify(perBrowser));
    },
  };
}
