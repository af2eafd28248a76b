import { expect } from '@open-wc/testing';
import { validateFeed, validateSignatoriesDocument } from '../../src/feed/index.js';
import { feedWith, fullFeed, type AnyJson } from './feeds.js';

/** [what, change that keeps the feed valid] */
type Valid = [string, (f: AnyJson) => void];
/** [what, change that breaks it, the one path expected, the message expected] */
type Invalid = [string, (f: AnyJson) => void, string, string];

const en = (f: AnyJson) => f.letter.en;
const sig = (f: AnyJson) => f.signatories[1];

const valid: Valid[] = [
  ['the full example', () => {}],
  ['only the required fields', (f) => {
    for (const k of ['updated', 'signOn', 'signatoryCount', 'signatoriesUrl', 'fullListUrl']) delete f[k];
    f.letter = { en: { title: 'T', body: [{ type: 'paragraph', content: ['x'] }] } };
    f.signatories = [{ name: 'A' }];
  }],
  ['an empty signatories list', (f) => (f.signatories = [])],
  ['an id of one character', (f) => (f.id = 'a')],
  ['an id of 64 characters', (f) => (f.id = 'a'.repeat(64))],
  ['a three-letter language tag with subtags', (f) => ((f.letter['ast-Latn-ES'] = en(f)), (f.defaultLanguage = 'ast-Latn-ES'))],
  ['updated with a fraction and an offset', (f) => (f.updated = '2012-11-29T10:00:00.123+01:00')],
  ['updated with lower-case t and z', (f) => (f.updated = '2012-11-29t10:00:00z')],
  ['a leap second', (f) => (f.updated = '2012-06-30T23:59:60Z')],
  ['a leap second written in another offset', (f) => (f.updated = '2012-07-01T05:29:60+05:30')],
  ['closes as a date alone (the end of that day Anywhere on Earth)', (f) => (f.signOn.closes = '2026-12-01')],
  ['closes on February 29 of a leap year', (f) => (f.signOn.closes = '2028-02-29T12:00:00-05:00')],
  ['a sign-on URL with letters of another script in its path', (f) => (f.signOn.url = 'https://example.org/firmar/niño/توقيع')],
  ['a sign-on URL on an IPv4 address with a port', (f) => (f.signOn.url = 'http://127.0.0.1:8000/sign')],
  ['a link with an emoji', (f) => (en(f).body[0].content[0].href = 'https://example.org/😀')],
  ['a title with accents stacked as Vietnamese does', (f) => (en(f).title = 'Việt Nam \u1ec7\u0301')],
  ['a title of 300 characters', (f) => (en(f).title = 'x'.repeat(300))],
  ['a title of 300 astral characters (counted as characters, not UTF-16 units)', (f) => (en(f).title = '😀'.repeat(300))],
  ['a summary of 500 characters', (f) => (en(f).summary = 'x'.repeat(500))],
  ['an empty summary', (f) => (en(f).summary = '')],
  ['a closing of 200 characters', (f) => (en(f).closing = 'x'.repeat(200))],
  ['an empty paragraph', (f) => (en(f).body[0].content = [])],
  ['a list with no items', (f) => (en(f).body[2].items = [])],
  ['a list with ordered false', (f) => (en(f).body[2].ordered = false)],
  ['an http link in the text', (f) => (en(f).body[0].content[0].href = 'http://example.org/')],
  ['an inline object with only text', (f) => (en(f).body[0].content[0] = { text: '' })],
  ['a sign-on with only a URL', (f) => (f.signOn = { url: 'http://example.org/sign' })],
  ['a goal of 1', (f) => (f.signOn.goal = 1)],
  ['a signatory count equal to the list', (f) => (f.signatoryCount = 3)],
  ['a signatory count of 0 with no signatories', (f) => ((f.signatories = []), (f.signatoryCount = 0))],
  ['an absolute https signatories URL', (f) => (f.signatoriesUrl = 'https://cdn.example.org/s.json')],
  ['a root-relative signatories URL', (f) => (f.signatoriesUrl = '/feeds/s.json')],
  ['a parent-relative signatories URL with a query', (f) => (f.signatoriesUrl = '../s.json?v=2:3')],
  ['a name of 200 characters', (f) => (sig(f).name = 'x'.repeat(200))],
  ['an affiliation of 200 characters', (f) => (sig(f).affiliation = 'x'.repeat(200))],
  ['a signatory URL in upper case', (f) => (sig(f).url = 'HTTPS://EXAMPLE.ORG/')],
  ['unknown fields at every level', (f) => {
    f.theme = 'dark';
    en(f).footnotes = [];
    en(f).body[0].align = 'left';
    en(f).body[0].content[0].underline = true;
    f.signOn.method = 'form';
    sig(f).photo = 'x.png';
  }],
];

