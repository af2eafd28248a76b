// What the page benchmarks share (embed.bench.mjs, lighthouse.mjs,
// dsd-experiment.mjs): the built files, a local server that sends them as a
// CDN would, a page under the bench's CPU and network emulation, and the median.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
export async function serve(routes, { cacheControl = 'no-cache', onRequest = () => {} } = {}) {
  const compressed = new Map();
  const brotli = (path, body) => compressed.get(path) ?? compressed.set(path, brotliCompressSync(body)).get(path);
  for (const [path, [, body]] of routes) brotli(path, Buffer.from(body));
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const [type, body] = routes.get(path) ?? [];
    if (!body) return res.writeHead(404).end();
    onRequest(path);
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cacheControl, ...(br ? { 'Content-Encoding': 'br' } : {}) });
    res.end(br ? brotli(path, Buffer.from(body)) : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
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
