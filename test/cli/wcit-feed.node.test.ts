import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DEFAULT_INLINE_COUNT, DEFAULT_SPLIT_THRESHOLD } from '../../src/cli/build.js';
import { validateFeed } from '../../src/feed/read.js';
import { REPO_ROOT, sourceDir, tempDir } from './helpers.js';

/** Runs the CLI as a person would, from the repository root. */
function cli(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/wcit-feed.ts', ...args], {
    cwd: fileURLToPath(REPO_ROOT),
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

const rows = (n: number) => 'name\n' + Array.from({ length: n }, (_, i) => `Signatory ${i + 1}\n`).join('');

describe('wcit-feed build', () => {
  it('writes the default feed and its schema, and says what it wrote', () => {
    const out = tempDir();
    const feedPath = join(out, 'dist', 'wcit-2012.json');
    const schemaPath = join(out, 'dist', 'feed-v1.schema.json');
    const { status, stdout, stderr } = cli('build', 'campaigns/wcit-2012', '--out', feedPath, '--schema', schemaPath);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.equal(stdout, `wrote ${feedPath}: 18 signatories, 1 language; schema ${schemaPath}\n`);
    const text = readFileSync(feedPath, 'utf8');
    assert.ok(text.startsWith('{\n  "version": 1,\n  "id": "wcit-2012",'));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(validateFeed(JSON.parse(text)), []);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    assert.equal(typeof schema, 'object');
  });

  it('prints every problem with its file and line, exits 1 and writes nothing', () => {
    const dir = sourceDir({
      'letter.en.md': '---\ntitle: T\n---\n\n| a |\n| - |\n',
      'signatories.csv': 'name,kind,country\nA,,Chile\nB,someone,\n',
    });
    const feedPath = join(tempDir(), 'feed.json');
    const { status, stdout, stderr } = cli('build', dir, '--out', feedPath);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${join(dir, 'letter.en.md')}:5: unsupported Markdown: table (the feed carries paragraphs, headings and lists only)`,
      `${join(dir, 'signatories.csv')}:2: warning: country "Chile" read as CL`,
      `${join(dir, 'signatories.csv')}:3: kind "someone" is not "organization" or "individual" (leave it empty for an organization)`,
      '2 errors, 1 warning; nothing written',
    ]);
    assert.equal(existsSync(feedPath), false);
  });

  it('prints warnings and still builds', () => {
    const dir = sourceDir({ 'signatories.csv': 'name\nAccess\nAccess\n' });
    const { status, stderr } = cli('build', dir, '--out', join(tempDir(), 'feed.json'));
    assert.equal(status, 0);
    assert.equal(stderr, `${join(dir, 'signatories.csv')}:3: warning: "Access" is the same signatory as on line 2: this row is left out, so no one is counted twice\n`);
  });

  it('splits a large list into a second document next to the feed', () => {
    const out = tempDir();
    const feedPath = join(out, 'feed.json');
    const { status, stdout } = cli('build', sourceDir({ 'signatories.csv': rows(1203) }), '--out', feedPath, '--split-threshold', '2', '--inline', '1001');
    assert.equal(status, 0);
    const listPath = join(out, 'test-letter-signatories.json');
    // Counts are grouped in thousands, as an organiser reads them.
    assert.equal(stdout, `wrote ${feedPath}: 1,203 signatories, 1 language (1,001 inline, all in ${listPath})\n`);
    const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
    assert.equal(feed.signatoriesUrl, 'test-letter-signatories.json');
    assert.equal(feed.signatoryCount, 1203);
    assert.deepEqual(feed.signatories.slice(0, 2), [{ name: 'Signatory 1' }, { name: 'Signatory 2' }]);
    assert.equal(feed.signatories.length, 1001);
    assert.equal(JSON.parse(readFileSync(listPath, 'utf8')).signatories.length, 1203);
  });

  it('points signatoriesUrl at --signatories-out, relative to the feed', () => {
    const out = tempDir();
    const feedPath = join(out, 'feeds', 'feed.json');
    const listPath = join(out, 'lists', 'all.json');
    const { status } = cli('build', sourceDir({ 'signatories.csv': rows(3) }), '--out', feedPath, '--split-threshold', '2', '--signatories-out', listPath);
    assert.equal(status, 0);
    assert.equal(JSON.parse(readFileSync(feedPath, 'utf8')).signatoriesUrl, '../lists/all.json');
    assert.ok(existsSync(listPath));
  });

  it('refuses bad usage with exit status 2', () => {
    assert.equal(cli('build', 'campaigns/wcit-2012').status, 2);
    assert.equal(cli('build', 'campaigns/wcit-2012', '--out', 'x.json', '--split-threshold', 'many').status, 2);
    assert.equal(cli('frobnicate').status, 2);
    assert.equal(cli('build', '--nope').status, 2);
  });

  it('prints its usage for --help, with the defaults the builder uses', () => {
    const { status, stdout } = cli('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^wcit-feed: start, build, preview and check/);
    assert.ok(stdout.includes(`signatories (default ${DEFAULT_SPLIT_THRESHOLD})`), stdout);
    assert.ok(stdout.includes(`(default ${DEFAULT_INLINE_COUNT})`), stdout);
    assert.doesNotMatch(stdout, /^ \*/m);
  });
});

describe('wcit-feed validate', () => {
  const feed = {
    version: 1,
    id: 'test-letter',
    defaultLanguage: 'en',
    letter: { en: { title: 'A letter', body: [{ type: 'paragraph', content: ['Text.'] }] } },
    signatories: [{ name: 'Derechos Digitales', country: 'CL' }],
  };
  const file = (value: unknown) => {
    const path = join(tempDir(), 'feed.json');
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path;
  };

  it('exits 0 for a valid feed', () => {
    const path = file(feed);
    const { status, stdout } = cli('validate', path);
    assert.equal(status, 0);
    assert.equal(stdout, `${path}: a valid feed v1 (1 signatory, 1 language)\n`);
  });

  it('prints every violation with its JSON path and exits 1', () => {
    const path = file({ ...feed, id: 'Bad Id', signatories: [{ name: '' }, { name: 'X', country: 'Chile' }] });
    const { status, stderr } = cli('validate', path);
    assert.equal(status, 1);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.at(-1), `${path}: 3 violations of the feed format v1`);
    for (const at of ['id', 'signatories[0].name', 'signatories[1].country']) {
      assert.ok(lines.some((line) => line.startsWith(`${path}: ${at}: `)), `no line for ${at} in\n${stderr}`);
    }
  });

  it('exits 1 for a file that is not JSON, naming the line', () => {
    const path = file('{\n  "version": 1,\n}\n');
    const { status, stderr } = cli('validate', path);
    assert.equal(status, 1);
    assert.match(stderr, new RegExp(`^${path.replace(/[.\\]/g, '\\$&')}:3:1: not valid JSON`));
  });

  it('exits 1 for a file that does not exist', () => {
    assert.equal(cli('validate', join(tempDir(), 'missing.json')).status, 1);
  });

  it('checks a split list with --signatories', () => {
    const path = file({ version: 1, signatories: [{ name: 'A' }] });
    assert.equal(cli('validate', path, '--signatories').status, 0);
    assert.equal(cli('validate', path).status, 1);
  });
});

describe('wcit-feed init', () => {
  it('writes a campaign folder that builds as it is, and says what to do next', () => {
    const dir = join(tempDir(), 'Our Letter 2026');
    const { status, stdout } = cli('init', dir);
    assert.equal(status, 0);
    assert.match(stdout, /^Created .* with:\n {2}campaign\.json/);
    assert.ok(stdout.includes(`npx wcit-feed build ${dir} --out feed.json`));
    const campaign = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    assert.equal(campaign.id, 'our-letter-2026');
    assert.match(campaign.$comment, /signOn\.url: the page where people sign/);
    assert.match(readFileSync(join(dir, 'letter.en.md'), 'utf8'), /^---\n# Lines that start with "#"/);
    assert.match(readFileSync(join(dir, 'README.txt'), 'utf8'), /signatories\.csv\n {2}One signatory a row/);

    const feedPath = join(tempDir(), 'feed.json');
    const built = cli('build', dir, '--out', feedPath);
    assert.equal(built.stderr, '');
    assert.equal(built.stdout, `wrote ${feedPath}: 2 signatories, 1 language\n`);
    assert.equal(cli('validate', feedPath).status, 0);
  });

  it('writes nothing over an existing campaign', () => {
    const dir = sourceDir();
    const before = readFileSync(join(dir, 'letter.en.md'), 'utf8');
    const { status, stderr } = cli('init', dir);
    assert.equal(status, 1);
    assert.equal(stderr, `${dir}: already has campaign.json, letter.en.md, signatories.csv; nothing written (choose a new folder, or move them away)\n`);
    assert.equal(readFileSync(join(dir, 'letter.en.md'), 'utf8'), before);
  });
});

describe('wcit-feed build --columns', () => {
  it('maps a spreadsheet\'s own headers, and refuses a mapping to no column', () => {
    const dir = sourceDir({ 'signatories.csv': 'Name of your group;Where;E-mail\nPanoptykon;PL;x@example.org\n' });
    const feedPath = join(tempDir(), 'feed.json');
    const { status, stderr } = cli('build', dir, '--out', feedPath, '--columns', 'Name of your group=name,Where=country,E-mail=');
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(readFileSync(feedPath, 'utf8')).signatories, [{ name: 'Panoptykon', country: 'PL' }]);
    assert.equal(cli('build', dir, '--out', feedPath, '--columns', 'Where=place').status, 2);
  });
});
