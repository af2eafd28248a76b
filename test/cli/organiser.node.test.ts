// What an organiser meets when something is wrong: a folder where a file was
// meant, a link out of the campaign folder, a host behind a sign-in, a hostile
// host or feed. Each is answered in words, with the exit status documented in
// --help, and never with a stack trace.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { startPreview } from '../../src/cli/preview.js';
import { FEED, cliAsync, host, staticValidators, type Route } from './hosts.js';
import { REPO_ROOT, sourceDir, tempDir } from './helpers.js';
import { closedSchemaAccepts, schemaAccepts } from './schema-validator.js';
import { readFeed } from '../../src/feed/read.js';

const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, `a stack trace:\n${text}`);

describe('file mistakes', () => {
  it('build --out, --schema and embed --out given a folder: exit 2, naming the file meant', async () => {
    const out = tempDir();
    const dir = sourceDir();
    for (const args of [
      ['build', dir, '--out', `${out}/`],
      ['build', dir, '--out', join(out, 'feed.json'), '--schema', out],
      ['embed', 'feed.json', '--src', 'https://example.org/feed.json', '--out', out],
    ]) {
      const { status, stderr } = await cliAsync(...args);
      assert.equal(status, 2, stderr);
      assert.match(stderr, /is a folder: give the file to write in it, e\.g\. --(out|schema) .+\.(json|html)/);
      noStack(stderr);
    }
  });

  it('build --out - and --signatories-out -: exit 2, and no file named "-"', async () => {
    const dir = sourceDir();
    const cwd = tempDir();
    for (const args of [
      ['build', dir, '--out', '-'],
      ['build', dir, '--out', join(cwd, 'feed.json'), '--signatories-out', '-'],
    ]) {
      const { status, stderr } = await cliAsync(...args);
      assert.equal(status, 2, stderr);
      assert.match(stderr, /--(out|signatories-out) - : this writes a file, not standard output: give the file to write, e\.g\. --\1 \S+\.json/);
      noStack(stderr);
    }
    assert.equal(existsSync(join(fileURLToPath(REPO_ROOT), '-')), false, 'a file named "-"');
  });

  it('init on an existing file: exit 1, saying it is a file', async () => {
    const dir = sourceDir();
    const { status, stderr } = await cliAsync('init', join(dir, 'signatories.csv'));
    assert.equal(status, 1);
    assert.match(stderr, /signatories\.csv: is a file, not a folder: init makes a new campaign folder/);
    noStack(stderr);
  });

  it('validate on a missing file: the file and what to check, not ENOENT', async () => {
    const { status, stderr } = await cliAsync('validate', 'no-such-feed.json');
    assert.equal(status, 1);
    assert.equal(stderr, 'no-such-feed.json: no such file or folder: check the name and the folder it is in\n');
  });

  it('a link out of the campaign folder is refused, naming it, and nothing is published from it', async () => {
    const secret = tempDir();
    writeFileSync(join(secret, '.env'), 'API_KEY=hunter2\n');
    const dir = sourceDir();
    symlinkSync(join(secret, '.env'), join(dir, 'letter.de.md'));
    const out = join(tempDir(), 'feed.json');
    const { status, stderr } = await cliAsync('build', dir, '--out', out);
    assert.equal(status, 1);
    assert.match(stderr, /letter\.de\.md: is a link to .+\.env, outside the campaign folder: it is not read/);
    assert.doesNotMatch(stderr, /hunter2/);
  });
});

