// Generated feeds for the fuzz tests, in Node (test/fuzz/feed.node.test.ts,
// thousands of cases) and in the browsers (test/fuzz/elements.test.ts, a
// sample): mostly well-formed, with hostile values sprinkled in (wrong types,
// deep arrays, -0, Infinity, invisible and bidi characters, lone surrogates,
// hostless URLs, impossible dates, leap seconds, runs of combining marks,
// markup in text, objects no number can be made of).
import fc from 'fast-check';

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An array nested `n` deep around `inner`, built without recursion. */
export const deep = (n: number, inner: unknown = 'paragraph') => {
  let v = inner;
  for (let i = 0; i < n; i++) v = [v];
  return v;
};

// --- hostile pieces ---

export const marks = (n: number) => 'a' + '\u0301'.repeat(n);
export const nasty = fc.constantFrom(
  '',
  ' ',
  '\u200b',
  '\u202e',
  '\ud800',
  '\udc00x',
  '\ufeff',
  '\u0000',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  marks(30),
  marks(31),
  'x'.repeat(10_001),
);
export const anyText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: nasty },
);
export const weird = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1.5, -1, Infinity, -Infinity, 1e21, [], {}, ['paragraph'], { text: 'x' }, { toString: 0 }, { valueOf: 0, toString: 0 }),
  fc.integer({ min: 1, max: 3000 }).map((n) => deep(n)),
  fc.jsonValue({ maxDepth: 3 }),
);
const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const zone = fc.oneof(
  fc.constantFrom('Z', 'z', '+00:00', '-12:00', '+14:00', '+05:30', '+23:59', '+24:00', '-00:60', ''),
  fc.tuple(fc.constantFrom('+', '-'), two(0, 25), two(0, 61)).map(([s, h, m]) => `${s}${h}:${m}`),
);
/** Dates shaped like RFC 3339 with every field a little out of range now and then. */
const date = fc.tuple(
  fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.constantFrom('2000', '1900', '2024', '2025', '2100')),
  two(0, 13),
  two(0, 32),
).map(([y, m, d]) => `${y}-${m}-${d}`);
const dateTime = fc
  .tuple(date, fc.constantFrom('T', 't', ' '), two(0, 24), two(0, 60), two(0, 61), fc.constantFrom('', '.5', '.123456'), zone)
  .map(([d, t, h, mi, s, f, z]) => `${d}${t}${h}:${mi}:${s}${f}${z}`);
const anyDate = fc.oneof(
  date,
  dateTime,
  fc.constantFrom('2026-12-01', '2026-02-30', '2028-02-29', '2026-06-30T23:59:60Z', '2026-07-01T05:29:60+05:30', '2026-12-01t00:00:00z'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** URLs: plausible ones, with a hostile character or case slipped in now and then. */
export const anyUrl = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'hTTp://', 'mailto:', 'javascript:', 'data:', 'ftp://', 'http:', 'http:/', '//', '\\\\', ''),
        fc.oneof(fc.domain(), fc.constantFrom('', '127.0.0.1', '256.1.1.1', '1.2.3', 'xn--bcher-kva.example', 'münchen.de', 'a_b.example', '0x7f.1', 'example.org:65536', 'example.org:8080', 'user@example.org'),
          // What the URL parser reads as an IPv4 address, or refuses: numbers, 0x…, a dot after, ports of any length.
          fc.constantFrom('123', '4294967296', '1.2.3.4.', '1.2.3.4..', '09', 'a.09', '0x', 'a.0x', '0x1.0377.0', '1..2', '1.2.3.4.5', '.', 'a:', 'a:000080', 'a:99999', 'xn--a', 'xn--bcher-kva.xn--', 'xn--mller-kva.de'),
          fc.tuple(fc.array(fc.oneof(fc.nat(300), fc.nat()), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '0x', '0'), fc.constantFrom('', '.', ':', ':65535', ':65536'))
            .map(([ns, prefix, end]) => ns.map((n) => prefix + n.toString(prefix == '0x' ? 16 : prefix == '0' ? 8 : 10)).join('.') + end),
        ),
        fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 8 }).map((p) => '/' + p), nasty.map((p) => '/' + p)),
      )
      .map(([s, h, p]) => s + h + p),
  },
  { weight: 1, arbitrary: anyText },
);

// --- feeds ---

/**
 * Feeds whose every field is good `w` times in `w + 2` (else a wrong type or
 * hostile text): 8 makes nearly every feed broken somewhere, 200 makes most
 * feeds valid, so that both acceptance and refusal are compared.
 */
