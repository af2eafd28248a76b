import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './helpers.js';

/**
 * Local web servers that answer the way a host is configured, for
 * `wcit-feed check-host` to judge. Each file is served with the headers a
 * route gives; `Accept-Encoding: gzip` is honoured when the route says the
 * host compresses.
 */
export interface Route {
  status?: number;
  headers?: Record<string, string>;
  /** The body: a JSON value, or text/bytes as they are. */
  body?: unknown;
  /** Compress with gzip when the request accepts it, as a host configured to does. */
  gzip?: boolean;
  /** Answer 200 even to a request whose If-None-Match matches (a script that ignores validators). */
  ignoresValidators?: boolean;
  /** Answer only when the request has an Origin header with these extra headers (S3's CORS). */
  corsHeaders?: Record<string, string>;
}

/** The headers of every request the hosts below received, in order. */
export const requests: IncomingMessage['headers'][] = [];

export async function host(routes: Record<string, Route>): Promise<string> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.headers);
    const route = routes[new URL(request.url ?? '/', 'http://host').pathname];
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>');
      return;
    }
    const text = route.body === undefined ? '' : typeof route.body === 'string' || route.body instanceof Uint8Array ? route.body : JSON.stringify(route.body, null, 2);
    let bytes = Buffer.from(text);
    const headers: Record<string, string> = { ...route.headers };
    if (request.headers.origin && route.corsHeaders) Object.assign(headers, route.corsHeaders);
    if (route.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      bytes = gzipSync(bytes);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    // A static host answers a repeat request with 304 when its validator matches.
    const etag = Object.entries(route.headers ?? {}).find(([k]) => k.toLowerCase() === 'etag')?.[1];
    if ((route.status ?? 200) === 200 && etag && request.headers['if-none-match'] === etag && !route.ignoresValidators) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    headers['Content-Length'] = String(bytes.length);
    response.writeHead(route.status ?? 200, headers).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The validators a static file server sends for a body. */
export const staticValidators = (body: unknown): Record<string, string> => ({
  ETag: `"${createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 16)}"`,
  'Last-Modified': 'Mon, 30 Nov 2026 09:00:00 GMT',
});

/**
 * Runs the CLI without blocking this process (the servers above live in it),
 * and gives its exit status and output.
 */
export function cliAsync(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/wcit-feed.ts', ...args], { cwd: fileURLToPath(REPO_ROOT), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A small valid feed, and a split one with its list. */
export const FEED = {
  version: 1,
  id: 'test-letter',
  defaultLanguage: 'en',
  letter: { en: { title: 'A letter', body: [{ type: 'paragraph', content: ['We write to urge you.'] }] } },
  signOn: { url: 'https://example.org/sign' },
  signatories: [{ name: 'Derechos Digitales', country: 'CL' }, { name: 'Panoptykon', country: 'PL' }],
};

export const SPLIT_FEED = { ...FEED, signatories: FEED.signatories.slice(0, 1), signatoryCount: 2, signatoriesUrl: 'lists/test-letter-signatories.json' };
export const LIST = { version: 1, signatories: FEED.signatories };
