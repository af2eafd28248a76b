/**
 * Is a published feed served so that members' sites can read it? Given what a
 * host answered (status, headers, body, redirects), the findings, each with
 * what it means for members' sites and, when something should change, the
 * fix. Pure: no Node or DOM import, so `wcit-feed check-host` (which does the
 * fetching in Node) and a page in the browser give the same words.
 *
 * What is checked is what the elements depend on (see feed-format.md): a
 * cross-origin GET with no cookies must be allowed by
 * `Access-Control-Allow-Origin`, the body must be a feed the reader accepts,
 * and revalidation must be cheap (`ETag`/`Last-Modified`, a short
 * `Cache-Control: max-age`), because every page view on every member's site
 * asks for it.
 */
import { readFeed, readSignatoriesDocument, validateFeed, validateSignatoriesDocument } from '../feed/read.js';
import { unknownFields } from './unknown-fields.js';

export type Severity = 'ok' | 'warning' | 'error';

export interface Finding {
  /** `error`: members' sites will not work; `warning`: they work, but should be better served. */
  severity: Severity;
  /** What the finding is about: `CORS`, `status`, `redirect`, `content type`, `JSON`, `format`, `compression`, `revalidation`, `caching`, `size`, `address`. */
  topic: string;
  message: string;
  /** What to change, when something should. */
  fix?: string;
}

/** One answer on the way to the document: a redirect, or the final response. */
export interface HostAnswer {
  url: string;
  status: number;
  statusText?: string;
  /** Header names in lower case; a repeated header's values joined with ", ". */
  headers: Readonly<Record<string, string>>;
}

export interface HostResponse extends HostAnswer {
  /** The redirects followed to get here, in order (each with its own headers). */
  redirects?: readonly HostAnswer[];
  /** The body after the Content-Encoding was undone: bytes, or text when bytes are not available. */
  body?: Uint8Array | string;
  /** Why the body could not be decoded (e.g. "Content-Encoding: gzip" on a body that is not gzip). */
  bodyError?: string;
  /** Bytes on the wire, when known (the Content-Length of a compressed body). */
  wireBytes?: number;
  /** The status of a second request with If-None-Match / If-Modified-Since, when one was made. */
  revalidatedStatus?: number;
  /** Milliseconds from the request to the end of the body, redirects included, when measured. */
  elapsedMs?: number;
}

export interface HostCheck {
  findings: Finding[];
  /** For a split feed, the absolute URL of its complete list: check it too. */
  listUrl?: string;
}

/** How long new signatories may take to reach members' sites before we say so. */
const MAX_AGE_LIMIT_S = 3600;
/** A feed above this is heavy for a counter on every page view: split it. */
const FEED_SIZE_LIMIT = 100 * 1024;
/** A list above this is slow on a phone even when asked for. */
const LIST_SIZE_LIMIT = 5 * 1024 * 1024;
/** An answer slower than this is worth a warning: the elements give up at 15 s. */
const SLOW_MS = 3000;
/** Below this, compression saves too little to matter. */
const COMPRESS_FROM = 1024;

const RECIPES = "docs/organisers.md, \"Hosting the feed\", has the lines for GitHub Pages, Netlify, S3, nginx and Apache";

/**
 * Checks one response: the feed (`what: 'feed'`) or a split feed's complete
 * list (`'list'`), as fetched by a page on `pageOrigin`.
 */
