/* global document, window */
// The measurement behind src/cli/embed/README.md's choice of light DOM over
// declarative shadow DOM for the pre-rendered letter (issue #14). Not part of
// `npm run bench`: run `npm run build`, then `node test/bench/dsd-experiment.mjs`.
// The declarative shadow root is taken from the live element (its shadow
// HTML and its styles, as Lit SSR would write them, less Lit's markers), so
// it is the same letter in the same styles. Same emulation as the bench
// (4× CPU, 150 ms RTT, 1.6 Mb/s, pre-compressed files, cold cache); prints
// the HTML's size, the letter painted as a ratio to static HTML, CLS once the
// script has run, and how many articles the shadow root ends with (this
// bundle has no hydration, so Lit renders a second one after the SSR one).
import { brotliCompressSync } from 'node:zlib';
import { launchChromium } from '../server/chromium.mjs';
import { memberPage, snippets } from './embed.bench.mjs';
import { builtFiles, median, serve, throttledPage } from './serve.mjs';

const RUNS = Number(process.env.WCIT_BENCH_RUNS ?? 9);
const WIDTHS = [
  [1280, 720],
  [360, 640],
];
const { pages } = snippets();
const routes = new Map(Object.entries(builtFiles()));
const html = (name, body) => routes.set(`/${encodeURIComponent(name)}`, ['text/html', memberPage(body)]);
const server = await serve(routes);
const browser = await launchChromium();

// The DSD markup: the live element's shadow root and its styles, as SSR would write them.
html('live', '<wcit-letter src="/feed.json" lang="en"></wcit-letter><script type="module" src="/wcit.js"></script>');
const live = await browser.newPage();
await live.goto(`${server.origin}/live`);
await live.waitForFunction(() => document.querySelector('wcit-letter')?.getAttribute('state') == 'ready');
const dsd = await live.evaluate(() => {
  const root = document.querySelector('wcit-letter').shadowRoot;
  const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const inner = root.innerHTML.replace(/<!--[^>]*-->/g, '');
  return `<wcit-letter src="/feed.json" lang="en"><template shadowrootmode="open"><style>${css}</style>${inner}</template></wcit-letter>`;
});
await live.close();

// The letter alone: static, pre-rendered light DOM, DSD without and with the script and hints.
const letterOnly = (snippet) => snippet.replace(/<wcit-signatories[\s\S]*$/, '');
const hints = pages.pre.split('\n').filter((l) => /^<(script|link)/.test(l)).join('\n');
const variants = {
  static: letterOnly(pages.static),
  light: `${letterOnly(pages.pre).replace(/^<style>.*\n/, '')}\n${hints}`,
  dsd,
  'dsd + script': `${dsd}\n${hints}`,
};
for (const [name, body] of Object.entries(variants)) {
  html(name, body);
  const page = Buffer.from(memberPage(body));
  console.log(name.padEnd(14), 'HTML', page.length, 'B, brotli', brotliCompressSync(page).length, 'B');
}

const results = {};
for (const size of WIDTHS) {
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(variants)) {
      const page = await throttledPage(browser, size);
      await page.goto(`${server.origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench.painted > 0);
      // Pages with the script: time for it and the feed to arrive and the upgrade to shift what it shifts.
      await new Promise((r) => setTimeout(r, /script|light/.test(name) ? 2500 : 100));
      const r = await page.evaluate(() => ({ painted: window.__bench.painted, cls: window.__bench.cls, articles: document.querySelector('wcit-letter')?.shadowRoot?.querySelectorAll('article').length ?? 0 }));
      (results[`${name}@${size[0]}`] ??= []).push(r);
      await page.close();
    }
  }
}
await browser.close();
server.close();

for (const [width] of WIDTHS) {
  const base = median(results[`static@${width}`].map((r) => r.painted));
  for (const name of Object.keys(variants)) {
    const runs = results[`${name}@${width}`];
    const painted = median(runs.map((r) => r.painted));
    console.log(String(width).padEnd(5), name.padEnd(14), `${painted.toFixed(0)} ms ×${(painted / base).toFixed(2)}`, 'CLS', median(runs.map((r) => r.cls)).toFixed(3), 'articles in the shadow root', runs.at(-1).articles);
  }
}
