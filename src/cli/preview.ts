import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signatoryTotal } from '../feed/read.js';
import type { Feed, SignatoriesDocument } from '../feed/types.js';
import { buildFeed } from './build.js';
import { UsageError, count } from './command.js';
import { parseColumnMap, type ColumnMap } from './csv.js';
import { formatIssue, type SourceIssue } from './issues.js';

/**
 * `wcit-feed preview <dir>`: the campaign as members' sites will show it,
 * before anything is published. The feed is built in memory (nothing is
 * written) and served on localhost with a page holding the three elements,
 * loaded from this package's own dist/wcit.js. A save in <dir> rebuilds, and
 * the page reloads itself (server-sent events); problems are printed in the
 * terminal and at the top of the page, over the last good build.
 */

/** Editors write a file in several steps; wait this long for the last before building. */
const SETTLE_MS = 80;

export interface Build {
  /** The last feed that built, if any: what is served. */
  feed?: Feed;
  list?: SignatoriesDocument;
  /** The problems of the latest build (its warnings, or the errors that kept it from replacing `feed`). */
  issues: SourceIssue[];
  /** Counts builds, so the page and the ETag change with each. */
  number: number;
  at: Date;
}

export interface PreviewServer {
  url: string;
  /** Resolves with the next build (call before changing a file). */
  nextBuild(): Promise<Build>;
  close(): Promise<void>;
}

/** Where dist/wcit.js is: beside dist/cli/ in the package, or in dist/ when run from the sources. */
function bundlePath(): string | undefined {
  return [new URL('../wcit.js', import.meta.url), new URL('../../dist/wcit.js', import.meta.url)].map((url) => fileURLToPath(url)).find((path) => existsSync(path));
}

export interface PreviewOptions {
  /** 0 picks a free port; default 8080. */
  port?: number;
  /** The CSV's own header names (--columns). */
  columns?: ColumnMap;
  /** Where build lines go; default the terminal. */
  log?: (line: string) => void;
}

