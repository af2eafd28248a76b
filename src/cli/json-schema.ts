/**
 * The published JSON Schema (draft 2020-12) of the feed and of the split
 * list, generated from the descriptors in schema.ts with the titles and
 * descriptions of the format page. Build time only (the CLI writes
 * `feed-v1.schema.json`): nothing in the browser bundle imports this module.
 *
 * Three rules of the format cannot be said in JSON Schema and are only in the
 * descriptions: `defaultLanguage` is a key of `letter`, `signatoryCount`
 * is at least the length of `signatories`, and an `xn--` label of a URL's
 * host is Punycode the URL parser can decode. The validator (`validateFeed`)
 * checks all three.
 */
import { MARKS } from '../feed/check.js';
import { isDateTime, isInstant } from '../feed/date.js';
import {
  TEXT_MAX,
  blockSchema,
  feedSchema,
  inlineSchema,
  letterTextSchema,
  signOnSchema,
  signatoriesDocumentSchema,
  signatorySchema,
  urlPattern,
  type Schema,
} from '../feed/schema.js';

// RFC 3339 `full-date` and `date-time` (any case, leap second 60) as
// patterns; the formats add the calendar (days per month, leap years, a leap
// second only at 23:59:60 UTC). Together they say what `instant` in date.ts
// accepts, which the fuzz tests check.
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const HOUR_MINUTE = '([01]\\d|2[0-3]):[0-5]\\d';
const TIME = `[Tt]${HOUR_MINUTE}:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]${HOUR_MINUTE})`;

/**
 * Decimal, octal (`0…`) or hexadecimal (`0x…`) numbers below `n`, as the URL
 * parser reads the parts of an IPv4 address (WHATWG URL, "IPv4 number
 * parser"): `0x7f.1`, `0177.0.0.1` and `2130706433` are all 127.0.0.1.
 */
function numberBelow(n: number): string {
  // A character class of the digits `from` to `to` in `radix`, letters in both cases.
  const cls = (radix: number, from: number, to: number) => {
    const run = (a: number, b: number, up?: boolean) => {
      const [x, y] = [a, b].map((d) => (up ? d.toString(radix).toUpperCase() : d.toString(radix)));
      return b - a > 1 ? `${x}-${y}` : a == b ? x! : x! + y;
    };
    const c = from <= 9 ? run(from, Math.min(to, 9)) : '';
    const letters = to > 9 ? run(Math.max(from, 10), to) + run(Math.max(from, 10), to, true) : '';
    return c.length + letters.length == 1 ? c + letters : `[${c}${letters}]`;
  };
  // Digit strings in `radix` without a leading zero, of value 1 to n − 1.
  const below = (radix: number) => {
    const top = (n - 1).toString(radix),
      any = cls(radix, 0, radix - 1),
      times = (k: number) => (k ? any + (k > 1 ? `{${k}}` : '') : ''),
      max = (radix - 1).toString(radix);
    // All digits the largest (0xffffffff): any number of at most that many digits.
    if (top == max.repeat(top.length)) return `(${cls(radix, 1, radix - 1)}${top.length > 1 ? any + `{0,${top.length - 1}}` : ''})`;
    const alts = top.length > 1 ? [cls(radix, 1, radix - 1) + (top.length > 2 ? any + `{0,${top.length - 2}}` : '')] : [];
    for (let i = 0; i < top.length; i++) {
      const d = parseInt(top[i]!, radix),
        lo = i ? 0 : 1;
      if (d > lo) alts.push([...top.slice(0, i)].map((c) => cls(radix, parseInt(c, radix), parseInt(c, radix))).join('') + cls(radix, lo, d - 1) + times(top.length - 1 - i));
    }
    alts.push([...top].map((c) => cls(radix, parseInt(c, radix), parseInt(c, radix))).join(''));
    return `(${alts.join('|')})`;
  };
  return `(0[xX]0*${below(16)}?|0+${below(8)}?|${below(10)})`;
}

/**
 * The host and port of a URL exactly as the URL parser accepts them, when
 * written in ASCII letters, digits, dots and hyphens: a host whose last
 * label is a number (decimal, or 0x…) is an IPv4 address of one to four
 * numbers (the last fills the remaining bytes), with one dot allowed after
 * it; any other host is a name (whose xn-- labels the pattern cannot
 * decode). A port is digits of value at most 65535.
 */
