import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { DEFAULT_TIMEOUT_MS } from '../feed/loader.js';
import { checkHostResponse, worksForMembers, type Finding, type HostAnswer, type HostCheck, type HostResponse } from './host-check.js';
import { UsageError, count } from './command.js';
import { networkProblem, type CodedError } from './terminal.js';

/**
 * `wcit-feed check-host <feed URL>`: fetches the feed the way a member's page
 * does (a cross-origin GET with an Origin header and no cookies, following
 * redirects, accepting compression) and prints what src/cli/host-check.ts
 * finds, then does the same for a split feed's list. This file only fetches
 * and prints; the judgement and its words live in host-check.ts, which the
 * browser can use too.
 */

/** The origin a member's page has, unless --origin gives one. */
export const MEMBER_ORIGIN = 'https://member.example';
/** Browsers give up after 20 redirects; a feed needs none. */
const MAX_REDIRECTS = 20;
/**
 * More than this, on the wire or once decompressed, is no feed: stop reading.
 * WCIT_FEED_MAX_BYTES lowers it (the tests use a few kB rather than send 128 MB).
 */
export const MAX_BYTES = Number(process.env.WCIT_FEED_MAX_BYTES) || 128 * 1024 * 1024;
/**
 * However slowly a host trickles its answer, one fetch (redirects included)
 * ends after this. WCIT_FEED_DEADLINE_MS shortens it (for the tests).
 */
export const DEADLINE_MS = Number(process.env.WCIT_FEED_DEADLINE_MS) || 2 * DEFAULT_TIMEOUT_MS;
/** A cap in words: "128 MB", "4 kB". */
const capWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} kB`);

/** 169.254.0.0/16 and fe80::/10: where cloud metadata answers; never fetched. */
const isLinkLocal = (host: string): boolean => /^169\.254\./.test(host) || /^\[?fe[89ab][0-9a-f]:/i.test(host);
/** Loopback and private addresses, as written in a URL (names are not resolved). */
const isPrivate = (host: string): boolean =>
  host === 'localhost' ||
  host.endsWith('.localhost') ||
  /^(127|10)\./.test(host) ||
  /^192\.168\./.test(host) ||
  /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
  /^0\./.test(host) ||
  /^\[(::1?|f[cd][0-9a-f]{2}:.*|::ffff:.*)\]$/i.test(host) ||
  isLinkLocal(host);

/**
 * Why a fetch must not go to `next` (from a fetch that started at `start`),
 * or undefined: never to a link-local address, and to a private or loopback
 * one only when the first address was one too (a test server on 127.0.0.1).
 */
export function refusedTarget(start: string, next: string): string | undefined {
  const to = new URL(next).hostname;
  if (isLinkLocal(to)) return `${next} is a link-local address (where cloud servers keep their secrets): not fetched`;
  if (isPrivate(to) && !isPrivate(new URL(start).hostname)) return `${next} is a private or local address, which no member's page may read from a public one: not followed`;
  return undefined;
}

/** A fetch stopped on purpose, with what the organiser can do about it. */
class Stopped extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

const FIXES = {
  address: 'check the address, and that the host is up',
  tooBig: 'publish the file wcit-feed build wrote (a feed is kilobytes; a long list goes in its own file, see build --split-threshold), and check the address',
  slow: 'serve it as a static file from a fast host or a CDN (GitHub Pages, Netlify, S3 with CloudFront)',
  inside: 'publish the feed on a public host, with no redirect to a private or link-local address, and give members its final address',
};

/** A failed fetch: what went wrong, and what to do about it. */
export interface FetchFailure {
  url: string;
  error: string;
  fix?: string;
}

const MARK: Record<Finding['severity'], string> = { ok: '✓', warning: '!', error: '✗' };