export async function startPreview(dir: string, options: PreviewOptions = {}): Promise<PreviewServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  let build: Build = { issues: [], number: 0, at: new Date() };
  let waiters: ((build: Build) => void)[] = [];
  const listeners = new Set<ServerResponse>();

  const rebuild = () => {
    const result = buildFeed(dir, { signatoriesUrl: 'signatories.json', ...(options.columns ? { columns: options.columns } : {}) });
    const ok = result.feed !== undefined;
    build = {
      ...(ok ? { feed: result.feed } : build.feed ? { feed: build.feed } : {}),
      ...(ok ? (result.signatoriesDocument ? { list: result.signatoriesDocument } : {}) : build.list ? { list: build.list } : {}),
      issues: result.issues,
      number: build.number + 1,
      at: new Date(),
    };
    const time = build.at.toLocaleTimeString('en-GB');
    for (const issue of result.issues) log(formatIssue(issue));
    if (ok) log(`${time} built: ${count(signatoryTotal(result.feed!), 'signatory', 'signatories')}, ${count(Object.keys(result.feed!.letter).length, 'language')}`);
    else log(`${time} ${count(result.issues.filter((i) => i.severity === 'error').length, 'problem')}: ${build.feed ? 'the page shows the last good build' : 'nothing to show yet'}`);
    for (const listener of listeners) listener.write(`data: ${build.number}\n\n`);
    const waiting = waiters;
    waiters = [];
    for (const resolveBuild of waiting) resolveBuild(build);
  };
  const server = createServer((request, response) => {
    // Only this computer's own names for the server: a page the organiser
    // visits that points its own name at 127.0.0.1 (DNS rebinding) gets nothing.
    const port = (server.address() as AddressInfo).port;
    if (![`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`].includes((request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The preview answers only at http://localhost:${port}/\n`);
      return;
    }
    const url = new URL(request.url ?? '/', 'http://preview');
    const json = (value: unknown) => {
      // As a well-configured host sends it (see check-host), but for no other
      // origin: the draft is not public yet, and the preview page is this origin.
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache',
        ETag: `"${build.number}"`,
      });
      response.end(`${JSON.stringify(value, null, 2)}\n`);
    };
    switch (url.pathname) {
      case '/':
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(page(dir, build, url.searchParams.get('lang')));
        return;
      case '/feed.json':
        if (build.feed) return json(build.feed);
        response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The campaign has problems:\n${build.issues.map(formatIssue).join('\n')}\n`);
        return;
      case '/signatories.json':
        if (build.list) return json(build.list);
        break;
      case '/wcit.js': {
        const path = bundlePath();
        if (!path) break;
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).end(readFileSync(path));
        return;
      }
      case '/favicon.ico':
        response.writeHead(204).end();
        return;
      case '/events':
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
        response.write(': connected\n\n');
        listeners.add(response);
        request.on('close', () => listeners.delete(response));
        return;
      default: {
        // wcit.js's chunks (an interface language each), beside it.
        const path = /^\/wcit-[\w-]+\.js$/.test(url.pathname) && bundlePath();
        if (!path || !existsSync(join(dirname(path), url.pathname))) break;
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).end(readFileSync(join(dirname(path), url.pathname)));
        return;
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', resolveListen);
  });

  // Listening first: a port in use is said before any build is printed.
  rebuild();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });

  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    nextBuild: () => new Promise((resolveBuild) => waiters.push(resolveBuild)),
    close: () => {
      clearTimeout(timer);
      watcher.close();
      for (const listener of listeners) listener.end();
      return new Promise((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

export async function preview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, columns: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('preview takes one campaign folder');
  if (values.port !== undefined && !/^\d+$/.test(values.port)) throw new UsageError(`--port takes a number, not "${values.port}"`);
  const columns = values.columns === undefined ? undefined : parseColumnMap(values.columns);
  if (columns && 'error' in columns) throw new UsageError(columns.error);
  const [dir] = positionals;
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder (start one with: wcit-feed init ${dir})`);
    return 1;
  }
  if (!bundlePath()) console.error('warning: dist/wcit.js is missing (run npm run build): the page will show no elements');
  let server: PreviewServer;
  try {
    server = await startPreview(dir, { port: values.port === undefined ? 8080 : Number(values.port), ...(columns ? { columns: columns.columns } : {}) });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`port ${values.port ?? 8080} is in use: choose another with --port, e.g. --port 8081 (0 picks a free one)`);
      return 1;
    }
    throw error;
  }
  console.log(`Previewing ${resolve(dir)} at ${server.url}\nIt rebuilds when you save a file. Press Ctrl+C to stop.`);
  await new Promise<void>((stop) => process.once('SIGINT', stop));
  await server.close();
  return 0;
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The preview page: problems first, then the elements as a member's page would hold them. */
function page(dir: string, build: Build, lang: string | null): string {
  const { feed } = build;
  const languages = feed ? Object.keys(feed.letter) : [];
  const shown = lang && languages.includes(lang) ? lang : feed?.defaultLanguage;
  const errors = build.issues.filter((issue) => issue.severity === 'error');
  const problems = build.issues.length
    ? `<section class="problems${errors.length ? ' errors' : ''}" role="alert">
  <h2>${errors.length ? `${count(errors.length, 'problem')} to fix` : count(build.issues.length, 'warning')}</h2>
  <ul>${build.issues.map((issue) => `<li>${escape(formatIssue(issue))}</li>`).join('')}</ul>
  ${errors.length ? `<p>${feed ? 'Below is the last build that worked: members would see it until these are fixed.' : 'Nothing to show until these are fixed.'}</p>` : ''}
</section>`
    : '';
  const switcher =
    languages.length > 1
      ? `<p>Language: ${languages.map((l) => (l === shown ? `<strong>${escape(l)}</strong>` : `<a href="/?lang=${encodeURIComponent(l)}">${escape(l)}</a>`)).join(' · ')}</p>`
      : '';
  const elements = feed
    ? `<main lang="${escape(shown ?? 'en')}">
  <h2 class="label">The counter and the sign button</h2>
  <wcit-signatories src="/feed.json" compact></wcit-signatories>
  <wcit-sign-button src="/feed.json"></wcit-sign-button>
  <h2 class="label">The letter</h2>
  <wcit-letter src="/feed.json" heading-level="3"></wcit-letter>
  <h2 class="label">The signatories</h2>
  <wcit-signatories src="/feed.json"></wcit-signatories>
</main>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview${feed ? `: ${escape(feed.letter[shown!]?.title ?? feed.id)}` : ''}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; }
  header { border-bottom: 1px solid #ccc; color: #444; }
  .label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #555; margin-top: 2.5rem; }
  .problems { border: 2px solid #b26b00; background: #fff8e6; padding: 0 1rem; margin: 1rem 0; }
  .problems.errors { border-color: #b3261e; background: #fdecea; }
  .problems li { font-family: ui-monospace, monospace; font-size: 0.9rem; white-space: pre-wrap; }
</style>
<script type="module" src="/wcit.js"></script>
</head>
<body>
<header>
  <h1>Preview of ${escape(resolve(dir))}</h1>
  <p>Build ${build.number}, ${escape(build.at.toLocaleTimeString('en-GB'))}. The feed is at <a href="/feed.json">/feed.json</a>. This page reloads when you save a file in the folder.</p>
  ${switcher}
</header>
${problems}
${elements}
<script type="module">new EventSource('/events').onmessage = () => location.reload();</script>
</body>
</html>
`;
}
