import { defineConfig, type Plugin } from 'vite';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { feedModule } from './scripts/feed-module.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
// The test feed host's generator: the same synthetic names, countries and kinds.
import { generateSignatories, generatedFeed, sendDefaultFeed } from './test/server/feed-server.mjs';

/**
 * In the dev server, an element with no `src` asks for the default feed next to
 * `src/default-feed.ts`; answer with the feed that `npm run build:feed` wrote.
 */
const defaultFeed = (): Plugin => ({
  name: 'wcit-default-feed',
  configureServer(server) {
    // The demo is the site's front page.
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
    server.httpServer?.once('listening', () => {
      setTimeout(() => {
        const url = server.resolvedUrls?.local[0];
        if (url) server.config.logger.info(`\n  The WCIT letter demo: ${url}demo/\n`);
      });
    });
    // A generated campaign for the large-list demo: /demo/generated-feed.json?n=…&inline=…
    server.middlewares.use('/demo/generated-feed.json', (req, res) => {
      const q = new URL(req.url ?? '', 'http://demo').searchParams;
      const n = Math.min(Number(q.get('n')) || 1000, 200_000);
      const inline = Math.min(Number(q.get('inline')) || n, n);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(generatedFeed({ n, inline, goal: n * 2, listUrl: inline < n ? `generated-list.json?n=${n}` : undefined })));
    });
    server.middlewares.use('/demo/generated-list.json', (req, res) => {
      const n = Math.min(Number(new URL(req.url ?? '', 'http://demo').searchParams.get('n')) || 1000, 200_000);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ version: 1, signatories: generateSignatories(n) }));
    });
    server.middlewares.use('/src/wcit-2012.json', (_req, res) => void sendDefaultFeed(res));
  },
  // src/default-feed.ts imports the default feed as the module that the build
  // writes to dist/wcit-2012.js; the dev server makes it from the same file.
  resolveId(source, importer) {
    return source === './wcit-2012.js' && importer?.endsWith('/src/default-feed.ts') ? '\0wcit-default-feed' : null;
  },
  async load(id) {
    if (id !== '\0wcit-default-feed') return null;
    const json = await readFile('dist/wcit-2012.json', 'utf8').catch(() => this.error('No dist/wcit-2012.json: run npm run build:feed first.'));
    return feedModule(json);
  },
});

/**
 * The script-tag bundle reads its default feed from `wcit-2012.json` beside
 * `wcit.js` (src/default-feed-script.ts), not from the module that the npm
 * modules import (src/default-feed.ts).
 */
const scriptDefaultFeed = (): Plugin => ({
  name: 'wcit-script-default-feed',
  apply: 'build',
  enforce: 'pre',
  resolveId(source) {
    return source.endsWith('/default-feed.js') ? fileURLToPath(new URL('src/default-feed-script.ts', import.meta.url)) : null;
  },
});

/**
 * In the dev server, an edit to a catalogue (src/i18n/es.ts, …) re-packs them
 * into src/i18n/packed.ts, which the page then reloads: a translator sees the
 * new text in the demo at once.
 */
const repackCatalogues = (): Plugin => ({
  name: 'wcit-repack-catalogues',
  apply: 'serve',
  configureServer(server) {
    server.watcher.on('change', (file) => {
      if (!/[\\/]src[\\/]i18n[\\/](?!pack)[\w-]+\.ts$/.test(file)) return;
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/i18n-pack.ts'], (error, stdout, stderr) => {
        const said = `${stdout}${stderr}`.trim();
        if (said) server.config.logger[error ? 'error' : 'info'](said, { timestamp: true });
      });
    });
  },
});

export default defineConfig({
  server: { open: false },
  plugins: [
    defaultFeed(),
    scriptDefaultFeed(),
    repackCatalogues(),
    // Whitespace and comments inside Lit's html`` and css`` templates are
    // bytes every visitor pays for; the build strips them.
    { ...minifyHTML(), apply: 'build' },
  ],
  build: {
    // dist/ also holds the unbundled npm modules, the feed and the schema.
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'wcit.js',
    },
    // Library mode keeps whitespace in ES output so that downstream bundlers
    // can tree-shake it; wcit.js is the end product for a script tag, so
    // minify it fully.
    rolldownOptions: {
      output: { minify: true },
      plugins: [
        {
          // Message keys as the bundle's catalogues know them: the bundle
          // spells each key in the list of keys (src/i18n/packed.ts) and
          // again where it is used, ~100 B brotli of names no visitor reads.
          // Here each becomes its index in base 36 ('0'…'m'), in that list
          // and in the string literals of src/elements and src/shared that
          // equal a key (`msg(lang, 'showAll')`; text in html`` and css``
          // templates is no string literal). The npm modules keep the names.
          name: 'wcit-short-message-keys',
          async transform(code, id) {
            const inList = /[\\/]src[\\/]i18n[\\/]packed\.ts$/.test(id);
            if (!inList && !/[\\/]src[\\/](elements|shared)[\\/][\w.-]+\.ts$/.test(id)) return;
            const packed = await readFile(fileURLToPath(new URL('src/i18n/packed.ts', import.meta.url)), 'utf8');
            const keys = /export const keys = '([\w ]+)'/.exec(packed)?.[1]?.split(' ');
            if (!keys) return this.error('src/i18n/packed.ts has no list of keys: run npm run i18n');
            const short = (key: string) => keys.indexOf(key).toString(36);
            const { default: ts } = await import('typescript');
            const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
            const edits: [number, number, string][] = [];
            const visit = (node: import('typescript').Node): void => {
              if (ts.isStringLiteral(node)) {
                if (inList ? node.text == keys.join(' ') : keys.includes(node.text)) {
                  edits.push([node.getStart(file), node.end, `'${inList ? keys.map(short).join(' ') : short(node.text)}'`]);
                }
              } else ts.forEachChild(node, visit);
            };
            visit(file);
            // (`npm run size -- --parts` builds with no catalogues at all.)
            if (inList && !edits.length && code.includes(keys[0]!)) return this.error('src/i18n/packed.ts: the list of keys was not found');
            for (const [start, end, text] of edits.reverse()) code = code.slice(0, start) + text + code.slice(end);
            return code;
          },
        },
        {
          // After Oxc's minify (output.minify), a second minifier: terser's
          // compressor finds what Oxc left
          // (joined declarations, folded conditionals, inlined one-use
          // constants), ~150 B brotli of wcit.js; `module: true` lets
          // top-level names go too.
          name: 'wcit-terser-pass',
          async generateBundle(_options, bundle) {
            const { minify } = await import('terser');
            for (const chunk of Object.values(bundle)) {
              if (chunk.type == 'chunk') chunk.code = (await minify(chunk.code, { module: true, compress: { passes: 3 } })).code ?? chunk.code;
            }
          },
        },
      ],
    },
  },
});
