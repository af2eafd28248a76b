/**
 * The feeds the site's state examples need beyond the default one, made from
 * it at build time (and served from memory by the dev server), so every state
 * works on a static host: `npm run build:site` writes them to `feeds/`.
 *
 * A static host cannot answer slowly or with a fault on demand, so the
 * "loading" example holds its request in the page (see states.ts) and the
 * "error" example names a file that does not exist.
 */
import { generateSignatories, generatedFeed } from '../build/generated-feed.mjs';

/** The signatories of the large example: enough to show that lists stay fast. */
export const LARGE = 100_000;

/**
 * File name (under `feeds/`) → its JSON document.
 * @param {import('../src/feed/types.js').Feed} defaultFeed
 * @returns {Map<string, unknown>}
 */
export function siteFeeds(defaultFeed) {
  const feeds = new Map();
  const signOn = defaultFeed.signOn ?? { url: 'https://example.org/sign' };
  // Closed: the same letter, its sign-on closed at the WCIT's last day.
  feeds.set('closed.json', { ...defaultFeed, id: 'wcit-2012-closed', signOn: { ...signOn, closes: '2012-12-14T17:00:00Z' } });
  // A goal the campaign has not reached yet: the compact count's progress bar.
  feeds.set('goal.json', { ...defaultFeed, id: 'wcit-2012-goal', signOn: { ...signOn, goal: 50 } });
  // 100,000 signatories: the first 100 inline, the rest in a split list fetched on demand.
  feeds.set('large.json', generatedFeed({ n: LARGE, id: 'large', inline: 100, goal: 2 * LARGE, listUrl: 'large-list.json' }));
  feeds.set('large-list.json', { version: 1, signatories: generateSignatories(LARGE) });
  // A split feed of a mid-sized campaign: 12 names inline, 1,500 in its list.
  feeds.set('split.json', generatedFeed({ n: 1500, id: 'split', title: 'A mid-sized campaign', inline: 12, listUrl: 'split-list.json' }));
  feeds.set('split-list.json', { version: 1, signatories: generateSignatories(1500) });
  return feeds;
}