describe('the command line', () => {
  it('--version, help per command with every option, and "did you mean"', async () => {
    assert.match((await cliAsync('--version')).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await cliAsync('build', '--help');
    assert.equal(help.status, 0);
    for (const option of ['--out', '--schema', '--split-threshold', '--inline', '--signatories-out', '--columns']) assert.ok(help.stdout.includes(option), option);
    assert.doesNotMatch(help.stdout, /embed prints/);
    const typo = await cliAsync('bild');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^wcit-feed: unknown command "bild": did you mean build\?\nRun with --help for usage\.\n$/);
  });

  it('control characters in a feed are shown escaped: no fake "OK", no cleared screen', async () => {
    const file = join(tempDir(), 'feed.json');
    const key = 'en\u001b[2J\u001b[H\u001b[32mOK: a valid feed\u001b[8m';
    writeFileSync(file, JSON.stringify({ ...FEED, letter: { [key]: FEED.letter.en } }));
    const { status, stderr, stdout } = await cliAsync('validate', file);
    assert.equal(status, 1);
    // eslint-disable-next-line no-control-regex -- the raw escape is what must not appear
    assert.ok(!/\u001b/.test(stderr + stdout), 'a raw escape reached the terminal');
    assert.match(stderr, /\\u001b\[2J/);
  });
});

/** A route that answers like a host behind a sign-in. */
const wall = (route: Route): Route => ({ headers: { 'Access-Control-Allow-Origin': '*' }, ...route });

describe('check-host and sign-in walls', () => {
  for (const [what, routes] of [
    ['a 401', { '/feed.json': wall({ status: 401 }) }],
    ['a 403', { '/feed.json': wall({ status: 403 }) }],
    ['a redirect to a login page', { '/feed.json': wall({ status: 302, headers: { Location: '/login?next=/feed.json' } }), '/login': wall({ body: '<form><input type=password></form>', headers: { 'Content-Type': 'text/html' } }) }],
    ['a login page instead of JSON', { '/feed.json': wall({ body: '<!doctype html><h1>Sign in</h1><input type="password">', headers: { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' } }) }],
  ] as const) {
    it(`${what}: the file must be public, with the fixes for Drive, SharePoint and GitHub`, async () => {
      const url = await host(routes as Record<string, Route>);
      const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
      assert.equal(status, 1);
      assert.match(stdout, /✗ sign-in .*the file must be public/);
      assert.match(stdout, /Google Drive and SharePoint\/OneDrive/);
      assert.match(stdout, /private GitHub repository/);
      assert.doesNotMatch(stdout, /give members the final address/);
    });
  }

  it('reports the time taken, and proves revalidation with a conditional request', async () => {
    const route: Route = { body: FEED, headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300', ...staticValidators(FEED) } };
    const url = await host({ '/good.json': route, '/ignores.json': { ...route, ignoresValidators: true } });
    const good = await cliAsync('check-host', `${url}/good.json`);
    assert.match(good.stdout, /✓ time +\d+\.\d s/);
    assert.match(good.stdout, /✓ revalidation +ETag: .*; asked again with them, it answered 304 Not Modified/);
    const ignores = await cliAsync('check-host', `${url}/ignores.json`);
    assert.match(ignores.stdout, /! revalidation +ETag: .*but asked again with them it answered 200, not 304/);
  });
});

/** A server this test controls fully; closed after the file. */
async function server(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  after(() => {
    s.closeAllConnections();
    s.close();
  });
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe('a slow host', () => {
  it('is told how long its answer took (not counting check-host\'s own second request), with a warning past 3 s', async () => {
    const body = JSON.stringify(FEED);
    // 3.2 s for every answer, the conditional request's 304 included: the time reported is the first answer's.
    const url = await server((request, response) =>
      setTimeout(() => {
        const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300', ETag: '"1"' };
        if (request.headers['if-none-match'] === '"1"') response.writeHead(304, headers).end();
        else response.writeHead(200, headers).end(body);
      }, 3200),
    );
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 0, stdout);
    const [, seconds] = /! time +(\d+\.\d) s to answer: members' pages wait that long for the letter, and give up after 15 s\n +fix: serve it as a static file/.exec(stdout) ?? [];
    assert.ok(seconds, stdout);
    assert.ok(+seconds! >= 3.2 && +seconds! < 6.4, `${seconds} s: the first answer's time, not both requests'`);
  });
});

describe('hostile hosts', () => {
  it('a brotli bomb is stopped at the size cap, counted after decompression', async () => {
    const bomb = brotliCompressSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    const url = await server((_, response) => response.writeHead(200, { 'Content-Encoding': 'br', 'Access-Control-Allow-Origin': '*' }).end(bomb));
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 1);
    assert.match(stdout, /✗ address +could not fetch it: decompressed, the answer is over 128 MB, far more than any feed; stopped decoding\n +fix: publish the file wcit-feed build wrote/);
  });

  it('a redirect to the cloud metadata address is not followed', async () => {
    const url = await server((_, response) => response.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end());
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 1);
    assert.match(stdout, /169\.254\.169\.254.* is a link-local address .*not fetched\n +fix: publish the feed on a public host, with no redirect to a private or link-local address/);
  });

  it('a refused connection is said in words, not ECONNREFUSED', async () => {
    const url = await server((_, response) => response.end());
    const port = new URL(url).port;
    // A port that was just free: nothing listens there now.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    assert.notEqual(String(free), port);
    const { status, stdout } = await cliAsync('check-host', `http://127.0.0.1:${free}/feed.json`);
    assert.equal(status, 1);
    assert.match(stdout, /refused the connection: nothing answers at that address and port/);
    assert.doesNotMatch(stdout, /ECONNREFUSED/);
  });
});

describe('preview', () => {
  it('answers only its own Host, and sends no wildcard CORS', async () => {
    const dir = sourceDir();
    const preview = await startPreview(dir, { port: 0, log: () => {} });
    after(() => preview.close());
    const { port } = new URL(preview.url);
    const own = await fetch(`http://127.0.0.1:${port}/feed.json`);
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), null);
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get({ host: '127.0.0.1', port, path: '/feed.json', headers: { Host: `attacker.example:${port}` } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }).on('error', reject),
      );
    });
    assert.equal(rebound, 421);
  });
});

