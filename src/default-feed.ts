/**
 * The feed an element reads when it has no `src`: the default feed file that
 * the build writes next to this module (and, in the one-file bundle, next to
 * `wcit.js`), so the bare embed snippet works with no configuration.
 *
 * The file name is a variable on purpose: bundlers rewrite
 * `new URL('literal', import.meta.url)` into an asset import, which would
 * inline the whole feed into the bundle.
 */
const DEFAULT_FEED_FILE = 'wcit-2012.json';

export const defaultFeedUrl = (): string => new URL(DEFAULT_FEED_FILE, import.meta.url).href;