export function checkHostResponse(response: HostResponse, what: 'feed' | 'list', pageOrigin: string): HostCheck {
  const findings: Finding[] = [];
  const add = (severity: Severity, topic: string, message: string, fix?: string) =>
    findings.push({ severity, topic, message, ...(fix ? { fix } : {}) });
  const name = what === 'feed' ? 'the feed' : 'the complete list';

  // The address: an https: page may not fetch http: (mixed content), except from this computer.
  const first = response.redirects?.[0]?.url ?? response.url;
  for (const url of [first, ...(response.redirects ?? []).slice(1).map((hop) => hop.url), response.url]) {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') continue;
    if (isLoopback(parsed.hostname)) {
      add('ok', 'address', `${url} is on this computer: fine for a test, but members' sites need a public https: address`);
    } else {
      add('error', 'address', `${url} is http:, and members' pages served over https: may not load it (mixed content)`, 'publish it at an https: address (every host in docs/organisers.md serves https)');
    }
    break;
  }

  // A sign-in wall: the file is not public, and no member's visitor is signed in.
  const login = signInWall(response);
  if (login) {
    add('error', 'sign-in', `${login}: the file must be public, since members' visitors are not signed in to your account`, PUBLIC_FIX);
    return { findings };
  }

  // Redirects: the browser follows them, and each answer needs the CORS header.
  for (const hop of response.redirects ?? []) {
    const location = hop.headers.location ?? '';
    const cors = corsOf(hop.headers, pageOrigin);
    if (!cors.ok) {
      add('error', 'redirect', `${hop.url} redirects (${hop.status}) to ${location}, with ${cors.problem}, so browsers stop there`, `give members the final address, ${response.url}`);
    } else {
      add('warning', 'redirect', `${hop.url} redirects (${hop.status}) to ${location}: every page view pays an extra request`, `give members the final address, ${response.url}`);
    }
  }

  // Status.
  if (response.status < 200 || response.status > 299) {
    const text = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (response.status === 404) {
      add('error', 'status', `${response.url} answered 404 Not Found: members' sites show their fallback link instead of ${name}`,
        what === 'feed' ? 'check the address, and that the file was published there' : `upload the list the builder wrote (${fileName(response.url)}) next to the feed`);
    } else {
      add('error', 'status', `${response.url} answered ${text}, not 200`, response.status >= 500 ? 'the host has a fault: try again later, or ask the host' : 'check the address and the host');
    }
    return { findings };
  }
  if (response.elapsedMs !== undefined) {
    const seconds = (response.elapsedMs / 1000).toFixed(1);
    if (response.elapsedMs > SLOW_MS) {
      add('warning', 'time', `${seconds} s to answer: members' pages wait that long for the letter, and give up after 15 s`, 'serve it as a static file from a fast host or a CDN (GitHub Pages, Netlify, S3 with CloudFront)');
    } else add('ok', 'time', `${seconds} s`);
  }
  add('ok', 'status', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);

  // CORS.
  const cors = corsOf(response.headers, pageOrigin);
  if (!cors.ok) {
    add('error', 'CORS', `${cors.problem}: browsers refuse ${name} to every member's site`, `send "Access-Control-Allow-Origin: *" with it (${RECIPES})`);
  } else if (cors.echoed && !/\borigin\b/i.test(response.headers.vary ?? '')) {
    add('warning', 'CORS', `Access-Control-Allow-Origin repeats the page's origin (${pageOrigin}) without "Vary: Origin": a cache may hand one site's answer to another, which browsers then refuse`, 'send "Access-Control-Allow-Origin: *" (the feed is public), or add "Vary: Origin"');
  } else {
    add('ok', 'CORS', `Access-Control-Allow-Origin: ${response.headers['access-control-allow-origin']}`);
  }

  // Content type: the elements read the body whatever it is labelled, but a
  // wrong label is how an error page passes for the feed, and a wrong charset
  // garbles names in a browser tab.
  const type = response.headers['content-type'];
  const mime = type?.split(';')[0].trim().toLowerCase();
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type ?? '')?.[1].toLowerCase();
  if (!mime) {
    add('warning', 'content type', 'no Content-Type header', 'serve .json files as "application/json"');
  } else if (mime !== 'application/json' && !mime.endsWith('+json')) {
    add('warning', 'content type', `Content-Type is ${type}, not application/json`, 'serve .json files as "application/json" (a web page here usually means a wrong address or an error page)');
  } else if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    add('warning', 'content type', `Content-Type says charset=${charset}, but the feed is UTF-8`, 'serve it as "application/json; charset=utf-8", or with no charset');
  } else {
    add('ok', 'content type', type!);
  }

  // The body.
  if (response.bodyError !== undefined) {
    add('error', 'compression', `the body cannot be decoded: ${response.bodyError}`, 'send Content-Encoding only for a body compressed that way');
    return { findings };
  }
  const bytes = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : (response.body ?? new Uint8Array());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    add('error', 'compression', 'the body is gzip-compressed, but no Content-Encoding header says so: browsers read it as garbage', 'upload the JSON uncompressed, or send "Content-Encoding: gzip" with it (S3: --content-encoding gzip)');
    return { findings };
  }
  let text: string;
  try {
    text = typeof response.body === 'string' ? response.body : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    add('error', 'JSON', `${name} is not UTF-8 text`, 'save it as UTF-8 (the feed builder does)');
    return { findings };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const page = /^\s*</.test(text) ? ' It is a web page, not JSON: check the address (a host often answers a missing file with its home page).' : '';
    add('error', 'JSON', `${name} is not valid JSON: ${(error as Error).message}.${page}`, 'publish the file `wcit-feed build` wrote, unchanged');
    return { findings };
  }
  const listUrl = checkDocument(json, what, response.url, add);

  // Compression: the JSON of a list of names compresses about tenfold.
  const encoding = response.headers['content-encoding']?.toLowerCase();
  if (encoding && encoding !== 'identity') {
    const wire = response.wireBytes === undefined ? '' : `: ${size(response.wireBytes)} on the wire for ${size(bytes.length)} of JSON`;
    add('ok', 'compression', `${encoding}${wire}`);
  } else if (bytes.length >= COMPRESS_FROM) {
    add('warning', 'compression', `not compressed: ${size(bytes.length)} travel as they are`, 'turn on gzip or Brotli for application/json (GitHub Pages and Netlify do it themselves)');
  } else {
    add('ok', 'compression', `none, and at ${size(bytes.length)} none is needed`);
  }

  // Revalidation: with a validator, a page view costs a 304 instead of the whole feed.
  const validators = ['etag', 'last-modified'].filter((header) => response.headers[header]);
  if (validators.length === 0) {
    add('warning', 'revalidation', `no ETag or Last-Modified: every page view downloads ${name} again in full`, 'serve it as a static file (static hosts send ETag), or have your script send an ETag');
  } else {
    const sent = validators.map((header) => `${header === 'etag' ? 'ETag' : 'Last-Modified'}: ${response.headers[header]}`).join(', ');
    if (response.revalidatedStatus === undefined || response.revalidatedStatus === 304) {
      add('ok', 'revalidation', `${sent}${response.revalidatedStatus === 304 ? '; asked again with them, it answered 304 Not Modified' : ''}`);
    } else {
      add('warning', 'revalidation', `${sent}, but asked again with them it answered ${response.revalidatedStatus}, not 304: every page view downloads ${name} again in full`, 'serve it as a static file, or have your script answer If-None-Match with 304');
    }
  }

  // Caching: how soon members' sites show a change.
  const cacheControl = response.headers['cache-control'];
  const directives = new Map(
    (cacheControl ?? '').split(',').map((part) => {
      const [key, value] = part.trim().split('=');
      return [key.toLowerCase(), value?.replace(/"/g, '')] as const;
    }),
  );
  const maxAge = directives.has('max-age') ? Number(directives.get('max-age')) : undefined;
  if (!cacheControl) {
    add('warning', 'caching', 'no Cache-Control: browsers guess how long to reuse it (often a tenth of the file\'s age, so hours or days), and new signatories show late', 'send "Cache-Control: max-age=300" (five minutes)');
  } else if (directives.has('no-store')) {
    add('warning', 'caching', 'Cache-Control: no-store: every page view downloads it in full, with no 304', 'send "Cache-Control: max-age=300", or "no-cache" with an ETag');
  } else if (maxAge !== undefined && maxAge > MAX_AGE_LIMIT_S) {
    add('warning', 'caching', `Cache-Control: ${cacheControl}: a new signatory can take ${duration(maxAge)} to appear on members' sites`, 'send "Cache-Control: max-age=300" (five minutes)');
  } else {
    add('ok', 'caching', `Cache-Control: ${cacheControl}`);
  }

  // Size.
  const limit = what === 'feed' ? FEED_SIZE_LIMIT : LIST_SIZE_LIMIT;
  if (bytes.length > limit) {
    add('warning', 'size', what === 'feed' ? `${size(bytes.length)}: every page with a counter downloads all of it` : `${size(bytes.length)}: downloaded when a visitor opens the whole list or searches it`,
      what === 'feed' && !listUrl ? 'split the list: `wcit-feed build` does above --split-threshold signatories (default 1000), keeping the first --inline ones in the feed' : 'keep the list to the signatories\' names and countries');
  } else {
    add('ok', 'size', size(bytes.length));
  }

  return { findings, ...(listUrl ? { listUrl } : {}) };
}

const PUBLIC_FIX =
  'publish the file where anyone may read it without signing in: Google Drive and SharePoint/OneDrive share links open a viewer page, not the file, so use a web host instead; ' +
  'a private GitHub repository needs GitHub Pages published publicly (or a public repository); then give members that address. ' +
  RECIPES;

const LOGIN_URL = /(^|[/.?=_-])(log-?in|sign-?in|signin|sso|auth|oauth2?|saml|accounts\.google\.com|login\.microsoftonline\.com)([/.?=_&-]|$)/i;

/** What shows the feed is behind a sign-in (a 401 or 403, a redirect to a login page, a login form), or undefined. */
function signInWall(response: HostResponse): string | undefined {
  if (response.status === 401) return `${response.url} answered 401 (sign-in required)`;
  if (response.status === 403) return `${response.url} answered 403 (forbidden)`;
  const hop = (response.redirects ?? []).find((h) => LOGIN_URL.test(h.headers.location ?? ''));
  if (hop) return `${hop.url} redirects to a sign-in page (${hop.headers.location})`;
  const text = typeof response.body === 'string' ? response.body : response.body ? new TextDecoder().decode(response.body.subarray(0, 65536)) : '';
  if (/^\s*</.test(text) && /type\s*=\s*["']?password|sign[ -]?in|log[ -]?in/i.test(text)) return `${response.url} answers with a sign-in page instead of the feed`;
  return undefined;
}

/** True when no finding says members' sites will fail. */
export const worksForMembers = (findings: readonly Finding[]): boolean => !findings.some((finding) => finding.severity === 'error');

/**
 * Checks the parsed document as the elements read it; returns a split feed's
 * list URL. A document the reader refuses is an error; a violation the reader
 * survives (by leaving that part out) is a warning naming its path.
 */
function checkDocument(json: unknown, what: 'feed' | 'list', url: string, add: (severity: Severity, topic: string, message: string, fix?: string) => void): string | undefined {
  const read = what === 'feed' ? readFeed(json) : readSignatoriesDocument(json);
  if (!read.ok) {
    add('error', 'format', `members' sites refuse ${what === 'feed' ? 'the feed' : 'the list'}: ${read.issue.path || 'feed'}: ${read.issue.message}`, 'build it with `wcit-feed build`, and check it with `wcit-feed validate`');
    return undefined;
  }
  const violations = what === 'feed' ? validateFeed(json) : validateSignatoriesDocument(json);
  for (const { path, message } of violations) {
    add('warning', 'format', `${path || 'feed'}: ${message} (members' sites leave this out)`, 'correct the source and build again');
  }
  // Fields the format does not define: members' sites ignore them, so what was put there never shows.
  for (const { path, meant } of unknownFields(json, what === 'list')) {
    add('warning', 'fields', `${path}: not a field of the feed format v1, so members' sites ignore it${meant ? ` (did you mean ${meant}?)` : ''}`, 'correct the source and build again (wcit-feed validate --strict lists every one)');
  }
  if (violations.length === 0) {
    if ('feed' in read) {
      const { feed } = read;
      const total = feed.signatoryCount ?? feed.signatories.length;
      add('ok', 'format', `a valid feed v1: ${total} ${total === 1 ? 'signatory' : 'signatories'}, ${Object.keys(feed.letter).length === 1 ? '1 language' : `${Object.keys(feed.letter).length} languages`}`);
    } else {
      add('ok', 'format', `a valid list: ${read.document.signatories.length} signatories`);
    }
  }
  if ('feed' in read && read.feed.signatoriesUrl) {
    try {
      return new URL(read.feed.signatoriesUrl, url).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Whether a page on `origin` may read a response with these headers. */
function corsOf(headers: Readonly<Record<string, string>>, origin: string): { ok: true; echoed: boolean } | { ok: false; problem: string } {
  const value = headers['access-control-allow-origin'];
  if (value === undefined) return { ok: false, problem: 'no Access-Control-Allow-Origin header' };
  const trimmed = value.trim();
  if (trimmed === '*') return { ok: true, echoed: false };
  if (trimmed === origin) return { ok: true, echoed: true };
  if (trimmed.includes(',')) return { ok: false, problem: `Access-Control-Allow-Origin is sent twice ("${value}"), which browsers refuse` };
  return { ok: false, problem: `Access-Control-Allow-Origin is "${value}", which lets only that site read it` };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '[::1]';
}

const fileName = (url: string): string => new URL(url).pathname.split('/').pop() || url;

/** 1,234 B, 12.3 KB, 4.5 MB. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 7200 → "2 hours". */
function duration(seconds: number): string {
  const [n, unit] = seconds >= 86400 ? [Math.round(seconds / 86400), 'day'] : seconds >= 3600 ? [Math.round(seconds / 3600), 'hour'] : [Math.round(seconds / 60), 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
