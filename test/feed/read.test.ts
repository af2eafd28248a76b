import { expect } from '@open-wc/testing';
import { isSafeHref, readFeed, readSignatoriesDocument, type Feed, type FeedIssue } from '../../src/feed/index.js';
import { feedWith, fullFeed, type AnyJson } from './feeds.js';

/** Reads `json`, collecting the warnings. */
function read(json: unknown) {
  const warnings: FeedIssue[] = [];
  const result = readFeed(json, (i) => warnings.push(i));
  return { result, warnings, feed: result.ok ? (result.feed as AnyJson) : undefined };
}

describe('readFeed', () => {
  describe('a valid feed', () => {
    it('is read whole, with no warning', () => {
      const { result, warnings } = read(fullFeed());
      expect(warnings).to.deep.equal([]);
      expect(result).to.deep.equal({ ok: true, feed: fullFeed() });
    });

    it('is returned as a copy: changing it leaves the input alone', () => {
      const input = fullFeed();
      const { feed } = read(input);
      feed.signatories[0].name = 'changed';
      feed.letter.en.body[0].content.push('more');
      expect(input.signatories[0]!.name).to.equal('Derechos Digitales');
      expect(input.letter.en.body[0]!.content).to.have.length(2);
    });

    it('reads the fixture feed served to the elements', async () => {
      const json = await (await fetch('/test/fixtures/feeds/minimal.json')).json();
      const { result, warnings } = read(json);
      expect(warnings).to.deep.equal([]);
      expect(result.ok && result.feed.signatories.map((s) => s.name)).to.deep.equal([
        'Derechos Digitales',
        'Panoptykon',
        'Reporters Without Borders',
      ]);
    });

    it('works without a warn callback', () => {
      expect(readFeed(feedWith((f) => (f.signatories[0].country = 'cl'))).ok).to.equal(true);
    });
  });

  describe('fields the format does not name', () => {
    it('are ignored and left out of the copy, with no warning', () => {
      const { feed, warnings } = read(
        feedWith((f) => {
          f.theme = 'dark';
          f.letter.en.body[0].align = 'left';
          f.letter.en.body[0].content[0].underline = true;
          f.signOn.method = 'post';
          f.signatories[0].photo = 'x.png';
        }),
      );
      expect(warnings).to.deep.equal([]);
      expect(feed).to.deep.equal(fullFeed());
    });
  });

  describe('refuses the whole feed', () => {
    const refusals: [string, unknown, FeedIssue][] = [
      ['a string', 'feed', { path: '', message: 'expected an object, got "feed"' }],
      ['an array', [fullFeed()], { path: '', message: 'expected an object' }],
      ['null', null, { path: '', message: 'expected an object, got null' }],
      ['version 2', feedWith((f) => (f.version = 2)), { path: 'version', message: 'unsupported feed version 2' }],
      ['version 1.1', feedWith((f) => (f.version = 1.1)), { path: 'version', message: 'unsupported feed version 1.1' }],
      [
        'a letter whose only language has an empty body',
        feedWith((f) => (f.letter = { en: { title: 'T', body: [] } })),
        { path: 'letter.en.body', message: 'expected a non-empty array' },
      ],
      [
        'a letter whose only block is of an unknown type',
        feedWith((f) => (f.letter = { en: { title: 'T', body: [{ type: 'table' }] } })),
        { path: 'letter.en.body[0].type', message: 'expected "paragraph" or "heading" or "list", got "table"' },
      ],
      [
        'a letter where no language has a title',
        feedWith((f) => {
          delete f.letter.en.title;
          f.letter['es-AR'].title = '';
        }),
        { path: 'letter.en.title', message: 'missing, expected a string of 1 to 300 characters' },
      ],
      ['no letter', feedWith((f) => delete f.letter), { path: 'letter', message: 'missing, expected a non-empty object' }],
      ['no id', feedWith((f) => delete f.id), { path: 'id', message: 'missing, expected an id of a-z, 0-9 and -' }],
      ['signatories that are not a list', feedWith((f) => (f.signatories = 'many')), { path: 'signatories', message: 'expected an array, got "many"' }],
    ];
    for (const [what, json, issue] of refusals)
      it(`given ${what}`, () => {
        const warnings: FeedIssue[] = [];
        expect(readFeed(json, (i) => warnings.push(i))).to.deep.equal({ ok: false, issue });
        expect(warnings).to.deep.equal([]);
      });
  });

  describe('drops one bad part with one warning naming it, and keeps the rest', () => {
    const drops: [string, (f: AnyJson) => void, (f: AnyJson) => void, FeedIssue][] = [
      [
        'a javascript: link (the text stays)',
        (f) => (f.letter.en.body[0].content[0].href = 'javascript:alert(1)'),
        (f) => (f.letter.en.body[0].content[0] = { text: 'In the interests of promoting', strong: true }),
        { path: 'letter.en.body[0].content[0].href', message: 'expected an http(s) or mailto: URL, got "javascript:alert(1)"' },
      ],
      [
        'a link hidden behind a tab ("java\\tscript:")',
        (f) => (f.letter.en.body[2].items[1][0].href = 'java\tscript:alert(1)'),
        (f) => (f.letter.en.body[2].items[1][0] = { text: 'see' }),
        { path: 'letter.en.body[2].items[1][0].href', message: 'expected an http(s) or mailto: URL, got "java\\tscript:alert(1)"' },
      ],
      [
        'a signatory without a name',
        (f) => delete f.signatories[1].name,
        (f) => f.signatories.splice(1, 1),
        { path: 'signatories[1]', message: 'name: missing, expected a string of 1 to 200 characters' },
      ],
      [
        'a signatory that is a number',
        (f) => (f.signatories[0] = 42),
        (f) => f.signatories.splice(0, 1),
        { path: 'signatories[0]', message: 'expected an object, got 42' },
      ],
      [
        'a wrong country (the signatory stays)',
        (f) => (f.signatories[2].country = 'uk'),
        () => {},
        { path: 'signatories[2].country', message: 'expected an ISO 3166-1 alpha-2 country code in upper case, got "uk"' },
      ],
      [
        'an unknown kind (the signatory stays)',
        (f) => (f.signatories[1].kind = 'person'),
        (f) => delete f.signatories[1].kind,
        { path: 'signatories[1].kind', message: 'expected "organization" or "individual", got "person"' },
      ],
      [
        'an unsafe signatory URL (the signatory stays)',
        (f) => (f.signatories[0].url = 'javascript:alert(1)'),
        (f) => delete f.signatories[0].url,
        { path: 'signatories[0].url', message: 'expected an http(s) URL, got "javascript:alert(1)"' },
      ],
      [
        'a block of an unknown type',
        (f) => (f.letter.en.body[1].type = 'table'),
        (f) => f.letter.en.body.splice(1, 1),
        { path: 'letter.en.body[1]', message: 'type: expected "paragraph" or "heading" or "list", got "table"' },
      ],
      [
        'a list item that is not a list',
        (f) => (f.letter.en.body[2].items[0] = 'Publicly release'),
        (f) => f.letter.en.body[2].items.splice(0, 1),
        { path: 'letter.en.body[2].items[0]', message: 'expected an array, got "Publicly release"' },
      ],
      [
        'an inline without text',
        (f) => (f.letter.en.body[0].content[0] = { strong: true }),
        (f) => f.letter.en.body[0].content.splice(0, 1),
        { path: 'letter.en.body[0].content[0]', message: 'text: missing, expected a string' },
      ],
      [
        'a language with no title',
        (f) => delete f.letter['es-AR'].title,
        (f) => delete f.letter['es-AR'],
        { path: 'letter.es-AR', message: 'title: missing, expected a string of 1 to 300 characters' },
      ],
      [
        'a language under a bad tag',
        (f) => (f.letter.en_GB = f.letter.en),
        () => {},
        { path: 'letter.en_GB', message: 'expected a BCP 47 language tag, got "en_GB"' },
      ],
      [
        'an over-long summary',
        (f) => (f.letter.en.summary = 's'.repeat(501)),
        (f) => delete f.letter.en.summary,
        { path: 'letter.en.summary', message: `expected a string of at most 500 characters, got "${'s'.repeat(40)}…"` },
      ],
      [
        'a bad updated date',
        (f) => (f.updated = 'yesterday'),
        (f) => delete f.updated,
        { path: 'updated', message: 'expected an RFC 3339 date-time, got "yesterday"' },
      ],
      [
        'a sign-on with an unsafe URL (the whole sign-on)',
        (f) => (f.signOn.url = 'javascript:alert(1)'),
        (f) => delete f.signOn,
        { path: 'signOn', message: 'url: expected an http(s) URL, got "javascript:alert(1)"' },
      ],
      [
        'a goal of zero (the sign-on stays)',
        (f) => (f.signOn.goal = 0),
        (f) => delete f.signOn.goal,
        { path: 'signOn.goal', message: 'expected an integer of at least 1, got 0' },
      ],
      [
        'a data: signatories URL',
        (f) => (f.signatoriesUrl = 'data:application/json,[]'),
        (f) => delete f.signatoriesUrl,
        { path: 'signatoriesUrl', message: 'expected an http(s) URL or a relative path, got "data:application/json,[]"' },
      ],
      [
        'a relative full-list URL',
        (f) => (f.fullListUrl = 'list.html'),
        (f) => delete f.fullListUrl,
        { path: 'fullListUrl', message: 'expected an http(s) URL, got "list.html"' },
      ],
      [
        'a signatory count smaller than the list',
        (f) => (f.signatoryCount = 2),
        (f) => delete f.signatoryCount,
        { path: 'signatoryCount', message: 'expected at least the 3 signatories listed, got 2' },
      ],
      [
        'a signatory count that is not a number',
        (f) => (f.signatoryCount = 'many'),
        (f) => delete f.signatoryCount,
        { path: 'signatoryCount', message: 'expected an integer of at least 0, got "many"' },
      ],
    ];
    for (const [what, breakIt, expectFeed, warning] of drops)
      it(`drops ${what}`, () => {
        const { result, warnings } = read(feedWith(breakIt));
        expect(warnings).to.deep.equal([warning]);
        expect(result).to.deep.equal({ ok: true, feed: feedWith(expectFeed) });
      });

    it('warns once for a signatory with several faults', () => {
      const { feed, warnings } = read(feedWith((f) => (f.signatories[1] = { country: 'ar', kind: 'x', url: 'ftp://x' })));
      expect(warnings).to.deep.equal([{ path: 'signatories[1]', message: 'name: missing, expected a string of 1 to 200 characters' }]);
      expect(feed.signatories.map((s: AnyJson) => s.name)).to.deep.equal(['Derechos Digitales', 'Reporters Without Borders']);
    });

    it('keeps every valid signatory among many bad ones, in order', () => {
      const { feed, warnings } = read(
        feedWith((f) => (f.signatories = [{ name: 'A' }, null, { name: '' }, { name: 'B', country: 'x' }, 'C', { name: 'D' }])),
      );
      expect(feed.signatories).to.deep.equal([{ name: 'A' }, { name: 'B' }, { name: 'D' }]);
      expect(warnings.map((w) => w.path)).to.deep.equal(['signatories[1]', 'signatories[2]', 'signatories[3].country', 'signatories[4]']);
    });

    it('counts the signatory count against the signatories kept', () => {
      const { feed, warnings } = read(
        feedWith((f) => {
          f.signatories.push({ name: '' });
          f.signatoryCount = 3;
        }),
      );
      expect(feed.signatoryCount).to.equal(3);
      expect(warnings.map((w) => w.path)).to.deep.equal(['signatories[3]']);
    });

    it('keeps a letter whose other blocks are all fine when one block is dropped for a deep fault', () => {
      const { feed, warnings } = read(feedWith((f) => (f.letter.en.body[2].items[1][0] = { text: 5 })));
      expect(warnings).to.deep.equal([{ path: 'letter.en.body[2].items[1][0]', message: 'text: expected a string, got 5' }]);
      expect(feed.letter.en.body[2].items).to.deep.equal([['Publicly release WCIT proposals'], []]);
    });
  });

  describe('the default language', () => {
    it('falls back to the first usable language when it is not in the letter', () => {
      const { feed, warnings } = read(feedWith((f) => (f.defaultLanguage = 'fr')));
      expect(feed.defaultLanguage).to.equal('en');
      expect(warnings).to.deep.equal([{ path: 'defaultLanguage', message: `expected one of the letter's languages (en, es-AR), got "fr"` }]);
    });

    it('falls back when its language was dropped', () => {
      const { feed, warnings } = read(feedWith((f) => (f.letter.en.body = [])));
      expect(Object.keys(feed.letter)).to.deep.equal(['es-AR']);
      expect(feed.defaultLanguage).to.equal('es-AR');
      expect(warnings).to.deep.equal([
        { path: 'letter.en', message: 'body: expected a non-empty array' },
        { path: 'defaultLanguage', message: `expected one of the letter's languages (es-AR), got "en"` },
      ]);
    });

    it('refuses the feed when it is not a language tag at all (it is required)', () => {
      expect(readFeed(feedWith((f) => (f.defaultLanguage = 42)))).to.deep.equal({
        ok: false,
        issue: { path: 'defaultLanguage', message: 'expected a BCP 47 language tag, got 42' },
      });
    });
  });

  it('has types that fit the feed it returns', () => {
    const r = readFeed(fullFeed());
    const feed: Feed | undefined = r.ok ? r.feed : undefined;
    const first = feed?.letter.en?.body[0];
    expect(first?.type === 'paragraph' && first.content[1]).to.equal(' openness.');
  });
});