export function feeds(W: number) {
  const valid = W > 100;
  const text = valid ? fc.string({ maxLength: 30 }) : anyText;
  const urlValue = valid ? fc.webUrl({ withQueryParameters: true, withFragments: true }) : anyUrl;
  const dateValue = valid ? fc.oneof(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }).map((d) => d.toISOString()), fc.constantFrom('2026-12-01', '2026-06-30T23:59:60Z')) : anyDate;
  const maybe = <T>(good: fc.Arbitrary<T>, weight = W): fc.Arbitrary<unknown> =>
    fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: weird }, { weight: 1, arbitrary: text });

  // Fields the format does not define (readers ignore them; validate names them), now and then.
  const junk = fc.jsonValue({ maxDepth: 1 });
  const inline = fc.oneof(
    maybe(text),
    fc.record(
      { text: maybe(text), strong: maybe(fc.constant(true)), em: maybe(fc.constant(true)), href: maybe(urlValue), Href: junk },
      { requiredKeys: valid ? ['text'] : [] },
    ),
  );
  const inlines = maybe(fc.array(inline, { maxLength: 4 }));
  const block = fc.oneof(
    fc.record({ type: maybe(fc.constantFrom('paragraph', 'heading')), content: inlines, level: junk }, { requiredKeys: valid ? ['type', 'content'] : ['type'] }),
    fc.record({ type: maybe(fc.constant('list')), ordered: maybe(fc.boolean()), items: maybe(fc.array(inlines, { maxLength: 3 })) }, { requiredKeys: valid ? ['type', 'items'] : ['type'] }),
  );
  const languages = fc.constantFrom('en', 'es', 'es-AR', 'fr', 'ar', 'zh-Hant');
  const language = valid ? languages : fc.oneof({ weight: 8, arbitrary: languages }, { weight: 1, arbitrary: text });
  const letterText = fc.record(
    {
      title: maybe(fc.string({ minLength: 1, maxLength: 40 })),
      summary: maybe(text),
      body: maybe(fc.array(block, { minLength: 1, maxLength: 4 })),
      closing: maybe(text),
    },
    { requiredKeys: ['title', 'body'] },
  );
  const signatory = fc.record(
    {
      name: maybe(fc.string({ minLength: 1, maxLength: 30 })),
      kind: maybe(fc.constantFrom('organization', 'individual')),
      country: maybe(valid ? fc.constantFrom('CL', 'AR', 'GB') : fc.constantFrom('CL', 'AR', 'GB', 'uk', 'ARG')),
      affiliation: maybe(text),
      url: maybe(urlValue),
      signed: maybe(dateValue),
      Country: junk,
    },
    { requiredKeys: ['name'] },
  );
  const signatories = maybe(fc.array(maybe(signatory, W * 2), { maxLength: 5 }));
  const feed = fc.record(
    {
      version: fc.oneof({ weight: W * 2, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: weird }),
      id: maybe(valid ? fc.constantFrom('wcit-2012', 'a', 'x'.repeat(64)) : fc.constantFrom('wcit-2012', 'a', 'x'.repeat(64), 'WCIT', '-a')),
      updated: maybe(valid ? fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }).map((d) => d.toISOString()) : dateValue),
      defaultLanguage: maybe(valid ? fc.constant('en') : language),
      letter: maybe(
        fc.tuple(letterText, fc.dictionary(language, maybe(letterText, W * 2), { maxKeys: 3 })).map(([en, more]) => (valid ? { en, ...more } : { ...more, en })),
      ),
      signOn: maybe(fc.record({ url: maybe(urlValue), closes: maybe(dateValue), goal: maybe(fc.integer({ min: valid ? 1 : -1, max: 10 })), Goal: junk }, { requiredKeys: ['url'] })),
      signatories,
      signatoryCount: maybe(valid ? fc.integer({ min: 30, max: 90 }) : fc.oneof(fc.integer({ min: -1, max: 20 }), fc.constant(-0))),
      signatoriesUrl: maybe(fc.oneof(urlValue, valid ? fc.constantFrom('signatories.json', '../s.json?v=2') : fc.constantFrom('signatories.json', '../s.json?v=2', '/s.json', 'javascript:x', ' s.json', '//example.org/s.json', '\\\\999.1.1.1/s.json'))),
      fullListUrl: maybe(urlValue),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['version', 'id', 'defaultLanguage', 'letter', 'signatories'] },
  );
  return { feed, signatories };
}
export const broken = feeds(8);
export const good = feeds(200);
export const feed = fc.oneof(broken.feed, good.feed);
export const signatories = fc.oneof(broken.signatories, good.signatories);

