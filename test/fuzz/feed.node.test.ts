// Property-based fuzzing of the feed core in Node, where thousands of cases
// cost seconds: generated feeds, mostly well-formed with hostile values
// sprinkled in (wrong types, deep arrays, -0, Infinity, invisible and bidi
// characters, lone surrogates, hostless URLs, impossible dates, leap seconds,
// runs of combining marks, polluted prototypes), checked against four
// promises:
//   1. the lenient reader and the strict validator never throw;
//   2. the strict validator and the published JSON Schema (Ajv with
//      ajv-formats) accept exactly the same feeds, but for the two rules no
//      JSON Schema can state;
//   3. the reader accepts a feed without a warning exactly when the validator
//      finds nothing, and whatever it returns is a valid feed (every value the
//      schema's type, -0 gone), which it reads again unchanged;
//   4. the builder's link rule, the reader's and the schema's agree on every
//      generated URL.
//
// On a failure fast-check prints the seed and the path of the smallest
// failing case; replay it with FC_SEED=… FC_PATH=… (FUZZ_RUNS sets the
// number of cases per property, default below).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { buildFeed } from '../../src/cli/build.js';
import { feedJsonSchema } from '../../src/cli/json-schema.js';
import { ajv, closedSchemaAccepts, listSchemaAccepts, schemaAccepts } from '../cli/schema-validator.js';
import { unknownFields } from '../../src/cli/unknown-fields.js';
import { isSafeHref } from '../../src/feed/check.js';
import {
  readFeed,
  readFeedInSlices,
  readSignatoriesDocument,
  readSignatoriesDocumentInSlices,
  validateFeed,
  validateSignatoriesDocument,
} from '../../src/feed/read.js';
import { LINK, WEB, urlPattern } from '../../src/feed/schema.js';

const hrefSchemaAccepts = ajv.compile((feedJsonSchema() as any).$defs.Inline.anyOf[1].properties.href); // eslint-disable-line @typescript-eslint/no-explicit-any

const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
const params: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED && { seed: Number(process.env.FC_SEED) }),
  ...(process.env.FC_PATH && { path: process.env.FC_PATH }),
};
let cases = 0;
const started = performance.now();
after(() => console.log(`# fuzz: ${cases} generated cases in ${Math.round(performance.now() - started)} ms`));

import { anyUrl, deep, feed, marks, signatories, weird, type Json } from './feeds.js';
import { printed, sourceDir } from '../cli/helpers.js';

/** Whether the URL parser reads `u` (relative to a web page). */
const parses = (u: string) => URL.canParse(u, 'https://a/');
/** A URL the parser refuses for an xn-- label alone: the one URL rule a pattern cannot state. */
const badPunycode = (u: unknown) => typeof u == 'string' && /(^|[/.\\])xn--/i.test(u) && urlPattern(LINK, true).test(u) && !parses(u);
/** The value at a validator's path (`letter.en.body[0].content[1].href`). */
const at = (f: unknown, path: string) =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].reduce<any>((v, m) => (v && typeof v == 'object' ? v[m[1] ?? Number(m[2])] : undefined), f); // eslint-disable-line @typescript-eslint/no-explicit-any

/** The three rules no JSON Schema can state (see json-schema.ts). */
const crossField = (i: { path: string; message: string }, f?: unknown) =>
  (i.path == 'defaultLanguage' && i.message.startsWith("expected one of the letter's languages")) ||
  (i.path == 'signatoryCount' && i.message.startsWith('expected at least the')) ||
  badPunycode(at(f, i.path));

const check = <T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>) => fc.assert(property, params as fc.Parameters<T>);

