/* global document, window */
// The site's own pages (issue #24), measured on the built site
// (`npm run build:site`, site-dist/) served as a static host serves it
// (brotli, `Cache-Control: max-age=600`, as GitHub Pages):
//
// - `npm run bench -- cls`: layout shifts while the feed is slow (every
//   request for a feed answered 700 ms late), through a PerformanceObserver
//   of `layout-shift` entries in Chromium: the home page, the configurator,
//   and the configurator's default snippet (read from the configurator
//   itself, the script pointed at this server's wcit.js) pasted into a
//   member's page (embed.bench.mjs's memberPage). CLS as Chrome counts it:
//   the largest session window (shifts less than 1 s apart, at most 5 s),
//   and the sum of every shift; at 1,280 × 800 and 390 × 844 (a phone,
//   touch, mobile viewport), the median of RUNS loads.
// - `npm run bench -- lighthouse`: Lighthouse 12.2.3 (mobile, its default
//   simulated throttling) on the home page and the configurator: the four
//   category scores, CLS and TBT, the median of RUNS runs, with Lighthouse's
//   benchmark index of the machine (TBT is simulated from the tasks seen, so
//   a busy machine, index of a few hundred, reports more); then the CLS above.
//
// WCIT_BENCH_RUNS (default 3) sets RUNS. Chromium: $CHROME_PATH, else the
// one test/server/chromium.mjs finds.
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import { findChromium } from '../server/chromium.mjs';
import { memberPage } from './embed.bench.mjs';
import { median, serve, siteFiles } from './serve.mjs';

const RUNS = Number(process.env.WCIT_BENCH_RUNS ?? 3);
const FEED_DELAY = 700;
const VIEWPORTS = [
  [1280, 800],
  [390, 844],
];
const PAGES = { home: '/', configurator: '/configurator.html' };

// Installed in every frame before its own scripts: the page's layout shifts, and when each was.
const PROBE = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__shifts.push({
          value: e.value,
          at: e.startTime,
          moved: e.sources.map((s) => s.node?.nodeName?.toLowerCase() + (s.node?.id ? `#${s.node.id}` : s.node?.className ? `.${String(s.node.className).split(' ')[0]}` : '')).join(' '),
        });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Chrome's CLS: the largest sum over a session window (gaps under 1 s, at most 5 s long). */
export function sessionCls(shifts) {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { value, at } of [...shifts].sort((a, b) => a.at - b.at)) {
    if (at - last >= 1000 || at - start >= 5000) {
      sum = 0;
      start = at;
    }
    sum += value;
    last = at;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * Every wcit-* element of the page and its same-origin frames has left
 * `loading` (but in a frame with no script, such as the configurator's first,
 * pre-rendered preview: nothing there will run), and no feed check is still running.
 */
const SETTLED = () => {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
  const elements = docs.flatMap((d) => (d.querySelector('script') ? [...d.querySelectorAll('*')].filter((el) => el.localName.startsWith('wcit-')) : []));
  return (
    document.readyState === 'complete' &&
    elements.every((el) => ['ready', 'error'].includes(el.getAttribute('state'))) &&
    !/Checking the feed/.test(document.querySelector('#feed-check')?.textContent ?? '') &&
    // The configurator's first preview has come (it is blank until the feed check answers).
    !document.querySelector('#preview:not([srcdoc])') &&
    docs.every((d) => d.readyState === 'complete')
  );
};

/** One load of `url` at `viewport`: its main document's shifts (and its frames', apart). */
export async function shiftsOf(browser, url, [width, height]) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(SETTLED, { timeout: 30000, polling: 50 });
    // Still for a second after settling and after the last shift: late shifts are counted.
    const settledAt = await page.evaluate(() => performance.now());
    await page.waitForFunction((since) => performance.now() - Math.max(since, ...(window.__shifts ?? []).map((s) => s.at)) > 1000, { polling: 100 }, settledAt);
    const main = await page.evaluate(() => window.__shifts);
    const frames = [];
    for (const frame of page.frames()) if (frame !== page.mainFrame()) frames.push(...((await frame.evaluate(() => window.__shifts).catch(() => [])) ?? []));
    return { main, frames };
  } finally {
    await page.close();
  }
}

