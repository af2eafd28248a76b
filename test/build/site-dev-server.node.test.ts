// `npm start` serves the site: the dev server (vite, as the start script runs
// it) answers the front page with the member page demo, the site's other
// pages, the default feed and the state examples' generated feeds.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start (the dev server)', () => {
  let base = '';
  let server: ReturnType<typeof spawn>;

  before(async () => {
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '0', '--strictPort', 'false'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no address within 60 s:\n${out}`)), 60_000);
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        // eslint-disable-next-line no-control-regex
        const url = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
      server.on('exit', (code) => reject(new Error(`vite exited (${code}):\n${out}`)));
    });
  });
  after(() => server.kill());

  it('sends the front page to the member page demo with the WCIT letter', async () => {
    const front = await fetch(`${base}/`, { redirect: 'manual' });
    assert.equal(front.status, 302);
    const page = await (await fetch(new URL(front.headers.get('location')!, base))).text();
    assert.match(page, /<wcit-letter/);
    const feed = (await (await fetch(`${base}/src/wcit-2012.json`)).json()) as { id: string };
    assert.equal(feed.id, 'wcit-2012');
  });

  it('serves every page of the site and the examples’ feeds', async () => {
    for (const page of ['states.html', 'configurator.html', 'install.html', 'large.html']) {
      const res = await fetch(`${base}/demo/${page}`);
      assert.equal(res.status, 200, page);
    }
    assert.match(await (await fetch(`${base}/demo/install.html`)).text(), /<h1>For webmasters/);
    for (const feed of ['closed.json', 'goal.json', 'large.json', 'split.json', 'split-list.json']) {
      const res = await fetch(`${base}/demo/feeds/${feed}`);
      assert.equal(res.status, 200, feed);
      assert.equal((await res.json() as { version: number }).version, 1, feed);
    }
    assert.equal((await fetch(`${base}/demo/feeds/missing.json`)).status, 404);
  });
});
