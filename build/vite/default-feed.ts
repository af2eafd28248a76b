import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { feedModule } from '../feed-module.mjs';
import { fromRoot } from './paths.js';

const ID = '\0wcit-default-feed';

/**
 * In the dev server, src/default-feed.ts imports the default feed as the
 * module that the build writes to dist/wcit-2012.js: made here from the same
 * dist/wcit-2012.json.
 */
export const defaultFeedModule = (): Plugin => ({
  name: 'wcit-default-feed-module',
  resolveId(source, importer) {
    return source === './wcit-2012.js' && importer?.endsWith('/src/default-feed.ts') ? ID : null;
  },
  async load(id) {
    if (id !== ID) return null;
    const json = await readFile(fromRoot('dist/wcit-2012.json'), 'utf8').catch(() => this.error('No dist/wcit-2012.json: run npm run build:feed first.'));
    return feedModule(json);
  },
});

/**
 * The script-tag bundle reads its default feed from `wcit-2012.json` beside
 * `wcit.js` (src/default-feed-script.ts), not from the module that the npm
 * modules import (src/default-feed.ts).
 */
export const scriptDefaultFeed = (): Plugin => ({
  name: 'wcit-script-default-feed',
  apply: 'build',
  enforce: 'pre',
  resolveId(source) {
    return source.endsWith('/default-feed.js') ? fileURLToPath(new URL('../../src/default-feed-script.ts', import.meta.url)) : null;
  },
});
