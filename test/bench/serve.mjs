// What the page benchmarks share (embed.bench.mjs, lighthouse.mjs,
// dsd-experiment.mjs): the built files, a local server that sends them as a
// CDN would, a page under the bench's CPU and network emulation, and the median.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

export const root = resolve(new URL('../..', import.meta.url).pathname);

/** 150 ms RTT, 1.6 Mb/s down, 750 kb/s up: a slow mobile line (Chrome DevTools' emulation). */
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The built bundle and default feed, as routes: `{ '/wcit.js': [type, bytes], '/feed.json': … }`. */
export const builtFiles = () => ({
  '/wcit.js': ['text/javascript', readFileSync(resolve(root, 'dist/wcit.js'))],
  // Its chunks (the interface languages but English), beside it.
  ...Object.fromEntries(
    readdirSync(resolve(root, 'dist'))
      .filter((name) => /^wcit-.+-[\w-]{8}\.js$/.test(name))
      .map((name) => [`/${name}`, ['text/javascript', readFileSync(resolve(root, 'dist', name))]]),
  ),
  '/feed.json': ['application/json', readFileSync(resolve(root, 'dist/wcit-2012.json'))],
});

/**
 * Serves `routes` (path → [content type, body]; a route added later is
 * served too) on 127.0.0.1, brotli-compressed once per path, as a CDN serves
 * it: compressing wcit.js per request (55 ms at brotli's best) took a core
 * from the browser while the page painted, and so slowed every page that
 * loads it (×1.06–×1.15 measured for the pre-rendered snippet, ×1.03 once it
 * stopped). `onRequest(path)` sees every request.
 */
export async function serve(routes, { cacheControl = 'no-cache', onRequest = () => {}, delay = () => 0 } = {}) {
  // Per route, not per path: a route replaced later is compressed anew.
  const compressed = new WeakMap();
  const brotli = (route) => compressed.get(route) ?? compressed.set(route, brotliCompressSync(Buffer.from(route[1]))).get(route);
  for (const route of routes.values()) brotli(route);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const route = routes.get(path);
    if (!route) return res.writeHead(404).end();
    onRequest(path);
    // `delay(path)` ms before answering: a slow feed host, say.
    const wait = delay(path);
    if (wait) return void setTimeout(() => send(req, res, route), wait);
    send(req, res, route);
  });
  const send = (req, res, route) => {
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': route[0], 'Cache-Control': cacheControl, ...(br ? { 'Content-Encoding': 'br' } : {}) });
    res.end(br ? brotli(route) : route[1]);
  };
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon', zip: 'application/zip', txt: 'text/plain' };

/** Every file of the built site (`npm run build:site`, site-dist/) as routes; a folder's index.html also at the folder's path. */
export function siteFiles(dir = resolve(root, 'site-dist')) {
  const routes = new Map();
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = resolve(dir, name);
    if (!statSync(file).isFile()) continue;
    const path = `/${String(name).split(sep).join('/')}`;
    const route = [TYPES[extname(path).slice(1)] ?? 'application/octet-stream', readFileSync(file)];
    routes.set(path, route);
    if (path.endsWith('/index.html')) routes.set(path.slice(0, -'index.html'.length), route);
  }
  return routes;
}

/** A fresh page `width` × `height`, cache off, 4× CPU and NETWORK: every load a first visit on a slow phone. */
export async function throttledPage(browser, [width, height]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}