const invalid: Invalid[] = [
  // top level
  ['version 2', (f) => (f.version = 2), 'version', 'unsupported feed version 2'],
  ['version "1"', (f) => (f.version = '1'), 'version', 'unsupported feed version "1"'],
  ['no version', (f) => delete f.version, 'version', 'unsupported feed version undefined'],
  ['no id', (f) => delete f.id, 'id', 'missing, expected an id of a-z, 0-9 and -'],
  ['an id in upper case', (f) => (f.id = 'WCIT'), 'id', 'expected an id of a-z, 0-9 and -, got "WCIT"'],
  ['an id starting with a hyphen', (f) => (f.id = '-wcit'), 'id', 'expected an id of a-z, 0-9 and -, got "-wcit"'],
  ['an id of 65 characters', (f) => (f.id = 'a'.repeat(65)), 'id', `expected an id of a-z, 0-9 and -, got "${'a'.repeat(40)}…"`],
  ['updated without a time zone', (f) => (f.updated = '2012-11-29T10:00:00'), 'updated', 'expected an RFC 3339 date-time, got "2012-11-29T10:00:00"'],
  ['updated as a date only', (f) => (f.updated = '2012-11-29'), 'updated', 'expected an RFC 3339 date-time, got "2012-11-29"'],
  ['updated in month 13', (f) => (f.updated = '2012-13-01T00:00:00Z'), 'updated', 'expected an RFC 3339 date-time, got "2012-13-01T00:00:00Z"'],
  ['updated as a number', (f) => (f.updated = 1354183200), 'updated', 'expected an RFC 3339 date-time, got 1354183200'],
  ['no defaultLanguage', (f) => delete f.defaultLanguage, 'defaultLanguage', 'missing, expected a BCP 47 language tag'],
  ['a defaultLanguage with an underscore', (f) => (f.defaultLanguage = 'en_US'), 'defaultLanguage', 'expected a BCP 47 language tag, got "en_US"'],
  ['a defaultLanguage that is not a key of letter', (f) => (f.defaultLanguage = 'fr'), 'defaultLanguage', `expected one of the letter's languages (en, es-AR), got "fr"`],
  ['no letter', (f) => delete f.letter, 'letter', 'missing, expected a non-empty object'],
  ['an empty letter', (f) => ((f.letter = {}), (f.defaultLanguage = 'en')), 'letter', 'expected a non-empty object'],
  ['a letter that is an array', (f) => (f.letter = [en(f)]), 'letter', 'expected a non-empty object'],
  ['a letter keyed by a bad tag', (f) => (f.letter['english'] = en(f)), 'letter.english', 'expected a BCP 47 language tag, got "english"'],
  ['a signOn that is a string', (f) => (f.signOn = 'https://example.org/sign'), 'signOn', 'expected an object, got "https://example.org/sign"'],
  ['no signatories', (f) => delete f.signatories, 'signatories', 'missing, expected an array'],
  ['signatories as an object', (f) => (f.signatories = {}), 'signatories', 'expected an array'],
  ['a signatory count below the list', (f) => (f.signatoryCount = 2), 'signatoryCount', 'expected at least the 3 signatories listed, got 2'],
  ['a negative signatory count', (f) => ((f.signatories = []), (f.signatoryCount = -1)), 'signatoryCount', 'expected an integer of at least 0, got -1'],
  ['a fractional signatory count', (f) => (f.signatoryCount = 3.5), 'signatoryCount', 'expected an integer of at least 0, got 3.5'],
  ['a javascript: signatories URL', (f) => (f.signatoriesUrl = 'javascript:alert(1)'), 'signatoriesUrl', 'expected an http(s) URL or a relative path, got "javascript:alert(1)"'],
  ['a data: signatories URL', (f) => (f.signatoriesUrl = 'data:application/json,{}'), 'signatoriesUrl', 'expected an http(s) URL or a relative path, got "data:application/json,{}"'],
  ['an empty signatories URL', (f) => (f.signatoriesUrl = ''), 'signatoriesUrl', 'expected an http(s) URL or a relative path, got ""'],
  ['a signatories URL hiding a scheme behind a space', (f) => (f.signatoriesUrl = ' javascript:alert(1)'), 'signatoriesUrl', 'expected an http(s) URL or a relative path, got " javascript:alert(1)"'],
  ['a relative full-list URL', (f) => (f.fullListUrl = '/list'), 'fullListUrl', 'expected an http(s) URL, got "/list"'],
  ['an ftp full-list URL', (f) => (f.fullListUrl = 'ftp://cdt.org'), 'fullListUrl', 'expected an http(s) URL, got "ftp://cdt.org"'],
  // LetterText
  ['no title', (f) => delete en(f).title, 'letter.en.title', 'missing, expected a string of 1 to 300 characters'],
  ['an empty title', (f) => (en(f).title = ''), 'letter.en.title', 'expected a string of 1 to 300 characters, got ""'],
  ['a title of 301 characters', (f) => (en(f).title = 'x'.repeat(301)), 'letter.en.title', `expected a string of 1 to 300 characters, got "${'x'.repeat(40)}…"`],
  ['a summary of 501 characters', (f) => (en(f).summary = 'x'.repeat(501)), 'letter.en.summary', `expected a string of at most 500 characters, got "${'x'.repeat(40)}…"`],
  ['a closing of 201 characters', (f) => (en(f).closing = 'x'.repeat(201)), 'letter.en.closing', `expected a string of at most 200 characters, got "${'x'.repeat(40)}…"`],
  ['a closing that is a number', (f) => (en(f).closing = 1), 'letter.en.closing', 'expected a string of at most 200 characters, got 1'],
  ['no body', (f) => delete en(f).body, 'letter.en.body', 'missing, expected a non-empty array'],
  ['an empty body', (f) => (en(f).body = []), 'letter.en.body', 'expected a non-empty array'],
  // Block
  ['a block of unknown type', (f) => (en(f).body[1].type = 'table'), 'letter.en.body[1].type', 'expected "paragraph" or "heading" or "list", got "table"'],
  ['a block with no type', (f) => delete en(f).body[1].type, 'letter.en.body[1].type', 'missing, expected "paragraph" or "heading" or "list"'],
  ['a block that is a string', (f) => (en(f).body[1] = 'Hello'), 'letter.en.body[1]', 'expected an object, got "Hello"'],
  ['a paragraph with no content', (f) => delete en(f).body[0].content, 'letter.en.body[0].content', 'missing, expected an array'],
  ['a heading whose content is a string', (f) => (en(f).body[1].content = 'Hi'), 'letter.en.body[1].content', 'expected an array, got "Hi"'],
  ['a list with no items', (f) => delete en(f).body[2].items, 'letter.en.body[2].items', 'missing, expected an array'],
  ['a list item that is a string', (f) => (en(f).body[2].items[0] = 'x'), 'letter.en.body[2].items[0]', 'expected an array, got "x"'],
  ['ordered as a string', (f) => (en(f).body[2].ordered = 'yes'), 'letter.en.body[2].ordered', 'expected true or false, got "yes"'],
  // Inline
  ['an inline number', (f) => (en(f).body[0].content[1] = 7), 'letter.en.body[0].content[1]', 'expected an object, got 7'],
  ['an inline object without text', (f) => (en(f).body[0].content[0] = { strong: true }), 'letter.en.body[0].content[0].text', 'missing, expected a string'],
  ['strong: false', (f) => (en(f).body[0].content[0].strong = false), 'letter.en.body[0].content[0].strong', 'expected true, got false'],
  ['em: "yes"', (f) => (en(f).body[0].content[0].em = 'yes'), 'letter.en.body[0].content[0].em', 'expected true, got "yes"'],
  ['a javascript: link', (f) => (en(f).body[2].items[1][0].href = 'javascript:alert(1)'), 'letter.en.body[2].items[1][0].href', 'expected an http(s) or mailto: URL, got "javascript:alert(1)"'],
  ['a data: link', (f) => (en(f).body[0].content[0].href = 'data:text/html,<b>'), 'letter.en.body[0].content[0].href', 'expected an http(s) or mailto: URL, got "data:text/html,<b>"'],
  ['a relative link', (f) => (en(f).body[0].content[0].href = '/about'), 'letter.en.body[0].content[0].href', 'expected an http(s) or mailto: URL, got "/about"'],
  // SignOn
  ['a sign-on without URL', (f) => delete f.signOn.url, 'signOn.url', 'missing, expected an http(s) URL'],
  ['a sign-on URL with javascript:', (f) => (f.signOn.url = 'javascript:void 0'), 'signOn.url', 'expected an http(s) URL, got "javascript:void 0"'],
  ['a mailto: sign-on URL', (f) => (f.signOn.url = 'mailto:a@example.org'), 'signOn.url', 'expected an http(s) URL, got "mailto:a@example.org"'],
  ['closes on February 30', (f) => (f.signOn.closes = '2026-02-30'), 'signOn.closes', 'expected an RFC 3339 date or date-time, got "2026-02-30"'],
  ['closes at a leap second that is not at the end of a UTC day', (f) => (f.signOn.closes = '2026-06-30T12:59:60Z'), 'signOn.closes', 'expected an RFC 3339 date or date-time, got "2026-06-30T12:59:60Z"'],
  ['signed on February 29 of a common year', (f) => (f.signatories[0].signed = '2025-02-29'), 'signatories[0].signed', 'expected an RFC 3339 date or date-time, got "2025-02-29"'],
  ['a sign-on URL with no host', (f) => (f.signOn.url = 'http://'), 'signOn.url', 'expected an http(s) URL, got "http://"'],
  ['a sign-on URL with a zero-width space', (f) => (f.signOn.url = 'https://example.org/\u200bsign'), 'signOn.url', 'expected an http(s) URL, got "https://example.org/\u200bsign"'],
  ['a sign-on URL with a right-to-left override', (f) => (f.signOn.url = 'https://example.org/\u202egis'), 'signOn.url', 'expected an http(s) URL, got "https://example.org/\u202egis"'],
  ['a title with 40 accents on one letter', (f) => (f.letter.en.title = 'a' + '\u0301'.repeat(40)), 'letter.en.title', `expected text with at most 30 combining marks in a row, got ${JSON.stringify(('a' + '\u0301'.repeat(40)).slice(0, 40) + '…')}`],
  ['a block type given as an array', (f) => (f.letter.en.body[0].type = ['paragraph']), 'letter.en.body[0].type', 'expected "paragraph" or "heading" or "list"'],
  ['a count of 1e309', (f) => (f.signatoryCount = Infinity), 'signatoryCount', 'expected an integer of at least 0, got a number beyond ±1.8e308'],
  ['a goal of 0', (f) => (f.signOn.goal = 0), 'signOn.goal', 'expected an integer of at least 1, got 0'],
  ['a goal as a string', (f) => (f.signOn.goal = '500'), 'signOn.goal', 'expected an integer of at least 1, got "500"'],
  // Signatory
  ['a signatory without name', (f) => delete sig(f).name, 'signatories[1].name', 'missing, expected a string of 1 to 200 characters'],
  ['an empty name', (f) => (sig(f).name = ''), 'signatories[1].name', 'expected a string of 1 to 200 characters, got ""'],
  ['a name of 201 characters', (f) => (sig(f).name = 'x'.repeat(201)), 'signatories[1].name', `expected a string of 1 to 200 characters, got "${'x'.repeat(40)}…"`],
  ['kind "person"', (f) => (sig(f).kind = 'person'), 'signatories[1].kind', 'expected "organization" or "individual", got "person"'],
  ['country in lower case', (f) => (sig(f).country = 'uk'), 'signatories[1].country', 'expected an ISO 3166-1 alpha-2 country code in upper case, got "uk"'],
  ['country as alpha-3', (f) => (sig(f).country = 'ARG'), 'signatories[1].country', 'expected an ISO 3166-1 alpha-2 country code in upper case, got "ARG"'],
  ['an affiliation of 201 characters', (f) => (sig(f).affiliation = 'x'.repeat(201)), 'signatories[1].affiliation', `expected a string of at most 200 characters, got "${'x'.repeat(40)}…"`],
  ['a signatory URL without scheme', (f) => (sig(f).url = 'www.example.org'), 'signatories[1].url', 'expected an http(s) URL, got "www.example.org"'],
  ['signed as a year', (f) => (sig(f).signed = '2012'), 'signatories[1].signed', 'expected an RFC 3339 date or date-time, got "2012"'],
  ['signed on day 32', (f) => (sig(f).signed = '2012-01-32'), 'signatories[1].signed', 'expected an RFC 3339 date or date-time, got "2012-01-32"'],
  ['a signatory that is a string', (f) => (f.signatories[0] = 'EFF'), 'signatories[0]', 'expected an object, got "EFF"'],
  ['a signatory that is null', (f) => (f.signatories[0] = null), 'signatories[0]', 'expected an object, got null'],
];