export async function checkHost(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { origin: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('check-host takes the URL of a published feed, e.g. https://example.org/feed.json');
  let url: URL;
  try {
    url = new URL(positionals[0]);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
  } catch {
    throw new UsageError(`check-host takes an http(s) URL, not "${positionals[0]}"`);
  }
  const origin = values.origin ?? MEMBER_ORIGIN;

  console.log(`Fetching ${url.href} as a page on ${origin} would…`);
  const feed = report('feed', await fetchAsMember(url.href, origin), origin);
  const all = [...feed.findings];
  if (feed.listUrl) all.push(...report('list', await fetchAsMember(feed.listUrl, origin), origin).findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  console.log('');
  if (worksForMembers(all)) {
    console.log(`Members' sites will work${warnings ? ` (${count(warnings, 'warning')} worth fixing)` : ''}.`);
    return 0;
  }
  console.log(`Members' sites will NOT work: ${count(errors, 'problem')} to fix${warnings ? `, and ${count(warnings, 'warning')}` : ''}.`);
  return 1;
}

/** Checks and prints one document's findings (with `print`, by default to stdout); a fetch that failed is one error. */
export function report(what: 'feed' | 'list', fetched: HostResponse | FetchFailure, origin: string, print: (line: string) => void = console.log): HostCheck {
  print(`\n${what === 'feed' ? 'The feed' : 'The complete list'}: ${fetched.url}`);
  const result: HostCheck =
    'error' in fetched
      ? { findings: [{ severity: 'error', topic: 'address', message: `could not fetch it: ${fetched.error}`, fix: fetched.fix ?? FIXES.address }] }
      : checkHostResponse(fetched, what, origin);
  const width = Math.max(...result.findings.map((finding) => finding.topic.length));
  for (const { severity, topic, message, fix } of result.findings) {
    print(`  ${MARK[severity]} ${topic.padEnd(width)}  ${message}`);
    if (fix) print(`    ${' '.repeat(width)}  fix: ${fix}`);
  }
  return result;
}

/** GET with the headers a browser's cross-origin fetch sends, following redirects by hand to see each hop. */
export async function fetchAsMember(start: string, origin: string): Promise<HostResponse | FetchFailure> {
  const redirects: HostAnswer[] = [];
  let url = start;
  const deadline = Date.now() + DEADLINE_MS;
  const began = Date.now();
  for (;;) {
    const refused = refusedTarget(start, url);
    if (refused) return { url, error: refused, fix: FIXES.inside };
    let answer: Awaited<ReturnType<typeof get>>;
    try {
      answer = await get(url, origin, deadline);
    } catch (error) {
      return { url, error: networkProblem(error, url), ...(error instanceof Stopped && { fix: error.fix }) };
    }
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location && redirects.length < MAX_REDIRECTS) {
      redirects.push({ url, status: answer.status, statusText: answer.statusText, headers: answer.headers });
      url = new URL(location, url).href;
      continue;
    }
    // The time members' pages wait: this answer's, not the revalidation's below.
    const elapsedMs = Date.now() - began;
    let body: Uint8Array | undefined;
    let bodyError: string | undefined;
    const encoding = answer.headers['content-encoding']?.trim().toLowerCase();
    // A few bytes can decompress to gigabytes (a "compression bomb"): zlib stops at the cap.
    let tooBig = false;
    try {
      body = decode(answer.raw, encoding);
      tooBig = body.length > MAX_BYTES;
    } catch (error) {
      tooBig = (error as CodedError).code === 'ERR_BUFFER_TOO_LARGE';
      if (!tooBig) bodyError = `Content-Encoding: ${encoding}, but ${(error as Error).message}`;
    }
    if (tooBig) return { url, error: `decompressed, the answer is over ${capWords(MAX_BYTES)}, far more than any feed; stopped decoding`, fix: FIXES.tooBig };
    // Prove the validators work: ask again as a browser revalidates.
    let revalidated: number | undefined;
    const conditional: Record<string, string> = {};
    if (answer.headers.etag) conditional['If-None-Match'] = answer.headers.etag;
    if (answer.headers['last-modified']) conditional['If-Modified-Since'] = answer.headers['last-modified'];
    if (answer.status === 200 && Object.keys(conditional).length > 0) {
      try {
        revalidated = (await get(url, origin, deadline, conditional)).status;
      } catch {
        // Reported as untested.
      }
    }
    return {
      ...(revalidated === undefined ? {} : { revalidatedStatus: revalidated }),
      url,
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      redirects,
      ...(body ? { body } : {}),
      ...(bodyError ? { bodyError } : {}),
      wireBytes: answer.raw.length,
      elapsedMs,
    };
  }
}

function decode(raw: Buffer, encoding: string | undefined): Uint8Array {
  switch (encoding) {
    case undefined:
    case '':
    case 'identity':
      return raw;
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw, { maxOutputLength: MAX_BYTES + 1 });
    case 'deflate':
      return inflateSync(raw, { maxOutputLength: MAX_BYTES + 1 });
    case 'br':
      return brotliDecompressSync(raw, { maxOutputLength: MAX_BYTES + 1 });
    default:
      throw new Error(`browsers cannot decode "${encoding}"`);
  }
}

export function get(url: string, origin: string, deadline = Date.now() + DEADLINE_MS, headers: Record<string, string> = {}): Promise<{ status: number; statusText: string; headers: Record<string, string>; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(
      url,
      {
        headers: {
          Origin: origin,
          Accept: '*/*',
          'Accept-Encoding': 'gzip, deflate, br',
          'User-Agent': 'wcit-feed check-host',
          ...headers,
        },
        timeout: DEFAULT_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_BYTES) request.destroy(new Stopped(`the answer is over ${capWords(MAX_BYTES)}, far more than any feed; stopped reading`, FIXES.tooBig));
          else chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: flatten(response.headers), raw: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${DEFAULT_TIMEOUT_MS / 1000} seconds`)));
    const timer = setTimeout(
      () => request.destroy(new Stopped(`the answer took over ${DEADLINE_MS / 1000} seconds; stopped waiting (members' pages give up after ${DEFAULT_TIMEOUT_MS / 1000})`, FIXES.slow)),
      Math.max(0, deadline - Date.now()),
    );
    timer.unref();
    request.on('close', () => clearTimeout(timer));
    request.on('error', reject);
    request.end();
  });
}

/** Node's headers, one string each (repeated ones joined as a browser would see them). */
function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
