import type { Feed } from '../src/feed/types.js';

/** The signatories of the large example. */
export const LARGE: number;
/** The feeds the site's state examples need, made from the default feed: file name (under `feeds/`) → JSON document. */
export function siteFeeds(defaultFeed: Feed): Map<string, unknown>;
