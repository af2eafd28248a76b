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
//   touch, mobile viewport), the median of RUNS loads. Then the README's
//   first snippet (read from README.md; the one it showed before issue #21
//   beside it, the baseline of the same run) and the plain elements without
//   the snippet's <style> line (the counter and the button, each element
//   alone), and the README's snippet and the counter reading the default feed
//   with a goal, each with the script on time and with the script 1 s late
//   (the page paints its undefined elements first, as on a slow line).
//   `npm run bench -- cls PATTERN` measures only the pages whose name matches
//   PATTERN (a regular expression); WCIT_BENCH_SHIFTS=1 prints every shift of
//   the last load with the boxes that moved (before → after);
//   WCIT_BENCH_BASELINE=path/to/other/wcit.js measures the snippets with that
//   build too, in the same run (rows marked [baseline]).
// - `npm run bench -- lighthouse`: Lighthouse 12.2.3 (mobile, its default
//   simulated throttling) on the home page and the configurator: the four
//   category scores, CLS and TBT, the median of RUNS runs, with Lighthouse's
//   benchmark index of the machine (TBT is simulated from the tasks seen, so
//   a busy machine, index of a few hundred, reports more); then the CLS above.
//
// WCIT_BENCH_RUNS (default 3) sets RUNS. Chromium: $CHROME_PATH, else the
// one test/server/chromium.mjs finds.
import { launchChromium } from '../server/chromium.mjs';
import { memberPage } from './embed.bench.mjs';
import { median, root, serve, siteFiles } from './serve.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const RUNS = Number(process.env.WCIT_BENCH_RUNS ?? 3);
const FEED_DELAY = 700;
const VIEWPORTS = [
  [1280, 800],
  [390, 844],
];
const PAGES = { home: '/', configurator: '/configurator.html' };
/** How late the script comes in the "late script" loads (ms): the page's first paint shows the undefined elements. */
const SCRIPT_DELAY = 1000;

const LINK = 'https://cdt.org';
const PLAIN = {
  counter: `<wcit-signatories compact><a href="${LINK}">See the complete sign-on list</a></wcit-signatories>`,
  button: `<wcit-sign-button><a href="${LINK}" data-wcit>Sign the letter</a></wcit-sign-button>`,
  letter: `<wcit-letter><a href="${LINK}">Read the full letter</a></wcit-letter>`,
  'collapsed letter': `<wcit-letter collapsed><a href="${LINK}">Read the full letter</a></wcit-letter>`,
  list: `<wcit-signatories><a href="${LINK}">See the complete sign-on list</a></wcit-signatories>`,
  // The default feed with a goal (/goal.json): the bar and "Goal: N" come with the feed.
  'counter, a feed with a goal': `<wcit-signatories compact src="/goal.json"><a href="${LINK}">See the complete sign-on list</a></wcit-signatories>`,
};
/** The README's first snippet before issue #21: the baseline the README's snippet is compared with, in the same run. */
const README_BEFORE = ['<script type="module" src="/wcit/wcit.js"></script>', PLAIN.letter, PLAIN.counter, PLAIN.button].join('\n');

/** The first fenced HTML block of the README: what a webmaster copies first. */
function readmeSnippet() {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  return /```html\n([\s\S]*?)```/.exec(readme)[1].trim();
}

/** The snippets measured in a member's page (embed.bench.mjs's memberPage), by name; each loads `/wcit/wcit.js`. */
function snippetPages(configuratorDefault) {
  const script = '<script type="module" src="/wcit/wcit.js"></script>';
  return {
    "configurator's default snippet": configuratorDefault,
    "README's first snippet, before #21": README_BEFORE,
    "README's first snippet": readmeSnippet(),
    "README's first snippet, a feed with a goal": readmeSnippet().replace(/<(wcit-[a-z-]+)/g, '<$1 src="/goal.json"'),
    'plain counter + button, no style': [PLAIN.counter, PLAIN.button, script].join('\n'),
    ...Object.fromEntries(Object.entries(PLAIN).map(([name, html]) => [`plain ${name}, no style`, `${html}\n${script}`])),
  };
}

