// Lighthouse (mobile) on a member's page with the
// pre-rendered snippet, beside the same page with the letter as static HTML
// and with the plain snippet. Not part of `npm test` or `npm run bench`: it
// runs lighthouse@12.2.3 through npx (the last version for Node 20) and takes
// a few minutes. `npm run build` first; then
//   CHROME_PATH=/usr/bin/chromium node test/bench/lighthouse.mjs [runs]
// Prints the median of each figure over the runs (default 3), for
// Lighthouse's simulated throttling and for applied (devtools) throttling.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { memberPage, snippets } from './embed.bench.mjs';
import { builtFiles, median, serve } from './serve.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const { pages } = snippets();
const html = { static: pages.static, 'pre-rendered snippet': pages.pre, 'plain snippet': pages.plain };
const routes = new Map(Object.entries(builtFiles()));
for (const [name, body] of Object.entries(html)) routes.set(`/${encodeURIComponent(name)}`, ['text/html', memberPage(body).replace(/<script>\n?window\.__bench[\s\S]*?<\/script>/, '')]);
const server = await serve(routes, { cacheControl: 'max-age=600' });
const { origin } = server;

const AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'speed-index'];

// Lighthouse's default, simulated throttling (Lantern) estimates FCP from a
// trace of an unthrottled load, counting every request that started before
// the first paint, whether the paint waited for it or not; the snippet's
// script and feed hint are such requests. So each page is also loaded under
// applied throttling (`devtools`), where the figures are what was seen.
const METHODS = ['simulate', 'devtools'];

try {
  for (const method of METHODS) {
    const rows = [];
    for (const name of Object.keys(html)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        // Asynchronously: this process serves the pages Lighthouse loads.
        const { stdout: out } = await promisify(execFile)(
          'npx',
          ['--yes', 'lighthouse@12.2.3', `${origin}/${encodeURIComponent(name)}`, '--output=json', '--quiet', '--only-categories=performance', `--throttling-method=${method}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
        );
        const lhr = JSON.parse(out);
        runs.push({ score: lhr.categories.performance.score * 100, ...Object.fromEntries(AUDITS.map((a) => [a, lhr.audits[a].numericValue])) });
      }
      rows.push([name, Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))]);
    }
    console.log(`\nLighthouse 12.2.3, mobile, throttling: ${method}, median of ${RUNS}\n`);
    console.log(['page'.padEnd(22), 'score', '   FCP', '   LCP', '   CLS', '   TBT', '    SI'].join(' '));
    for (const [name, r] of rows) {
      const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(7);
      console.log([name.padEnd(22), String(Math.round(r.score)).padStart(5), s(r['first-contentful-paint']), s(r['largest-contentful-paint']), r['cumulative-layout-shift'].toFixed(3).padStart(6), `${Math.round(r['total-blocking-time'])} ms`.padStart(6), s(r['speed-index'])].join(' '));
    }
  }
} finally {
  server.close();
}
