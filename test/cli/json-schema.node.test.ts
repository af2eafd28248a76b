// The published JSON Schema says what the validator says: the same feeds pass
// and the same feeds fail, checked with a real draft 2020-12 validator (Ajv).
// Two rules no JSON Schema can state are the validator's alone: defaultLanguage
// must be a key of letter, and signatoryCount must be at least the list's length.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { buildFeed } from '../../src/cli/build.js';
import { listSchemaAccepts, schemaAccepts } from './schema-validator.js';
import { feedJsonSchema } from '../../src/cli/json-schema.js';
import { validateFeed, validateSignatoriesDocument } from '../../src/feed/read.js';


const { feed } = buildFeed(fileURLToPath(new URL('../../campaigns/wcit-2012/', import.meta.url)));
const base = () => structuredClone(feed!) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One change each, that the format page forbids. */
const broken: [string, (f: ReturnType<typeof base>) => void][] = [
  ['version 2', (f) => (f.version = 2)],
  ['an id with capitals', (f) => (f.id = 'WCIT')],
  ['no id', (f) => delete f.id],
  ['a bad language tag', (f) => (f.letter['not a tag'] = f.letter.en)],
  ['an empty title', (f) => (f.letter.en.title = '')],
  ['a title over 300 characters', (f) => (f.letter.en.title = 'x'.repeat(301))],
  ['a summary over 500 characters', (f) => (f.letter.en.summary = 'x'.repeat(501))],
  ['an empty body', (f) => (f.letter.en.body = [])],
  ['an unknown block type', (f) => f.letter.en.body.push({ type: 'table', content: [] })],
  ['a list whose ordered is not a boolean', (f) => f.letter.en.body.push({ type: 'list', ordered: 'yes', items: [] })],
  ['strong: false', (f) => f.letter.en.body.push({ type: 'paragraph', content: [{ text: 'x', strong: false }] })],
  ['a javascript: link', (f) => f.letter.en.body.push({ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] })],
  ['a relative link', (f) => f.letter.en.body.push({ type: 'paragraph', content: [{ text: 'x', href: '/sign' }] })],
  ['a closing over 200 characters', (f) => (f.letter.en.closing = 'x'.repeat(201))],
  ['a mailto: sign-on URL', (f) => (f.signOn.url = 'mailto:sign@example.org')],
  ['a sign-on closing date that is not RFC 3339', (f) => (f.signOn.closes = '14 December 2012')],
  ['a goal of 0', (f) => (f.signOn.goal = 0)],
  ['signatories that are not a list', (f) => (f.signatories = {})],
  ['a signatory with no name', (f) => delete f.signatories[0].name],
  ['a lower-case country code', (f) => (f.signatories[0].country = 'cl')],
  ['an unknown kind', (f) => (f.signatories[0].kind = 'robot')],
  ['an affiliation over 200 characters', (f) => (f.signatories[0].affiliation = 'x'.repeat(201))],
  ['a signatory URL that is not http(s)', (f) => (f.signatories[0].url = 'ftp://example.org')],
  ['a signed date that is not RFC 3339', (f) => (f.signatories[0].signed = '2012-13-01')],
  ['a negative signatoryCount', (f) => (f.signatoryCount = -1)],
  ['a data: signatoriesUrl', (f) => (f.signatoriesUrl = 'data:application/json,{}')],
  ['an http fullListUrl without a host', (f) => (f.fullListUrl = 'cdt.org')],
];

describe('the published JSON Schema (draft 2020-12, checked with Ajv)', () => {
  it('accepts the default WCIT feed, as the validator does', () => {
    assert.deepEqual(validateFeed(feed), []);
    assert.ok(schemaAccepts(feed), JSON.stringify(schemaAccepts.errors));
  });

  it('accepts fields the format does not name (feeds may grow)', () => {
    const f = base();
    f.futureField = { anything: true };
    f.signatories[0].pronouns = 'they';
    assert.deepEqual(validateFeed(f), []);
    assert.ok(schemaAccepts(f), JSON.stringify(schemaAccepts.errors));
  });

  for (const [what, change] of broken) {
    it(`rejects ${what}, as the validator does`, () => {
      const f = base();
      change(f);
      assert.notDeepEqual(validateFeed(f), [], 'the validator accepted it');
      assert.equal(schemaAccepts(f), false, 'the schema accepted it');
    });
  }

  it('agrees on the split list document', () => {
    const good = { version: 1, signatories: [{ name: 'Panoptykon', country: 'PL' }] };
    const bad = { version: 1, signatories: [{ name: '' }] };
    assert.deepEqual(validateSignatoriesDocument(good), []);
    assert.ok(listSchemaAccepts(good));
    assert.notDeepEqual(validateSignatoriesDocument(bad), []);
    assert.equal(listSchemaAccepts(bad), false);
  });
});

describe('one URL rule: what the URL parser accepts, written plainly', () => {
  const withList = (signatoriesUrl: string) => ({ ...base(), signatoriesUrl, signatoryCount: 5000 });
  const cases: [string, boolean][] = [
    ['https://123/list.json', true], // 0.0.0.123
    ['https://192.0.2.1./list.json', true], // a dot after an IPv4 address
    ['https://0x7f.1/list.json', true], // 127.0.0.1
    ['https://example.org:00443/list.json', true],
    ['https://xn--mller-kva.example/list.json', true],
    ['https://999.1.1.1/list.json', false],
    ['https://4294967296/list.json', false],
    ['https://09/list.json', false],
    ['https://1.2.3.4.5/list.json', false],
    ['https://example.org:99999/list.json', false],
    ['//999.1.1.1/list.json', false], // another host: write it with its scheme
    ['list.json', true],
  ];
  for (const [url, valid] of cases)
    it(`${url}: ${valid ? 'valid' : 'refused'} by the validator and the schema alike${valid ? '' : ', and left out by the reader'}`, () => {
      assert.equal(validateFeed(withList(url)).length == 0, valid);
      assert.equal(schemaAccepts(withList(url)), valid, JSON.stringify(schemaAccepts.errors));
      if (/^https?:/.test(url)) assert.equal(URL.canParse(url), valid);
    });

  it('an xn-- label that is not Punycode: refused by the validator; the schema cannot decode it (documented)', () => {
    assert.deepEqual(validateFeed(withList('https://xn--a/list.json')).map((i) => i.path), ['signatoriesUrl']);
    assert.ok(schemaAccepts(withList('https://xn--a/list.json')));
    assert.match((feedJsonSchemaText()), /xn--/);
  });
});

function feedJsonSchemaText(): string {
  return JSON.stringify(feedJsonSchema());
}
