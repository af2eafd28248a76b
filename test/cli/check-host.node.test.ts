import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { checkHostResponse, worksForMembers, type HostResponse } from '../../src/cli/host-check.js';
import { FEED, LIST, SPLIT_FEED, cliAsync, host, requests, staticValidators, type Route } from './hosts.js';

/** A host that does everything right: what GitHub Pages sends. */
const good = (body: unknown = FEED, extra: Partial<Route> = {}): Route => ({
  body,
  gzip: true,
  headers: {
    'Access-Control-Allow-Origin': '*',
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'max-age=600',
    ...staticValidators(body),
  },
  ...extra,
});

const without = (route: Route, header: string): Route => {
  const headers = { ...route.headers };
  delete headers[header];
  return { ...route, headers };
};

/** The printed line for a topic, e.g. "✗ CORS  no Access-Control-Allow-Origin header…" (and its fix line). */
function line(stdout: string, mark: '✓' | '!' | '✗', topic: string): string {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^  ${mark} ${topic} +`).test(l));
  assert.ok(at >= 0, `no "${mark} ${topic}" line in:\n${stdout}`);
  const next = lines[at + 1] ?? '';
  return /^ +fix: /.test(next) ? `${lines[at].trim()}\n${next.trim()}` : lines[at].trim();
}

const lastLine = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

describe('wcit-feed check-host', () => {
  it('says members\' sites will work for a host that sends CORS, JSON, validators, short caching and gzip', async () => {
    const url = await host({ '/feed.json': good() });
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 0, stdout);
    assert.equal(stdout.split('\n')[0], `Fetching ${url}/feed.json as a page on https://member.example would…`);
    assert.equal(line(stdout, '✓', 'CORS'), '✓ CORS          Access-Control-Allow-Origin: *');
    assert.match(line(stdout, '✓', 'compression'), /^✓ compression +gzip: \d+ B on the wire for \d+ B of JSON$/);
    assert.match(line(stdout, '✓', 'format'), /a valid feed v1: 2 signatories, 1 language$/);
    assert.match(line(stdout, '✓', 'revalidation'), /ETag: "[0-9a-f]+", Last-Modified: /);
    assert.doesNotMatch(stdout, /^ +[!✗]/m);
    assert.equal(lastLine(stdout), "Members' sites will work.");
  });

  it('fails a host with no CORS header, and says what to send', async () => {
    const url = await host({ '/feed.json': without(good(), 'Access-Control-Allow-Origin') });
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 1);
    assert.equal(
      line(stdout, '✗', 'CORS'),
      '✗ CORS          no Access-Control-Allow-Origin header: browsers refuse the feed to every member\'s site\n' +
        'fix: send "Access-Control-Allow-Origin: *" with it (docs/organisers.md, "Hosting the feed", has the lines for GitHub Pages, Netlify, S3, nginx and Apache)',
    );
    assert.equal(lastLine(stdout), "Members' sites will NOT work: 1 problem to fix.");
  });

  it('warns about JSON served as text/html, and fails a web page served in its place', async () => {
    const labelled = good();
    const url = await host({
      '/feed.json': { ...labelled, headers: { ...labelled.headers, 'Content-Type': 'text/html' } },
      '/home.json': { ...labelled, body: '<!doctype html><title>Our campaign</title>', headers: { ...labelled.headers, 'Content-Type': 'text/html' } },
    });
    const html = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(html.status, 0);
    assert.match(line(html.stdout, '!', 'content type'), /Content-Type is text\/html, not application\/json\nfix: serve \.json files as "application\/json"/);
    assert.equal(lastLine(html.stdout), "Members' sites will work (1 warning worth fixing).");

    const page = await cliAsync('check-host', `${url}/home.json`);
    assert.equal(page.status, 1);
    assert.match(line(page.stdout, '✗', 'JSON'), /the feed is not valid JSON: .*It is a web page, not JSON: check the address/);
  });

  it('warns about a host that sends no ETag or Last-Modified, or caches for a day', async () => {
    const base = good();
    const url = await host({
      '/feed.json': without(without(base, 'ETag'), 'Last-Modified'),
      '/day.json': { ...base, headers: { ...base.headers, 'Cache-Control': 'public, max-age=86400' } },
    });
    const bare = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(bare.status, 0);
    assert.match(line(bare.stdout, '!', 'revalidation'), /no ETag or Last-Modified: every page view downloads the feed again in full/);
    const day = await cliAsync('check-host', `${url}/day.json`);
    assert.match(line(day.stdout, '!', 'caching'), /Cache-Control: public, max-age=86400: a new signatory can take 1 day to appear on members' sites\nfix: send "Cache-Control: max-age=300"/);
  });

  it('fails a redirect without the CORS header, and warns about one with it', async () => {
    const url = await host({
      '/old.json': { status: 301, headers: { Location: '/feed.json' } },
      '/moved.json': { status: 302, headers: { Location: '/feed.json', 'Access-Control-Allow-Origin': '*' } },
      '/feed.json': good(),
    });
    const bare = await cliAsync('check-host', `${url}/old.json`);
    assert.equal(bare.status, 1);
    assert.equal(
      line(bare.stdout, '✗', 'redirect'),
      `✗ redirect      ${url}/old.json redirects (301) to /feed.json, with no Access-Control-Allow-Origin header, so browsers stop there\nfix: give members the final address, ${url}/feed.json`,
    );
    const cors = await cliAsync('check-host', `${url}/moved.json`);
    assert.equal(cors.status, 0);
    assert.match(line(cors.stdout, '!', 'redirect'), /redirects \(302\) to \/feed.json: every page view pays an extra request/);
  });

  it('fails a gzip file uploaded without Content-Encoding', async () => {
    const route = good(gzipSync(JSON.stringify(FEED)), { gzip: false });
    const url = await host({ '/feed.json': route });
    const { status, stdout } = await cliAsync('check-host', `${url}/feed.json`);
    assert.equal(status, 1);
    assert.match(line(stdout, '✗', 'compression'), /the body is gzip-compressed, but no Content-Encoding header says so.*\nfix: .*--content-encoding gzip/);
  });

  it('checks a split feed\'s list too, and fails when it is missing', async () => {
    const missing = await host({ '/feed.json': good(SPLIT_FEED) });
    const broken = await cliAsync('check-host', `${missing}/feed.json`);
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, new RegExp(`\\nThe complete list: ${missing}/lists/test-letter-signatories.json\\n`));
    assert.match(line(broken.stdout, '✗', 'status'), /answered 404 Not Found: members' sites show their fallback link instead of the complete list\nfix: upload the list the builder wrote \(test-letter-signatories.json\) next to the feed/);

    const whole = await host({ '/feed.json': good(SPLIT_FEED), '/lists/test-letter-signatories.json': good(LIST) });
    const fine = await cliAsync('check-host', `${whole}/feed.json`);
    assert.equal(fine.status, 0, fine.stdout);
    assert.match(fine.stdout, /✓ format +a valid list: 2 signatories/);
  });

  it('lists every violation of the format with its path, and fails a feed members\' sites refuse', async () => {
    const url = await host({
      '/flawed.json': good({ ...FEED, signatories: [{ name: '' }, { name: 'X', country: 'Chile' }] }),
      '/refused.json': good({ ...FEED, version: 2 }),
    });
    const flawed = await cliAsync('check-host', `${url}/flawed.json`);
    assert.equal(flawed.status, 0);
    assert.match(flawed.stdout, /! format +signatories\[0\]\.name: .*\(members' sites leave this out\)/);
    assert.match(flawed.stdout, /! format +signatories\[1\]\.country: .*\(members' sites leave this out\)/);
    const refused = await cliAsync('check-host', `${url}/refused.json`);
    assert.equal(refused.status, 1);
    assert.match(line(refused.stdout, '✗', 'format'), /members' sites refuse the feed: version: unsupported feed version 2/);
  });

  it('asks as a member\'s page does: with an Origin header (--origin to choose it), accepting compression, with no cookies', async () => {
    const url = await host({ '/feed.json': good() });
    const before = requests.length;
    const { stdout } = await cliAsync('check-host', `${url}/feed.json`, '--origin', 'https://panoptykon.org');
    assert.equal(stdout.split('\n')[0], `Fetching ${url}/feed.json as a page on https://panoptykon.org would…`);
    const [asked] = requests.slice(before);
    assert.equal(asked.origin, 'https://panoptykon.org');
    assert.match(asked['accept-encoding'] ?? '', /gzip/);
    assert.equal(asked.cookie, undefined);
    assert.equal(asked.authorization, undefined);
  });

  it('fails when nothing answers, and refuses a URL that is not http(s)', async () => {
    const gone = await host({});
    const { status, stdout } = await cliAsync('check-host', `${gone.replace(/:\d+$/, ':1')}/feed.json`);
    assert.equal(status, 1);
    assert.match(line(stdout, '✗', 'address'), /could not fetch it: .* refused the connection: nothing answers at that address and port/);
    assert.equal((await cliAsync('check-host', 'feed.json')).status, 2);
  });
});

describe('the host check, given what a host answered', () => {
  const answer = (headers: Record<string, string>, extra: Partial<HostResponse> = {}): HostResponse => ({
    url: 'https://campaign.example/feed.json',
    status: 200,
    headers: { 'content-type': 'application/json', etag: '"1"', 'cache-control': 'max-age=300', ...headers },
    body: JSON.stringify(FEED),
    ...extra,
  });
  const topics = (response: HostResponse) =>
    checkHostResponse(response, 'feed', 'https://member.example').findings.filter((f) => f.severity !== 'ok').map((f) => `${f.severity} ${f.topic}: ${f.message}`);

  it('accepts the page\'s own origin when the host adds Vary: Origin, and warns without it', () => {
    assert.deepEqual(topics(answer({ 'access-control-allow-origin': 'https://member.example', vary: 'Origin' })), []);
    assert.match(topics(answer({ 'access-control-allow-origin': 'https://member.example' }))[0], /^warning CORS: .*without "Vary: Origin"/);
  });

  it('fails another site\'s origin and a header sent twice', () => {
    assert.deepEqual(topics(answer({ 'access-control-allow-origin': 'https://other.example' })), [
      'error CORS: Access-Control-Allow-Origin is "https://other.example", which lets only that site read it: browsers refuse the feed to every member\'s site',
    ]);
    assert.match(topics(answer({ 'access-control-allow-origin': '*, *' }))[0], /^error CORS: Access-Control-Allow-Origin is sent twice/);
  });

  it('fails a public http: address (mixed content), not one on this computer', () => {
    const cors = { 'access-control-allow-origin': '*' };
    assert.match(topics(answer(cors, { url: 'http://campaign.example/feed.json' }))[0], /^error address: .*mixed content/);
    assert.deepEqual(topics(answer(cors, { url: 'http://localhost:8080/feed.json' })), []);
  });

  it('warns about fields the format does not define, which members\' sites ignore, and still works', () => {
    const feed = { ...FEED, fullListURL: 'https://example.org/all', signOn: { ...FEED.signOn, Goal: 1000 } };
    const response = answer({ 'access-control-allow-origin': '*' }, { body: JSON.stringify(feed) });
    assert.deepEqual(topics(response), [
      "warning fields: signOn.Goal: not a field of the feed format v1, so members' sites ignore it (did you mean goal?)",
      "warning fields: fullListURL: not a field of the feed format v1, so members' sites ignore it (did you mean fullListUrl?)",
    ]);
    assert.ok(worksForMembers(checkHostResponse(response, 'feed', 'https://member.example').findings));
  });

  it('warns about no-store, a large unsplit feed and a wrong charset', () => {
    const big = { ...FEED, signatories: Array.from({ length: 3000 }, (_, i) => ({ name: `Signatory ${i + 1}`, country: 'CL' })) };
    const found = topics(
      answer({ 'access-control-allow-origin': '*', 'cache-control': 'no-store', 'content-type': 'application/json; charset=iso-8859-1' }, { body: JSON.stringify(big) }),
    );
    assert.deepEqual(found.map((f) => f.split(':')[0]), ['warning content type', 'warning compression', 'warning caching', 'warning size']);
    assert.ok(worksForMembers(checkHostResponse(answer({ 'access-control-allow-origin': '*' }), 'feed', 'https://member.example').findings));
  });
});

describe('src/cli/host-check.ts', () => {
  it('imports nothing from Node, so a page in the browser can give the same findings', () => {
    const source = readFileSync(new URL('../../src/cli/host-check.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    assert.deepEqual(imports, ['../feed/read.js', './unknown-fields.js']);
    const fields = readFileSync(new URL('../../src/cli/unknown-fields.ts', import.meta.url), 'utf8');
    assert.deepEqual([...fields.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]), ['../feed/check.js', '../feed/schema.js']);
  });
});
