/* global customElements */
// `npm run bench`: performance figures measured in a real Chromium, printed as
// tables. Not part of `npm test`: timings depend on the machine, so nothing
// here passes or fails on a number; it reports them for a person to read.
//
// Serves dist/wcit.js (run `npm run build` first), its default feed and
// generated feeds from a tiny HTTP server on 127.0.0.1, then runs each
// benchmark file's `bench({ page, origin })` in a fresh page.
// `npm run bench -- csv [rows]` needs no browser: the CLI's memory and time on a large spreadsheet.
if (process.argv[2] === 'csv') {
  const { bench } = await import('./csv.bench.mjs');
  await bench(Number(process.argv[3]) || undefined);
  process.exit(0);
}
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../server/chromium.mjs';
import { generatedFeed, generateSignatories } from '../../build/generated-feed.mjs';
import * as signatories from './signatories.bench.mjs';
import * as embed from './embed.bench.mjs';

// `npm run bench -- lighthouse` (or `cls`): the site's pages (site.bench.mjs), on the built site.
if (['lighthouse', 'cls'].includes(process.argv[2])) {
  const site = await import('./site.bench.mjs');
  await site.bench(process.argv[2]);
  process.exit(0);
}

const root = resolve(new URL('../..', import.meta.url).pathname);
// BENCH_DIST=<folder> benches another build (e.g. main's, built elsewhere), to set against this one.
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const bundle = resolve(dist, 'wcit.js');
const defaultFeed = resolve(dist, 'wcit-2012.json');
for (const file of [bundle, defaultFeed]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}

const feeds = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const send = (type, body) => {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/') return send('text/html', '<!doctype html><html lang="en"><title>bench</title><body></body></html>');
  if (url.pathname === '/wcit.js') return send('text/javascript', readFileSync(bundle));
  if (url.pathname === '/wcit-2012.json') return send('application/json', readFileSync(defaultFeed));
  // Its chunks (the languages but English, the full list), beside it.
  if (/^\/wcit-.+-[\w-]{8}\.js$/.test(url.pathname) && existsSync(resolve(dist, url.pathname.slice(1))))
    return send('text/javascript', readFileSync(resolve(dist, url.pathname.slice(1))));
  if (url.pathname === '/feed') {
    const n = Number(url.searchParams.get('gen'));
    // split=1: as the organiser's tool writes a feed above 1,000 names: 100 inline, the complete list beside it.
    const split = url.searchParams.has('split');
    const key = `${n}${split ? 'split' : ''}`;
    if (!feeds.has(key)) feeds.set(key, JSON.stringify(generatedFeed({ n, id: 'bench', ...(split && { inline: 100, listUrl: `list?gen=${n}` }) })));
    return send('application/json', feeds.get(key));
  }
  if (url.pathname === '/list') {
    const n = Number(url.searchParams.get('gen'));
    const key = `${n}list`;
    if (!feeds.has(key)) feeds.set(key, JSON.stringify({ version: 1, signatories: generateSignatories(n) }));
    return send('application/json', feeds.get(key));
  }
  res.writeHead(404);
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
try {
  console.log(`Chromium ${await browser.version()}; ${origin}\n`);
  /** A fresh page with the bundle loaded and its elements defined. */
  const newPage = async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: `${origin}/wcit.js`, type: 'module' });
    await page.evaluate(() => customElements.whenDefined('wcit-signatories'));
    return page;
  };
  // `npm run bench -- embed` (or `signatories`) runs one section.
  const only = process.argv[2];
  if (!only || only == 'signatories') await signatories.bench({ newPage, origin });
  if (!only || only == 'embed') await embed.bench({ browser });
} finally {
  await browser.close();
  server.close();
}
