import { existsSync, readFileSync, readdirSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';
import { fromRoot } from './paths.js';

/**
 * The guides as pages of the site: README.md is `readme.html`, each
 * docs/<name>.md is `docs/<name>.html` (one text, read on GitHub, npm and
 * the site alike). A link from one Markdown file to another becomes a link
 * to its page; links to anything else in the repository are left as written.
 */

// The repository's own text: its HTML (the snippets' opt-out comments) may pass.
const markdown = () => new MarkdownIt({ html: true });

/** The site's page for a Markdown file of the repository, or undefined when it has none. */
function pageOf(file: string): string | undefined {
  if (/^readme\.md$/i.test(file)) return 'readme.html';
  return /^docs\/[\w.-]+\.md$/.test(file) ? file.replace(/\.md$/, '.html') : undefined;
}

/** The pages: site path → Markdown file in the repository. */
export function docPages(): Map<string, string> {
  const docs = existsSync(fromRoot('docs')) ? readdirSync(fromRoot('docs')).filter((f) => f.endsWith('.md')) : [];
  return new Map(['README.md', ...docs.map((f) => `docs/${f}`)].map((file) => [pageOf(file)!, file]));
}

/** Where the repository's files are read when the site has no page for them. */
const REPOSITORY = 'https://github.com/wcit-embed/wcit-embed/blob/main/';

/**
 * `href` (as written in `from`, a repository path) for the site page `at`: a
 * Markdown file with a page links to that page, any other file of the
 * repository to the repository, anything else is left as written.
 */
export function pageHref(href: string, from: string, at = pageOf(from)!): string {
  if (/^([a-z][\w+.-]*:|#|\/)/i.test(href)) return href;
  const [, path = '', hash = ''] = /^([^#?]*)(.*)$/.exec(href)!;
  const target = new URL(path, `file:///${from}`).pathname.slice(1);
  const page = /\.md$/i.test(target) ? pageOf(target) : undefined;
  if (!page) return `${REPOSITORY}${target}${hash}`;
  const up = '../'.repeat(at.split('/').length - 1);
  return `${up}${page}${hash}`;
}

/** The repository's pictures the pages show (repository paths, which are also their paths on the site). */
const IMAGES = new Set<string>();
const IMAGE_FILE = /^[\w./-]+\.(png|jpe?g|webp|svg)$/;

/** Markdown-it that points the repository's links at the site, for the page `at`. */
function linkedMarkdown(file: string, at = pageOf(file)!): ReturnType<typeof markdown> {
  const md = markdown();
  // A picture of the repository (the README's screenshot) is a file of the site, at the same path.
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, i, options, env, self) => {
    const src = String(tokens[i]!.attrGet('src') ?? '');
    if (src && !/^([a-z][\w+.-]*:|\/)/i.test(src)) {
      const target = new URL(src, `file:///${file}`).pathname.slice(1);
      IMAGES.add(target);
      tokens[i]!.attrSet('src', '../'.repeat(at.split('/').length - 1) + target);
    }
    return image(tokens, i, options, env, self);
  };
  // A code block wider than the page scrolls: keyboard users must be able to reach it (axe's scrollable-region-focusable).
  for (const rule of ['fence', 'code_block'] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (...args) => render(...args).replace(/^<pre>/, '<pre tabindex="0">');
  }
  const link = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i]!.attrGet('href');
    if (href) tokens[i]!.attrSet('href', pageHref(String(href), file, at));
    return link ? link(tokens, i, options, env, self) : self.renderToken(tokens, i, options);
  };
  return md;
}

/** A Markdown file of the repository as a whole HTML page of the site. */
export function renderDoc(file: string): string {
  const md = linkedMarkdown(file);
  const text = readFileSync(fromRoot(file), 'utf8');
  const title = /^# (.+)$/m.exec(text)?.[1] ?? file;
  const up = '../'.repeat(pageOf(file)!.split('/').length - 1);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${md.utils.escapeHtml(title)} · wcit-embed</title>
<link rel="stylesheet" href="${up}docs.css">
</head>
<body>
<header><nav><a href="${up}index.html">Demo</a> <a href="${up}readme.html">README</a></nav></header>
<main>
${md.render(text)}
</main>
</body>
</html>
`;
}

const DOCS_CSS = `body{font:1rem/1.55 system-ui,sans-serif;max-width:50rem;margin:0 auto;padding:1rem}
pre{overflow:auto;padding:.75rem;background:#f4f4f4}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}pre{background:#222}a{color:#8cf}}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem}nav a{margin-inline-end:1rem}img{max-width:100%}`;

/** The webmasters' guide (docs/webmasters.md) for the install page, a page at the site's root. */
function webmastersGuide(): string {
  const file = 'docs/webmasters.md';
  if (!existsSync(fromRoot(file))) return '';
  return linkedMarkdown(file, 'install.html').render(readFileSync(fromRoot(file), 'utf8'));
}

/**
 * The guides in the dev server (under /demo/) and, with `emit`, the site's build; the
 * install page (demo/install.html) holds the webmasters' guide, and the
 * navigation links only to pages the site has.
 */
export const docsPages = ({ emit = false } = {}): Plugin => ({
  name: 'wcit-docs-pages',
  configureServer(server) {
    server.middlewares.use('/demo/', (req, res, next) => {
      const path = new URL(req.url ?? '', 'http://site').pathname.slice(1);
      if (IMAGES.has(path) && IMAGE_FILE.test(path) && existsSync(fromRoot(path))) {
        const type = path.endsWith('.svg') ? 'image/svg+xml' : `image/${path.split('.').pop()!.replace('jpg', 'jpeg')}`;
        return void res.setHeader('Content-Type', type).end(readFileSync(fromRoot(path)));
      }
      const file = path == 'docs.css' ? '' : docPages().get(path);
      if (file == undefined) return next();
      res.setHeader('Content-Type', file ? 'text/html; charset=utf-8' : 'text/css');
      res.end(file ? renderDoc(file) : DOCS_CSS);
    });
  },
  generateBundle() {
    if (!emit) return;
    this.emitFile({ type: 'asset', fileName: 'docs.css', source: DOCS_CSS });
    for (const [page, file] of docPages()) this.emitFile({ type: 'asset', fileName: page, source: renderDoc(file) });
    for (const image of IMAGES) if (IMAGE_FILE.test(image) && existsSync(fromRoot(image))) this.emitFile({ type: 'asset', fileName: image, source: readFileSync(fromRoot(image)) });
  },
  transformIndexHtml(html) {
    // The gallery (demo/gallery/) may not be there: no link to a page the site lacks.
    if (!existsSync(fromRoot('demo/gallery/index.html'))) html = html.replace(/\s*<a href="\.\/gallery\/"[^>]*>[^<]*<\/a>/g, '');
    const marker = /<!-- readme:webmasters[^>]*-->/;
    return marker.test(html) ? html.replace(marker, () => webmastersGuide()) : html;
  },
});
