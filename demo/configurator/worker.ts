/**
 * The configurator's one-off heavy work, off the page's main thread: the
 * feed check (a fetch, then check-host's rules and the feed's full
 * validation) and the first preview (the snippet pre-rendered from the
 * checked feed, whose language notes build an Intl.DisplayNames: ~120 ms
 * the first time on a phone). On the main thread these blocked the page
 * while it loaded; here the page stays free, and gets the same answers.
 */
import { catalogues } from '../../src/embed/index.js';
import { checkFeed } from './feed-check.js';
import { prerenderedSnippet, type Release } from './snippet.js';
import type { EmbedConfig } from './options.js';
import type { Feed } from '../../src/feed/index.js';

export type Request = { id: number } & ({ check: string; base: string } | { config: EmbedConfig; release: Release; feed: Feed; script: string; feedUrl: string });

addEventListener('message', async ({ data }: MessageEvent<Request>) => {
  if ('check' in data) {
    postMessage({ id: data.id, check: await checkFeed(data.check, data.base) });
  } else {
    // Words in a language other than English are right once its catalogue is here.
    if (data.config.lang) await catalogues;
    postMessage({ id: data.id, html: prerenderedSnippet(data.config, data.release, data.feed, { script: data.script, feedUrl: data.feedUrl }) });
  }
});
