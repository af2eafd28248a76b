/**
 * The words for a feed's problems: what the reader records as data (`Issue`,
 * check.ts) said in English for a webmaster. In the script-tag bundle this is
 * a chunk of its own (`wcit-words-<hash>.js`), downloaded only by a page whose
 * feed has a problem (the loader imports it then), with why a fetch failed
 * and, by `jsonErrorAt`, where a feed that is not JSON breaks: one extra request for a broken feed, none for
 * a good one. The chunk must import nothing from wcit.js (a page that loads
 * `wcit.js?ver=3` would run a second copy of it), so this module imports
 * types only, and json-position.ts, which nothing else in wcit.js imports.
 */
import type { Issue } from './check.js';
import type { Limits, Schema } from './schema.js';
import type { FeedIssue } from './types.js';

import { jsonErrorAt } from './json-position.js';

/** `TEXT_MAX` in schema.ts (not imported, see above; test/feed/words.test.ts keeps the two equal). */
export const TEXT_MAX = 10_000;

/** The formats of `Limits.w`. */
const FORMATS: Record<NonNullable<Limits['w']>, string> = {
  d: 'an RFC 3339 date-time',
  t: 'an RFC 3339 date or date-time',
  l: 'a BCP 47 language tag',
  c: 'an ISO 3166-1 alpha-2 country code in upper case',
  i: 'an id of a-z, 0-9 and -',
};

/**
 * A value in a message: primitives as JSON (long strings cut), `an array`
 * or `an object` for the rest, which is never walked (a 20,000-deep array must not overflow the
 * stack). JSON.parse reads a number beyond 1.8e308 (`1e309`) as Infinity.
 */
export const shown = (x: unknown): string =>
  x === Object(x)
    ? Array.isArray(x)
      ? 'an array'
      : 'an object'
    : typeof x == 'number' && !isFinite(x)
      ? 'a number beyond ±1.8e308'
      : JSON.stringify(typeof x == 'string' && x.length > 40 ? x.slice(0, 40) + '…' : x);
const got = (x: unknown) => (x === undefined || x === Object(x) ? '' : ', got ' + shown(x));

/** A string's format in words: a URL's from its schemes, else its `w`; `undefined` when it has none. */
const format = (s: Schema): string | undefined =>
  s.p ? `an ${s.p.join(' or ').replace('https: or http:', 'http(s)')} URL` + (s.l ? ' or a relative path' : '') : s.w && FORMATS[s.w];

const range = (s: Schema) => `a string of ${s.min ? s.min + ' to' : 'at most'} ${s.max ?? TEXT_MAX} characters`;

/** What a valid value is, for an issue of kind `k` with the descriptor `s`. */
function expected(k: string, s: Schema): string {
  switch (k) {
    case 's':
      return format(s) || (s.max ? range(s) : 'a string');
    case 'n':
      return range(s);
    case 'f':
      return format(s)!;
    case 'm':
      return 'text with at most 30 combining marks in a row';
    case 'i':
      return 'an integer of at least ' + s.min;
    case 'e':
      return s.v!.map((x) => JSON.stringify(x)).join(' or ');
    case 'a':
    case 'r':
      return (s.min ? 'a non-empty ' : 'an ') + (k == 'a' ? 'array' : 'object');
    default:
      // `o`, `t`: not an object.
      return 'an object';
  }
}

function message(i: Issue): string {
  switch (i.k) {
    case 'V':
      return 'unsupported feed version ' + shown(i.v);
    case 'L':
      return `expected one of the letter's languages (${(i.x as string[]).join(', ')}), got ${shown(i.v)}`;
    case 'C':
      return `expected at least the ${i.x as number} signatories listed, got ${shown(i.v)}`;
    case 'E':
      return '' + (i.v as Error);
  }
  return (i.v === undefined ? 'missing, expected ' : 'expected ') + expected(i.k, i.s!) + got(i.v);
}

/**
 * An issue in words. A warning's message names the path of the fault inside
 * the part dropped, when it lies deeper (`name: missing, expected a string of
 * 1 to 200 characters`).
 */
export const explain = (i: Issue): FeedIssue => ({
  path: i.p,
  message: (i.r ? i.r.replace(/^\./, '') + ': ' : '') + message(i),
});

/**
 * How a fetch failed (loader.ts's `fetchText`), by code: numbers, not an
 * enum, so that wcit.js never imports this module to name them.
 * - 0: `fetch` threw a TypeError (network, CSP or CORS); the detail is its message.
 * - 1: `fetch` threw something else (a script that replaced it); the detail is what.
 * - 2: an HTTP error; the detail is the status and its text.
 * - 3: the body broke off; the detail is the error.
 * - 4: the body is not UTF-8.
 * - 5: the body was not read in time, the detail being the limit in ms;
 * - 6: no answer in time, likewise.
 * - 7: anything else; the detail is the error.
 * - 8: the body is not JSON; the detail is the parser's message, and the body is given too.
 * - 9: the reader refused it; the detail is the issue that says why (`path: message`).
 */
export type FetchFault = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const limit = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`);

/**
 * Why a fetched file cannot be shown, for a webmaster: what happened and,
 * where there is one, what to do. `the` names the file ("The feed at
 * https://…"); `body` is what it held (for fault 8).
 */
export function fetchFailed(the: string, code: FetchFault, detail?: unknown, body = ''): string {
  switch (code) {
    case 8: {
      // Firefox and Chromium name the line and column; WebKit, and V8 for some errors, do not.
      const at = /line \d+ column \d+/.test(detail as string) ? '' : jsonErrorAt(body);
      return `${the} is not valid JSON: ${detail}${at ? ` (${at})` : ''}.${/^\s*</.test(body) ? ' It looks like a web page: check the URL.' : ''}`;
    }
    case 9:
      return `${the} was refused: ${detail}.`;
    case 0:
      // Browsers give CORS refusals and network faults the same opaque TypeError on purpose.
      return `${the} could not be reached (${detail}). Either the network failed, this page's Content-Security-Policy (connect-src) blocks it, or the host does not let other sites read it: it must send the header Access-Control-Allow-Origin: *.`;
    case 1:
      return `${the} could not be requested (${detail}).`;
    case 2:
      return `${the} answered ${String(detail).trim()}.`;
    case 3:
      return `${the} broke off while downloading (${detail}); try again later.`;
    case 4:
      return `${the} is not UTF-8: save it as UTF-8.`;
    case 5:
      return `${the} was still downloading after ${limit(detail as number)}.`;
    case 6:
      return `${the} did not answer within ${limit(detail as number)}.`;
    default:
      return `${the} could not be read (${detail}).`;
  }
}