const EXACT_HOST = (() => {
  const parts = [1, 2, 3, 4].map((k) => `${k > 1 ? `(${numberBelow(256)}\\.)` + (k > 2 ? `{${k - 1}}` : '') : ''}${numberBelow(256 ** (5 - k))}`);
  const endsInNumber = '([a-zA-Z\\d-]*\\.)*(\\d+|0[xX][\\da-fA-F]*)\\.?(?![a-zA-Z\\d.-])';
  const port = '(:0*(6553[0-5]|655[0-2]\\d|65[0-4]\\d\\d|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})?)?';
  return `((${parts.join('|')})\\.?|(?!${endsInNumber})[a-zA-Z\\d.-]+)${port}`;
})();

const ID = 'https://wcit-embed.example/feed-v1.schema.json';
const SIGNATORIES_ID = 'https://wcit-embed.example/signatories-v1.schema.json';

/** Descriptors published as `$defs`, by name. */
const DEFS = new Map<Schema, string>([
  [letterTextSchema, 'LetterText'],
  [blockSchema, 'Block'],
  [inlineSchema, 'Inline'],
  [signOnSchema, 'SignOn'],
  [signatorySchema, 'Signatory'],
]);

/** Titles and descriptions from the format page, by `Definition` or `Definition.field`. */
const DOCS: Record<string, string> = {
  Feed:
    'A campaign\'s sign-on letter, its signatories and where to sign: the letter feed, version 1. Every URL is one the browser\'s URL parser reads; the patterns state this exactly but for one rule they cannot: an xn-- label of a host must be valid Punycode.',
  'Feed.version': 'Format version. A reader given any other value stops with the error "unsupported feed version N".',
  'Feed.id': 'The campaign, e.g. `wcit-2012`.',
  'Feed.updated': 'When the feed last changed (RFC 3339 date-time).',
  'Feed.defaultLanguage': 'Language of the original text (BCP 47 tag); must be a key of `letter`.',
  'Feed.letter': 'The letter, in one or more languages: BCP 47 tag → LetterText.',
  'Feed.signOn': 'Where and until when people sign.',
  'Feed.signatories': 'The signatories, in the order the organiser publishes them (may be empty).',
  'Feed.signatoryCount': 'The true total when the published list is partial; at least the length of `signatories`.',
  'Feed.signatoriesUrl':
    'A second JSON document `{ "version": 1, "signatories": [...] }` with the complete list, in the same order, for campaigns too large to inline. Absolute, or relative to the feed\'s own URL.',
  'Feed.fullListUrl': 'A web page where people can read the complete list (http or https).',
  LetterText: 'The letter in one language.',
  'LetterText.title': "The letter's title.",
  'LetterText.summary': 'One or two sentences for compact displays.',
  'LetterText.body': 'The text: one or more blocks.',
  'LetterText.closing': 'E.g. "Sincerely,".',
  Block: 'A paragraph, a section heading inside the letter, or a list.',
  'Block.ordered': 'Whether the list is numbered; default false.',
  Inline:
    'A run of text: a plain string, or an object with emphasis or a link. Text is always text: no field of the feed is ever interpreted as HTML.',
  'Inline.href': 'A link: `https:`, `http:` or `mailto:`; anything else (`javascript:`, `data:`, relative paths) is not a link.',
  SignOn: 'Where and until when people sign.',
  'SignOn.url': 'The sign-on page (http or https).',
  'SignOn.closes':
    'After this instant the sign-on is closed: an RFC 3339 date-time, or a date alone, meaning the end of that day Anywhere on Earth (UTC−12).',
  'SignOn.goal': 'The number of signatories the campaign aims for.',
  Signatory: 'One organisation or person who signed.',
  'Signatory.name': "The organisation's or person's name.",
  'Signatory.kind': 'Default "organization".',
  'Signatory.country': 'ISO 3166-1 alpha-2 code, upper case; absent for international bodies.',
  'Signatory.affiliation': 'For individuals: the organisation named with them.',
  'Signatory.url': "The signatory's site (http or https).",
  'Signatory.signed': 'When they signed (RFC 3339 date or date-time).',
  SignatoriesDocument: 'The complete list of signatories that a feed\'s `signatoriesUrl` points at, in the feed\'s order.',
};
// The split list's fields mean what the feed's do.
DOCS['SignatoriesDocument.version'] = DOCS['Feed.version']!;
DOCS['SignatoriesDocument.signatories'] = DOCS['Feed.signatories']!;

