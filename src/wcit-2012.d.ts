/**
 * The default feed as a module: `npm run build:feed` writes `dist/wcit-2012.js`
 * (its JSON text as the default export) beside `dist/default-feed.js`; the dev
 * server and the test runner serve `/src/wcit-2012.js` from the same file.
 */
declare const text: string;
export default text;
