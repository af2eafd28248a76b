/**
 * The feed format v1 (specified in docs/feed-format.md), written once,
 * as data. Three things are derived from these descriptors and nothing else:
 * the TypeScript types (`Infer`, in types.ts), the runtime checks (the one
 * interpreter in check.ts) and the published JSON Schema (../cli/json-schema.ts,
 * build time only). Change the format here and all three follow.
 *
 * Descriptors ship to every visitor's browser, so their keys are one letter
 * and hold only what the checks need; titles and descriptions for the JSON
 * Schema live in ../cli/json-schema.ts, which the browser bundle never imports.
 */
import { isDateTime, isInstant } from './date.js';

/** Bounds and pattern of a string, an integer or a list, as the combinators take them. */
export interface Limits {
  /** Minimum: characters (`str`), value (`int`), items or entries (`arr`, `record`). */
  min?: number;
  /** Maximum characters (`str`). */
  max?: number;
  /** Pattern a string must match; anchored. */
  pattern?: RegExp;
  /**
   * The format a valid value has, when the pattern cannot say it (`str`): a
   * letter that words.ts spells out for a message (`d` date-time, `t` date or
   * date-time, `l` language tag, `c` country code, `i` id), so the words are
   * downloaded only by a page whose feed has a problem.
   */
  w?: 'd' | 't' | 'l' | 'c' | 'i';
  /** A check the pattern cannot state (a real calendar date); the JSON Schema says it with `format`. */
  c?: (value: string) => boolean;
}

/**
 * One descriptor. `T` is the type of a valid value; it exists for `Infer` only
 * and is never set at run time.
 */
export interface Schema<T = unknown> extends Readonly<Limits> {
  readonly _?: T;
  /**
   * Kind: `s` string, `i` integer, `e` one of `v`, `o` object,
   * `a` array, `r` record, `t` union tagged by the field `d`, `|` union.
   */
  readonly t: 's' | 'i' | 'e' | 'o' | 'a' | 'r' | 't' | '|';
  /** The allowed values (`e`). */
  readonly v?: readonly unknown[];
  /** Allowed URL schemes, as `URL.protocol` spells them (a URL is an `s` with a pattern). */
  readonly p?: readonly string[];
  /** A URL relative to the document is allowed too. */
  readonly l?: boolean | undefined;
  /** Fields (`o`). */
  readonly f?: Readonly<Record<string, Schema>>;
  /** Item (`a`) or entry value (`r`). */
  readonly e?: Schema;
  /** Entry key (`r`). */
  readonly k?: Schema<string>;
  /** Name of the tag field (`t`). */
  readonly d?: string;
  /** Branches: by tag value (`t`), or tried in order (`|`). */
  readonly b?: Readonly<Record<string, Schema>> | readonly Schema[];
  /** Optional field of an object (see `opt`). */
  readonly o?: boolean;
}

/** The type of a value that `S` accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Optional = { readonly o: true };
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<F> = Flat<
  { -readonly [K in keyof F as F[K] extends Optional ? never : K]: Infer<F[K]> } & {
    -readonly [K in keyof F as F[K] extends Optional ? K : never]?: Infer<F[K]>;
  }
>;

// --- combinators ---

export const str = (o?: Limits): Schema<string> => ({ t: 's', ...o });

export const int = (o: Pick<Limits, 'min'>): Schema<number> => ({ t: 'i', ...o });

/** Exactly one of the given JSON values. */
export const oneOf = <const V extends readonly (string | number | boolean)[]>(...v: V): Schema<V[number]> => ({ t: 'e', v });
export const literal = <const V extends string | number | boolean>(v: V): Schema<V> => oneOf(v);
export const bool = (): Schema<boolean> => oneOf(true, false);

/**
 * An absolute URL with one of `schemes` or, when `relative`, a relative one
 * too: a string matching `urlPattern`, at most 2,048 characters (what
 * browsers and servers reliably handle). Its format in words comes from `p`
 * and `l` (words.ts).
 */
export const url = (schemes: readonly string[], relative?: boolean): Schema<string> => ({
  ...str({ max: 2048, pattern: urlPattern(schemes, relative), c: parses }),
  p: schemes,
  l: relative,
});

export const obj = <F extends Record<string, Schema>>(f: F): Schema<ObjectOf<F>> => ({ t: 'o', f });

/** Marks a field of `obj` as optional. */
export const opt = <T>(s: Schema<T>): Schema<T> & Optional => ({ ...s, o: true });

export const arr = <T>(e: Schema<T>, o?: Pick<Limits, 'min'>): Schema<T[]> => ({ t: 'a', e, ...o });

export const record = <V>(k: Schema<string>, e: Schema<V>, o?: Pick<Limits, 'min'>): Schema<Record<string, V>> => ({
  t: 'r',
  k,
  e,
  ...o,
});

/** Objects told apart by the string in field `tag`; each branch is an `obj` without that field. */
export const tagged = <K extends string, B extends Record<string, Schema<object>>>(
  tag: K,
  b: B,
): Schema<{ [V in keyof B & string]: Flat<{ [_ in K]: V } & Infer<B[V]>> }[keyof B & string]> => ({ t: 't', d: tag, b });

