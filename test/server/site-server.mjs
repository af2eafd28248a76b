// Serves the built site (site-dist/, from `npm run build:site`) to the browser
// tests under /site/, as a static host would: files byte for byte (so an
// `integrity` value computed at build time is checked against the very bytes
// served), a plain 404 for anything missing, no SPA fallback.
//
// One addition, for the tests only: every HTML page gets a first classic
// script that records console errors and warnings, uncaught errors, failed
// resource loads and unhandled rejections in `window.__siteLog`, so a test can
// assert that a page loads without any.
//
// GET /site/__pages.json   every HTML page of the built site, as paths under /site/
// GET /site/__recorder.js   the recorder, for pages a test writes itself
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve } from 'node:path';

const root = resolve(new URL('../../site-dist', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

const RECORDER_JS = `(function () {
  var log = (window.__siteLog = []);
  function text(v) { try { return v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v); } catch (e) { return String(v); } }
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      log.push('console.' + level + ': ' + Array.prototype.map.call(arguments, text).join(' '));
      return original.apply(this, arguments);
    };
  });
  addEventListener('error', function (event) {
    var t = event.target;
    log.push(t && t !== window ? 'failed to load: ' + (t.src || t.href || t.tagName) : 'uncaught: ' + event.message);
  }, true);
  addEventListener('unhandledrejection', function (event) { log.push('unhandled rejection: ' + text(event.reason)); });
  addEventListener('securitypolicyviolation', function (event) { log.push('refused by the Content-Security-Policy: ' + event.violatedDirective + ' ' + event.blockedURI); });
})();`;
/** The recorder as a classic script: it runs before any module script of the page. */
const RECORDER = '<script src="/site/__recorder.js"></script>';

async function pages(dir = root) {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = await Promise.all(
    entries.map((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [])),
  );
  return found.flat();
}

/** Koa middleware for the test runner: /site/… from site-dist/. */
export async function siteMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/site/')) return next();
  ctx.respond = false;
  const res = ctx.res;
  if (url.pathname === '/site/__recorder.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    return res.end(RECORDER_JS);
  }
  if (url.pathname === '/site/__pages.json') {
    const list = (await pages().catch(() => [])).map((f) => `/site/${relative(root, f).split('\\').join('/')}`).sort();
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(list));
  }
  let path = normalize(decodeURIComponent(url.pathname.slice('/site/'.length)));
  if (path.startsWith('..')) return void (res.writeHead(403), res.end());
  if (path === '.' || path.endsWith('/')) path = join(path, 'index.html');
  let body;
  try {
    body = await readFile(join(root, path));
  } catch {
    // A directory without its slash, as static hosts redirect it.
    const index = await readFile(join(root, path, 'index.html')).catch(() => null);
    if (index) return void (res.writeHead(301, { Location: `${url.pathname}/` }), res.end());
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('Not found');
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  if (extname(path) === '.html') body = Buffer.from(body.toString('utf8').replace(/<head>/i, (head) => head + RECORDER));
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
}