describe('fuzz: generated feeds through the reader, the validator and the schema', () => {
  it('never throws, and refuses with a path and a message', () => {
    check(
      fc.property(fc.oneof({ weight: 6, arbitrary: feed }, { weight: 1, arbitrary: weird }), (f) => {
        cases++;
        const warnings: unknown[] = [];
        const read = readFeed(f, (i) => warnings.push(i));
        if (!read.ok) assert.ok(typeof read.issue.path == 'string' && read.issue.message.length > 0);
        for (const i of validateFeed(f)) assert.ok(typeof i.path == 'string' && i.message.length > 0);
      }),
    );
  });

  it('the validator and the published JSON Schema accept the same feeds', () => {
    check(
      fc.property(feed, (f) => {
        cases++;
        const issues = validateFeed(f).filter((i) => !crossField(i, f));
        const ok = schemaAccepts(f);
        assert.equal(ok, issues.length == 0, `validator: ${JSON.stringify(issues)}; schema: ${ajv.errorsText(schemaAccepts.errors)}`);
      }),
    );
  });

  it('fields the format does not define: validate names exactly those the closed schema refuses, and the reader ignores them', () => {
    check(
      fc.property(feed, (f) => {
        cases++;
        const issues = validateFeed(f).filter((i) => !crossField(i, f));
        const unknown = unknownFields(f);
        assert.equal(closedSchemaAccepts(f), issues.length == 0 && unknown.length == 0, `validator: ${JSON.stringify(issues)}; unknown: ${JSON.stringify(unknown)}; schema: ${ajv.errorsText(closedSchemaAccepts.errors)}`);
        const read = readFeed(f);
        if (read.ok) assert.deepEqual(unknownFields(read.feed), []);
      }),
    );
  });

  it('the reader warns exactly when the validator objects, and its clean copy is valid and stable', () => {
    check(
      fc.property(feed, (f) => {
        cases++;
        const warnings: unknown[] = [];
        const read = readFeed(f, (i) => warnings.push(i));
        const strict = validateFeed(f);
        assert.equal(read.ok && warnings.length == 0, strict.length == 0, JSON.stringify({ read, warnings, strict }));
        if (!read.ok) return;
        assert.deepEqual(validateFeed(read.feed), []);
        assert.ok(schemaAccepts(read.feed), ajv.errorsText(schemaAccepts.errors));
        assert.ok(!JSON.stringify(read.feed).includes('"extra"'));
        assert.ok(!Object.is(read.feed.signatoryCount, -0));
        const again: unknown[] = [];
        const reread = readFeed(read.feed, (i) => again.push(i));
        assert.deepEqual(again, []);
        assert.deepEqual(reread, read);
      }),
    );
  });

  it('the split list: reader, validator and schema agree', () => {
    check(
      fc.property(fc.record({ version: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: weird }), signatories }), (d) => {
        cases++;
        const warnings: unknown[] = [];
        const read = readSignatoriesDocument(d, (i) => warnings.push(i));
        const strict = validateSignatoriesDocument(d);
        assert.equal(listSchemaAccepts(d), strict.filter((i) => !crossField(i, d)).length == 0);
        assert.equal(read.ok && warnings.length == 0, strict.length == 0);
        if (read.ok) assert.ok(listSchemaAccepts(read.document));
      }),
    );
  });

  it('the page\'s reader, which reads a long list in slices, gives the same result and the same warnings in the same order', async () => {
    const both = async (one: typeof readFeed, sliced: typeof readFeedInSlices, f: unknown, slice: number) => {
      const warned: unknown[] = [],
        slicedWarned: unknown[] = [];
      const r = one(f, (i) => warned.push(i));
      assert.deepEqual(await sliced(f, (i) => slicedWarned.push(i), slice), r);
      assert.deepEqual(slicedWarned, warned);
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 6, arbitrary: feed }, { weight: 1, arbitrary: weird }), signatories, fc.integer({ min: 1, max: 3 }), async (f, list, slice) => {
        cases++;
        await both(readFeed, readFeedInSlices, f, slice);
        await both(readSignatoriesDocument as never, readSignatoriesDocumentInSlices as never, { version: 1, signatories: list }, slice);
      }),
      params as fc.Parameters<[unknown, unknown, number]>,
    );
  });

  it('the builder\'s link rule, the reader\'s and the schema\'s agree on every URL', () => {
    check(
      fc.property(anyUrl, (u) => {
        cases++;
        const inFeed = readFeed({
          version: 1,
          id: 'x',
          defaultLanguage: 'en',
          letter: { en: { title: 'T', body: [{ type: 'paragraph', content: [{ text: 't', href: u }] }] } },
          signatories: [],
        });
        const kept = inFeed.ok && (inFeed.feed.letter.en!.body[0] as Json).content[0].href === u;
        assert.equal(isSafeHref(u, LINK), kept);
        if (!badPunycode(u)) assert.equal(hrefSchemaAccepts(u), kept, u);
        // Nothing kept is a URL the browser cannot read (an element would throw on it).
        if (kept) assert.ok(parses(u), u);
        // What the reader keeps, the browser reads with a safe scheme, or not at all
        // (a host the URL parser refuses, such as 256.1.1.1: a link that goes nowhere).
        const scheme = (x: string) => {
          try {
            return new URL(x).protocol;
          } catch {
            return undefined;
          }
        };
        if (kept && scheme(u)) assert.ok(LINK.includes(scheme(u)!), u);
        if (isSafeHref(u, WEB) && scheme(u)) assert.ok(WEB.includes(scheme(u)!), u);
      }),
    );
  });

  it('on hosts written in ASCII, the schema\'s URL pattern is what the URL parser accepts (numbers, 0x…, trailing dots, ports)', () => {
    const number = fc.tuple(fc.oneof(fc.nat(300), fc.nat(), fc.constant(2 ** 32), fc.constant(2 ** 24)), fc.constantFrom('', '0', '00', '0x', '0X', '09', 'a', '')).map(([n, p]) =>
      p.startsWith('0x') || p.startsWith('0X') ? p + n.toString(16) : p == '0' || p == '00' ? p + n.toString(8) : p + n,
    );
    const host = fc.tuple(fc.array(fc.oneof(number, fc.domain(), fc.constantFrom('', 'a', 'xyz', '-')), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '.', '..'), fc.constantFrom('', ':', ':0', ':65535', ':65536', ':00000443', ':99999'));
    check(
      fc.property(host, ([labels, dot, port]) => {
        cases++;
        // No host at all is a URL the format does not write (https:///x), whatever the parser makes of it.
        if (!labels.join('.') && !dot) return;
        const u = `https://${labels.join('.')}${dot}${port}/x`;
        if (!/xn--/i.test(u)) assert.equal(hrefSchemaAccepts(u), parses(u), u);
        assert.equal(isSafeHref(u, WEB), parses(u), u);
      }),
    );
  });

  it('a page that adds keys to Object.prototype changes nothing', () => {
    const proto = Object.prototype as Json;
    check(
      fc.property(feed, fc.constantFrom('summary', 'closing', 'closes', 'goal', 'signatoryCount', 'kind', 'href', 'strong', 'type', 'version'), (f, key) => {
        cases++;
        const before = JSON.stringify(readFeed(f));
        proto[key] = ['polluted'];
        try {
          assert.equal(JSON.stringify(readFeed(f)), before);
        } finally {
          delete proto[key];
        }
      }),
    );
  });
});

