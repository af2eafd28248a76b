/**
 * The default feed as a module: `npm run build:feed-module` writes
 * `dist/wcit-2012.js` (its JSON text as the default export) beside
 * `dist/default-feed.js`; the dev server (vite.config.ts) and the test runner
 * (build/generated-feed.mjs) make it from `dist/wcit-2012.json`.
 */
declare const text: string;
export default text;