/** The `$defs` name of `s`, also when `opt()` copied it (the copy shares its parts). */
const defName = (s: Schema) =>
  [...DEFS].find(([d]) => Object.keys({ ...d, ...s }).every((k) => k == 'o' || d[k as keyof Schema] === s[k as keyof Schema]))?.[1];

/** With `closed`, every object refuses fields the format does not define (`wcit-feed validate --strict`). */
let closed = false;

function convert(s: Schema, doc: string, top?: boolean): Record<string, unknown> {
  const name = defName(s);
  if (name && !top) return { $ref: `#/$defs/${name}`, ...describe(doc) };
  const d = name ?? doc;
  const field = (f: Record<string, Schema>) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, convert(v, `${d}.${k}`)]));
  const required = (f: Record<string, Schema>) => Object.keys(f).filter((k) => !f[k]!.o);
  let out: Record<string, unknown>;
  switch (s.t) {
    case 's':
      // The reader's rules, one for one (check.ts): a length in code points,
      // the pattern (Ajv compiles it with the `u` flag, as the reader does),
      // a real calendar day for dates (the formats), no run of combining
      // marks in free text and URLs.
      out = { type: 'string', minLength: s.min, maxLength: s.max ?? TEXT_MAX, pattern: s.pattern?.source };
      if (s.c === isDateTime) Object.assign(out, { pattern: `^${DATE}${TIME}$`, format: 'date-time' });
      if (s.c === isInstant) Object.assign(out, { pattern: `^${DATE}(${TIME})?$`, anyOf: [{ format: 'date' }, { format: 'date-time' }] });
      // A URL: the pattern that says of numeric hosts and ports what the reader asks `new URL`.
      if (s.p) out.pattern = urlPattern(s.p, s.l, EXACT_HOST).source;
      if (!s.pattern || s.p) out.not = { pattern: MARKS.source };
      break;
    case 'i':
      out = { type: 'integer', minimum: s.min };
      break;
    case 'e':
      out = s.v!.length == 1 ? { const: s.v![0] } : s.v!.every((x) => typeof x == 'boolean') ? { type: 'boolean' } : { enum: s.v };
      break;
    case 'o':
      out = { type: 'object', required: required(s.f!), properties: field(s.f!), ...(closed && { additionalProperties: false }) };
      break;
    case 'a':
      out = { type: 'array', minItems: s.min, items: convert(s.e!, `${d}[]`) };
      break;
    case 'r':
      out = { type: 'object', minProperties: s.min, propertyNames: convert(s.k!, `${d}[key]`), additionalProperties: convert(s.e!, `${d}[]`) };
      break;
    case 't': {
      const branches = s.b as Record<string, Schema>;
      out = {
        type: 'object',
        required: [s.d],
        properties: { [s.d!]: { enum: Object.keys(branches) } },
        oneOf: Object.entries(branches).map(([tag, b]) => ({
          type: 'object',
          required: [s.d, ...required(b.f!)],
          properties: { [s.d!]: { const: tag }, ...field(b.f!) },
          ...(closed && { additionalProperties: false }),
        })),
      };
      break;
    }
    case '|':
      out = { anyOf: (s.b as Schema[]).map((b) => convert(b, `${d}[]`)) };
  }
  // Drop the keys a descriptor left unset.
  return { ...describe(doc, name), ...JSON.parse(JSON.stringify(out)) };
}

function describe(doc: string, title?: string): Record<string, string> {
  const description = DOCS[doc] ?? (title && DOCS[title]);
  return { ...(title && { title }), ...(description && { description }) };
}

const defs = () => Object.fromEntries([...DEFS].map(([s, name]) => [name, convert(s, name, true)]));

/**
 * The JSON Schema (draft 2020-12) of the feed, version 1. It accepts fields
 * the format does not define (feeds may grow); `closed`, it refuses them, as
 * `wcit-feed validate --strict` does.
 */
export function feedJsonSchema(options: { closed?: boolean } = {}): object {
  closed = !!options.closed;
  try {
    return {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: closed ? ID.replace('.schema', '-closed.schema') : ID,
      ...convert(feedSchema, 'Feed', true),
      title: 'Feed',
      $defs: defs(),
    };
  } finally {
    closed = false;
  }
}

/** The JSON Schema (draft 2020-12) of the split list that `signatoriesUrl` points at. */
export function signatoriesJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SIGNATORIES_ID,
    ...convert(signatoriesDocumentSchema, 'SignatoriesDocument', true),
    title: 'SignatoriesDocument',
    $defs: { Signatory: convert(signatorySchema, 'Signatory', true) },
  };
}
