// `npm run build:feed-module`: writes dist/wcit-2012.js, the default feed as a
// module whose default export is the feed's JSON text, beside
// dist/default-feed.js, which imports it lazily (see src/default-feed.ts: every
// bundler follows that import with no configuration). The text, not an object
// literal, so the loader reads it exactly as it reads a fetched feed;
// without the file's indentation, which nobody reads in a bundle.
import { readFileSync, writeFileSync } from 'node:fs';

export const feedModule = (json) =>
  `// The default feed (dist/wcit-2012.json) as a module, for dist/default-feed.js.\nexport default ${JSON.stringify(JSON.stringify(JSON.parse(json)))};\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('dist/wcit-2012.js', feedModule(readFileSync('dist/wcit-2012.json', 'utf8')));
}
