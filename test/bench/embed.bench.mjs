/* global document, window */
// The letter before JavaScript (issue #14): a member's page with the
// pre-rendered snippet (`wcit-feed embed`) and with the plain one (the
// elements with no content), against the same page with the letter pasted in
// as static HTML, all in one run, under 4× CPU throttling and a 150 ms RTT,
// 1.6 Mb/s network (Chrome DevTools' emulation, over CDP). The server sends
// brotli, as a CDN would, and the browser cache is off, so every load is a
// first visit.
//
// Figures, each the median of RUNS fresh loads:
// - letter painted: navigation start → the frame that shows the letter's
//   title (a task queued from requestAnimationFrame runs after that paint);
// - CLS: the sum of layout-shift entries (none here has recent input) until
//   every element is ready and the page has been still for a while, at 1,280
//   and 360 px wide; "/ x" is the part of it after the first wcit-load (the
//   feed's arrival), the rest happened when the script upgraded the elements.
// Ratios are to the static page of the same run and width. The plain snippet's
// elements are also measured one per page, with the snippet's <style> that
// holds their boxes until the script runs ("now") and without it ("no style").
// With
// WCIT_BENCH_BASELINE=path/to/old/wcit.js the plain snippet is measured with
// that bundle too, element by element ("today", e.g. main's dist/wcit.js).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtFiles, median, root, serve, throttledPage } from './serve.mjs';

const RUNS = Number(process.env.WCIT_BENCH_RUNS ?? 5);
const WIDTHS = [
  [1280, 720],
  [360, 640],
];

