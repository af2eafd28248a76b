/* global document, window */
// The measurement behind src/embed/README.md's choice of light DOM over
// declarative shadow DOM for the pre-rendered letter (issue #14). Not part of
// `npm run bench`: run `npm run build`, then `node test/bench/dsd-experiment.mjs`.
// The declarative shadow root is taken from the live element (its shadow
// HTML and its styles, as Lit SSR would write them, less Lit's markers), so
// it is the same letter in the same styles. Same emulation as the bench
// (4× CPU, 150 ms RTT, 1.6 Mb/s, pre-compressed files, cold cache); prints
// the HTML's size, the letter painted as a ratio to static HTML, CLS once the
// script has run, and how many articles the shadow root ends with (this
// bundle has no hydration, so Lit renders a second one after the SSR one).
import puppeteer from 'puppeteer-core';
import { findChromium } from '../server/chromium.mjs';
import { memberPage, snippets } from './embed.bench.mjs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const RUNS = Number(process.env.WCIT_BENCH_RUNS ?? 9);
const { pages } = snippets();
const files = { '/wcit.js': readFileSync(resolve(root, 'dist/wcit.js')), '/feed.json': readFileSync(resolve(root, 'dist/wcit-2012.json')) };
const html = new Map();
const cache = new Map();
const server = createServer((req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  const body = html.has(p) ? Buffer.from(html.get(p)) : files[p];
  if (!body) return res.writeHead(404).end();
  const br = cache.get(p) ?? cache.set(p, brotliCompressSync(body)).get(p);
  res.writeHead(200, { 'Content-Type': html.has(p) ? 'text/html' : p.endsWith('js') ? 'text/javascript' : 'application/json', 'Content-Encoding': 'br', 'Cache-Control': 'no-cache' });
  res.end(br);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const chromium = await findChromium();
const browser = await puppeteer.launch({ executablePath: chromium.path, headless: chromium.headless, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
// The DSD markup: the live element's shadow root and its styles, as SSR would write them.
html.set('/live', memberPage('<wcit-letter src="/feed.json" lang="en"></wcit-letter><script type="module" src="/wcit.js"></script>'));
const p0 = await browser.newPage();
await p0.goto(`${origin}/live`);
await p0.waitForFunction(() => document.querySelector('wcit-letter')?.getAttribute('state') == 'ready');
const dsd = await p0.evaluate(() => {
  const root = document.querySelector('wcit-letter').shadowRoot;
  const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const inner = root.innerHTML.replace(/<!--[^>]*-->/g, '');
  return `<wcit-letter src="/feed.json" lang="en"><template shadowrootmode="open"><style>${css}</style>${inner}</template></wcit-letter>`;
});
await p0.close();
const tail = pages.pre.split('\n').filter((l) => /^<(script|link)/.test(l)).join('\n');
const variants = { static: pages.static.replace(/<wcit-signatories[\s\S]*$/, ''), light: pages.pre.replace(/<wcit-signatories[\s\S]*$/, '').replace(/^<style>.*\n/, ''), 'dsd': dsd, 'dsd + script': dsd + '\n' + tail };
variants.light += '\n' + tail;
for (const [k, v] of Object.entries(variants)) html.set(`/${encodeURIComponent(k)}`, memberPage(v));
for (const [k, v] of Object.entries(variants)) console.log(k.padEnd(14), 'HTML', Buffer.byteLength(memberPage(v)), 'B, brotli', brotliCompressSync(Buffer.from(memberPage(v))).length, 'B');
const res = {};
for (const W of [[1280, 720], [360, 640]])
for (let i = 0; i < RUNS; i++) for (const name of Object.keys(variants)) {
  const page = await browser.newPage();
  await page.setViewport({ width: W[0], height: W[1], deviceScaleFactor: 1, isMobile: W[0] < 500, hasTouch: W[0] < 500 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.painted > 0);
  await new Promise((r) => setTimeout(r, name.includes('script') || name == 'light' ? 2500 : 100));
  const r = await page.evaluate(() => ({ p: window.__bench.painted, cls: window.__bench.cls, n: document.querySelector('wcit-letter')?.shadowRoot?.querySelectorAll('article').length }));
  (res[`${name}@${W[0]}`] ??= []).push(r);
  await page.close();
}
await browser.close(); server.close();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
for (const w of [1280, 360]) {
  const base = med(res[`static@${w}`].map((r) => r.p));
  for (const name of Object.keys(variants)) { const v = res[`${name}@${w}`]; const p = med(v.map((r) => r.p)); console.log(`${w}`, name.padEnd(14), `${p.toFixed(0)} ms ×${(p / base).toFixed(2)}`, 'CLS', med(v.map((r) => r.cls)).toFixed(3), 'articles in shadow', v.at(-1).n); }
}
