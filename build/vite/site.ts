import { readFileSync, readdirSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { siteFeeds } from '../../demo/site-feeds.mjs';
import { builtBundle, defaultFeedJson, demoRoot, fromRoot, integrity, isChunk, version } from './paths.js';

/** Every page of the site: the HTML files under demo/, the gallery's included. */
export function sitePages(dir = demoRoot): string[] {
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
export const siteDefine = (script: string, bundle = builtBundle()) => ({
  __WCIT_VERSION__: JSON.stringify(version),
  __WCIT_INTEGRITY__: JSON.stringify(bundle ? integrity(bundle) : ''),
  __SITE_SCRIPT__: JSON.stringify(script),
});

/** The dev server answers the site's generated feeds (`/demo/feeds/*.json`) from memory. */
export const siteFeedsInDev = (): Plugin => ({
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
export const siteBuild = (): Plugin => {
  const bundle = builtBundle();
  return {
    name: 'wcit-site-build',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        // The pages say /src/index.ts for the dev server; the site ships the bundle.
        const up = posix.relative(posix.dirname(ctx.path), '/') || '.';
        return html.replace(/<script type="module" src="\/src\/index\.ts"><\/script>/g, `<script type="module" src="${up}/wcit.js" vite-ignore></script>`);
      },
    },
    buildStart() {
      if (!bundle) this.error('dist/wcit.js is missing: npm run build:site runs npm run build first.');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'wcit.js', source: bundle! });
      // Its chunks (the interface languages but English), which it imports from beside itself.
      for (const name of readdirSync(fromRoot('dist')).filter(isChunk)) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(fromRoot('dist', name)) });
      }
      this.emitFile({ type: 'asset', fileName: 'wcit-2012.json', source: readFileSync(fromRoot('dist/wcit-2012.json')) });
      for (const [name, json] of siteFeeds(defaultFeedJson())) {
        this.emitFile({ type: 'asset', fileName: `feeds/${name}`, source: JSON.stringify(json) });
      }
    },
  };
};