describe('readSignatoriesDocument', () => {
  it('reads a split list', () => {
    expect(readSignatoriesDocument({ version: 1, signatories: [{ name: 'A', country: 'CL' }], extra: true })).to.deep.equal({
      ok: true,
      document: { version: 1, signatories: [{ name: 'A', country: 'CL' }] },
    });
  });

  it('drops a malformed signatory with one warning and keeps the rest', () => {
    const warnings: FeedIssue[] = [];
    const r = readSignatoriesDocument({ version: 1, signatories: [{ name: 'A' }, { name: 7 }, { name: 'B', signed: 'May' }] }, (i) =>
      warnings.push(i),
    );
    expect(r).to.deep.equal({ ok: true, document: { version: 1, signatories: [{ name: 'A' }, { name: 'B' }] } });
    expect(warnings).to.deep.equal([
      { path: 'signatories[1]', message: 'name: expected a string of 1 to 200 characters, got 7' },
      { path: 'signatories[2].signed', message: 'expected an RFC 3339 date or date-time, got "May"' },
    ]);
  });

  it('refuses another version, or no list', () => {
    expect(readSignatoriesDocument({ version: 3, signatories: [] })).to.deep.equal({
      ok: false,
      issue: { path: 'version', message: 'unsupported feed version 3' },
    });
    expect(readSignatoriesDocument({ version: 1 })).to.deep.equal({
      ok: false,
      issue: { path: 'signatories', message: 'missing, expected an array' },
    });
  });
});

