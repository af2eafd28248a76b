// Every snippet of the README and of the guides in docs/*.md that is HTML or
// code is run or checked here (Node) or in test/site/readme-snippets.test.ts
// (browsers): an example that no longer works fails the build. Node's part: shell commands name scripts,
// binaries and files that exist (and the read-only ones run); CSS names parts
// and custom properties the elements have; JavaScript and TypeScript
// type-check against the package's own types; JSON parses (a feed validates);
// pinned CDN URLs name this version.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { validateFeed } from '../../src/feed/read.js';
import { OUTPUT_LANGUAGES, readmeSnippets, type Snippet } from '../server/readme-snippets.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  bin?: string | Record<string, string>;
};
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[] }[];
};
const snippets = readmeSnippets();
const where = (s: Snippet) => `${s.file}:${s.line} (${s.lang || 'no language'})`;

const SHELL = new Set(['sh', 'bash', 'shell']);
const CSS = new Set(['css']);
const SCRIPT = new Set(['js', 'mjs', 'javascript', 'ts', 'typescript']);
const HTML = new Set(['html']);
const JSON_LANGS = new Set(['json']);
const run = snippets.filter((s) => !s.skip && !s.runBy && !OUTPUT_LANGUAGES.has(s.lang));
const of = (langs: Set<string>) => run.filter((s) => langs.has(s.lang));

/** The lines that matter in a config file or snippet: no blank lines, no comments, no indentation. */
const meaningful = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .join('\n');

/** The files under examples/ (hosting recipes and the like, which their own tests run), by path. */
function shippedExamples(dir = resolve(ROOT, 'examples')): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return [relative(ROOT, file), meaningful(readFileSync(file, 'utf8'))] as const;
      }),
  );
}