describe('validate and fields the format does not define', () => {
  const JUNK = {
    ...FEED,
    fullListURL: 'https://example.org/all',
    signOn: { ...FEED.signOn, Goal: 500 },
    signatories: [{ ...FEED.signatories[0], Country: 'DE' }],
    junk: { a: { b: { c: { d: { e: 1 } } } } },
  };

  it('names each one with its JSON path as a warning, and the fix when only the case is wrong; the feed is still valid', async () => {
    const file = join(tempDir(), 'feed.json');
    writeFileSync(file, JSON.stringify(JUNK));
    const { status, stderr, stdout } = await cliAsync('validate', file);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /a valid feed v1/);
    const lines = stderr.split('\n').filter((l) => l.includes('warning:')).map((l) => l.slice(file.length + 2));
    assert.deepEqual(lines, [
      'signOn.Goal: warning: not a field of the feed format v1, so readers ignore it (did you mean goal?)',
      'signatories[0].Country: warning: not a field of the feed format v1, so readers ignore it (did you mean country?)',
      'fullListURL: warning: not a field of the feed format v1, so readers ignore it (did you mean fullListUrl?)',
      'junk: warning: not a field of the feed format v1, so readers ignore it',
    ]);
  });

  it('--strict makes them errors (exit 1), as the closed JSON Schema refuses them; the browser\'s reader ignores them without a warning', async () => {
    const file = join(tempDir(), 'feed.json');
    writeFileSync(file, JSON.stringify(JUNK));
    const { status, stderr } = await cliAsync('validate', file, '--strict');
    assert.equal(status, 1);
    assert.match(stderr, /signatories\[0\]\.Country: error: /);
    assert.match(stderr, /4 unknown fields of the feed format v1/);
    assert.equal(closedSchemaAccepts(JUNK), false);
    assert.equal(schemaAccepts(JUNK), true);
    const warnings: unknown[] = [];
    const read = readFeed(JUNK, (w) => warnings.push(w));
    assert.ok(read.ok);
    assert.deepEqual(warnings, []);
    assert.equal(read.feed.fullListUrl, undefined);
  });
});