/** The configurator's default snippet (the HTML tab, as a webmaster copies it), its script served from `origin`. */
async function defaultSnippet(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/configurator.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#snippet')?.textContent?.includes('<wcit-'));
    const snippet = await page.evaluate(() => document.querySelector('#snippet').textContent);
    return snippet.replace(/src="[^"]*\/wcit\.js"/, `src="${origin}/wcit.js"`);
  } finally {
    await page.close();
  }
}

const pad = (s, n) => String(s).padEnd(n);
const fixed = (x) => x.toFixed(3).padStart(6);

async function measureCls(browser, origin, routes) {
  const snippet = await defaultSnippet(browser, origin);
  routes.set('/member-page.html', ['text/html', memberPage(snippet).replace(/<script>\n?window\.__bench[\s\S]*?<\/script>/, '')]);
  console.log(`\nLayout shifts, the feed ${FEED_DELAY} ms late, median of ${RUNS} loads (CLS = largest session window; sum = every shift)\n`);
  console.log('The default snippet, as the configurator writes it:\n' + snippet.replace(/^/gm, '  ') + '\n');
  console.log([pad('page', 34), pad('viewport', 9), '   CLS', '   sum', ' frames', '  moved (last load)'].join(' '));
  const pages = { ...PAGES, "default snippet in a member's page": '/member-page.html' };
  for (const [name, path] of Object.entries(pages)) {
    for (const viewport of VIEWPORTS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await shiftsOf(browser, `${origin}${path}`, viewport));
      const sum = (xs) => xs.reduce((a, s) => a + s.value, 0);
      const last = runs.at(-1);
      const moved = [...new Set(last.main.map((s) => s.moved))].join(', ').slice(0, 80);
      console.log(
        [pad(name, 34), pad(viewport.join('×'), 9), fixed(median(runs.map((r) => sessionCls(r.main)))), fixed(median(runs.map((r) => sum(r.main)))), fixed(median(runs.map((r) => sum(r.frames)))), ` ${moved}`].join(' '),
      );
    }
  }
  console.log('\n(frames: the sum of shifts inside the page\'s iframes, e.g. the configurator\'s preview; Chrome counts them apart.)');
}

async function measureLighthouse(browser, origin) {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
  console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), median of ${RUNS} runs\n`);
  console.log([pad('page', 14), 'perf', 'a11y', 'best', ' seo', '   CLS', '   TBT', 'bench', 'failing audits (last run)'].join(' '));
  for (const [name, path] of Object.entries(PAGES)) {
    const runs = [];
    let failing = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        // Lighthouse's measure of this machine's speed (a busy machine scores low, and its simulated TBT grows).
        benchmark: lhr.environment.benchmarkIndex,
      });
      failing = CATEGORIES.flatMap((c) =>
        lhr.categories[c].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${ref.id} ${lhr.audits[ref.id].score}`),
      );
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log([pad(name, 14), ...CATEGORIES.map((c) => String(m(c)).padStart(4)), fixed(m('cls')), `${Math.round(m('tbt'))}`.padStart(6), `${Math.round(m('benchmark'))}`.padStart(5), failing.join(', ')].join(' '));
  }
}

/** `what`: 'cls', or 'lighthouse' (both). */
export async function bench(what) {
  const routes = siteFiles();
  if (!routes.has('/configurator.html')) throw new Error('site-dist/ has no configurator.html: run npm run build:site first.');
  // The feeds are late only while layout shifts are measured; Lighthouse gets them at once.
  let feedDelay = 0;
  const server = await serve(routes, { cacheControl: 'max-age=600', delay: (path) => (path.endsWith('.json') ? feedDelay : 0) });
  const chromium = await findChromium();
  const browser = await puppeteer.launch({
    executablePath: chromium.path,
    headless: chromium.headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    console.log(`Chromium ${await browser.version()}; ${server.origin}`);
    if (what === 'lighthouse') await measureLighthouse(browser, server.origin);
    feedDelay = FEED_DELAY;
    await measureCls(browser, server.origin, routes);
  } finally {
    await browser.close();
    server.close();
  }
}
