// The feed host the browser tests talk to: real HTTP, real faults.
//
// The same handler answers on two origins:
// - the test runner's own (same origin as the test page), as middleware;
// - a plain Node server on 127.0.0.1 (a *different* origin), which serves
//   files byte for byte with no transforms and, like a static host, answers
//   no CORS preflight (OPTIONS gets 405 without CORS headers).
// Tests learn the second origin from GET /api/origins.
//
// GET /api/feed            a feed; query parameters shape the answer:
//   key=K        count this request under K (read back with /api/log?key=K)
//   fixture=N    body from test/fixtures/feeds/N.json (default: minimal)
//   gen=N        N generated signatories (countries cycle, some individuals);
//   split=M      with gen: inline the first M and point signatoriesUrl at the rest
//   status=S     answer with HTTP status S (body: a short text)
//   delay=MS     wait MS milliseconds before answering
//   body=B       notjson (an HTML page) | malformed (JSON cut short) | empty
//                | utf16 (the feed in UTF-16LE with a BOM) | latin1 (bytes that are not UTF-8)
//                | short (Content-Length promises more than is sent) | reset (the connection
//                drops mid-body) | slow (headers, then a byte every 100 ms for a minute)
//   cors=0       omit Access-Control-Allow-Origin
//   version=V    set the feed's version field to V
//   etag=1       send an ETag and answer 304 to a matching If-None-Match
// GET /api/signatories?gen=N&key=K   the split list document for gen=N
// GET /api/mutable?key=K             a feed whose count /api/mutable/set changes;
//                                    always ETag + 304 when unchanged
// GET /api/mutable/set?key=K&count=N      (count=-1: the feed becomes malformed JSON)
// GET /api/arrived?key=K             { count }: requests under K that reached the host, answered or not
// GET /api/log?key=K                 { requests: [{ status, method, headers }] }
// GET /api/origins                   { same, cross }
// GET /api/page?csp=P                a member's page under Content-Security-Policy P that
//                                    loads dist/wcit.js with the three elements and their
//                                    fallbacks; it records what the console says in
//                                    window.said (see test/hostile-page.test.ts)
// The second origin also serves dist/ and test/fixtures/ as files, and under
// /alone/dist/ a copy of dist/ that lacks the chunks beside wcit.js.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve, extname, normalize } from 'node:path';
import { generateSignatories, generatedFeed, sendDefaultFeed } from '../../build/generated-feed.mjs';

export { generateSignatories, generatedFeed, sendDefaultFeed };

const root = resolve(new URL('../..', import.meta.url).pathname);
const logs = new Map();
// Requests counted as they arrive, before any delay: a test waits on this, not on a clock.
const arrived = new Map();
const mutable = new Map();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function log(key, entry) {
  if (!key) return;
  if (!logs.has(key)) logs.set(key, []);
  logs.get(key).push(entry);
}

async function fixture(name) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error('bad fixture name');
  return JSON.parse(await readFile(resolve(root, 'test/fixtures/feeds', `${name}.json`), 'utf8'));
}

