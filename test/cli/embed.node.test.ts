// `wcit-feed embed` and the pure renderer behind it (src/cli/embed/): options,
// escaping, and the script's integrity.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { catalogues, embedSnippet, type EmbedOptions } from '../../src/cli/embed/index.js';
import { letterKey } from '../../src/shared/letter-key.js';
import { readFeed } from '../../src/feed/read.js';
import type { Feed } from '../../src/feed/types.js';
import { REPO_ROOT, tempDir } from './helpers.js';

const root = fileURLToPath(REPO_ROOT);
const fixture = (name: string) => join(root, 'test/fixtures/feeds', `${name}.json`);

function feed(name: string): Feed {
  const read = readFeed(JSON.parse(readFileSync(fixture(name), 'utf8')));
  assert.ok(read.ok);
  return read.feed;
}

await catalogues;
const snippet = (name: string, o: Partial<EmbedOptions> = {}) => embedSnippet(feed(name), { src: 'https://feeds.example/letter.json', ...o });

/** The element names of every tag in `html`, in order. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
/** Every href value, unescaped. */
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Runs the CLI as a person would (asynchronously: a test server may have to answer it). */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/wcit-feed.ts', 'embed', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('embedSnippet', () => {
  it('pre-renders the letter, the count and the sign-on link inside the elements, then the script and the feed hint', () => {
    const html = snippet('minimal', { script: 'https://cdn.example/wcit.js', integrity: 'sha384-abc' });
    const f = feed('minimal');
    const en = f.letter.en!;
    assert.deepEqual(
      html.split('\n').filter((line) => /^<(wcit-|\/wcit-|script|link)/.test(line)).map((line) => line.replace(/>.*$/, '>')),
      [
        '<wcit-letter src="https://feeds.example/letter.json" lang="en">',
        '</wcit-letter>',
        '<wcit-signatories src="https://feeds.example/letter.json" lang="en" compact>',
        '</wcit-signatories>',
        '<wcit-sign-button src="https://feeds.example/letter.json" lang="en">',
        '<script type="module" src="https://cdn.example/wcit.js" integrity="sha384-abc" crossorigin="anonymous">',
        '<link rel="preload" href="https://feeds.example/letter.json" as="fetch" crossorigin="anonymous">',
      ],
    );
    assert.ok(!snippet('minimal', { preload: false }).includes('<link'));
    assert.ok(html.includes(`<article lang="en" dir="ltr" data-wcit="${letterKey('en', en)}">\n<h2>${en.title}</h2>`));
    assert.ok(html.includes('<p data-wcit>3 organisations have signed</p>'));
    assert.ok(html.includes('<wcit-sign-button src="https://feeds.example/letter.json" lang="en"><a href="https://example.org/sign" data-wcit>Sign the letter</a></wcit-sign-button>'));
    // The content needs nothing a strict page or a CMS would strip: no inline
    // script, no template, no style. The one <style> comes first and only
    // holds the button's box (its link becomes a button); it can go.
    assert.equal(tags(html).includes('template'), false);
    assert.equal(tags(html).filter((t) => t == 'script').length, 1);
    assert.ok(!/\sstyle=|\son\w+=/.test(html));
    assert.equal(tags(html)[0], 'style');
    assert.deepEqual(tags(html).filter((t) => t == 'style'), ['style']);
    assert.match(html, /^<style>@media \(scripting:enabled\)\{wcit-sign-button:not\(:defined\)\{[^<]*\}\}<\/style>\n<wcit-letter /);
    const bare = snippet('minimal', { script: 'https://cdn.example/wcit.js', integrity: 'sha384-abc', style: false });
    assert.equal(bare, html.replace(/^<style>.*\n/, ''));
    assert.equal(tags(bare).includes('style'), false);
  });

  it('keeps every field of the hostile feeds as text', () => {
    for (const name of ['letter-unsafe', 'signatories-unsafe']) {
      for (const list of [false, true]) {
        // The snippet's own <style> is a constant (no feed text reaches it): left out here.
        const html = snippet(name, { list, collapsed: true, style: false });
        const allowed = ['wcit-letter', 'article', 'h2', 'p', 'strong', 'em', 'a', 'details', 'summary', 'wcit-signatories', 'ul', 'li', 'wcit-sign-button', 'link'];
        assert.deepEqual(tags(html).filter((t) => !allowed.includes(t)), [], `${name}: tags`);
        for (const href of hrefs(html)) assert.match(href, /^(https?:|mailto:)/, `${name}: ${href}`);
        assert.ok(!html.includes('javascript:') && !html.includes('data:'), name);
      }
    }
    const html = snippet('letter-unsafe');
    assert.ok(html.includes('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>'));
    assert.ok(html.includes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'));
    assert.ok(html.includes('<strong>&lt;a href=&quot;https://evil.example&quot;&gt;not a link&lt;/a&gt;</strong>'));
    assert.ok(html.includes('&lt;b&gt;not bold&lt;/b&gt; a script link a data link'));
  });

  it('escapes the URLs it is given', () => {
    const html = snippet('minimal', { src: 'https://x.example/"><script>alert(1)</script>', script: "https://x.example/'a\"b.js" });
    assert.equal(tags(html).filter((t) => t == 'script').length, 1);
    assert.ok(html.includes('src="https://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(html.includes('src="https://x.example/&#39;a&quot;b.js"'));
  });

  it('gives only the chosen elements, in the order given', () => {
    const html = snippet('minimal', { elements: ['button', 'letter'] });
    assert.deepEqual(tags(html).filter((t) => t.startsWith('wcit-')), ['wcit-sign-button', 'wcit-letter']);
  });

  it('renders the language asked for, or the closest the feed has, with its direction', () => {
    assert.match(snippet('letter-blocks', { lang: 'es-AR' }), /<wcit-letter [^>]*lang="es-AR">\n<article lang="es" dir="ltr"/);
    assert.match(snippet('letter-blocks', { lang: 'ar' }), /<article lang="ar" dir="rtl"/);
    assert.match(snippet('letter-blocks', { lang: 'de' }), /<article lang="en" dir="ltr"/);
    // A language the feed's letter lacks: the interface text in it, the letter in the feed's, marked and said plainly.
    const spanish = snippet('minimal', { lang: 'es', collapsed: true });
    assert.match(spanish, /<wcit-letter [^>]*lang="es"[^>]*>\n<article lang="en" dir="ltr"/);
    assert.match(spanish, /<!-- The feed has no Spanish letter: the letter stays in English \(marked lang="en"\)/);
    assert.match(spanish, /<p data-wcit>[^<]*(firmante|organizaci|persona)/);
    // The interface text is in the letter's language, as the element's would be.
    assert.ok(snippet('letter-blocks', { lang: 'es', collapsed: true }).includes('<summary>Leer la carta completa</summary>'));
  });

  it('marks interface text lang="en" where the language asked for has no catalogue, and says so', () => {
    // German: no catalogue, and the feed has no German letter.
    const german = snippet('signatories-goal', { lang: 'de', collapsed: true });
    assert.match(german, /<wcit-signatories [^>]*lang="de"[^>]*>\n<p data-wcit lang="en">\d+ organisations have signed<\/p>/);
    assert.match(german, /<p lang="en"><label><progress [^>]*aria-valuetext="\d+ signatories, Goal: \d+"><\/progress> Goal: \d+<\/label><\/p>/);
    assert.match(german, /<wcit-sign-button [^>]*lang="de"><a href="[^"]+" data-wcit lang="en">Sign the letter<\/a>/);
    assert.match(german, /<!-- The feed has no German letter: the letter stays in English \(marked lang="en"\); this package has no German interface text: the buttons, count and links are in English \(marked lang="en"\)\. -->/);
    // The letter is English already: its summary needs no mark.
    assert.ok(snippet('letter-blocks', { lang: 'de', collapsed: true }).includes('<summary>Read the full letter</summary>'));
    // The plain snippet's fallback links too.
    assert.match(snippet('minimal', { lang: 'de', prerender: false }), /<wcit-letter [^>]*lang="de">\n<a href="[^"]+" lang="en">Read the full letter<\/a>/);
    // A language with a catalogue: nothing marked English, nothing said about the interface.
    const spanish = snippet('signatories-goal', { lang: 'es' });
    assert.ok(!/ lang="en">/.test(spanish.replace(/<article[^>]*>/, '')));
    assert.ok(!spanish.includes('interface text'));
    // Only the button: nothing said about a letter it does not show.
    assert.ok(!snippet('minimal', { lang: 'es', elements: ['button'] }).includes('<!--'));
  });

  it('sets the heading levels as <wcit-letter> reads heading-level', () => {
    const html = snippet('letter-blocks', { headingLevel: 3 });
    assert.ok(html.includes(' heading-level="3">'));
    assert.ok(html.includes('<h3>Every block</h3>'));
    assert.ok(html.includes('<h4>We call on member states to:</h4>'));
    assert.ok(snippet('letter-blocks', { headingLevel: 6 }).includes('<h6>We call on member states to:</h6>'));
    assert.ok(snippet('letter-blocks', { headingLevel: 9 }).includes(' heading-level="2">'));
  });

  it('folds a collapsed letter into <details>, which works without a script', () => {
    const html = snippet('letter-blocks', { collapsed: true, elements: ['letter'] });
    assert.ok(html.includes(' collapsed>'));
    assert.match(html, /<h2>Every block<\/h2>\n<p>Plain[^\n]*<\/p>\n<details>\n<summary>Read the full letter<\/summary>\n/);
    assert.match(html, /<p>Sincerely,<\/p>\n<\/details>\n<\/article>/);
  });

  it('pre-renders the goal as a labelled progress bar, read as a count of a goal (as the live one), not a percentage', () => {
    assert.ok(snippet('signatories-goal').includes('<p><label><progress max="10" value="5" aria-valuetext="5 signatories, Goal: 10"></progress> Goal: 10</label></p>'));
    assert.ok(snippet('signatories-goal', { lang: 'es' }).includes('aria-valuetext="5 firmantes, Objetivo: 10"'));
  });

  it('with list, pre-renders the list with safe links and country names', () => {
    const html = snippet('signatories-unsafe', { list: true, elements: ['signatories'] });
    assert.ok(html.includes('<wcit-signatories src="https://feeds.example/letter.json" lang="en">'));
    assert.ok(html.includes('<li>Script</li>'));
    assert.ok(html.includes('<li><a href="https://example.org/">Fine</a></li>'));
    assert.ok(!html.includes('See the complete sign-on list'), 'the unsafe fullListUrl is left out');
    assert.ok(snippet('signatories-list', { list: true }).includes(' (Chile)</li>'));
  });

  it('without pre-rendering, gives the plain snippet: the count and the button first, each element with its fallback link, and the feed hint', () => {
    const html = snippet('minimal', { prerender: false, script: '/wcit.js' });
    // Each element holds a fallback link (to read, to see who signed, to sign), so nothing is blank without the script or the feed;
    // the count and the button lead, as the configurator's snippet does, so the letter's held screen does not push them out of view.
    assert.deepEqual(tags(html), ['style', 'wcit-signatories', 'a', 'wcit-sign-button', 'a', 'wcit-letter', 'a', 'script', 'link']);
    assert.ok(/<style>.*wcit-sign-button\+wcit-letter\{display:block;margin-block-start:var\(--wcit-spacing,1em\)\}<\/style>/.test(html), 'the letter after the button gets the spacing');
    assert.ok(html.includes('<link rel="preload" href="https://feeds.example/letter.json" as="fetch" crossorigin="anonymous">'));
    assert.deepEqual(tags(snippet('minimal', { prerender: false, style: false })), ['wcit-signatories', 'a', 'wcit-sign-button', 'a', 'wcit-letter', 'a', 'link']);
    // An order asked for is kept; the pre-rendered snippet keeps the letter first (its content holds its own box).
    assert.deepEqual(tags(snippet('minimal', { prerender: false, style: false, elements: ['letter', 'button'] })), ['wcit-letter', 'a', 'wcit-sign-button', 'a', 'link']);
    assert.equal(tags(snippet('minimal', { style: false }))[0], 'wcit-letter');
  });

  it('reserves, before the script, only the boxes known before the feed', () => {
    // Selectors of the rules in the snippet's <style>, if any.
    const reserved = (o: Partial<EmbedOptions>) => {
      const css = /<style>(.*)<\/style>/.exec(snippet('minimal', o))?.[1] ?? '';
      return [...css.matchAll(/([\w-]+(?:\[[^\]]+\]|:not\(\[\w+\]\))?):not\(:defined\)\{([^}]*)\}/g)].map((m) => `${m[1]} ${m[2]}`);
    };
    const button = [
      'wcit-sign-button display:block;min-block-size:calc(2.35em + 4px)',
      'wcit-sign-button[size=small] min-block-size:calc(2.05625em + 4px)',
      'wcit-sign-button[size=large] min-block-size:calc(2.9375em + 4px)',
    ];
    const counter = 'wcit-signatories[compact] display:block;min-block-size:1lh;margin-block-end:var(--wcit-spacing,1em)';
    const collapsed = 'wcit-letter[collapsed] display:block;min-block-size:12em';
    // A full letter's placeholder reaches the bottom of the screen: it holds a screen, given back after 10 s without the script.
    const letter = 'wcit-letter:not([collapsed]) display:block;min-block-size:100vh;animation:wcit-reserved 0s 10s forwards';
    assert.deepEqual(reserved({ prerender: false }), [letter, counter, ...button]);
    assert.ok(/<style>.*@keyframes wcit-reserved\{to\{min-block-size:0\}\}.*<\/style>/.test(snippet('minimal', { prerender: false })));
    assert.deepEqual(reserved({ prerender: false, collapsed: true }), [collapsed, counter, ...button]);
    assert.deepEqual(reserved({ prerender: false, elements: ['letter'] }), [letter]);
    // A list's height depends on the feed: nothing to reserve.
    assert.deepEqual(reserved({ prerender: false, elements: ['signatories'], list: true }), []);
    // Pre-rendered content holds its own box; the button's link still becomes a button.
    assert.deepEqual(reserved({ collapsed: true }), button);
    assert.deepEqual(reserved({ elements: ['letter', 'signatories'] }), []);
    assert.deepEqual(reserved({ prerender: false, style: false }), []);
  });
});