describe('validateFeed', () => {
  describe('accepts valid feeds', () => {
    for (const [what, change] of valid)
      it(`accepts ${what}`, () => {
        expect(validateFeed(feedWith(change))).to.deep.equal([]);
      });
  });

  describe('names each violation with its path', () => {
    for (const [what, change, path, message] of invalid)
      it(`rejects ${what}`, () => {
        expect(validateFeed(feedWith(change))).to.deep.equal([{ path, message }]);
      });
  });

  it('lists every violation, not just the first', () => {
    const issues = validateFeed(
      feedWith((f) => {
        f.id = 'X';
        f.letter.en.body[0].content[0].href = 'javascript:x';
        f.signatories[0].country = 'cl';
        f.signatories[2].name = '';
        f.fullListUrl = 'nope';
      }),
    );
    expect(issues.map((i) => i.path)).to.deep.equal([
      'id',
      'letter.en.body[0].content[0].href',
      'signatories[0].country',
      'signatories[2].name',
      'fullListUrl',
    ]);
  });

  it('reports a document that is not an object at the empty path', () => {
    expect(validateFeed([])).to.deep.equal([{ path: '', message: 'expected an object' }]);
    expect(validateFeed('{}')).to.deep.equal([{ path: '', message: 'expected an object, got "{}"' }]);
    expect(validateFeed(null)).to.deep.equal([{ path: '', message: 'expected an object, got null' }]);
  });

  it('reports only the version of a feed from a later format', () => {
    expect(validateFeed({ version: 2, anything: 'else' })).to.deep.equal([
      { path: 'version', message: 'unsupported feed version 2' },
    ]);
  });

  it('does not change the feed it checks', () => {
    const f = feedWith((g) => {
      g.defaultLanguage = 'fr';
      g.signatoryCount = 1;
    });
    const before = JSON.stringify(f);
    validateFeed(f);
    expect(JSON.stringify(f)).to.equal(before);
  });

  it('accepts the fixture feed served to the elements', async () => {
    const json = await (await fetch('/test/fixtures/feeds/minimal.json')).json();
    expect(validateFeed(json)).to.deep.equal([]);
  });

  it('keeps the full example valid (guards the table above)', () => {
    expect(fullFeed().signatories).to.have.length(3);
  });
});

describe('validateSignatoriesDocument', () => {
  it('accepts a split list', () => {
    expect(validateSignatoriesDocument({ version: 1, signatories: fullFeed().signatories })).to.deep.equal([]);
    expect(validateSignatoriesDocument({ version: 1, signatories: [] })).to.deep.equal([]);
  });

  it('rejects another version', () => {
    expect(validateSignatoriesDocument({ version: 2, signatories: [] })).to.deep.equal([
      { path: 'version', message: 'unsupported feed version 2' },
    ]);
  });

  it('names every bad signatory field with its path', () => {
    expect(
      validateSignatoriesDocument({ version: 1, signatories: [{ name: 'A', country: 'fr' }, { kind: 'individual' }] }),
    ).to.deep.equal([
      { path: 'signatories[0].country', message: 'expected an ISO 3166-1 alpha-2 country code in upper case, got "fr"' },
      { path: 'signatories[1].name', message: 'missing, expected a string of 1 to 200 characters' },
    ]);
  });

  it('requires the list', () => {
    expect(validateSignatoriesDocument({ version: 1 })).to.deep.equal([
      { path: 'signatories', message: 'missing, expected an array' },
    ]);
  });
});