/** Answers /api/*; returns false when the path is not ours. */
async function handleApi(url, req, res, { cors }) {
  const q = url.searchParams;
  const key = q.get('key');
  if (key && url.pathname !== '/api/log' && url.pathname !== '/api/arrived') arrived.set(key, (arrived.get(key) ?? 0) + 1);
  const send = (status, body, headers = {}) => {
    const h = { 'Cache-Control': 'no-store', ...headers };
    if (cors && q.get('cors') !== '0') h['Access-Control-Allow-Origin'] = '*';
    log(key, { path: url.pathname, status, method: req.method, headers: { ...req.headers } });
    res.writeHead(status, h);
    res.end(body);
  };
  const json = (status, value, headers) =>
    send(status, JSON.stringify(value), { 'Content-Type': 'application/json', ...headers });

  switch (url.pathname) {
    case '/api/origins':
      json(200, { cross: `http://127.0.0.1:${crossPort}` });
      return true;
    case '/api/page': {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': q.get('csp') ?? '' });
      res.end(`<!doctype html><meta charset="utf-8"><title>A member's page</title>
<script>
  window.said = [];
  for (const k of ['error', 'warn']) {
    const real = console[k];
    console[k] = (...a) => (said.push(a.join(' ')), real.apply(console, a));
  }
  addEventListener('error', (e) => said.push('uncaught: ' + e.message));
  document.addEventListener('securitypolicyviolation', (e) => said.push('violation: ' + e.violatedDirective));
</script>
<wcit-letter src="/api/feed?fixture=minimal"><p class="fallback">Read the letter on our site</p></wcit-letter>
<wcit-signatories src="/api/feed?fixture=minimal"><p class="fallback">See who signed</p></wcit-signatories>
<wcit-sign-button src="/api/feed?fixture=minimal"><a class="fallback" href="https://example.org/sign">Sign</a></wcit-sign-button>
<script type="module" src="/dist/wcit.js"></script>
<script type="module">window.loaded = true;</script>`);
      return true;
    }
    case '/api/arrived':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify({ count: arrived.get(key) ?? 0 }));
      return true;
    case '/api/log':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify({ requests: logs.get(key) ?? [] }));
      return true;
    case '/api/mutable/set':
      mutable.set(key, Number(q.get('count')));
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
      res.end();
      return true;
    case '/api/mutable': {
      const count = mutable.get(key) ?? 1;
      const etag = `"m-${count}"`;
      if (req.headers['if-none-match'] === etag) return send(304, undefined, { ETag: etag, 'Cache-Control': 'no-cache' }), true;
      // count=-1: the organiser published a broken file.
      if (count < 0) return send(200, '{"version": 1, "signatories": [', { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'no-cache' }), true;
      json(200, generatedFeed({ n: count, id: 'mutable', title: 'Mutable' }), { ETag: etag, 'Cache-Control': 'no-cache' });
      return true;
    }
    case '/api/signatories': {
      const n = Number(q.get('gen') ?? 0);
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      if (q.get('status')) return send(Number(q.get('status')), 'Error'), true;
      json(200, { version: 1, signatories: generateSignatories(n) });
      return true;
    }
    case '/api/feed': {
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      if (req.destroyed) return log(key, { path: url.pathname, aborted: true }), true;
      const status = Number(q.get('status') ?? 200);
      if (status !== 200) return send(status, `Error ${status}`, { 'Content-Type': 'text/plain' }), true;
      if (q.get('body') === 'notjson') return send(200, '<!doctype html><title>Moved</title><p>Not here', { 'Content-Type': 'text/html' }), true;
      if (q.get('body') === 'malformed') return send(200, '{"version": 1,\n  "id": "x",\n  "letter": {', { 'Content-Type': 'application/json' }), true;
      if (q.get('body') === 'empty') return send(200, '', { 'Content-Type': 'application/json' }), true;
      const feed = await fixture(q.get('fixture') ?? 'minimal');
      const faulty = q.get('body');
      if (['utf16', 'latin1', 'short', 'reset', 'slow'].includes(faulty)) {
        const text = JSON.stringify(feed);
        const bytes =
          faulty === 'utf16'
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
            : faulty === 'latin1'
              ? Buffer.from(text.replace('{', '{"note":"caf\u00e9",'), 'latin1')
              : Buffer.from(text);
        const h = { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' };
        log(key, { path: url.pathname, status: 200, method: req.method, headers: { ...req.headers } });
        if (faulty === 'utf16' || faulty === 'latin1') return res.writeHead(200, h), res.end(bytes), true;
        res.writeHead(200, { ...h, 'Content-Length': String(bytes.length + (faulty === 'short' ? 100 : 0)) });
        res.write(bytes.subarray(0, 10));
        if (faulty === 'short') return res.end(bytes.subarray(10)), setTimeout(() => res.socket?.destroy(), 50), true;
        if (faulty === 'reset') return setTimeout(() => res.socket?.destroy(), 50), true;
        for (let i = 10; i < bytes.length && i < 610 && !res.destroyed; i++) {
          await sleep(100);
          res.write(bytes.subarray(i, i + 1));
        }
        res.end();
        return true;
      }
      if (q.get('gen')) {
        const n = Number(q.get('gen'));
        const split = q.get('split');
        if (split) {
          feed.signatories = generateSignatories(Number(split));
          feed.signatoryCount = n;
          feed.signatoriesUrl = `/api/signatories?gen=${n}${key ? `&key=${key}-list` : ''}`;
        } else {
          feed.signatories = generateSignatories(n);
        }
      }
      if (q.get('version')) feed.version = JSON.parse(q.get('version'));
      const body = JSON.stringify(feed);
      if (q.get('etag') === '1') {
        const etag = `"f-${body.length}"`;
        if (req.headers['if-none-match'] === etag) return send(304, undefined, { ETag: etag, 'Cache-Control': 'no-cache' }), true;
        return send(200, body, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'no-cache' }), true;
      }
      send(200, body, { 'Content-Type': 'application/json' });
      return true;
    }
    default:
      return false;
  }
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };

// The second origin: a bare static host. No transforms, no preflight.
let crossPort = 0;
const cross = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'OPTIONS') {
    res.writeHead(405);
    res.end();
    return;
  }
  if (await handleApi(url, req, res, { cors: true })) return;
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
  // /alone/dist/…: a copy of dist/ with wcit.js but none of the chunks beside it.
  const alone = path.startsWith('alone/');
  if (alone) path = path.slice('alone/'.length);
  if (!/^(dist|test\/fixtures)\//.test(path) || (alone && /^dist\/wcit-.+\.js$/.test(path))) {
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
    res.end('Not found');
    return;
  }
  try {
    const body = await readFile(resolve(root, path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
    res.end('Not found');
  }
});

/** Koa middleware for the test runner's own origin; runs before its static files. */
export async function feedMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  // The default feed, next to src/default-feed.ts, as `npm run build:feed` wrote it.
  const isDefaultFeed = url.pathname === '/src/wcit-2012.json' || url.pathname === '/src/wcit-2012.js';
  if (!url.pathname.startsWith('/api/') && !isDefaultFeed) return next();
  ctx.respond = false;
  if (isDefaultFeed) return sendDefaultFeed(ctx.res, url.pathname.endsWith('.js'));
  if (!(await handleApi(url, ctx.req, ctx.res, { cors: false }))) {
    ctx.res.writeHead(404);
    ctx.res.end('No such endpoint');
  }
}

/** Starts and stops the second origin with the test runner. */
export function feedServerPlugin() {
  return {
    name: 'wcit-feed-server',
    async serverStart() {
      await new Promise((r) => cross.listen(0, '127.0.0.1', r));
      crossPort = cross.address().port;
    },
    serverStop() {
      cross.close();
    },
  };
}