describe('wcit-feed embed', () => {
  let server: Server;
  let origin = '';
  const script = Buffer.from('export {};\n// a published wcit.js\n');
  before(async () => {
    server = createServer((req, res) => {
      if (req.url == '/wcit.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      // A host set up as check-host asks: CORS, a JSON type, a short cache.
      const good = { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=300' };
      if (req.url == '/feed.json') return res.writeHead(200, good).end(readFileSync(fixture('minimal')));
      if (req.url == '/no-cors.json') return res.writeHead(200, { ...good, 'Access-Control-Allow-Origin': '' }).end(readFileSync(fixture('minimal')));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('prints the snippet for a feed file, with the integrity of the script at --script', async () => {
    const { status, stdout, stderr } = await cli(fixture('minimal'), '--src', `${origin}/feed.json`, '--script', `${origin}/wcit.js`);
    assert.equal(status, 0, stderr);
    // The host check ran on --src, and passed.
    assert.match(stderr, /✓ cors/i);
    assert.doesNotMatch(stderr, /✗/);
    const sri = `sha384-${createHash('sha384').update(script).digest('base64')}`;
    assert.ok(stdout.includes(`<script type="module" src="${origin}/wcit.js" integrity="${sri}" crossorigin="anonymous"></script>`));
    assert.ok(stdout.includes('<h2>A test letter</h2>'));
    // `--out -`: standard output, as without --out, and no file named "-".
    const dashed = await cli(fixture('minimal'), '--src', `${origin}/feed.json`, '--script', `${origin}/wcit.js`, '--out', '-');
    assert.equal(dashed.status, 0, dashed.stderr);
    assert.equal(dashed.stdout, stdout);
    assert.equal(existsSync(join(root, '-')), false, 'a file named "-"');
  });

  it('reads a feed URL and makes it the src, and writes --out', async () => {
    const out = join(tempDir(), 'snippet.html');
    const { status, stdout, stderr } = await cli(`${origin}/feed.json`, '--script', '/wcit.js', '--elements', 'letter', '--collapsed', '--heading-level', '3', '--out', out);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    const html = readFileSync(out, 'utf8');
    assert.ok(html.startsWith(`<wcit-letter src="${origin}/feed.json" lang="en" heading-level="3" collapsed>`));
    assert.ok(html.includes('<script type="module" src="/wcit.js"></script>'), 'no integrity for a relative URL');
  });

  it('holds the boxes with a <style> first, which --no-style leaves out', async () => {
    const args = [fixture('minimal'), '--src', `${origin}/feed.json`, '--script', '/wcit.js', '--no-prerender'];
    const styled = await cli(...args);
    assert.equal(styled.status, 0, styled.stderr);
    assert.match(styled.stdout, /^<style>@media \(scripting:enabled\)\{wcit-letter:not\(\[collapsed\]\):not\(:defined\)/);
    const bare = await cli(...args, '--no-style');
    assert.equal(bare.status, 0, bare.stderr);
    assert.equal(bare.stdout, styled.stdout.replace(/^<style>.*\n/, ''));
    assert.ok(bare.stdout.startsWith('<wcit-signatories '), 'the count first, as the configurator writes it');
  });

  it('pins the published bundle of this version by default, hashed from dist/wcit.js', { skip: !existsSync(join(root, 'dist/wcit.js')) && 'run npm run build first' }, async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const { status, stdout, stderr } = await cli(fixture('minimal'), '--src', `${origin}/feed.json`);
    assert.equal(status, 0, stderr);
    const sri = `sha384-${createHash('sha384').update(readFileSync(join(root, 'dist/wcit.js'))).digest('base64')}`;
    assert.ok(stdout.includes(`src="https://cdn.jsdelivr.net/npm/wcit-embed@${version}/dist/wcit.js" integrity="${sri}" crossorigin="anonymous"`));
  });

  it('says what is wrong with the command line, and exits 2', async () => {
    for (const [args, message] of [
      [[fixture('minimal')], 'embed needs --src <URL>'],
      [[fixture('minimal'), '--src', 'feed.json'], '--src takes the published feed\'s full address (https://…/feed.json), not "feed.json": members\' pages cannot read a file on this computer'],
      [[fixture('minimal'), '--src', 'https://feeds.example/f.json', '--elements', 'letter,poster'], '--elements takes a comma-separated list of letter, signatories, button, not "letter,poster"'],
      [[fixture('minimal'), '--src', 'https://feeds.example/f.json', '--heading-level', '7'], '--heading-level takes 1 to 6, not "7"'],
      [[fixture('minimal'), '--src', 'https://feeds.example/f.json', '--colour', 'red'], "Unknown option '--colour'"],
    ] as const) {
      const { status, stderr } = await cli(...args);
      assert.equal(status, 2, stderr);
      assert.ok(stderr.includes(message), stderr);
    }
  });

  it('refuses a feed the elements would refuse, naming where, and exits 1', async () => {
    const { status, stdout, stderr } = await cli(fixture('no-body'), '--src', `${origin}/feed.json`, '--script', '/wcit.js');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no-body\.json: letter\.en\.body: .*the elements would refuse this feed/);
  });

  it('names a feed URL that does not answer', async () => {
    const { status, stderr } = await cli(`${origin}/missing.json`, '--script', '/wcit.js');
    assert.equal(status, 1);
    assert.match(stderr, /missing\.json: cannot read the feed: nothing is published there \(404\)/);
  });

  it('runs the host check on a feed URL: a host without CORS gets the fix and no snippet, exit 1', async () => {
    const { status, stdout, stderr } = await cli(`${origin}/no-cors.json`, '--script', '/wcit.js');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /✗ cors/i);
    assert.match(stderr, /members' sites could not read the feed at .*no-cors\.json, so the snippet would fail on every one of them: fix the host first/);
  });

  it('says when it could not run the host check (nothing published yet), and writes the snippet', async () => {
    const { status, stdout, stderr } = await cli(fixture('minimal'), '--src', `${origin}/not-yet.json`, '--script', '/wcit.js');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /<wcit-letter/);
    assert.match(stderr, /could not check the host at .*not-yet\.json: nothing is published there \(404\)\. Once the feed is published there, run wcit-feed check-host/);
  });

  it('warns when --lang names a language the feed has no letter in', async () => {
    const { status, stderr } = await cli(fixture('minimal'), '--src', `${origin}/feed.json`, '--script', '/wcit.js', '--lang', 'fr');
    assert.equal(status, 0, stderr);
    assert.match(stderr, /The feed has no French letter: the letter stays in English/);
  });

  it('speaks to an organiser when the script cannot be fetched', async () => {
    const { status, stderr } = await cli(fixture('minimal'), '--src', `${origin}/feed.json`, '--script', `${origin}/gone.js`);
    assert.equal(status, 1);
    assert.match(stderr, /could not download the script at .*gone\.js to take its fingerprint \(integrity\): .*404.*Check the address, or leave --script out to use the published wcit\.js/);
    assert.doesNotMatch(stderr, /npm run build/);
  });
});