describe('README and guide snippets', () => {
  it('come from the README and the guides', () => {
    assert.ok(snippets.some((s) => s.file == 'README.md'), 'README.md has snippets');
    assert.ok(snippets.some((s) => s.file.startsWith('docs/')), 'docs/*.md have snippets');
  });

  it('every snippet is of a kind a test runs, or says why it cannot run', () => {
    const known = [SHELL, CSS, SCRIPT, HTML, JSON_LANGS];
    // A server's config (nginx, Apache…) is checked where a test runs the example file it shows.
    const examples = [...shippedExamples().values()];
    const shown = (s: Snippet) => examples.some((file) => file.includes(meaningful(s.code)));
    const unrunnable = run.filter((s) => !known.some((set) => set.has(s.lang)) && !shown(s)).map(where);
    assert.deepEqual(unrunnable, [], 'add a runner here, or <!-- readme-snippet: not run: REASON --> before the fence');
    for (const s of snippets.filter((x) => x.skip)) assert.ok(s.skip!.length > 10, `${where(s)}: the opt-out must say why`);
  });

  it('every element in every snippet holds a fallback link (read, see who signed, sign), so nothing is blank when the script or the feed fails', () => {
    let elements = 0;
    for (const s of snippets.filter((x) => !OUTPUT_LANGUAGES.has(x.lang))) {
      // Code comments may name the tags (`// defines <wcit-letter>`): they are not markup.
      const code = s.code.replace(/(^|\s)\/\/.*$/gm, '$1');
      for (const [element, tag, inside] of code.matchAll(/<(wcit-(?:letter|signatories|sign-button))\b[^>]*>([\s\S]*?)<\/\1>/g)) {
        elements++;
        assert.match(inside!, /<a\b[^>]*\bhref="https?:\/\/[^"]+"[^>]*>[^<]+<\/a>/, `${where(s)}: <${tag}> has no fallback link: ${element.slice(0, 120)}`);
      }
      // An element written without its closing tag would escape the check above.
      const opened = [...code.matchAll(/<wcit-(?:letter|signatories|sign-button)\b/g)].length;
      const closed = [...code.matchAll(/<\/wcit-(?:letter|signatories|sign-button)>/g)].length;
      assert.equal(opened, closed, `${where(s)}: an element is not closed`);
    }
    assert.ok(elements > 10, `only ${elements} elements found in the snippets`);
  });

  it('snippets run by another suite name one that exists', () => {
    for (const s of snippets.filter((x) => x.runBy)) assert.ok(existsSync(resolve(ROOT, s.runBy!)), `${where(s)}: no ${s.runBy}`);
  });

  it('the opt-outs stay few', () => {
    assert.ok(snippets.filter((s) => s.skip).length <= 6, 'more than six snippets are not run');
  });

  it('pinned CDN URLs name this package at its version', () => {
    for (const s of snippets) {
      for (const [, name, version] of s.code.matchAll(/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/([\w@/-]+?)@([^/\s"']+)\//g)) {
        assert.equal(`${name}@${version}`, `${pkg.name}@${pkg.version}`, `${where(s)} pins ${name}@${version}`);
      }
    }
  });
});

describe('shell snippets', () => {
  const bins = (() => {
    const own = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
    return new Set(Object.keys(own));
  })();

  /** Each simple command of a snippet, as words, with comments and environment assignments removed. */
  const commands = (code: string) =>
    code
      .split('\n')
      .map((line) => line.replace(/(^|\s)#.*$/, ''))
      .flatMap((line) => line.split(/&&|\|\||[;|]/))
      .map((c) => c.trim().split(/\s+/).filter((w, i, all) => !(/^[A-Z_]+=/.test(w) && all.slice(0, i).every((x) => /^[A-Z_]+=/.test(x)))))
      .filter((words) => words.length > 0 && words[0] !== '');

  for (const s of of(SHELL)) {
    it(`${where(s)} is valid shell whose commands exist`, () => {
      const syntax = spawnSync('bash', ['-n'], { input: s.code, encoding: 'utf8' });
      assert.equal(syntax.status, 0, syntax.stderr);
      for (const [cmd, ...args] of commands(s.code)) {
        const found = spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
        assert.equal(found.status, 0, `${where(s)}: no command ${cmd} on this machine`);
        if (cmd === 'npm' && (args[0] === 'run' || args[0] === 'run-script')) {
          assert.ok(pkg.scripts[args[1]], `${where(s)}: package.json has no script ${args[1]}`);
        }
        if (cmd === 'npm' && ['start', 'test'].includes(args[0])) assert.ok(pkg.scripts[args[0]], `${where(s)}: no npm ${args[0]} script`);
        if (cmd === 'npm' && ['install', 'i'].includes(args[0])) {
          for (const spec of args.slice(1).filter((a) => !a.startsWith('-'))) {
            if (spec.startsWith(pkg.name)) assert.match(spec, new RegExp(`^${pkg.name}(@${pkg.version.replace(/\./g, '\\.')})?$`), `${where(s)}: ${spec}`);
          }
        }
        if (cmd === 'npx') {
          const [tool, file] = args.filter((a) => !a.startsWith('-'));
          const local = existsSync(resolve(ROOT, 'node_modules/.bin', tool)) || bins.has(tool);
          assert.ok(local, `${where(s)}: npx ${tool} is neither this package's bin nor installed here (npx would fetch a stranger's package)`);
          if (tool === 'tsx') assert.ok(existsSync(resolve(ROOT, file)), `${where(s)}: ${file} does not exist`);
        }
      }
    });
  }

  it('the integrity command gives the integrity of the built wcit.js', (t) => {
    const bundle = resolve(ROOT, 'dist/wcit.js');
    const command = of(SHELL).find((s) => /openssl dgst -sha384/.test(s.code));
    if (!existsSync(bundle)) return t.skip('no dist/wcit.js: run npm run build');
    assert.ok(command, 'the README or a guide shows how to compute the integrity');
    const out = execFileSync('bash', ['-c', command.code.replace(/#.*$/gm, '')], { cwd: ROOT, encoding: 'utf8' }).trim();
    assert.equal(`sha384-${out}`, `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`);
  });
});

describe('CSS snippets', () => {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const parts = new Map(elements.map((d) => [d.tagName!, new Set((d.cssParts ?? []).map((p) => p.name))]));
  const properties = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));

  for (const s of of(CSS)) {
    it(`${where(s)} names parts and custom properties the elements have`, () => {
      for (const [, tag, part] of s.code.matchAll(/(wcit-[\w-]+)::part\(([\w-]+)\)/g)) {
        assert.ok(parts.get(tag)?.has(part), `${where(s)}: <${tag}> has no part "${part}"`);
      }
      for (const [property] of s.code.matchAll(/--wcit-[\w-]+(?=\s*:)/g)) {
        assert.ok(properties.has(property), `${where(s)}: no element reads ${property}`);
      }
    });
  }
});

describe('JavaScript and TypeScript snippets', () => {
  const scripts = of(SCRIPT);
  /** Type errors of `list`, each snippet a module in the repository's root (so `wcit-embed` resolves to this package by its exports). */
  function typeErrors(list: Snippet[], strict: boolean): string[] {
    const files = new Map(list.map((s) => [resolve(ROOT, `snippet-${s.file.replace(/\W/g, '-')}-${s.line}.${/^t/.test(s.lang) ? 'ts' : 'mjs'}`), s]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      // TypeScript snippets as strict as the project; JavaScript ones as webmasters write them (no annotations).
      strict,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile } = host;
    host.fileExists = (f) => files.has(f) || fileExists(f);
    host.readFile = (f) => files.get(f)?.code ?? readFile(f);
    const program = ts.createProgram([...files.keys()], options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const s = d.file && files.get(d.file.fileName);
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `${s ? `${s.file}:${s.line + 1 + line}` : (d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  }

  it('type-check against the package as published (its name, exports and types)', (t) => {
    if (!existsSync(resolve(ROOT, 'dist/index.d.ts'))) return t.skip('no dist/ types: run npm run build');
    assert.deepEqual(typeErrors(scripts.filter((s) => /^t/.test(s.lang)), true), []);
    assert.deepEqual(typeErrors(scripts.filter((s) => !/^t/.test(s.lang)), false), []);
  });

  for (const s of scripts.filter((x) => /addPassthroughCopy|addShortcode/.test(x.code))) {
    it(`${where(s)}, the Eleventy config, copies files the package has and writes the elements`, async () => {
      const copies: Record<string, string>[] = [];
      const shortcodes = new Map<string, (...args: string[]) => string>();
      const config = {
        addPassthroughCopy: (map: Record<string, string>) => copies.push(map),
        addShortcode: (name: string, fn: (...args: string[]) => string) => shortcodes.set(name, fn),
      };
      const module = (await import(`data:text/javascript,${encodeURIComponent(s.code)}`)) as { default: (c: typeof config) => void };
      module.default(config);
      for (const [from] of copies.flatMap((m) => Object.entries(m))) {
        const inPackage = from.replace(`node_modules/${pkg.name}/`, '');
        // A glob (`dist/wcit-*-*.js`, the chunks) must match a file of the package.
        const glob = new RegExp(`^${basename(inPackage).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        const found = inPackage.includes('*') ? readdirSync(resolve(ROOT, dirname(inPackage))).some((name) => glob.test(name)) : existsSync(resolve(ROOT, inPackage));
        assert.ok(found, `${from}: the package has no ${inPackage}`);
      }
      assert.ok(shortcodes.size > 0);
      for (const fn of shortcodes.values()) assert.match(fn('https://campaign.example/feed.json'), /<wcit-letter src="https:\/\/campaign\.example\/feed\.json">/);
    });
  }
});

describe('JSON snippets', () => {
  for (const s of of(JSON_LANGS)) {
    it(`${where(s)} is valid JSON (and a valid feed, if it is one)`, () => {
      const value = JSON.parse(s.code) as Record<string, unknown>;
      if (value && typeof value === 'object' && 'letter' in value && 'version' in value) assert.deepEqual(validateFeed(value), []);
    });
  }
});
