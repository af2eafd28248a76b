/**
 * The one interpreter of the descriptors in schema.ts. Strict, it reports
 * every violation. Lenient, it drops the nearest droppable part around a
 * failure (an array item, a record entry, an optional field) with one warning
 * naming that part, keeps every valid sibling, and fails only when a required
 * part fails all the way up.
 */
import type { Schema } from './schema.js';
import type { FeedIssue } from './read.js';

/** One walk's state: `s` strict, `i` issues so far, `w` warnings (lenient). */
export interface Walk {
  s?: boolean | undefined;
  i: FeedIssue[];
  w: FeedIssue[];
}

export const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * Whether `value` is an absolute URL with one of `schemes` (as `URL.protocol`
 * spells them, e.g. `'https:'`). Any whitespace or control character refuses
 * it outright: the URL parser strips or skips them (" javascript:",
 * "java\tscript:"), so a value that needs them is not one we trust.
 */
export const isSafeHref = (value: string, schemes: readonly string[]): boolean => {
  try {
    return !/[\0- \x7f]/.test(value) && schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A relative reference: no scheme, no whitespace or control character. */
const RELATIVE = /^(?![a-z][a-z\d+.-]*:)[^\0- \x7f]+$/i;

/** `, got "uk"` for primitives (long strings cut); nothing for objects and arrays. */
const got = (x: unknown) =>
  x === undefined || x === Object(x)
    ? ''
    : ', got ' + JSON.stringify(typeof x == 'string' && x.length > 40 ? x.slice(0, 40) + '…' : x);

/** The clean copy of `v` (known fields only), or `undefined` when `v` fails. */
export function check(s: Schema, v: any, p: string, w: Walk): any {
  let out = v,
    ok = true,
    first: FeedIssue | undefined;
  const at = (k: string | number) => (typeof k == 'number' ? `${p}[${k}]` : p ? p + '.' + k : k);
  const bad = (what: string, q = p, x = v) => {
    w.i.push({ path: q, message: (x === undefined ? 'missing, expected ' : 'expected ') + what + got(x) });
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
        w.w.push({ path: q, message: (e.path == q ? '' : e.path.slice(q.length).replace(/^\./, '') + ': ') + e.message });
      } else ok = false;
    }
    return r;
  };
  switch (s.t) {
    case 's': {
      const len = typeof v == 'string' ? [...v].length : -1;
      if (len < (s.min || 0) || len > (s.max ?? len) || (s.pattern && !s.pattern.test(v)))
        bad(s.what || 'a string' + (s.max ? ` of ${s.min ? s.min + ' to' : 'at most'} ${s.max} characters` : ''));
      break;
    }
    case 'u':
      if (typeof v != 'string' || !(isSafeHref(v, s.p!) || (s.l && RELATIVE.test(v))))
        bad(`an ${s.p!.join(' or ').replace('https: or http:', 'http(s)')} URL` + (s.l ? ' or a relative path' : ''));
      break;
    case 'i':
      if (!Number.isInteger(v) || v < s.min!) bad('an integer of at least ' + s.min);
      break;
    case 'e':
      if (!s.v!.includes(v)) bad(s.v!.map((x) => JSON.stringify(x)).join(' or '));
      break;
    case 'a':
    case 'r':
      if (s.t == 'a' ? !Array.isArray(v) : !isObj(v)) bad((s.min ? 'a non-empty ' : 'an ') + (s.t == 'a' ? 'array' : 'object'));
      else {
        out = s.t == 'a' ? [] : {};
        if (s.t == 'a')
          v.forEach((x: unknown, i: number) => {
            const r = part(i, (q) => check(s.e!, x, q, w), true);
            if (r !== undefined) out.push(r);
          });
        else
          for (const k of Object.keys(v)) {
            // The key is checked first, so "__proto__" never becomes a property.
            const r = part(k, (q) => (check(s.k!, k, q, w) === undefined ? undefined : check(s.e!, v[k], q, w)), true);
            if (r !== undefined) out[k] = r;
          }
        // Emptied by drops: the first dropped part's own complaint says why.
        if (ok && s.min && !Object.keys(out).length) {
          if (first) {
            w.i.push(first);
            ok = false;
          } else bad('a non-empty ' + (s.t == 'a' ? 'array' : 'object'));
        }
      }
      break;
    case 'o':
      if (!isObj(v)) bad('an object');
      else {
        out = {};
        for (const k in s.f) {
          const f = s.f[k]!;
          if (v[k] !== undefined || !f.o) {
            const r = part(k, (q) => check(f, v[k], q, w), f.o);
            if (r !== undefined) out[k] = r;
          }
        }
      }
      break;
    case 't': {
      const b = s.b as Record<string, Schema>,
        tag = isObj(v) && v[s.d!];
      if (!isObj(v)) bad('an object');
      else if (!Object.hasOwn(b, tag)) {
        check({ t: 'e', v: Object.keys(b) }, v[s.d!], at(s.d!), w);
        ok = false;
      }
      else {
        const r = check(b[tag]!, v, p, w);
        r ? (out = { [s.d!]: tag, ...r }) : (ok = false);
      }
      break;
    }
    case '|':
      for (const b of s.b as Schema[]) {
        const n = w.i.length,
          m = w.w.length,
          r = check(b, v, p, w);
        if (r !== undefined || b == (s.b as Schema[]).at(-1)) return r;
        w.i.length = n;
        w.w.length = m;
      }
  }
  return ok ? out : undefined;
}
