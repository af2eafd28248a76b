// `npm run build:cli`, after tsc: dist/cli/wcit-feed.js as one file for Node
// with the CLI's libraries (markdown-it, csv-parse) inside, so they are
// devDependencies: installing the elements installs only what the elements
// use, and `npx wcit-feed` still runs from the same package.
import { build } from 'vite';
import { builtinModules } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/wcit-feed.ts',
    outDir: 'dist/cli',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { entryFileNames: 'wcit-feed.js', format: 'es' },
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      // The loader imports the feed's words (src/feed/words.ts) dynamically so
      // that the browser downloads them only for a broken feed; the CLI has
      // them in its one file anyway (read.ts imports them), as it should.
      onLog: (level, log, handler) =>
        (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('src/feed/words.ts')) || handler(level, log),
    },
  },
  // Everything but Node's own modules goes into the file.
  ssr: { noExternal: true, target: 'node' },
});

// `wcit-feed --help` prints the first doc comment of its own file: the one
// that opens src/cli/wcit-feed.ts, which the bundle has to put first again.
const file = 'dist/cli/wcit-feed.js';
const usage = /\/\*\*[\s\S]*?\*\//.exec(readFileSync('src/cli/wcit-feed.ts', 'utf8'))[0];
const code = readFileSync(file, 'utf8').replace(/^#!.*\n/, '');
writeFileSync(file, `#!/usr/bin/env node\n${usage}\n${code}`);
