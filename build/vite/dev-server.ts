import type { Plugin } from 'vite';
import { generateSignatories, generatedFeed, sendDefaultFeed } from '../generated-feed.mjs';

/** How much a generated campaign may hold, so a typo in a URL cannot exhaust the dev server. */
const MAX = 200_000;

const count = (url: string | undefined, name: string, fallback: number) =>
  Math.min(Number(new URL(url ?? '', 'http://demo').searchParams.get(name)) || fallback, MAX);

/**
 * `npm start`: the demo is the front page; generated campaigns for the
 * large-list demo (/demo/generated-feed.json?n=…&inline=…); the default feed
 * beside src/default-feed.ts, as `npm run build:feed` wrote it.
 */
export const devServer = (): Plugin => ({
  name: 'wcit-dev-server',
  apply: 'serve',
  configureServer(server) {
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
    server.middlewares.use('/demo/generated-feed.json', (req, res) => {
      const n = count(req.url, 'n', 1000);
      const inline = Math.min(count(req.url, 'inline', n), n);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(generatedFeed({ n, inline, goal: n * 2, listUrl: inline < n ? `generated-list.json?n=${n}` : undefined })));
    });
    server.middlewares.use('/demo/generated-list.json', (req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ version: 1, signatories: generateSignatories(count(req.url, 'n', 1000)) }));
    });
    server.middlewares.use('/src/wcit-2012.json', (_req, res) => void sendDefaultFeed(res));
  },
});
