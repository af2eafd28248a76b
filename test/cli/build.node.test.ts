import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFeed } from '../../src/cli/build.js';
import { validateFeed, validateSignatoriesDocument } from '../../src/feed/read.js';
import { LETTER, printed, sourceDir } from './helpers.js';

const rows = (n: number) =>
  'name,country\n' + Array.from({ length: n }, (_, i) => `Signatory ${i + 1},CL\n`).join('');

describe('building a feed from a source folder', () => {
  it('assembles a valid feed from campaign.json, the letters and the CSV', () => {
    const dir = sourceDir();
    const { feed, issues } = buildFeed(dir);
    assert.deepEqual(issues, []);
    assert.deepEqual(feed, {
      version: 1,
      id: 'test-letter',
      defaultLanguage: 'en',
      letter: {
        en: {
          title: 'A test letter',
          body: [
            { type: 'paragraph', content: [{ text: 'We write to urge you.', strong: true }] },
            { type: 'paragraph', content: ['Second paragraph.'] },
          ],
          closing: 'Sincerely,',
        },
      },
      signOn: { url: 'https://example.org/sign' },
      signatories: [{ name: 'Derechos Digitales', country: 'CL' }, { name: 'Reporters Without Borders' }],
    });
    assert.deepEqual(validateFeed(feed), []);
  });

  it('adds a language for each letter.<lang>.md', () => {
    const dir = sourceDir({ 'letter.es-AR.md': '---\ntitle: Una carta\n---\n\nTexto.\n' });
    const { feed, issues } = buildFeed(dir);
    assert.deepEqual(issues, []);
    assert.deepEqual(Object.keys(feed!.letter).sort(), ['en', 'es-AR']);
    assert.equal(feed!.letter['es-AR'].title, 'Una carta');
  });

  it('refuses two files of one language (letter.es.md and letter.ES.md) instead of keeping either', () => {
    const dir = sourceDir({ 'letter.es.md': '# Carta\n\nUna.\n', 'letter.ES.md': '# Carta\n\nOtra.\n' });
    const { feed, issues } = buildFeed(dir);
    assert.equal(feed, undefined);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error').map((i) => `${i.file}: ${i.message}`),
      [`${join(dir, 'letter.es.md')}: a second letter in "es", beside letter.ES.md: keep one of the two files`],
    );
  });

  it('reports every problem in every file at once, each with its file and line', () => {
    const dir = sourceDir({
      'campaign.json': '{\n  "id": "test-letter",\n  "defaultLanguage": "en",\n  "sign_on": "x"\n}\n',
      'letter.en.md': `${LETTER}\n![chart](https://example.org/c.png)\n\n<p>hi</p>\n`,
      'signatories.csv': 'name,kind,country,website,name\nA,,Chile,,\nB,robot,,,\n,,CL,,\n',
    });
    const { feed, issues } = buildFeed(dir);
    assert.equal(feed, undefined);
    assert.deepEqual(printed(issues).map((m) => m.replace(/ \((text is|the feed).*\)$/, '')), [
      `${join(dir, 'campaign.json')}:4: unknown field "sign_on" (expected id, defaultLanguage, updated, signOn, fullListUrl, columns)`,
      `${join(dir, 'letter.en.md')}:10: unsupported Markdown: image`,
      `${join(dir, 'letter.en.md')}:12: unsupported Markdown: raw HTML "<p>hi</p>"`,
      `${join(dir, 'signatories.csv')}:1: column "name" is given twice`,
      `${join(dir, 'signatories.csv')}:2: warning: country "Chile" read as CL`,
      `${join(dir, 'signatories.csv')}:3: kind "robot" is not "organization" or "individual" (leave it empty for an organization)`,
      `${join(dir, 'signatories.csv')}:4: empty name`,
    ]);
  });

  it('reads the header mapping in campaign.json, and refuses a Latin-1 spreadsheet with its line', () => {
    const mapped = sourceDir({
      'campaign.json': '{\n  "id": "test-letter",\n  "defaultLanguage": "en",\n  "columns": { "Name of your group": "name", "Email": null }\n}\n',
      'signatories.csv': 'Name of your group,Email\nPanoptykon,x@example.org\n',
    });
    const built = buildFeed(mapped);
    assert.deepEqual(built.issues, []);
    assert.deepEqual(built.feed!.signatories, [{ name: 'Panoptykon' }]);

    const badMapping = sourceDir({ 'campaign.json': '{\n  "id": "test-letter",\n  "defaultLanguage": "en",\n  "columns": { "Email": "mail" }\n}\n' });
    assert.match(printed(buildFeed(badMapping).issues)[0], new RegExp(`^${join(badMapping, 'campaign.json')}:4: "columns": "Email" maps to "mail"; `));

    const latin1 = sourceDir({});
    writeFileSync(join(latin1, 'signatories.csv'), Buffer.from('name\nRéseau\n', 'latin1'));
    const refused = buildFeed(latin1);
    assert.equal(refused.feed, undefined);
    assert.match(printed(refused.issues)[0], new RegExp(`^${join(latin1, 'signatories.csv')}:2: the file is not UTF-8`));
  });

  it('builds a letter written with a "# Title" first line and no front matter', () => {
    const { feed, issues } = buildFeed(sourceDir({ 'letter.en.md': '# Open letter\n\nWe write.\n' }));
    assert.deepEqual(issues, []);
    assert.deepEqual(feed!.letter.en, { title: 'Open letter', body: [{ type: 'paragraph', content: ['We write.'] }] });
  });

  it('maps format violations back to the CSV row, the front matter line and the campaign field', () => {
    const dir = sourceDir({
      'campaign.json': '{\n  "id": "Test Letter",\n  "defaultLanguage": "en",\n  "signOn": {\n    "url": "ftp://example.org"\n  }\n}\n',
      'letter.en.md': `---\ntitle: ${'x'.repeat(301)}\n---\n\nText.\n`,
      'signatories.csv': 'name,url,signed\nA,,\nB,javascript:alert(1),\nC,,yesterday\n',
    });
    const messages = printed(buildFeed(dir).issues);
    const expected = [
      [join(dir, 'campaign.json') + ':2: id: '],
      [join(dir, 'campaign.json') + ':5: signOn.url: '],
      [join(dir, 'letter.en.md') + ':2: letter.en.title: '],
      [join(dir, 'signatories.csv') + ':3: column "url": '],
      [join(dir, 'signatories.csv') + ':4: column "signed": '],
    ];
    assert.equal(messages.length, expected.length, messages.join('\n'));
    expected.forEach(([prefix], i) => assert.ok(messages[i].startsWith(prefix), `${messages[i]}\ndoes not start with\n${prefix}`));
  });

  it('names each missing file', () => {
    const dir = sourceDir({ 'campaign.json': null, 'letter.en.md': null, 'signatories.csv': null });
    assert.deepEqual(
      printed(buildFeed(dir).issues).map((m) => m.slice(0, m.indexOf(': missing') + 9)),
      ['campaign.json', 'letter.en.md', 'signatories.csv'].map((name) => `${join(dir, name)}: missing`),
    );
  });

  it('gives the line of a JSON syntax error in campaign.json', () => {
    const dir = sourceDir({ 'campaign.json': '{\n  "id": "test-letter",\n  "defaultLanguage": "en",\n}\n' });
    const [message] = printed(buildFeed(dir).issues);
    assert.match(message, new RegExp(`^${join(dir, 'campaign.json').replace(/[.\\]/g, '\\$&')}:4:1: not valid JSON: `));
  });

  it('refuses a letter file without a language in its name', () => {
    const dir = sourceDir({ 'letter.md': LETTER });
    assert.deepEqual(printed(buildFeed(dir).issues), [
      `${join(dir, 'letter.md')}: letter files are named letter.<lang>.md, with a BCP 47 language tag, e.g. letter.en.md or letter.es-AR.md`,
    ]);
  });

  it('reports a folder that does not exist', () => {
    const [message] = printed(buildFeed('/nonexistent/wcit').issues);
    assert.match(message, /^\/nonexistent\/wcit: no such folder/);
  });
});

