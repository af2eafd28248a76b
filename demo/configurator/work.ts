/**
 * The configurator's one-off heavy work: the feed check (a fetch, then
 * check-host's rules and the feed's full validation) and the first preview
 * (the snippet pre-rendered from the checked feed, whose language notes build
 * an Intl.DisplayNames: ~120 ms the first time on a phone). Done in a worker
 * (worker.ts), so the page stays free while it loads; in the page itself
 * where a worker cannot start.
 */
import { catalogues } from '../../src/cli/embed/index.js';
import type { Feed } from '../../src/feed/index.js';
import { checkFeed, type FeedCheck } from './feed-check.js';
import type { EmbedConfig } from './options.js';
import { prerenderedSnippet, type Release } from './snippet.js';

export type Work = { check: string; base: string } | { config: EmbedConfig; release: Release; feed: Feed; script: string; feedUrl: string };
export interface Answer {
  check?: FeedCheck;
  html?: string;
}

export async function answer(work: Work): Promise<Answer> {
  if ('check' in work) return { check: await checkFeed(work.check, work.base) };
  // Words in a language other than English are right once its catalogue is here.
  if (work.config.lang) await catalogues;
  return { html: prerenderedSnippet(work.config, work.release, work.feed, { script: work.script, feedUrl: work.feedUrl }) };
}
