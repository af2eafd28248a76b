// The code snippets of the README, CONTRIBUTING.md and the guides in docs/*.md, for the
// tests that run them (test/site/readme-snippets.node.test.ts in Node,
// test/site/readme-snippets.test.ts and test/site/fallbacks.test.ts in the
// browsers): every fenced block that is HTML or code is run, so an example
// that no longer works fails the build.
//
// A snippet that cannot run here (a Hugo template) says so in an HTML comment
// on the line before its fence, with the reason:
//   <!-- readme-snippet: not run: a Hugo template (needs Hugo to render) -->
// and one that another suite runs (a framework recipe in a fixture app) names
// it; the test checks that the path exists:
//   <!-- readme-snippet: run by test/consumers/fixtures/react -->
// Fences with no language, or `text` / `console` / `plain`, are output, not code.
import MarkdownIt from 'markdown-it';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const OPT_OUT = /<!--\s*readme-snippet:\s*not run:\s*(.+?)\s*-->\s*$/;
const RUN_BY = /<!--\s*readme-snippet:\s*run by\s+(\S+?)\s*-->\s*$/;
export const OUTPUT_LANGUAGES = new Set(['', 'text', 'console', 'plain', 'output']);

/**
 * @typedef {{ file: string, lang: string, code: string, line: number, skip?: string, runBy?: string }} Snippet
 * `file` is the document's path from the repository's root (`README.md`,
 * `docs/webmasters.md`); `line` the fence's line in it (1-based); `skip` the
 * opt-out's reason; `runBy` the path of the suite or fixture that runs it instead.
 */

/** The documents whose snippets are tested: the README, CONTRIBUTING.md, then every Markdown file of docs/, by name. */
export function documents() {
  const docs = existsSync(resolve(root, 'docs'))
    ? readdirSync(resolve(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)
    : [];
  return ['README.md', 'CONTRIBUTING.md', ...docs].filter((file) => existsSync(resolve(root, file)));
}

/** @returns {Snippet[]} every fenced block of `markdown`, in order (`file` names it in messages). */
export function extractSnippets(markdown, file = 'README.md') {
  const lines = markdown.split('\n');
  return new MarkdownIt()
    .parse(markdown, {})
    .filter((token) => token.type === 'fence' && token.map)
    .map((token) => {
      const line = token.map[0];
      const before = lines.slice(0, line).reverse().find((l) => l.trim() !== '') ?? '';
      const skip = OPT_OUT.exec(before)?.[1];
      const runBy = RUN_BY.exec(before)?.[1];
      return {
        file,
        lang: token.info.trim().split(/\s+/)[0].toLowerCase(),
        code: token.content,
        line: line + 1,
        ...(skip ? { skip } : {}),
        ...(runBy ? { runBy } : {}),
      };
    });
}

/** @returns {Snippet[]} the snippets of the README and of every guide in docs/. */
export const readmeSnippets = () => documents().flatMap((file) => extractSnippets(readFileSync(resolve(root, file), 'utf8'), file));

/**
 * Koa middleware for the browser tests: GET /__readme-snippets.json → the
 * snippets of the README and the guides; GET /__readme-troubleshooting.json →
 * the webmasters' guide's troubleshooting messages.
 */
export async function readmeSnippetsMiddleware(ctx, next) {
  const path = new URL(ctx.url, 'http://localhost').pathname;
  if (path === '/__readme-snippets.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readmeSnippets());
  } else if (path === '/__readme-troubleshooting.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(troubleshootingMessages());
  } else {
    return next();
  }
}

/**
 * The messages of the troubleshooting table in docs/webmasters.md (its first
 * column), as written: URL, PATH and … stand for the parts that vary.
 * @returns {string[]}
 */
export function troubleshootingMessages(markdown = readFileSync(resolve(root, 'docs/webmasters.md'), 'utf8')) {
  const section = markdown.split(/^#{2,3} Troubleshooting$/m)[1]?.split(/^#{1,3} /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
}
