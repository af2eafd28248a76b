// Web Test Runner: the browser tests, in every engine this machine has.
//
// Chromium: see test/server/chromium.mjs ($CHROME_PATH, an installed one, or
// the build inside @sparticuz/chromium), so `npm ci && npm test` works on a
// fresh machine with no browser.
// Firefox (Debian's firefox-esr) runs when installed; $FIREFOX_PATH overrides.
// One older than the Firefox the installed puppeteer-core is made for is not
// driven (its WebDriver BiDi lacks commands puppeteer sends on every page): the
// run says so in one line and counts it as a failure.
// WebKit (Debian's webkit2gtk-driver, with Xvfb) runs when installed: see
// test/server/webkit.mjs.
// $WTR_BROWSERS=chromium,firefox,webkit picks engines.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PUPPETEER_REVISIONS } from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { feedMiddleware, feedServerPlugin } from './test/server/feed-server.mjs';
import { siteMiddleware } from './test/server/site-server.mjs';
import { readmeSnippetsMiddleware } from './test/server/readme-snippets.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { findChromium, firstExisting } from './test/server/chromium.mjs';
import { findWebKit, webkitLauncher } from './test/server/webkit.mjs';
import { defaultReporter } from '@web/test-runner';

// Flags that keep Chromium quiet on a machine with no network but loopback;
// --no-sandbox because CI runs as root.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const chromium = await findChromium();
const firefoxPath = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
const only = process.env.WTR_BROWSERS?.split(',');
const wanted = (engine) => !only || only.includes(engine);
const ran = [];
const skipped = [];
const unsupported = [];

const browsers = [];
if (wanted('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromium.path,
        headless: chromium.headless,
        args: chromiumArgs,
      },
    }),
  );
  browsers.at(-1).name = 'Chromium';
  ran.push(`Chromium (${chromium.from}: ${chromium.path})`);
}

if (firefoxPath && wanted('firefox')) {
  // "Mozilla Firefox 153.8.0esr"; puppeteer's revision is "stable_150.0.2".
  const version = execFileSync(firefoxPath, ['--version'], { encoding: 'utf8' }).match(/\d+(\.\d+)*\S*/)?.[0] ?? '?';
  const needed = Number(PUPPETEER_REVISIONS.firefox.match(/\d+/)[0]);
  if (parseInt(version) >= needed) {
    browsers.push(
      chromeLauncher({
        launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      }),
    );
    browsers.at(-1).name = 'Firefox';
    ran.push(`Firefox ${version} (${firefoxPath})`);
  } else {
    unsupported.push(
      `Firefox ${version} (${firefoxPath}) is older than the Firefox ${needed} that puppeteer-core drives: not run; ` +
        `install the current ESR (apt-get install firefox-esr) or set FIREFOX_PATH`,
    );
  }
} else if (wanted('firefox')) skipped.push('Firefox (not installed)');

const webkit = findWebKit();
if (webkit && wanted('webkit')) {
  browsers.push(await webkitLauncher(webkit));
  ran.push(`WebKit (${webkit.browser})`);
} else if (wanted('webkit')) skipped.push('WebKit (not installed: apt-get install webkit2gtk-driver xvfb xauth)');

console.log(`wtr browsers: ${ran.join(', ')}${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}`);
for (const line of unsupported) console.error(`wtr: ${line}`);
if (process.env.WTR_SUMMARY) {
  // test/run.mjs prints these beside the tally; an unsupported engine counts as a failure.
  writeFileSync(`${process.env.WTR_SUMMARY}.engines`, JSON.stringify({ ran, skipped, unsupported }));
}

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/consumers/**'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  middleware: [feedMiddleware, siteMiddleware, readmeSnippetsMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), feedServerPlugin(), forcedColorsPlugin()],
  // Lit's dev build (picked by the "development" export condition) warns about
  // misuse in tests; its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
