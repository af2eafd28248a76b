import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startPreview } from '../../src/cli/preview.js';
import { SIGNATORIES, sourceDir } from './helpers.js';

describe('wcit-feed preview', () => {
  it('serves the page with the three elements, the feed and the bundle, and rebuilds when a file is saved', async () => {
    const dir = sourceDir();
    const logged: string[] = [];
    const server = await startPreview(dir, { port: 0, log: (line) => logged.push(line) });
    after(() => server.close());

    const page = await (await fetch(server.url)).text();
    assert.match(page, /<script type="module" src="\/wcit.js"><\/script>/);
    for (const element of ['<wcit-signatories src="/feed.json" compact>', '<wcit-sign-button src="/feed.json">', '<wcit-letter src="/feed.json"', '<wcit-signatories src="/feed.json">']) {
      assert.ok(page.includes(element), `no ${element} in the page`);
    }
    const feedResponse = await fetch(new URL('feed.json', server.url));
    // The draft is not public: no origin but the preview's own may read it.
    assert.equal(feedResponse.headers.get('access-control-allow-origin'), null);
    const feed = (await feedResponse.json()) as { signatories: unknown[]; letter: { en: { title: string } } };
    assert.equal(feed.signatories.length, 2);
    assert.equal(feed.letter.en.title, 'A test letter');
    const bundle = await fetch(new URL('wcit.js', server.url));
    assert.equal(bundle.status, 200, 'run npm run build: the preview serves dist/wcit.js');
    assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(logged.at(-1)!, /built: 2 signatories, 1 language$/);

    // A new signatory, saved: the next build serves it, and the page is told to reload.
    const events = await fetch(new URL('events', server.url));
    const reader = events.body!.getReader();
    await reader.read(); // ": connected"
    let rebuilt = server.nextBuild();
    writeFileSync(join(dir, 'signatories.csv'), `${SIGNATORIES}Panoptykon,,PL,,,\n`);
    assert.equal((await rebuilt).feed!.signatories.length, 3);
    assert.match(new TextDecoder().decode((await reader.read()).value), /^data: \d+\n\n$/);
    await reader.cancel();
    const updated = (await (await fetch(new URL('feed.json', server.url))).json()) as { signatories: unknown[] };
    assert.equal(updated.signatories.length, 3);

    // A broken letter: the problem is on the page and in the terminal, over the last good feed.
    rebuilt = server.nextBuild();
    writeFileSync(join(dir, 'letter.en.md'), '---\ntitle: T\n---\n\n| a |\n| - |\n');
    await rebuilt;
    const broken = await (await fetch(server.url)).text();
    const problem = `${join(dir, 'letter.en.md')}:5: unsupported Markdown: table (the feed carries paragraphs, headings and lists only)`;
    assert.ok(broken.includes(`<li>${problem}</li>`), broken);
    assert.match(broken, /1 problem to fix/);
    assert.match(broken, /Below is the last build that worked/);
    assert.ok(logged.includes(problem));
    const kept = (await (await fetch(new URL('feed.json', server.url))).json()) as { signatories: unknown[]; letter: { en: { title: string } } };
    assert.equal(kept.letter.en.title, 'A test letter');
  });

  it('escapes what the sources say, and answers 503 for the feed until a build works', async () => {
    const dir = sourceDir({ 'signatories.csv': 'name,kind\n<b>Acme</b>,robot\n<b>Acme</b>,\n' });
    const server = await startPreview(dir, { port: 0, log: () => {} });
    after(() => server.close());
    const page = await (await fetch(server.url)).text();
    assert.ok(page.includes('warning: &#34;&#60;b&#62;Acme&#60;/b&#62;&#34; is the same signatory as on line 2'), 'the warning names the signatory, escaped');
    assert.ok(!page.includes('<b>Acme'));
    assert.match(page, /Nothing to show until these are fixed/);
    assert.ok(!page.includes('<wcit-letter'));
    assert.equal((await fetch(new URL('feed.json', server.url))).status, 503);
  });

  it('serves a split feed\'s list beside it, and offers each language of the letter', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `Signatory ${i + 1}`).join('\n');
    const dir = sourceDir({ 'signatories.csv': `name\n${rows}\n`, 'letter.es.md': '# Carta abierta\n\nEscribimos.\n' });
    const server = await startPreview(dir, { port: 0, log: () => {} });
    after(() => server.close());
    const feed = (await (await fetch(new URL('feed.json', server.url))).json()) as { signatoriesUrl: string; signatoryCount: number };
    assert.equal(feed.signatoryCount, 1001);
    const list = (await (await fetch(new URL(feed.signatoriesUrl, new URL('feed.json', server.url)))).json()) as { signatories: unknown[] };
    assert.equal(list.signatories.length, 1001);
    const page = await (await fetch(server.url)).text();
    assert.match(page, /Language: <strong>en<\/strong> · <a href="\/\?lang=es">es<\/a>/);
    const spanish = await (await fetch(new URL('?lang=es', server.url))).text();
    assert.ok(spanish.includes('<title>Preview: Carta abierta</title>'));
    assert.ok(spanish.includes('<main lang="es">'));
  });

  it('refuses a port in use before building or watching anything', async () => {
    const dir = sourceDir();
    const logged: string[] = [];
    const first = await startPreview(dir, { port: 0, log: () => {} });
    after(() => first.close());
    const port = Number(new URL(first.url).port);
    await assert.rejects(startPreview(dir, { port, log: (line) => logged.push(line) }), { code: 'EADDRINUSE' });
    assert.deepEqual(logged, []);
  });
});