describe('splitting a large list', () => {
  it('keeps up to 1000 signatories inline', () => {
    const { feed, signatoriesDocument } = buildFeed(sourceDir({ 'signatories.csv': rows(1000) }));
    assert.equal(feed!.signatories.length, 1000);
    assert.equal(feed!.signatoryCount, undefined);
    assert.equal(feed!.signatoriesUrl, undefined);
    assert.equal(signatoriesDocument, undefined);
  });

  it('above 1000, inlines the first 100 and puts all of them in a second document', () => {
    const { feed, signatoriesDocument, issues } = buildFeed(sourceDir({ 'signatories.csv': rows(1001) }));
    assert.deepEqual(issues, []);
    assert.equal(feed!.signatories.length, 100);
    assert.equal(feed!.signatories[99].name, 'Signatory 100');
    assert.equal(feed!.signatoryCount, 1001);
    assert.equal(feed!.signatoriesUrl, 'test-letter-signatories.json');
    assert.equal(signatoriesDocument!.version, 1);
    assert.equal(signatoriesDocument!.signatories.length, 1001);
    assert.equal(signatoriesDocument!.signatories[1000].name, 'Signatory 1001');
    assert.deepEqual(validateFeed(feed), []);
    assert.deepEqual(validateSignatoriesDocument(signatoriesDocument), []);
  });

  it('takes the threshold, the inline count and the URL as options', () => {
    const { feed, signatoriesDocument } = buildFeed(sourceDir({ 'signatories.csv': rows(5) }), {
      splitThreshold: 3,
      inlineCount: 2,
      signatoriesUrl: 'lists/all.json',
    });
    assert.deepEqual(feed!.signatories.map((s) => s.name), ['Signatory 1', 'Signatory 2']);
    assert.equal(feed!.signatoryCount, 5);
    assert.equal(feed!.signatoriesUrl, 'lists/all.json');
    assert.equal(signatoriesDocument!.signatories.length, 5);
  });

  it('reports a bad row beyond the inline names once, with its line', () => {
    const csv = 'name,url\nA,\nB,\nC,\nD,ftp://example.org\nE,\n';
    const dir = sourceDir({ 'signatories.csv': csv });
    const messages = printed(buildFeed(dir, { splitThreshold: 3, inlineCount: 2 }).issues);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.ok(messages[0].startsWith(`${join(dir, 'signatories.csv')}:5: column "url": `), messages[0]);
  });
});