/** The CLI with a small size cap and a short deadline (the defaults are 128 MB and 30 s). */
function cliCapped(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/wcit-feed.ts', ...args],
      { cwd: fileURLToPath(REPO_ROOT), encoding: 'utf8', env: { ...process.env, WCIT_FEED_MAX_BYTES: String(64 * 1024), WCIT_FEED_DEADLINE_MS: '1500' } },
      (error, stdout, stderr) => resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('endless and trickling hosts, for check-host and embed', () => {
  /** A 1 GiB body, sent as fast as the reader takes it (never held in memory here). */
  const endless = () =>
    server((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Content-Length': String(2 ** 30) });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 2 ** 30 && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      more();
    });
  /** One byte now and then, never the end: only an overall deadline stops it. */
  const trickle = () =>
    server((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      const timer = setInterval(() => response.write(' '), 400);
      response.on('close', () => clearInterval(timer));
    });

  it('check-host stops reading a 1 GiB body at the cap, and says so', async () => {
    const { status, stdout } = await cliCapped('check-host', `${await endless()}/feed.json`);
    assert.equal(status, 1);
    assert.match(stdout, /could not fetch it: the answer is over 64 kB, far more than any feed; stopped reading\n +fix: publish the file wcit-feed build wrote/);
  });

  it('check-host stops waiting for a trickle at the deadline, and says so', async () => {
    const { status, stdout } = await cliCapped('check-host', `${await trickle()}/feed.json`);
    assert.equal(status, 1);
    assert.match(stdout, /the answer took over 1\.5 seconds; stopped waiting \(members' pages give up after 15\)\n +fix: serve it as a static file from a fast host or a CDN/);
  });

  it('embed stops at the cap and at the deadline too, with no snippet', async () => {
    for (const [url, message] of [
      [await endless(), /cannot read the feed: the answer is over 64 kB, far more than any feed; stopped reading/],
      [await trickle(), /cannot read the feed: the answer took over 1\.5 seconds; stopped waiting/],
    ] as const) {
      const { status, stdout, stderr } = await cliCapped('embed', `${url}/feed.json`, '--script', '/wcit.js');
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }
  });

  it('embed fetches --script with the same caps', async () => {
    const file = join(tempDir(), 'feed.json');
    writeFileSync(file, JSON.stringify(FEED));
    const { status, stderr } = await cliCapped('embed', file, '--src', 'https://feeds.example/feed.json', '--script', `${await endless()}/wcit.js`);
    assert.equal(status, 1);
    assert.match(stderr, /could not download the script at .*wcit\.js to take its fingerprint \(integrity\): the answer is over 64 kB/);
  });
});

describe('spreadsheets as they are', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `Org ${i},de`).join('\n');

  it('lowercase codes are read and noted; many alike are grouped ("and N more like this"); --fix writes a cleaned copy saying which rows changed', async () => {
    const dir = sourceDir({ 'signatories.csv': `Organisation,Country\n${rows(40)}\nOrg 1,DE\nＯＲＧ  2,de\n` });
    const out = join(tempDir(), 'feed.json');
    const { status, stderr } = await cliAsync('build', dir, '--out', out, '--fix');
    assert.equal(status, 0, stderr);
    assert.equal(stderr.match(/country "de" read as DE/g)?.length, 4); // three shown, one in the summary line
    assert.match(stderr, /signatories\.csv: warning: and 38 more like this \(country "de" read as DE\)/);
    assert.match(stderr, /signatories\.csv:42: warning: "Org 1" is the same signatory as on line 3: this row is left out, so no one is counted twice/);
    assert.match(stderr, /signatories\.csv:43: warning: "ＯＲＧ {2}2" is the same signatory, written differently \("Org 2"\) as on line 4/);
    assert.match(stderr, /wrote .*signatories\.fixed\.csv: 41 rows changed \(lines 2, 3, .*\); 2 duplicate rows left out \(lines 42, 43\)\. Check it, then replace signatories\.csv with it\./);
    const fixed = readFileSync(join(dir, 'signatories.fixed.csv'), 'utf8');
    assert.equal(fixed.split('\r\n').length, 1 + 40 + 1);
    assert.ok(!/,de\r/.test(fixed));
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.signatories.length, 40, 'each signatory published once');
  });

  it('--format json: one machine-readable report for CI', async () => {
    const dir = sourceDir({ 'signatories.csv': 'name,Website\nA,javascript:alert(1)\nB,https://example.org/\n' });
    const { status, stdout } = await cliAsync('build', dir, '--out', join(tempDir(), 'feed.json'), '--format', 'json');
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.equal(report.errors, 1);
    assert.deepEqual(report.issues.map((i: { line: number; message: string }) => [i.line, i.message]), [[2, 'column "Website": expected an http(s) URL, got "javascript:alert(1)"']]);
  });

  it('names the CSV column, gives JSON errors a line and column, normalises letter.ES.md to es, and notices a re-download', async () => {
    const dir = sourceDir({ 'letter.en.md': null, 'letter.ES.md': '# Carta\n\nTexto.\n', 'campaign.json': '{\n  "id": "t",\n  "defaultLanguage": "es",\n}\n', 'signatories (1).csv': 'name\n' });
    const { stderr } = await cliAsync('build', dir, '--out', join(tempDir(), 'feed.json'));
    assert.match(stderr, /campaign\.json:4:1: not valid JSON: /);
    assert.doesNotMatch(stderr, /position \d+/);
    assert.match(stderr, /letter\.ES\.md: warning: language "ES" read as "es"/);
    assert.match(stderr, /signatories \(1\)\.csv: warning: looks like another copy of signatories\.csv \(a re-download\?\): only signatories\.csv is read/);
    const ok = sourceDir({ 'letter.en.md': null, 'letter.ES.md': '# Carta\n\nTexto.\n', 'campaign.json': '{"id": "t", "defaultLanguage": "es"}' });
    const out = join(tempDir(), 'feed.json');
    assert.equal((await cliAsync('build', ok, '--out', out)).status, 0);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(out, 'utf8')).letter), ['es']);
  });

  it('validate gives a JSON error its line and column', async () => {
    const file = join(tempDir(), 'feed.json');
    writeFileSync(file, '{\n  "version": 1,\n  "id": "x" "y"\n}\n');
    const { status, stderr } = await cliAsync('validate', file);
    assert.equal(status, 1);
    assert.match(stderr, /feed\.json:3:13: not valid JSON: /);
  });
});

