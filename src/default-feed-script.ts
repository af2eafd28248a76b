/**
 * The default feed of the script-tag bundle (vite.config.ts puts this module
 * in place of `default-feed.ts` when it builds `dist/wcit.js`): the element
 * fetches `wcit-2012.json` beside `wcit.js`, so the bare snippet works with no
 * configuration and the organiser can replace the file.
 *
 * The file name is a variable on purpose: bundlers rewrite
 * `new URL('literal', import.meta.url)` into an asset import, which would
 * inline the whole feed into the bundle.
 */
const DEFAULT_FEED_FILE = 'wcit-2012.json';

export const defaultFeedUrl = (): string => new URL(DEFAULT_FEED_FILE, import.meta.url).href;

/** None: the loader fetches `defaultFeedUrl()`. */
export const defaultFeedFetch: typeof fetch | undefined = undefined;
