/**
 * The one interpreter of the descriptors in schema.ts. Strict, it reports
 * every violation. Lenient, it drops the nearest droppable part around a
 * failure (an array item, a record entry, an optional field) with one warning
 * naming that part, keeps every valid sibling, and fails only when a required
 * part fails all the way up.
 */
import { TEXT_MAX, parses, urlPattern, type Schema } from './schema.js';

/**
 * One problem with a feed, as data: the browser records it, and words.ts
 * (`explain`) says it in English, from a chunk that only a page whose feed
 * has a problem downloads. Data, not prose or closures: the fewest bytes in
 * wcit.js.
 */
export interface Issue {
  /** Where: the path, as `FeedIssue.path`; on a warning, the part dropped. */
  p: string;
  /**
   * What: for a value that the descriptor `s` refused, its kind `s.t` (not of
   * that type, not one of the values, below the minimum), or for a string `n`
   * (its length), `f` (its format: `s.w`, or a URL's schemes `s.p`) or `m` (too
   * many combining marks in a row); for the document, `V` (a version other
   * than 1), `L` (a default language the letter lacks), `C` (a count below the
   * list's length), `E` (the reader itself threw `v`).
   */
  k: string;
  /** The descriptor that refused `v`. */
  s?: Schema;
  /** The value found. */
  v?: unknown;
  /** What else the words need: the letter's languages (`L`), the list's length (`C`). */
  x?: unknown;
  /** On a warning, the path of the fault inside the part dropped (`.name`; `''`: the part itself). */
  r?: string;
}

/** One walk's state: `s` strict, `i` issues so far, `w` warnings (lenient). */
export interface Walk {
  s?: boolean | undefined;
  i: Issue[];
  w: Issue[];
}

export const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * More combining marks in a row than Unicode's Stream-Safe Text Format allows
 * (30, UAX #15 §13): no script needs them, and a long run of them freezes the
 * browser's text layout (a 1 MB run of U+0301 in one paragraph hung Chromium
 * for over a minute).
 */
export const MARKS = /\p{M}{31}/u;

/**
 * Whether `value` is a URL with one of `schemes` (as `URL.protocol` spells
 * them, e.g. `'https:'`) by the one rule of `urlPattern` in schema.ts: no
 * whitespace, control or invisible character (the URL parser strips or skips
 * them: " javascript:", "java\tscript:"), a scheme followed by a host, and the
 * browser's URL parser reads it (`https://999.1.1.1/` goes nowhere).
 */
export const isSafeHref = (value: string, schemes: readonly string[]): boolean =>
  typeof value == 'string' && value.length <= 2048 && urlPattern(schemes).test(value) && !MARKS.test(value) && parses(value);

/** A property of the feed's own (never one a page added to Object.prototype). */
export const own = (o: any, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);

/** The clean copy of `v` (known fields only), or `undefined` when `v` fails. */
export function check(s: Schema, v: any, p: string, w: Walk): any {
  let out = v,
    ok = true,
    first: Issue | undefined;
  const at = (k: string | number) => (typeof k == 'number' ? `${p}[${k}]` : p ? p + '.' + k : k);
  const bad = (k: string = s.t) => {
    w.i.push({ p, k, s, v });
    ok = false;
  };
  const part = (k: string | number, run: (q: string) => unknown, drop?: boolean) => {
    const q = at(k),
      n = w.i.length,
      m = w.w.length,
      r = run(q);
    if (r === undefined) {
      if (drop && !w.s) {
        const e = w.i[n]!;
        first ||= e;
        w.i.length = n;
        w.w.length = m;
        w.w.push({ ...e, p: q, r: e.p.slice(q.length) });
      } else ok = false;
    }
    return r;
  };
  switch (s.t) {
    case 's': {
      // Characters are code points, as JSON Schema's maxLength counts them;
      // a string twice too long in UTF-16 units is too long without counting.
      const max = s.max ?? TEXT_MAX,
        len = typeof v != 'string' ? -1 : v.length > 2 * max ? Infinity : [...v].length;
      if (len < 0) bad();
      else if (len < (s.min || 0) || len > max) bad('n');
      else if ((s.pattern && !s.pattern.test(v)) || (s.c && !s.c(v))) bad('f');
      else if (MARKS.test(v)) bad('m');
      break;
    }
    case 'i':
      // Compared only once it is a number: `{"toString": 0}` throws when
      // JavaScript turns it into one.
      if (!Number.isInteger(v) || v < s.min!) bad();
      // -0 is 0: "-0 signatories" is no count.
      else out = v + 0;
      break;
    case 'e':
      if (!s.v!.includes(v)) bad();
      break;
    case 'a':
    case 'r':
      if (s.t == 'a' ? !Array.isArray(v) : !isObj(v)) bad();
      else {
        out = s.t == 'a' ? [] : {};
        if (s.t == 'a')
          for (let i = 0; i < v.length; i++) {
            const r = part(i, (q) => check(s.e!, v[i], q, w), true);
            if (r !== undefined) out.push(r);
          }
        else
          for (const k of Object.keys(v)) {
            // The key is checked first, so "__proto__" never becomes a property.
            const r = part(k, (q) => (check(s.k!, k, q, w) === undefined ? undefined : check(s.e!, v[k], q, w)), true);
            if (r !== undefined) out[k] = r;
          }
        // Emptied by drops: the first dropped part's own complaint says why
        // (else it was empty: `s.min` makes the words "a non-empty …").
        if (ok && s.min && !Object.keys(out).length) {
          if (first) {
            w.i.push(first);
            ok = false;
          } else bad();
        }
      }
      break;
    case 'o':
      if (!isObj(v)) bad();
      else {
        out = {};
        // Own keys only, of the descriptor and of the value: a page that adds
        // keys to Object.prototype changes nothing here.
        for (const k of Object.keys(s.f!)) {
          const f = s.f![k]!,
            x = own(v, k);
          if (x !== undefined || !f.o) {
            const r = part(k, (q) => check(f, x, q, w), f.o);
            if (r !== undefined) out[k] = r;
          }
        }
      }
      break;
    case 't': {
      const b = s.b as Record<string, Schema>,
        tag = isObj(v) && own(v, s.d!);
      if (!isObj(v)) bad();
      // Only a string is a tag: ["paragraph"] is not "paragraph" (and a deep
      // array would overflow the stack on its way to a property key).
      else if (typeof tag != 'string' || !Object.hasOwn(b, tag)) {
        check({ t: 'e', v: Object.keys(b) }, tag, at(s.d!), w);
        ok = false;
      }
      else {
        const r = check(b[tag]!, v, p, w);
        r ? (out = { [s.d!]: tag, ...r }) : (ok = false);
      }
      break;
    }
    case '|': {
      const bs = s.b as Schema[],
        n = w.i.length,
        m = w.w.length;
      for (const b of bs) {
        const r = check(b, v, p, w);
        if (r !== undefined) return r;
        w.i.length = n;
        w.w.length = m;
      }
      // None accepts it: the branch of the value's own kind (a string, else the last) says why.
      return check(bs.find((b) => (b.t == 's') == (typeof v == 'string')) ?? bs.at(-1)!, v, p, w);
    }
  }
  return ok ? out : undefined;
}
