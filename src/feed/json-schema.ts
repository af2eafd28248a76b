/**
 * The published JSON Schema (draft 2020-12) of the feed and of the split
 * list, generated from the descriptors in schema.ts with the titles and
 * descriptions of the format page. Build time only (the CLI writes
 * `feed-v1.schema.json`): nothing in the browser bundle imports this module.
 *
 * Two rules of the format cannot be said in JSON Schema and are only in the
 * descriptions: `defaultLanguage` is a key of `letter`, and `signatoryCount`
 * is at least the length of `signatories`. The validator (`validateFeed`)
 * checks both.
 */
import { MARKS } from './check.js';
import { isDateTime, isInstant } from './date.js';
import {
  TEXT_MAX,
  blockSchema,
  feedSchema,
  inlineSchema,
  letterTextSchema,
  signOnSchema,
  signatoriesDocumentSchema,
  signatorySchema,
  type Schema,
} from './schema.js';

// RFC 3339 `full-date` and `date-time` (any case, leap second 60) as
// patterns; the formats add the calendar (days per month, leap years, a leap
// second only at 23:59:60 UTC). Together they say what `instant` in date.ts
// accepts, which the fuzz tests check.
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const HOUR_MINUTE = '([01]\\d|2[0-3]):[0-5]\\d';
const TIME = `[Tt]${HOUR_MINUTE}:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]${HOUR_MINUTE})`;

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
  Feed: 'A campaign\'s sign-on letter, its signatories and where to sign: the letter feed, version 1.',
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
      if (!s.pattern || s.p) out.not = { pattern: MARKS.source };
      break;
    case 'i':
      out = { type: 'integer', minimum: s.min };
      break;
    case 'e':
      out = s.v!.length == 1 ? { const: s.v![0] } : s.v!.every((x) => typeof x == 'boolean') ? { type: 'boolean' } : { enum: s.v };
      break;
    case 'o':
      out = { type: 'object', required: required(s.f!), properties: field(s.f!) };
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

/** The JSON Schema (draft 2020-12) of the feed, version 1. */
export function feedJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: ID,
    ...convert(feedSchema, 'Feed', true),
    title: 'Feed',
    $defs: defs(),
  };
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
