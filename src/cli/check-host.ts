import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { DEFAULT_TIMEOUT_MS } from '../feed/loader.js';
import { checkHostResponse, worksForMembers, type Finding, type HostAnswer, type HostCheck, type HostResponse } from '../feed/host-check.js';
import { UsageError, count } from './command.js';

/**
 * `wcit-feed check-host <feed URL>`: fetches the feed the way a member's page
 * does (a cross-origin GET with an Origin header and no cookies, following
 * redirects, accepting compression) and prints what src/feed/host-check.ts
 * finds, then does the same for a split feed's list. This file only fetches
 * and prints; the judgement and its words live in host-check.ts, which the
 * browser can use too.
 */

/** The origin a member's page has, unless --origin gives one. */
const MEMBER_ORIGIN = 'https://member.example';
/** Browsers give up after 20 redirects; a feed needs none. */
const MAX_REDIRECTS = 20;

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

/** Checks and prints one document's findings; a fetch that failed is one error. */
function report(what: 'feed' | 'list', fetched: HostResponse | { error: string; url: string }, origin: string): HostCheck {
  console.log(`\n${what === 'feed' ? 'The feed' : 'The complete list'}: ${fetched.url}`);
  const result: HostCheck =
    'error' in fetched
      ? { findings: [{ severity: 'error', topic: 'address', message: `could not fetch it: ${fetched.error}`, fix: 'check the address, and that the host is up' }] }
      : checkHostResponse(fetched, what, origin);
  const width = Math.max(...result.findings.map((finding) => finding.topic.length));
  for (const { severity, topic, message, fix } of result.findings) {
    console.log(`  ${MARK[severity]} ${topic.padEnd(width)}  ${message}`);
    if (fix) console.log(`    ${' '.repeat(width)}  fix: ${fix}`);
  }
  return result;
}

/** GET with the headers a browser's cross-origin fetch sends, following redirects by hand to see each hop. */
async function fetchAsMember(start: string, origin: string): Promise<HostResponse | { error: string; url: string }> {
  const redirects: HostAnswer[] = [];
  let url = start;
  for (;;) {
    let answer: Awaited<ReturnType<typeof get>>;
    try {
      answer = await get(url, origin);
    } catch (error) {
      return { url, error: (error as Error).message };
    }
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location && redirects.length < MAX_REDIRECTS) {
      redirects.push({ url, status: answer.status, statusText: answer.statusText, headers: answer.headers });
      url = new URL(location, url).href;
      continue;
    }
    let body: Uint8Array | undefined;
    let bodyError: string | undefined;
    const encoding = answer.headers['content-encoding']?.trim().toLowerCase();
    try {
      body = decode(answer.raw, encoding);
    } catch (error) {
      bodyError = `Content-Encoding: ${encoding}, but ${(error as Error).message}`;
    }
    return {
      url,
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      redirects,
      ...(body ? { body } : {}),
      ...(bodyError ? { bodyError } : {}),
      wireBytes: answer.raw.length,
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
      return gunzipSync(raw);
    case 'deflate':
      return inflateSync(raw);
    case 'br':
      return brotliDecompressSync(raw);
    default:
      throw new Error(`browsers cannot decode "${encoding}"`);
  }
}

function get(url: string, origin: string): Promise<{ status: number; statusText: string; headers: Record<string, string>; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(
      url,
      {
        headers: {
          Origin: origin,
          Accept: '*/*',
          'Accept-Encoding': 'gzip, deflate, br',
          'User-Agent': 'wcit-feed check-host',
        },
        timeout: DEFAULT_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: flatten(response.headers), raw: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${DEFAULT_TIMEOUT_MS / 1000} seconds`)));
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