// Installed in every frame before its own scripts: the page's layout shifts, and when each was.
const PROBE = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__shifts.push({
          value: e.value,
          at: e.startTime,
          moved: e.sources
            .map((s) => s.node?.nodeName?.toLowerCase() + (s.node?.id ? `#${s.node.id}` : s.node?.className ? `.${String(s.node.className).split(' ')[0]}` : ''))
            .join(' '),
          boxes: e.sources
            .map(
              (s) =>
                `${s.node?.nodeName?.toLowerCase() ?? '?'} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
            )
            .join('; '),
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
    await page.setViewport({
      width,
      height,
      deviceScaleFactor: 1,
      isMobile: width < 500,
      hasTouch: width < 500,
    });
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

/** Prints one row per viewport: the median CLS and sum over RUNS loads of `url`, and what moved in the last load. */
async function measureRows(browser, name, url) {
  for (const viewport of VIEWPORTS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await shiftsOf(browser, url, viewport));
    const sum = (xs) => xs.reduce((a, s) => a + s.value, 0);
    const last = runs.at(-1);
    const moved = [...new Set(last.main.map((s) => s.moved))].join(', ').slice(0, 80);
    console.log(
      [
        pad(name, 50),
        pad(viewport.join('×'), 9),
        fixed(median(runs.map((r) => sessionCls(r.main)))),
        fixed(median(runs.map((r) => sum(r.main)))),
        fixed(median(runs.map((r) => sum(r.frames)))),
        ` ${moved}`,
      ].join(' '),
    );
    if (process.env.WCIT_BENCH_SHIFTS) for (const s of last.main) console.log(`      ${Math.round(s.at)} ms ${s.value.toFixed(4)}: ${s.boxes}`);
  }
}

/**
 * `only`: a regular expression; only the pages whose name matches are measured.
 * `baseline`: another build's wcit.js (WCIT_BENCH_BASELINE), with which the snippets are measured too.
 */
async function measureCls(browser, origin, routes, only, baseline) {
  const snippet = await defaultSnippet(browser, origin);
  routes.set('/member-page.html', ['text/html', memberPage(snippet).replace(/<script>\n?window\.__bench[\s\S]*?<\/script>/, '')]);
  // The same files, late (SCRIPT_DELAY) under /late/, and the baseline's under /base/ (and late under /base/late/).
  const feed = routes.get('/wcit-2012.json');
  const bundles = {
    '': routes.get('/wcit.js'),
    ...(baseline ? { '/base': ['text/javascript', readFileSync(baseline)] } : {}),
  };
  for (const [dir, js] of Object.entries(bundles)) {
    for (const sub of [dir, `${dir}/late`]) {
      routes.set(`${sub}/wcit.js`, js);
      routes.set(`${sub}/wcit-2012.json`, feed);
    }
  }
  const goal = JSON.parse(String(feed[1]));
  routes.set('/goal.json', ['application/json', JSON.stringify({ ...goal, signOn: { ...goal.signOn, goal: 100 } })]);
  const wanted = (name) => !only || new RegExp(only, 'i').test(name);
  console.log(`\nLayout shifts, the feed ${FEED_DELAY} ms late, median of ${RUNS} loads (CLS = largest session window; sum = every shift)\n`);
  console.log('The default snippet, as the configurator writes it:\n' + snippet.replace(/^/gm, '  ') + '\n');
  console.log("The README's first snippet:\n" + readmeSnippet().replace(/^/gm, '  ') + '\n');
  console.log([pad('page', 50), pad('viewport', 9), '   CLS', '   sum', ' frames', '  moved (last load)'].join(' '));
  const pages = {
    ...PAGES,
    "default snippet in a member's page": '/member-page.html',
  };
  for (const [name, path] of Object.entries(pages)) if (wanted(name)) await measureRows(browser, name, `${origin}${path}`);
  // The snippets in a member's page, with this build's script (and the baseline's), on time and late.
  for (const [name, html] of Object.entries(snippetPages(snippet))) {
    for (const dir of Object.keys(bundles)) {
      for (const late of [false, true]) {
        const label = `${name}${late ? ', script late' : ''}${dir ? ' [baseline]' : ''}`;
        if (!wanted(label)) continue;
        const path = `${dir}${late ? '/late' : ''}`;
        const body = html.replace(/src="[^"]*\/wcit\.js"/, `src="${origin}${path}/wcit.js"`).replace(/ integrity="[^"]*"/, '');
        const page = `/snippet${path}/${encodeURIComponent(name)}.html`;
        routes.set(page, ['text/html', memberPage(body).replace(/<script>\n?window\.__bench[\s\S]*?<\/script>/, '')]);
        await measureRows(browser, label, `${origin}${page}`);
      }
    }
  }
  console.log(`\n(frames: the sum of shifts inside the page's iframes, e.g. the configurator's preview; Chrome counts them apart.`);
  console.log(` script late: wcit.js answered ${SCRIPT_DELAY} ms late, so the page paints the undefined elements first.)`);
}

async function measureLighthouse(browser, origin) {
  // Imported here: `npm run bench -- cls` runs without it.
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
  console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), median of ${RUNS} runs\n`);
  console.log([pad('page', 14), 'perf', 'a11y', 'best', ' seo', '   CLS', '   TBT', 'bench', 'failing audits (last run)'].join(' '));
  for (const [name, path] of Object.entries(PAGES)) {
    const runs = [];
    let failing = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
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
    console.log(
      [
        pad(name, 14),
        ...CATEGORIES.map((c) => String(m(c)).padStart(4)),
        fixed(m('cls')),
        `${Math.round(m('tbt'))}`.padStart(6),
        `${Math.round(m('benchmark'))}`.padStart(5),
        failing.join(', '),
      ].join(' '),
    );
  }
}

/** `what`: 'cls', or 'lighthouse' (both). */
export async function bench(what) {
  const routes = siteFiles();
  if (!routes.has('/configurator.html')) throw new Error('site-dist/ has no configurator.html: run npm run build:site first.');
  // The feeds are late only while layout shifts are measured; Lighthouse gets them at once.
  let feedDelay = 0;
  const late = (path) => feedDelay && /\/late\/wcit\.js$/.test(path);
  const server = await serve(routes, {
    cacheControl: 'max-age=600',
    delay: (path) => (path.endsWith('.json') ? feedDelay : late(path) ? SCRIPT_DELAY : 0),
  });
  const browser = await launchChromium();
  try {
    console.log(`Chromium ${await browser.version()}; ${server.origin}`);
    if (what === 'lighthouse') await measureLighthouse(browser, server.origin);
    feedDelay = FEED_DELAY;
    await measureCls(browser, server.origin, routes, what === 'cls' ? process.argv[3] : undefined, process.env.WCIT_BENCH_BASELINE);
  } finally {
    await browser.close();
    server.close();
  }
}