describe('isSafeHref', () => {
  const web = ['https:', 'http:'];
  const cases: [string, readonly string[], boolean][] = [
    ['https://example.org/', web, true],
    ['http://example.org/a?b=c#d', web, true],
    ['HTTPS://EXAMPLE.ORG/', web, true],
    ['mailto:a@example.org', ['https:', 'http:', 'mailto:'], true],
    ['mailto:a@example.org', web, false],
    ['javascript:alert(1)', web, false],
    ['JavaScript:alert(1)', ['https:', 'http:', 'mailto:'], false],
    [' javascript:alert(1)', web, false],
    ['java\tscript:alert(1)', web, false],
    ['java\nscript:alert(1)', web, false],
    ['\u0000javascript:alert(1)', web, false],
    [' https://example.org/', web, false],
    ['https://exa mple.org/', web, false],
    ['data:text/html,<script>alert(1)</script>', web, false],
    ['vbscript:msgbox(1)', web, false],
    ['/relative/path', web, false],
    ['//example.org/', web, false],
    ['example.org', web, false],
    ['', web, false],
    ['https://', web, false],
  ];
  for (const [value, schemes, safe] of cases)
    it(`${safe ? 'accepts' : 'refuses'} ${JSON.stringify(value)} for ${schemes.join(' ')}`, () => {
      expect(isSafeHref(value, schemes)).to.equal(safe);
    });
});
