// Lighthouse (mobile, simulated throttling) on a member's page with the
// pre-rendered snippet, beside the same page with the letter as static HTML
// and with the plain snippet. Not part of `npm test` or `npm run bench`: it
// runs lighthouse@12.2.3 through npx (the last version for Node 20) and takes
// a few minutes. `npm run build` first; then
//   CHROME_PATH=/usr/bin/chromium node test/bench/lighthouse.mjs [runs]
// Prints the median of each figure over the runs (default 3), for
// Lighthouse's simulated throttling and for applied (devtools) throttling.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { memberPage, snippets } from './embed.bench.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const RUNS = Number(process.argv[2] ?? 3);
const { pages } = snippets();
const html = { static: pages.static, 'pre-rendered snippet': pages.pre, 'plain snippet': pages.plain };
const files = {
  '/wcit.js': ['text/javascript', readFileSync(resolve(root, 'dist/wcit.js'))],
  '/feed.json': ['application/json', readFileSync(resolve(root, 'dist/wcit-2012.json'))],
};
for (const [name, body] of Object.entries(html)) files[`/${encodeURIComponent(name)}`] = ['text/html', Buffer.from(memberPage(body).replace(/<script>\n?window\.__bench[\s\S]*?<\/script>/, ''))];
// Compressed once, as a CDN serves them (per request, wcit.js took 55 ms of a core the browser shares).
for (const file of Object.values(files)) file[1] = brotliCompressSync(file[1]);

const server = createServer((req, res) => {
  const [type, body] = files[new URL(req.url, 'http://x').pathname] ?? [];
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'br', 'Cache-Control': 'max-age=600' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
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
