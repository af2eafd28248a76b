// Web Test Runner: the browser tests, in every engine this machine has.
//
// Chromium: see test/server/chromium.mjs ($CHROME_PATH, an installed one, or
// the build inside @sparticuz/chromium), so `npm ci && npm test` works on a
// fresh machine with no browser.
// Firefox (Debian's firefox-esr) runs when installed; $FIREFOX_PATH overrides.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { feedMiddleware, feedServerPlugin } from './test/server/feed-server.mjs';
import { siteMiddleware } from './test/server/site-server.mjs';
import { readmeSnippetsMiddleware } from './test/server/readme-snippets.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { findChromium, firstExisting } from './test/server/chromium.mjs';
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

const browsers = [];
if (!only || only.includes('chromium')) {
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
}
if (firefoxPath && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
  browsers.at(-1).name = 'Firefox';
}

console.log(
  `wtr browsers: Chromium (${chromium.from}: ${chromium.path})` +
    (browsers.length > 1 ? `, Firefox (${firefoxPath})` : firefoxPath ? '' : '; Firefox not installed, skipped'),
);

export default {
  files: ['test/**/*.test.ts', '!test/cli/**', '!test/consumers/**'],
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
