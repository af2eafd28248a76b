import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FEED, LIST, SPLIT_FEED, cliAsync, host, staticValidators, type Route } from './hosts.js';

/**
 * The README's hosting recipes, each checked by `wcit-feed check-host`
 * against a local server that answers as that host does when configured by
 * the recipe. Where the recipe is a file we ship (examples/hosting/), the
 * server takes its headers from that file, so a recipe that loses a line
 * fails here.
 */
const recipe = (path: string) => readFileSync(new URL(`../../examples/hosting/${path}`, import.meta.url), 'utf8');

/** A static host: the recipe's headers, the validators every static server sends, gzip when the recipe turns it on. */
function staticHost(headers: Record<string, string>, gzip: boolean, extra: Partial<Route> = {}): (body: unknown) => Route {
  return (body) => ({ body, gzip, headers: { ...staticValidators(body), ...headers }, ...extra });
}

async function checkAll(serve: (body: unknown) => Route) {
  const url = await host({ '/feed.json': serve(FEED), '/split/feed.json': serve(SPLIT_FEED), '/split/lists/test-letter-signatories.json': serve(LIST) });
  return [await cliAsync('check-host', `${url}/feed.json`), await cliAsync('check-host', `${url}/split/feed.json`)];
}

function assertWorks(results: { status: number; stdout: string }[]) {
  for (const { status, stdout } of results) {
    assert.equal(status, 0, stdout);
    assert.doesNotMatch(stdout, /^ +[!✗]/m, stdout);
    assert.equal(stdout.trimEnd().split('\n').at(-1), "Members' sites will work.");
  }
}

describe('hosting recipes, checked by check-host', () => {
  it('GitHub Pages, as it serves every file (nothing to configure)', async () => {
    // What GitHub Pages answers for a .json file (observed headers).
    assertWorks(await checkAll(staticHost({ 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'max-age=600' }, true)));
    const workflow = recipe('github-pages/publish-feed.yml');
    assert.match(workflow, /paths: \['campaign\/\*\*'/, 'rebuilds when the CSV (or any source) changes');
    assert.match(workflow, /wcit-feed build campaign --out site\/feed\.json/);
  });

  it('Netlify with examples/hosting/netlify/_headers', async () => {
    const headers: Record<string, string> = {};
    for (const [, name, value] of recipe('netlify/_headers').matchAll(/^ {2}([\w-]+): (.+)$/gm)) headers[name] = value;
    assert.equal(headers['Access-Control-Allow-Origin'], '*');
    assertWorks(await checkAll(staticHost(headers, true)));
  });

  it('an S3-style bucket with examples/hosting/s3/cors.json, and the upload command\'s metadata', async () => {
    const { CORSRules } = JSON.parse(recipe('s3/cors.json')) as { CORSRules: { AllowedOrigins: string[]; AllowedMethods: string[] }[] };
    const rule = CORSRules.find((r) => r.AllowedMethods.includes('GET'));
    assert.ok(rule);
    // S3 answers CORS only to a request with an Origin header, as a member's page sends; metadata
    // from `aws s3 cp --content-type application/json --cache-control max-age=300`.
    const serve = staticHost({ 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300' }, false, {
      corsHeaders: { 'Access-Control-Allow-Origin': rule.AllowedOrigins[0], Vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method' },
    });
    assertWorks(await checkAll(serve));
  });

  it('nginx with examples/hosting/nginx/feed.conf', async () => {
    const conf = recipe('nginx/feed.conf');
    const headers: Record<string, string> = { 'Content-Type': /default_type (\S+);/.exec(conf)![1] };
    for (const [, name, value] of conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)"/gm)) headers[name] = value;
    assertWorks(await checkAll(staticHost(headers, /gzip on;[\s\S]*gzip_types[^;]*application\/json/.test(conf))));
  });

  it('Apache with examples/hosting/apache/.htaccess', async () => {
    const conf = recipe('apache/.htaccess');
    const headers: Record<string, string> = { 'Content-Type': /^AddType (\S+) \.json$/m.exec(conf)![1] };
    for (const [, name, value] of conf.matchAll(/^\s*Header (?:always )?set ([\w-]+) "([^"]*)"/gm)) headers[name] = value;
    assertWorks(await checkAll(staticHost(headers, /AddOutputFilterByType DEFLATE[^\n]*application\/json/.test(conf))));
  });
});
