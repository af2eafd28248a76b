import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../cli/helpers.js';

/**
 * What docs/developers.md promises server-side rendering frameworks (Next.js,
 * Nuxt, SvelteKit): importing the package in Node, as their server builds
 * do, does not throw (Lit's Node build brings a stand-in HTMLElement and
 * customElements), registers the three tags there and makes no request. The
 * browser bundle dist/wcit.js is for pages only. Each import runs in a fresh
 * Node, with no DOM, from the package's own name (its exports, `node`
 * condition), as an app's server would resolve it.
 */
const root = fileURLToPath(REPO_ROOT);

function inNode(code: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
}

describe('the package imported on a server (Node, no DOM)', () => {
  it('wcit-embed imports without throwing and registers the three tags, fetching nothing', (t) => {
    if (!existsSync(join(root, 'dist', 'index.js'))) return t.skip('no dist/: run npm run build');
    const run = inNode(`
      globalThis.fetch = () => { throw new Error('fetched on the server'); };
      await import('wcit-embed');
      console.log(JSON.stringify(['wcit-letter', 'wcit-signatories', 'wcit-sign-button'].map((tag) => typeof customElements.get(tag))));
    `);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout.trim().split('\n').at(-1)!), ['function', 'function', 'function']);
  });

  it('the browser bundle is not for servers: it fails there, as the guide says', (t) => {
    if (!existsSync(join(root, 'dist', 'wcit.js'))) return t.skip('no dist/: run npm run build');
    const run = inNode(`await import('wcit-embed/wcit.js');`);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /HTMLElement is not defined/);
  });
});
