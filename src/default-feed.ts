/**
 * The feed an element reads when it has no `src`: the campaign this package
 * ships (wcit-2012).
 *
 * In the npm modules the feed's text is a JavaScript module beside this one
 * (`wcit-2012.js`, written by `npm run build:feed-module`), imported lazily. Every
 * bundler follows a literal `import()` with no configuration (Vite in dev and
 * build, webpack, Rollup: a chunk fetched only by an element with no `src`;
 * esbuild without splitting: inlined), whereas a URL made from
 * `import.meta.url` points into the app's chunk folder once bundled, and
 * esbuild leaves `new URL('…', import.meta.url)` assets behind.
 *
 * The script-tag bundle builds with `default-feed-script.ts` instead (see
 * vite.config.ts): it fetches `wcit-2012.json` beside `wcit.js`.
 */
/**
 * The key the loader shares the default feed under, as it shares any feed by
 * its URL. Not a URL to fetch (the module is read instead), so not made from
 * `import.meta.url`, which webpack would resolve at build time and warn about.
 */
export const defaultFeedUrl = (): string => 'wcit-embed:wcit-2012.json';

/** Reads the default feed from its module, in place of a network request. */
export const defaultFeedFetch: typeof fetch | undefined = async () => new Response((await import('./wcit-2012.js')).default);
