// Vite, three ways: `npm start` (the dev server: demo, docs, sources), `vite
// build` (dist/wcit.js, the script-tag bundle) and `vite build --mode site`
// (site-dist/, the demo site). Each plugin is a module of build/vite/.
import { relative } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultFeedModule, scriptDefaultFeed } from './build/vite/default-feed.js';
import { devServer } from './build/vite/dev-server.js';
import { docsPages } from './build/vite/docs-pages.js';
import { shortMessageKeys } from './build/vite/message-keys.js';
import { demoRoot, fromRoot } from './build/vite/paths.js';
import { repackCatalogues } from './build/vite/repack-catalogues.js';
import { siteBuild, siteDefine, siteFeedsInDev, sitePages } from './build/vite/site.js';
import { terserPass } from './build/vite/terser-pass.js';

/** The demo site: demo/ as a static site (`npm run build:site` → site-dist/). */
const site = (): UserConfig => ({
  root: demoRoot,
  base: './',
  publicDir: false,
  plugins: [siteBuild(), docsPages({ emit: true })],
  define: siteDefine('./wcit.js'),
  // Pages (the gallery's) may name files by their path in the repository.
  resolve: { alias: [{ find: /^\/node_modules\//, replacement: `${fromRoot('node_modules')}/` }] },
  build: {
    outDir: fromRoot('site-dist'),
    emptyOutDir: true,
    target: 'es2021',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(sitePages().map((file) => [relative(demoRoot, file).replace(/\.html$/, ''), file])),
    },
  },
});

/** The dev server and the script-tag bundle. */
const library = (): UserConfig => ({
  server: { open: false },
  // The pages a person opens; not test/consumers/fixtures, apps of their own
  // whose frameworks (React, Vue, Angular) this repository does not install.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  define: siteDefine('/src/index.ts'),
  plugins: [
    devServer(),
    defaultFeedModule(),
    scriptDefaultFeed(),
    repackCatalogues(),
    siteFeedsInDev(),
    docsPages(),
    // msg() keys as short indexes, checked against the catalogues (on the source, so errors name its lines).
    { ...shortMessageKeys(), apply: 'build' },
    // Whitespace and comments inside Lit's html`` and css`` templates are
    // bytes every visitor pays for; the build strips them.
    { ...minifyHTML(), apply: 'build' },
  ],
  build: {
    // dist/ also holds the unbundled npm modules, the feed and the schema.
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'wcit.js' },
    // Library mode keeps whitespace in ES output so that downstream bundlers
    // can tree-shake it; wcit.js is the end product for a script tag, so
    // minify it fully.
    rolldownOptions: {
      // Each language but English is a chunk beside wcit.js (src/i18n/packed.ts
      // imports it dynamically, relative to the script's own URL, so a
      // self-hosted copy of the folder works); the hash keeps a cached
      // chunk of another release from meeting this wcit.js.
      // So is the full list of <wcit-signatories> (wcit-signatories-list.ts,
      // asked for by an element that shows one, in parallel with the feed).
      output: { minify: true, chunkFileNames: ({ name }) => `${name.startsWith('wcit-') ? '' : 'wcit-'}[name]-[hash].js` },
      plugins: [terserPass()],
    },
  },
});

export default defineConfig(({ mode }) => (mode === 'site' ? site() : library()));