/** `wcit-feed embed` itself, so the benchmark measures what members paste. */
function embed(...args) {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/wcit-feed.ts', 'embed', 'dist/wcit-2012.json', '--src', '/feed.json', '--script', '/wcit.js', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

// The probe is the benchmark's, not the member's: it watches for the letter's
// title and collects layout shifts from the first frame on.
const PROBE = `<script>
window.__bench = { cls: 0, late: 0, painted: 0, loaded: 0 };
addEventListener('wcit-load', () => (__bench.loaded ||= performance.now()), true);
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { __bench.cls += e.value; if (__bench.loaded) __bench.late += e.value; } }).observe({ type: 'layout-shift', buffered: true });
(function poll() {
  requestAnimationFrame(() => {
    const el = document.querySelector('wcit-letter');
    const t = el?.shadowRoot?.querySelector('[part=title]') ?? document.querySelector('main article > :first-child');
    if (t && t.getBoundingClientRect().height > 0) setTimeout(() => (__bench.painted = performance.now()));
    else poll();
  });
})();
</script>`;

/** A small NGO's page: its own header, styles and text around the snippet. */
export const memberPage = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>We signed the WCIT letter · Fundación Ejemplo</title>
<style>
body { margin: 0; font: 17px/1.55 Georgia, serif; color: #222; background: #fdfcf8; }
header, footer { padding: 1rem 1.5rem; background: #1d3b53; color: #fff; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; }
a { color: #a4262c; }
</style>${PROBE}</head>
<body><header><strong>Fundación Ejemplo</strong> · Campaigns · About · Contact</header>
<main><h1>We signed the open letter on the WCIT</h1>
<p>Together with civil-society groups from around the world, we ask ITU member states not to extend the ITRs to the Internet.</p>
${body}
<h2>Why it matters</h2>
<p>The Internet has flourished under open, multi-stakeholder governance. Read our analysis and join the campaign.</p>
<p>Contact our team to add your organisation.</p></main>
<footer>Fundación Ejemplo · Santiago de Chile</footer></body></html>`;

/** The pre-rendered content alone, as a webmaster would paste the letter as HTML. */
export const asStatic = (snippet) =>
  snippet
    .replace(/^<(link|script|style)\b.*$/gm, '')
    .replace(/<\/?wcit-[^>]*>/g, '')
    .trim();

export function snippets() {
  const pre = embed();
  const pages = {
    static: asStatic(pre),
    pre,
    'pre, no preload': embed('--no-preload'),
    plain: embed('--no-prerender'),
    'pre, collapsed': embed('--collapsed'),
    'static, collapsed': asStatic(embed('--collapsed')),
  };
  const plain = {
    letter: embed('--no-prerender', '--elements', 'letter'),
    'collapsed letter': embed('--no-prerender', '--collapsed', '--elements', 'letter'),
    list: embed('--no-prerender', '--list', '--elements', 'signatories'),
    counter: embed('--no-prerender', '--elements', 'signatories'),
    button: embed('--no-prerender', '--elements', 'button'),
  };
  // The same without the <style> that holds the boxes until the script runs.
  const bare = Object.fromEntries(Object.entries(plain).map(([name, html]) => [name, html.replace(/^<style>.*\n/, '')]));
  return { pages, plain, bare };
}

export async function bench({ browser }) {
  const built = builtFiles();
  const baselinePath = process.env.WCIT_BENCH_BASELINE;
  const routes = new Map(Object.entries(built));
  routes.set('/today/wcit.js', ['text/javascript', baselinePath ? readFileSync(baselinePath) : built['/wcit.js'][1]]);
  const { pages, plain, bare } = snippets();
  const html = (path, body) => routes.set(path, ['text/html', memberPage(body)]);
  for (const [name, body] of Object.entries(pages)) html(`/${encodeURIComponent(name)}`, body);
  for (const [name, body] of Object.entries(plain)) {
    html(`/plain/${encodeURIComponent(name)}`, body);
    html(`/bare/${encodeURIComponent(name)}`, bare[name]);
    html(`/today/${encodeURIComponent(name)}`, bare[name].replace('/wcit.js', '/today/wcit.js'));
  }
  let feedRequests = 0;
  const server = await serve(routes, { onRequest: (path) => (feedRequests += path == '/feed.json' ? 1 : 0) });

  async function measure(path, size) {
    const page = await throttledPage(browser, size);
    const before = feedRequests;
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    // Ready (or failed) elements, then a still second for late shifts.
    await page.waitForFunction(() => !document.querySelector('script[src]') || [...document.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].every((e) => /ready|error/.test(e.getAttribute('state') ?? '')), { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 1000));
    const r = await page.evaluate(() => ({ ...window.__bench }));
    r.feedRequests = feedRequests - before;
    await page.close();
    return r;
  }

  const results = new Map();
  const run = async (key, path, size, runs = RUNS) => {
    for (let i = 0; i < runs; i++) {
      const list = results.get(key) ?? [];
      list.push(await measure(path, size));
      results.set(key, list);
    }
  };
  try {
    for (const size of WIDTHS) {
      // Interleaved, so a slow moment of the machine hits every variant alike.
      for (let i = 0; i < RUNS; i++) for (const name of Object.keys(pages)) await run(`${name}@${size[0]}`, `/${encodeURIComponent(name)}`, size, 1);
      for (const name of Object.keys(plain)) {
        await run(`plain ${name}@${size[0]}`, `/plain/${encodeURIComponent(name)}`, size, Math.ceil(RUNS / 2));
        await run(`bare ${name}@${size[0]}`, `/bare/${encodeURIComponent(name)}`, size, Math.ceil(RUNS / 2));
        if (baselinePath) await run(`today ${name}@${size[0]}`, `/today/${encodeURIComponent(name)}`, size, Math.ceil(RUNS / 2));
      }
    }
  } finally {
    server.close();
  }

  const pick = (key, f) => median(results.get(key).map(f));
  const fmt = (x, d = 0) => x.toFixed(d);
  const cls = (key) => `${fmt(pick(key, (r) => r.cls), 3)} / ${fmt(pick(key, (r) => r.late), 3)}`;
  console.log(`\nThe letter before JavaScript: median of ${RUNS} loads, 4× CPU, 150 ms RTT, 1.6 Mb/s, cold cache`);
  console.log('(letter painted as ms and as a ratio to the static page of the same width; CLS as measured)\n');
  const head = ['page'.padEnd(20), ...WIDTHS.flatMap(([w]) => [`painted ${w}`.padStart(18), `CLS ${w}`.padStart(14)]), 'feed reqs'.padStart(10)];
  console.log(head.join(' '));
  for (const name of Object.keys(pages)) {
    const base = name.endsWith('collapsed') ? 'static, collapsed' : 'static';
    const cells = WIDTHS.flatMap(([w]) => {
      const p = pick(`${name}@${w}`, (r) => r.painted);
      const s = pick(`${base}@${w}`, (r) => r.painted);
      return [`${fmt(p)} ms ×${(p / s).toFixed(2)}`.padStart(18), cls(`${name}@${w}`).padStart(14)];
    });
    console.log([name.padEnd(20), ...cells, fmt(pick(`${name}@1280`, (r) => r.feedRequests)).padStart(10)].join(' '));
  }
  console.log(`\nPlain snippet, one element on the page: CLS${baselinePath ? ` (today: ${baselinePath})` : ''}\n`);
  console.log(['element'.padEnd(20), ...WIDTHS.flatMap(([w]) => [`now ${w}`.padStart(14), `no style ${w}`.padStart(14), ...(baselinePath ? [`today ${w}`.padStart(14)] : [])])].join(' '));
  for (const name of Object.keys(plain)) {
    const cells = WIDTHS.flatMap(([w]) => [
      cls(`plain ${name}@${w}`).padStart(14),
      cls(`bare ${name}@${w}`).padStart(14),
      ...(baselinePath ? [cls(`today ${name}@${w}`).padStart(14)] : []),
    ]);
    console.log([name.padEnd(20), ...cells].join(' '));
  }
}
