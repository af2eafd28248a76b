import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedModule } from './build/feed-module.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MarkdownIt from 'markdown-it';
// The test feed host's generator: the same synthetic names, countries and kinds.
import { generateSignatories, generatedFeed, sendDefaultFeed } from './test/server/feed-server.mjs';
import { siteFeeds } from './demo/site-feeds.mjs';

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
      execFile(process.execPath, ['--import', 'tsx', 'build/i18n-pack.ts'], (error, stdout, stderr) => {
        const said = `${stdout}${stderr}`.trim();
        if (said) server.config.logger[error ? 'error' : 'info'](said, { timestamp: true });
      });
    });
  },
});

// ---------------------------------------------------------------------------
// The site: demo/ as a static site (`npm run build:site` → site-dist/), and
// the same pages in the dev server (`npm start`).

const here = dirname(fileURLToPath(import.meta.url));
const demoRoot = resolve(here, 'demo');
const version = (JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string }).version;

/** dist/wcit.js as the build wrote it, or undefined before the first build. */
const builtBundle = (): Buffer | undefined => {
  const file = resolve(here, 'dist/wcit.js');
  return existsSync(file) ? readFileSync(file) : undefined;
};

/** A chunk of the script-tag bundle (`chunkFileNames` below): `wcit-es-D-b_-NcK.js`, not `wcit-2012.js`. */
const isChunk = (name: string): boolean => /^wcit-.+-[\w-]{8}\.js$/.test(name);

/** The Subresource Integrity value of a file's bytes. */
const integrity = (bytes: Buffer): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The default feed as `npm run build:feed` wrote it. */
const defaultFeedJson = () => JSON.parse(readFileSync(resolve(here, 'dist/wcit-2012.json'), 'utf8'));

/** Every page of the site: the HTML files under demo/, the gallery's included. */
function sitePages(dir = demoRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sitePages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * What the configurator needs to know about the release it writes snippets
 * for: the version to pin and the integrity of the bundle the site ships.
 */
const siteDefine = (script: string, bundle = builtBundle()) => ({
  __WCIT_VERSION__: JSON.stringify(version),
  __WCIT_INTEGRITY__: JSON.stringify(bundle ? integrity(bundle) : ''),
  __SITE_SCRIPT__: JSON.stringify(script),
});

/**
 * The pages' shared parts, in the dev server and the build: the install
 * guide (demo/install.html) is the README's section for webmasters, rendered
 * (one text, read on GitHub, npm and the site alike), and the navigation
 * links only to pages the site has.
 */
const readmeGuide = (): Plugin => ({
  name: 'wcit-site-readme-guide',
  transformIndexHtml(html) {
    // The gallery (demo/gallery/, issue #15) may not be there: no link to a page the site lacks.
    if (!existsSync(resolve(demoRoot, 'gallery/index.html'))) html = html.replace(/\s*<a href="\.\/gallery\/"[^>]*>[^<]*<\/a>/g, '');
    const marker = /<!-- readme:webmasters[^>]*-->/;
    if (!marker.test(html)) return html;
    const readme = readFileSync(resolve(here, 'README.md'), 'utf8');
    const section = /^## For webmasters[\s\S]*?(?=^## )/m.exec(readme)?.[0] ?? '';
    // The README is the repository's own text: its HTML (the snippets' opt-out comments) may pass.
    // Its ## is the page's h1, its ### the page's h2.
    const rendered = new MarkdownIt({ html: true }).render(section.replace(/^#(#{1,5}) /gm, '$1 '));
    return html.replace(marker, () => rendered);
  },
});

/** The dev server answers the site's generated feeds (`/demo/feeds/*.json`) from memory. */
const siteFeedsInDev = (): Plugin => ({
  name: 'wcit-site-feeds-dev',
  apply: 'serve',
  configureServer(server) {
    let feeds: Map<string, unknown> | undefined;
    server.middlewares.use('/demo/feeds/', (req, res, next) => {
      const name = new URL(req.url ?? '', 'http://site').pathname.slice(1);
      try {
        feeds ??= siteFeeds(defaultFeedJson());
      } catch {
        res.statusCode = 503;
        return res.end('Run npm run build:feed first.');
      }
      if (!feeds.has(name)) return next();
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(feeds.get(name)));
    });
  },
});

/**
 * The static build: every page loads the site's own copy of dist/wcit.js (the
 * file the configurator's integrity is computed from) instead of the sources,
 * and the default feed and the state examples' feeds are written beside it.
 * Nothing comes from elsewhere: no CDN, no fonts, no analytics.
 */
const siteBuild = (): Plugin => {
  const bundle = builtBundle();
  return {
    name: 'wcit-site-build',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        // The pages say /src/index.ts for the dev server; the site ships the bundle.
        const up = posix.relative(posix.dirname(ctx.path), '/') || '.';
        return html.replace(
          /<script type="module" src="\/src\/index\.ts"><\/script>/g,
          `<script type="module" src="${up}/wcit.js" vite-ignore></script>`,
        );
      },
    },
    buildStart() {
      if (!bundle) this.error('dist/wcit.js is missing: npm run build:site runs npm run build first.');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'wcit.js', source: bundle! });
      // Its chunks (the interface languages but English), which it imports from beside itself.
      for (const name of readdirSync(resolve(here, 'dist')).filter(isChunk)) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(resolve(here, 'dist', name)) });
      }
      this.emitFile({ type: 'asset', fileName: 'wcit-2012.json', source: readFileSync(resolve(here, 'dist/wcit-2012.json')) });
      for (const [name, json] of siteFeeds(defaultFeedJson())) {
        this.emitFile({ type: 'asset', fileName: `feeds/${name}`, source: JSON.stringify(json) });
      }
    },
  };
};

const site = (): UserConfig => ({
  root: demoRoot,
  base: './',
  publicDir: false,
  plugins: [siteBuild(), readmeGuide()],
  define: siteDefine('./wcit.js'),
  // Pages (the gallery's) may name files by their path in the repository.
  resolve: { alias: [{ find: /^\/node_modules\//, replacement: `${resolve(here, 'node_modules')}/` }] },
  build: {
    outDir: resolve(here, 'site-dist'),
    emptyOutDir: true,
    target: 'es2021',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(sitePages().map((file) => [relative(demoRoot, file).replace(/\.html$/, ''), file])),
    },
  },
});

const library = (): UserConfig => ({
  server: { open: false },
  define: siteDefine('/src/index.ts'),
  plugins: [
    defaultFeed(),
    scriptDefaultFeed(),
    repackCatalogues(),
    siteFeedsInDev(),
    readmeGuide(),
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
      // Each language but English is a chunk beside wcit.js (src/i18n/packed.ts
      // imports it dynamically, relative to the script's own URL, so a
      // self-hosted copy of the folder works); the hash keeps a cached
      // chunk of another release from meeting this wcit.js.
      output: { minify: true, chunkFileNames: 'wcit-[name]-[hash].js' },
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

export default defineConfig(({ mode }) => (mode === 'site' ? site() : library()));
