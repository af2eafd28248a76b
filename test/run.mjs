// `node test/run.mjs` (the last step of `npm test`): the Node-side tools' tests in
// Node, then the browser tests in every engine, then one tally. The last line
// is the one CI reads: `total: N passed, N failed`. A runner that dies before
// it reports counts as a failure, never as a silent pass.
//   node test/run.mjs            all: Node, browsers, the consumer suite (test/consumers/run.mjs),
//                                then the WordPress plugin (test/wordpress/run.mjs)
//   node test/run.mjs --browser  browser tests only (extra arguments go to wtr)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const browserOnly = args[0] === '--browser';
const wtrArgs = browserOnly ? args.slice(1) : args;
const tally = []; // [name, passed, failed, note]

function read(file) {
  try {
    const text = readFileSync(file, 'utf8');
    rmSync(file);
    return text;
  } catch {
    return undefined;
  }
}

/**
 * Each failed Node test's name and error, from its TAP (suites that failed
 * only through a test are left out): repeated above the tally, where a CI log
 * cut to its end still shows them (a fuzz failure's seed and counterexample).
 */
function failuresIn(tap) {
  const found = [];
  for (const [, , name, yaml] of tap.matchAll(/^( *)not ok \d+ - (.*)\n\1 {2}---\n([\s\S]*?)\n\1 {2}\.\.\./gm)) {
    if (/failureType: 'subtestsFailed'/.test(yaml)) continue;
    const error = yaml.match(/^ *error: [|>]?-?\n?([\s\S]*?)^ *(?:code|stack|expected|actual|operator):/m)?.[1] ?? yaml;
    found.push(`  ${name}\n${error.split('\n').filter((l) => l.trim()).slice(0, 12).map((l) => `      ${l.trim()}`).join('\n')}`);
  }
  return found;
}
let nodeFailures = [];

if (!browserOnly) {
  // Node's runner, with its spec output for people and TAP to a file for the tally.
  const tap = join(tmpdir(), `node-tests-${process.pid}.tap`);
  // Node's tests are named *.node.test.ts, beside their subject's browser tests.
  const files = readdirSync('test', { recursive: true })
    .map((f) => join('test', f))
    .filter((f) => f.endsWith('.node.test.ts') && !f.startsWith(join('test', 'consumers')))
    .sort();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { stdio: 'inherit' },
  );
  const out = read(tap) ?? '';
  const count = (what) => Number(out.match(new RegExp(`^# ${what} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (run.status !== 0 || passed + failed === 0) failed ||= 1;
  tally.push(['Node (wcit-feed CLI and builder, feed core and its fuzzing, i18n packer)', passed, failed, `${count('skipped')} skipped`]);
  nodeFailures = failuresIn(out);
}

const summary = join(tmpdir(), `wtr-summary-${process.pid}.json`);
const wtr = spawnSync('npx', ['wtr', ...wtrArgs], { stdio: 'inherit', env: { ...process.env, WTR_SUMMARY: summary } });
const perBrowser = JSON.parse(read(summary) ?? '{}');
if (Object.keys(perBrowser).length === 0) {
  console.error(`wtr ended without a result (exit status ${wtr.status}, signal ${wtr.signal ?? 'none'}${wtr.error ? `, ${wtr.error.message}` : ''}): counting the run as one failure.`);
  tally.push(['browsers', 0, 1, 'no result']);
}
const browserFailures = [];
for (const [name, t] of Object.entries(perBrowser)) {
  tally.push([name, t.passed, t.failed, `${t.skipped} skipped, ${t.files} files`]);
  for (const failure of t.failures ?? []) browserFailures.push(`  ${name}, ${failure}`);
}
// Which engines the config found (web-test-runner.config.mjs): one it refused to drive is a failure.
const engines = JSON.parse(read(`${summary}.engines`) ?? '{"ran":[],"skipped":[],"unsupported":[]}');
for (const why of engines.unsupported) tally.push(['browser not run', 0, 1, why]);
if (wtr.status !== 0 && !tally.some(([, , failed]) => failed > 0)) tally.push(['wtr exit status', 0, 1, String(wtr.status)]);

if (!browserOnly) {
  // The package as developers get it: packed, installed into fixture apps
  // (React, Vue, Svelte, Vite, webpack, Rollup, esbuild), built and opened.
  const file = join(tmpdir(), `consumers-summary-${process.pid}.json`);
  const consumers = spawnSync(process.execPath, ['test/consumers/run.mjs'], { stdio: 'inherit', env: { ...process.env, CONSUMERS_SUMMARY: file } });
  const c = JSON.parse(read(file) ?? '{"passed":0,"failed":0}');
  if (consumers.status !== 0 || c.passed + c.failed === 0) c.failed ||= 1;
  tally.push(['consumers', c.passed, c.failed, c.seconds ? `fixture apps on the packed tarball, ${c.seconds} s` : 'no result']);
}

if (!browserOnly) {
  // The WordPress plugin in a real WordPress (test/wordpress/run.mjs, issue 26):
  // skipped with a note where WordPress is not installed, a failure in CI.
  const file = join(tmpdir(), `wordpress-summary-${process.pid}.json`);
  const zip = spawnSync(process.execPath, ['--import', 'tsx', 'build/wordpress-zip.ts'], { stdio: 'inherit' });
  const run = zip.status === 0 ? spawnSync(process.execPath, ['test/wordpress/run.mjs'], { stdio: 'inherit', env: { ...process.env, WORDPRESS_SUMMARY: file } }) : zip;
  const w = JSON.parse(read(file) ?? '{"passed":0,"failed":0}');
  if (!w.skipped && (run.status !== 0 || w.passed + w.failed === 0)) w.failed ||= 1;
  tally.push(['WordPress plugin', w.passed, w.failed, w.skipped ? `SKIPPED: ${w.skipped}` : `Chromium and Firefox, ${w.seconds} s, of which WordPress's set-up ${w.setupSeconds} s`]);
}

if (nodeFailures.length) console.log(`\nNode tests that failed (their output is above):\n${nodeFailures.join('\n')}`);
if (browserFailures.length) console.log(`\nBrowser tests that failed (their output is above):\n${browserFailures.join('\n')}`);
const total = tally.reduce((sum, [, p, f]) => ({ passed: sum.passed + p, failed: sum.failed + f }), { passed: 0, failed: 0 });
console.log('\nTests by runner and engine:');
if (engines.ran.length) console.log(`  (browsers run: ${engines.ran.join(', ')}${engines.skipped.length ? `; skipped: ${engines.skipped.join(', ')}` : ''})`);
for (const [name, p, f, note] of tally) console.log(`  ${name}: ${p} passed, ${f} failed (${note})`);
console.log(`total: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