describe('fuzz regressions (each a defect the fuzzing campaign found)', () => {
  const base = (): Json => ({
    version: 1,
    id: 'x',
    defaultLanguage: 'en',
    letter: { en: { title: 'T', body: [{ type: 'paragraph', content: ['ok'] }] } },
    signatories: [],
  });

  it('a 20,000-deep array as a block type or as the version is refused with a message, not a stack overflow', () => {
    const f = base();
    f.letter.en.body.push({ type: deep(20_000), content: [] });
    const warnings: Json[] = [];
    const read = readFeed(f, (i) => warnings.push(i));
    assert.ok(read.ok);
    assert.equal(warnings[0].path, 'letter.en.body[1]');
    const v = readFeed({ ...base(), version: deep(20_000, 1) });
    assert.deepEqual(v, { ok: false, issue: { path: 'version', message: 'unsupported feed version an array' } });
  });

  it('"type": ["paragraph"] is not a paragraph', () => {
    const f = base();
    f.letter.en.body = [{ type: ['paragraph'], content: ['x'] }];
    const read = readFeed(f);
    assert.equal(read.ok, false);
  });

  it('signatoryCount -0 becomes 0', () => {
    const read = readFeed({ ...base(), signatoryCount: -0 });
    assert.ok(read.ok && Object.is(read.feed.signatoryCount, 0));
  });

  it('1e309 is reported as a number too large, not as null', () => {
    const issues = validateFeed(JSON.parse('{"version":1,"id":"x","defaultLanguage":"en","letter":{"en":{"title":"T","body":[{"type":"paragraph","content":[]}]}},"signatories":[],"signatoryCount":1e309}'));
    assert.deepEqual(issues, [{ path: 'signatoryCount', message: 'expected an integer of at least 0, got a number beyond ±1.8e308' }]);
  });

  it('a count or goal written as {"toString": 0} (no number JavaScript can make of it) is refused there, and the rest is read', () => {
    const f = JSON.parse('{"version":1,"id":"x","defaultLanguage":"en","letter":{"en":{"title":"T","body":[{"type":"paragraph","content":["ok"]}]}},"signOn":{"url":"https://example.org/sign","goal":{"toString":0}},"signatories":[],"signatoryCount":{"toString":0,"valueOf":0}}');
    assert.deepEqual(validateFeed(f), [
      { path: 'signOn.goal', message: 'expected an integer of at least 1' },
      { path: 'signatoryCount', message: 'expected an integer of at least 0' },
    ]);
    const warnings: Json[] = [];
    const read = readFeed(f, (i) => warnings.push(i));
    assert.ok(read.ok);
    assert.deepEqual(read.feed.signOn, { url: 'https://example.org/sign' });
    assert.equal(read.feed.signatoryCount, undefined);
    assert.deepEqual(warnings.map((w) => w.path), ['signOn.goal', 'signatoryCount']);
  });

  it('a paragraph holding a 1 MB run of combining marks loses that text, with a warning naming it', () => {
    const f = base();
    f.letter.en.body.push({ type: 'paragraph', content: [marks(1 << 20), 'kept'] }, { type: 'heading', content: [marks(100)] });
    const warnings: Json[] = [];
    const read = readFeed(f, (i) => warnings.push(i));
    assert.ok(read.ok);
    assert.deepEqual(read.feed.letter.en!.body.slice(1), [{ type: 'paragraph', content: ['kept'] }, { type: 'heading', content: [] }]);
    assert.deepEqual(warnings.map((w) => w.path), ['letter.en.body[1].content[0]', 'letter.en.body[2].content[0]']);
    assert.match(warnings[0].message, /^expected a string of at most 10000 characters/);
    assert.match(warnings[1].message, /^expected text with at most 30 combining marks in a row/);
  });

  it('body text has a length limit, named with its path', () => {
    const f = base();
    f.letter.en.body[0].content.push('x'.repeat(10_001));
    assert.deepEqual(validateFeed(f).map((i) => [i.path, i.message.slice(0, 44)]), [
      ['letter.en.body[0].content[1]', 'expected a string of at most 10000 character'],
    ]);
  });

  it('a valid feed is read the same when the page polluted Object.prototype with the names of its fields', () => {
    const proto = Object.prototype as Json;
    const before = JSON.stringify(readFeed(base()));
    for (const key of ['summary', 'closing', 'signOn', 'signatoryCount', 'fullListUrl']) proto[key] = 'polluted';
    try {
      assert.equal(JSON.stringify(readFeed(base())), before);
      assert.deepEqual(validateFeed(base()), []);
    } finally {
      for (const key of ['summary', 'closing', 'signOn', 'signatoryCount', 'fullListUrl']) delete proto[key];
    }
  });
});

describe('the builder applies the same rules, with file and line', () => {
  it('refuses impossible dates and hostless or invisible-character URLs, and takes a date-only deadline', () => {
    const dir = sourceDir({
      'campaign.json': '{\n  "id": "t",\n  "defaultLanguage": "en",\n  "signOn": {\n    "url": "http://",\n    "closes": "2026-02-30"\n  }\n}\n',
      'signatories.csv': 'name,url,signed\nA,https://example.org/\u200bx,\nB,,2025-02-29\nC,https://example.org/niño,2016-12-31T23:59:60Z\n',
    });
    const messages = printed(buildFeed(dir).issues).map((m) => m.slice(dir.length + 1, m.indexOf(': expected')));
    assert.deepEqual(messages, [
      'campaign.json:5: signOn.url',
      'campaign.json:6: signOn.closes',
      'signatories.csv:2: column "url"',
      'signatories.csv:3: column "signed"',
    ]);
    const ok = sourceDir({ 'campaign.json': '{"id": "t", "defaultLanguage": "en", "signOn": {"url": "https://example.org/", "closes": "2026-12-01"}}' });
    assert.deepEqual(buildFeed(ok).issues, []);
  });
});