describe('help per command', () => {
  // Every option each command's parser takes, read from its source, is in its --help.
  const sources: Record<string, string> = {
    build: 'src/cli/wcit-feed.ts',
    validate: 'src/cli/wcit-feed.ts',
    preview: 'src/cli/preview.ts',
    'check-host': 'src/cli/check-host.ts',
    embed: 'src/cli/embed.ts',
  };
  for (const [command, file] of Object.entries(sources))
    it(`${command} --help shows all its options`, async () => {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const fn = command === 'build' || command === 'validate' ? source.slice(source.indexOf(`function ${command}(`)) : source;
      const options = [...(/options: \{([\s\S]*?)\}\s*\}?\s*\)?;?\s*(\}\);|\})/.exec(fn.slice(fn.indexOf('parseArgs(')))?.[1] ?? '').matchAll(/'?([a-z-]+)'?: \{ type/g)].map((m) => m[1]!);
      assert.ok(options.length > 0, `no options found for ${command}`);
      const { stdout, status } = await cliAsync(command, '--help');
      assert.equal(status, 0);
      for (const option of options) assert.ok(stdout.includes(`--${option}`), `${command} --help lacks --${option}`);
    });
});

describe('the command reference (docs/wcit-feed.md)', () => {
  it('documents every command and every option the parsers take', async () => {
    const doc = readFileSync(new URL('../../docs/wcit-feed.md', import.meta.url), 'utf8');
    for (const command of ['init', 'build', 'preview', 'validate', 'check-host', 'embed']) assert.ok(doc.includes(`## \`wcit-feed ${command} `), command);
    for (const file of ['src/cli/wcit-feed.ts', 'src/cli/preview.ts', 'src/cli/check-host.ts', 'src/cli/embed.ts']) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      for (const [, block] of source.matchAll(/parseArgs\(\{[\s\S]*?options: \{([\s\S]*?)\}\s*\}?\s*\)/g))
        for (const [, option] of block!.matchAll(/'?([a-z-]+)'?: \{ type/g)) assert.ok(doc.includes(`\`--${option}`), `--${option} (${file})`);
    }
  });
});