/** The first branch that accepts the value wins; if none does, the complaints of the branch for the value's kind (a string, else the last branch) are reported. */
export const union = <B extends Schema[]>(...b: B): Schema<Infer<B[number]>> => ({ t: '|', b });

// --- formats (exported so json-schema.ts can name them) ---

/**
 * URLs: one rule for the reader, the validator, the builder and the JSON
 * Schema. A URL is written plainly (`scheme://host[:port][/path][?query][#fragment]`,
 * or `mailto:` and anything) and the browser's URL parser (`new URL`) reads
 * it. Plainly means: no whitespace, control character (C0, C1), invisible
 * formatting character (soft hyphen, zero-width and bidirectional marks and
 * overrides, U+2060–206F, BOM) or half a surrogate pair (the parser strips,
 * skips or percent-encodes these, so a value that needs them is not one a
 * person can read and trust); a host of ASCII letters, digits, dots and
 * hyphens (an internationalised name is written in its xn-- form); no
 * user:password@. Letters of any script may appear after the host (browsers
 * percent-encode them).
 *
 * The pattern below says how a URL is written; `parses` asks the parser
 * about the rest (a host that ends in a number is an IPv4 address, a port is
 * at most 65535, an xn-- label is Punycode). The JSON Schema, which cannot
 * call the parser, states the numbers exactly as a pattern (json-schema.ts,
 * never in the browser bundle); only the Punycode rule is beyond it.
 */
const URL_CHAR = '[^\\s\\0-\\x1f\\x7f-\\x9f\\xad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ud800-\\udfff]';
const HOST = '[a-zA-Z\\d.-]+(:\\d*)?';
/** `https:` → `[hH][tT][tT][pP][sS]`: schemes are case-insensitive, JSON Schema patterns are not. */
const anyCase = (scheme: string) => scheme.slice(0, -1).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * The pattern of a URL with one of `schemes` (`'mailto:'` takes anything
 * after the colon) or, when `relative`, a relative one: a path, query or
 * fragment (not `//host/…`, which names another host). `host` is
 * the host and port: the loose one for the reader, the exact one for the
 * JSON Schema.
 */
export const urlPattern = (schemes: readonly string[], relative?: boolean, host = HOST): RegExp =>
  new RegExp(
    `^(${schemes
      .map((p) => anyCase(p) + (p == 'mailto:' ? `:${URL_CHAR}+` : `://${host}([/?#]${URL_CHAR}*)?`))
      .join('|')}${relative ? `|(?![a-zA-Z][a-zA-Z\\d+.-]*:|[/\\\\]{2})${URL_CHAR}+` : ''})$`,
    'u',
  );

/** Whether the browser's URL parser reads `value`, relative to any web page. */
export const parses = (value: string): boolean => {
  try {
    return !!new URL(value, 'http://a');
  } catch {
    return false;
  }
};

/** A pragmatic BCP 47 shape: language subtag, then subtags of 1–8 letters or digits. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
export const WEB: readonly string[] = ['https:', 'http:'];
export const LINK: readonly string[] = [...WEB, 'mailto:'];
/** Characters a string may hold, whatever its field: see `MARKS` in check.ts. */
export const TEXT_MAX = 10_000;

// The shape and the calendar are one check (date.ts); json-schema.ts states it as a pattern and a format.
export const dateTime = (): Schema<string> => str({ w: 'd', c: isDateTime });
const dateOrTime = str({ w: 't', c: isInstant });
const languageTag = str({ pattern: LANGUAGE_TAG, w: 'l' });

// --- the feed, version 1 ---

export const inlineSchema = union(
  str(),
  obj({ text: str(), strong: opt(literal(true)), em: opt(literal(true)), href: opt(url(LINK)) }),
);

const inlines = arr(inlineSchema);

export const blockSchema = tagged('type', {
  paragraph: obj({ content: inlines }),
  heading: obj({ content: inlines }),
  list: obj({ ordered: opt(bool()), items: arr(inlines) }),
});

export const letterTextSchema = obj({
  title: str({ min: 1, max: 300 }),
  summary: opt(str({ max: 500 })),
  body: arr(blockSchema, { min: 1 }),
  closing: opt(str({ max: 200 })),
});

export const signOnSchema = obj({
  url: url(WEB),
  // A date alone means the end of that day Anywhere on Earth (date.ts).
  closes: opt(dateOrTime),
  goal: opt(int({ min: 1 })),
});

export const signatorySchema = obj({
  name: str({ min: 1, max: 200 }),
  kind: opt(oneOf('organization', 'individual')),
  country: opt(str({ pattern: /^[A-Z]{2}$/, w: 'c' })),
  affiliation: opt(str({ max: 200 })),
  url: opt(url(WEB)),
  signed: opt(dateOrTime),
});

const signatories = arr(signatorySchema);

export const feedSchema = obj({
  version: literal(1),
  id: str({ pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, w: 'i' }),
  updated: opt(dateTime()),
  defaultLanguage: languageTag,
  letter: record(languageTag, letterTextSchema, { min: 1 }),
  signOn: opt(signOnSchema),
  signatories,
  signatoryCount: opt(int({ min: 0 })),
  signatoriesUrl: opt(url(WEB, true)),
  fullListUrl: opt(url(WEB)),
});

/** The split list that `signatoriesUrl` points at. */
export const signatoriesDocumentSchema = obj({ version: literal(1), signatories });
