// `npm run test:consumers` (and part of `npm test` through test/run.mjs): the
// package as developers get it. Packs the repository (after `npm run build`),
// installs the tarball into this folder's one shared set of fixture
// dependencies (package.json + lock here: React, Vue, Svelte, Angular, Vite,
// webpack, Rollup, esbuild and their checkers), then:
//   - lints the package (publint, @arethetypeswrong/cli);
//   - type-checks each fixture strictly (skipLibCheck false, Vue's
//     strictTemplates, Angular's ngc with strictTemplates) and checks that
//     `variant="bogus"` is a type error in React, Vue and Svelte (in Angular,
//     in a field typed from the package: its templates leave element
//     properties unchecked);
//   - runs two manifest consumers on the shipped custom-elements.json (the
//     JSX type generator, whose output must type-check, and the VS Code
//     custom-data generator, which must offer the literal values);
//   - builds each app (plain HTML, Vite vanilla TS in dev and build, React 19,
//     Vue 3, Svelte 5, Angular (ngc AOT, zoneless), webpack 5, Rollup,
//     esbuild, a class defined under another tag) and opens it in headless Chromium: every element reaches
//     `ready` with no `src` (the default feed) and with one, the framework's
//     own binding receives `wcit-load` and cancels `wcit-sign-click`, and the
//     attribution reaches the link's URL.
// The last line is `consumers: N passed, N failed`; a step that throws counts
// as a failure, and a run that checked nothing fails.
/* global document, window, location, customElements -- inside the browser's evaluate() */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fixtures = join(here, 'fixtures');
const out = join(here, 'dist');
const bin = (name) => join(here, 'node_modules', '.bin', name);
const started = Date.now();
const results = []; // [name, ok, note]

function check(name, ok, note = '') {
  results.push([name, ok, note]);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${note ? ` (${note})` : ''}`);
}

async function step(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    check(name, true, [note, `${((Date.now() - t) / 1000).toFixed(1)} s`].filter(Boolean).join('; '));
  } catch (error) {
    check(name, false, String(error?.message ?? error).trim().split('\n').slice(0, 25).join('\n       '));
  }
}

/** Runs a command in `cwd`; throws with its output when it fails (or, with `expectFailure`, when it passes). */
function run(cmd, args, { cwd = here, expectFailure = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error) throw r.error;
  if (expectFailure ? r.status === 0 : r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} ${expectFailure ? 'passed but must fail' : `exited ${r.status}`}:\n${output}`);
  }
  return output;
}

// ---------------------------------------------------------------- install

const lockHash = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
const stamp = join(here, 'node_modules', '.wcit-lock-sha256');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  console.log('consumers: installing the fixtures\' dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}
if (!existsSync(join(root, 'dist', 'wcit.js')) || !existsSync(join(root, 'dist', 'wcit-2012.js'))) {
  throw new Error('consumers: run `npm run build` first (npm test does).');
}
const packDir = mkdtempSync(join(tmpdir(), 'wcit-pack-'));
let tarball;
await step('npm pack', () => {
  // --ignore-scripts: `prepack` would build again; npm test has just built.
  const [info] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root }));
  tarball = join(packDir, info.filename);
  const files = info.files.map((f) => f.path);
  const must = ['dist/index.js', 'dist/wcit.js', 'dist/wcit-2012.js', 'dist/wcit-2012.json', 'dist/elements/wcit-letter.js', 'custom-elements.json', 'types/react.d.ts', 'types/vue.d.ts', 'types/svelte.d.ts', 'types/jsx.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'dist/i18n/runtime.js'];
  const missing = must.filter((f) => !files.includes(f));
  // The npm modules' i18n is the runtime, the packed catalogues and their types; the keyed catalogues and their packer are for the repository.
  const dead = files.filter((f) => /^src\/|^dist\/i18n\/(?!packed|types|en\.|runtime\.)|^dist\/default-feed-script/.test(f));
  if (missing.length || dead.length) throw new Error(`missing: ${missing.join(', ') || 'none'}; should not ship: ${dead.join(', ') || 'none'}`);
  for (const map of files.filter((f) => f.endsWith('.js.map') && f.startsWith('dist/'))) {
    const json = JSON.parse(execFileSync('tar', ['-xzOf', tarball, `package/${map}`], { encoding: 'utf8' }));
    if (!json.sourcesContent?.every((s) => typeof s === 'string')) throw new Error(`${map} points at sources it does not carry`);
  }
  return `${files.length} files, ${(info.size / 1024).toFixed(0)} KiB`;
});
await step('install the tarball', () => {
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
});
const pkg = join(here, 'node_modules', 'wcit-embed');

// ---------------------------------------------------------------- package lint

await step('publint: no packaging error or warning', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages } = await publint({ pkgDir: pkg, level: 'warning', pack: false });
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  if (messages.length) throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, manifest)}`).join('\n'));
});
await step('@arethetypeswrong/cli: types resolve for every entry', () => {
  // ESM only (no `require`): the esm-only profile leaves out CommonJS resolution.
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
});

// ---------------------------------------------------------------- types

// A real manifest consumer: @wc-toolkit/jsx-types run on the shipped
// custom-elements.json as a third party would (every type from the main
// entry); its output is type-checked below with the TypeScript fixtures.
await step('manifest consumer: @wc-toolkit/jsx-types generates from the shipped manifest', async () => {
  const dir = join(out, 'jsx-types');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const { jsxTypesPlugin } = await import('@wc-toolkit/jsx-types');
  jsxTypesPlugin({ outdir: dir, fileName: 'wcit-jsx.d.ts', globalTypePath: 'wcit-embed', hideLogs: true }).packageLinkPhase({ customElementsManifest: manifest });
  writeFileSync(
    join(dir, 'use.ts'),
    `import type { CustomElements } from './wcit-jsx.js';
type Button = CustomElements['wcit-sign-button'];
export const ok: Button = { variant: 'outline', size: 'large', attribution: 'x', 'onwcit-sign-click': (e) => e.detail.url.length };
// @ts-expect-error: not a variant
export const bogus: Button = { variant: 'bogus' };
export const load: CustomElements['wcit-letter']['onwcit-load'] = (e) => e.detail.feed.letter;
`,
  );
  const options = { strict: true, skipLibCheck: false, noEmit: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['*.ts'] }));
});

// The checkers run side by side. Each wrong `variant="bogus"` carries an
// expect-error directive, so a checker that accepted it would fail on the
// unused directive; --listFiles proves those files were in the program.
function runAsync(cmd, args) {
  return new Promise((ok, ko) => {
    const child = spawn(cmd, args, { cwd: here, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', ko);
    child.on('close', (status) => (status === 0 ? ok(output) : ko(new Error(`${cmd} ${args.join(' ')} exited ${status}:\n${output}`))));
  });
}
const listed = (output, files) => {
  const missing = files.filter((f) => !output.includes(join(fixtures, f)) && !output.includes(join(out, f)));
  if (missing.length) throw new Error(`not checked: ${missing.join(', ')}`);
};
const checks = {
  'types: tsc (strict, libraries checked): vanilla TS, React 19; variant="bogus" rejected in React': () =>
    runAsync(bin('tsc'), ['-p', fixtures, '--listFiles']).then((o) => listed(o, ['vanilla/main.ts', 'react/main.tsx', 'negative/react/bogus.tsx'])),
  // A program of its own: the generator's global JSX clashes with @types/react's (see custom-elements-manifest.config.mjs).
  'types: tsc: the JSX types generated from the shipped manifest; variant="bogus" rejected': () =>
    runAsync(bin('tsc'), ['-p', join(out, 'jsx-types'), '--listFiles']).then((o) => listed(o, ['jsx-types/wcit-jsx.d.ts', 'jsx-types/use.ts'])),
  'types: vue-tsc (strictTemplates): Vue 3; variant="bogus" rejected': () =>
    runAsync(bin('vue-tsc'), ['-p', join(fixtures, 'vue'), '--listFiles']).then((o) => listed(o, ['vue/App.vue', 'vue/Bogus.vue'])),
  'types: svelte-check: Svelte 5; variant="bogus" rejected': () =>
    runAsync(bin('svelte-check'), ['--workspace', join(fixtures, 'svelte'), '--tsconfig', join(fixtures, 'svelte', 'tsconfig.json'), '--fail-on-warnings', '--output', 'machine']).then((o) => {
      // App.svelte, main.ts, bogus.ts
      if (!/COMPLETED ([3-9]|\d\d+) FILES 0 ERRORS 0 WARNINGS/.test(o)) throw new Error(`expected App.svelte, main.ts and bogus.ts checked:\n${o}`);
    }),
};
// Angular: ngc compiles the fixture ahead of time (into dist/angular-ngc,
// bundled below) with strictTemplates, under which `$event` of
// `(wcit-load)` is typed from the package's event map (app.ts's handlers take
// WcitLoadEvent, which a plain Event is not). Angular does not type-check
// property bindings on elements (its checkTypeOfDomBindings is off), so the
// wrong variant is checked where Angular code can be typed: a component field
// of the package's `WcitSignButton['variant']` (bogus.ts).
const ngcOut = join(out, 'angular-ngc');
checks['types: ngc (strictTemplates, libraries checked): Angular; $event typed; variant "bogus" rejected in a typed field'] = () => {
  rmSync(ngcOut, { recursive: true, force: true });
  return runAsync(bin('ngc'), ['-p', join(fixtures, 'angular', 'tsconfig.json')]).then(() => {
    const missing = ['main.js', 'app.js', 'bogus.js'].filter((f) => !existsSync(join(ngcOut, f)));
    if (missing.length) throw new Error(`not compiled: ${missing.join(', ')}`);
    if (!readFileSync(join(ngcOut, 'app.js'), 'utf8').includes('ɵɵdefineComponent')) throw new Error('app.js is not compiled ahead of time');
  });
};
checks['types: svelte-check: variant="bogus" in Svelte markup is an error'] = () =>
  runAsync(bin('svelte-check'), ['--workspace', join(fixtures, 'negative', 'svelte'), '--tsconfig', join(fixtures, 'negative', 'svelte', 'tsconfig.json'), '--output', 'machine']).then(
    (o) => {
      throw new Error(`passed, but must fail:\n${o}`);
    },
    (e) => {
      const errors = String(e.message).split('\n').filter((line) => / ERROR /.test(line));
      if (errors.length !== 1 || !/bogus/.test(errors[0])) throw new Error(`expected one error, on "bogus":\n${e.message}`);
    },
  );
const checksStarted = Date.now();
const settled = await Promise.allSettled(Object.values(checks).map((fn) => fn()));
const took = `${((Date.now() - checksStarted) / 1000).toFixed(1)} s side by side`;
Object.keys(checks).forEach((name, i) => {
  const r = settled[i];
  check(name, r.status === 'fulfilled', r.status === 'fulfilled' ? took : String(r.reason?.message ?? r.reason).trim().split('\n').slice(0, 25).join('\n       '));
});

// ---------------------------------------------------------------- manifest consumers

await step('manifest consumer: VS Code custom data offers the literal values', async () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const { getVsCodeHtmlCustomData } = await import('custom-element-vs-code-integration');
  const data = JSON.parse(getVsCodeHtmlCustomData(manifest, { hideLogs: true }));
  const shipped = JSON.parse(readFileSync(join(pkg, 'vscode.html-custom-data.json'), 'utf8'));
  for (const [from, d] of [['generated now', data], ['shipped', shipped]]) {
    const button = d.tags.find((t) => t.name === 'wcit-sign-button');
    const values = (name) => button?.attributes.find((a) => a.name === name)?.values?.map((v) => v.name).sort().join(',');
    if (values('variant') !== 'outline,solid' || values('size') !== 'large,medium,small') {
      throw new Error(`${from}: variant offers ${values('variant')}, size offers ${values('size')}`);
    }
    if (!button.attributes.some((a) => a.name === 'attribution') || button.attributes.some((a) => a.name === 'ref')) {
      throw new Error(`${from}: attribution missing or ref offered`);
    }
  }
});

// ---------------------------------------------------------------- builds

const vite = await import('vite');
async function viteBuild(name) {
  const dir = join(out, name);
  await vite.build({ root: join(fixtures, name), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

const apps = {}; // name → static folder to serve
for (const name of ['vanilla', 'react', 'vue', 'svelte']) await step(`build: Vite ${name}`, async () => void (apps[name] = await viteBuild(name)));

await step('build: plain HTML beside dist/wcit.js', () => {
  const dir = join(out, 'html');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, 'html', 'index.html'), join(dir, 'index.html'));
  // The script, its chunks (an interface language each) and the default feed: the folder a webmaster copies.
  for (const f of readdirSync(join(pkg, 'dist')).filter((f) => /^wcit([.-].*)?\.js(on)?$/.test(f))) cpSync(join(pkg, 'dist', f), join(dir, f));
  apps.html = dir;
});

const page = (title, script) => readFileSync(join(fixtures, 'bundlers', 'index.html'), 'utf8').replace('BUNDLER', title).replace('SCRIPT', script);
function bundlerDir(name, title, script) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page(title, script));
  return dir;
}

await step('build: webpack 5 (production, no config for wcit-embed)', async () => {
  const { default: webpack } = await import('webpack');
  const dir = bundlerDir('webpack', 'webpack 5', '<script defer src="./main.js"></script>');
  const stats = await new Promise((ok, ko) =>
    webpack({ mode: 'production', context: here, entry: join(fixtures, 'bundlers', 'main.js'), output: { path: dir, filename: 'main.js' } }, (e, s) => (e ? ko(e) : ok(s))),
  );
  if (stats.hasErrors() || stats.hasWarnings()) throw new Error(stats.toString('errors-warnings'));
  apps.webpack = dir;
});
await step('build: Rollup + node-resolve', async () => {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const dir = bundlerDir('rollup', 'Rollup', '<script type="module" src="./main.js"></script>');
  const warnings = [];
  const bundle = await rollup({ input: join(fixtures, 'bundlers', 'main.js'), plugins: [nodeResolve()], onwarn: (w) => warnings.push(w.message) });
  await bundle.write({ dir, format: 'es' });
  await bundle.close();
  if (warnings.length) throw new Error(warnings.join('\n'));
  apps.rollup = dir;
});
const esbuild = await import('esbuild');
await step('build: esbuild (bundle, no splitting)', async () => {
  const dir = bundlerDir('esbuild', 'esbuild', '<script type="module" src="./main.js"></script>');
  const r = await esbuild.build({ entryPoints: [join(fixtures, 'bundlers', 'main.js')], bundle: true, format: 'esm', minify: true, outfile: join(dir, 'main.js'), logLevel: 'silent' });
  if (r.warnings.length) throw new Error(r.warnings.map((w) => w.text).join('\n'));
  apps.esbuild = dir;
});
await step('build: one class under another tag (esbuild)', async () => {
  const dir = join(out, 'renamed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, 'bundlers', 'renamed.html'), join(dir, 'index.html'));
  await esbuild.build({ entryPoints: [join(fixtures, 'bundlers', 'renamed.js')], bundle: true, format: 'esm', outfile: join(dir, 'renamed.js'), logLevel: 'silent' });
  apps.renamed = dir;
});

// Angular's own packages ship partially compiled; the Angular linker (a
// Babel plugin, as `ng build` runs it) finishes them, so the bundle needs no
// JIT compiler. The defines are the production ones `ng build` sets.
await step('build: Angular (ngc output, linked and bundled by esbuild)', async () => {
  if (!existsSync(join(ngcOut, 'main.js'))) throw new Error('ngc did not compile the fixture (see its type check)');
  const { transformAsync } = await import('@babel/core');
  const { default: angularLinker } = await import('@angular/compiler-cli/linker/babel');
  const link = {
    name: 'angular-linker',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
        const code = readFileSync(path, 'utf8');
        if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
        const linked = await transformAsync(code, { filename: path, babelrc: false, configFile: false, compact: false, plugins: [angularLinker] });
        return { contents: linked.code, loader: 'js' };
      });
    },
  };
  const dir = join(out, 'angular');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, 'angular', 'index.html'), join(dir, 'index.html'));
  const r = await esbuild.build({
    entryPoints: [join(ngcOut, 'main.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(dir, 'main.js'),
    define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
    plugins: [link],
    logLevel: 'silent',
  });
  if (r.warnings.length) throw new Error(r.warnings.map((w) => w.text).join('\n'));
  if (readFileSync(join(dir, 'main.js'), 'utf8').includes('ɵɵngDeclare')) throw new Error('left unlinked: the app would need the JIT compiler');
  apps.angular = dir;
});

// ---------------------------------------------------------------- browser

// The feed for `src="/feed.json"`: the default feed under another title, so
// the page shows which feed each element read.
const otherFeed = JSON.parse(readFileSync(join(pkg, 'dist', 'wcit-2012.json'), 'utf8'));
otherFeed.id = 'consumer-feed';
otherFeed.letter[otherFeed.defaultLanguage].title = 'Consumer fixture letter';
otherFeed.signOn = { url: 'https://example.org/sign' };

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/feed.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(otherFeed));
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const { findChromium } = await import('../server/chromium.mjs');
const { default: puppeteer } = await import('puppeteer-core');
const chromium = await findChromium();
const browser = await puppeteer.launch({
  executablePath: chromium.path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

/** Opens `url` and asserts what a developer relies on; returns a note. */
async function assertApp(url, { ids = ['letter', 'list', 'button'], extra = [] } = {}) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  try {
    await tab.goto(url, { waitUntil: 'load' });
    const all = ids.flatMap((id) => [`${id}-default`, `${id}-src`]).concat(extra);
    const states = () => tab.evaluate((all) => all.map((id) => `${id}=${document.getElementById(id)?.getAttribute('state')}`), all);
    try {
      await tab.waitForFunction((all) => all.every((id) => document.getElementById(id)?.getAttribute('state') === 'ready'), { timeout: 15_000 }, all);
    } catch {
      throw new Error(`not all ready: ${(await states()).join(', ')}; page errors: ${errors.join(' | ') || 'none'}`);
    }
    const facts = await tab.evaluate(() => {
      const title = (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~=title]')?.textContent?.trim();
      const link = (id) => document.getElementById(id)?.shadowRoot?.querySelector('a[part~=button]');
      return {
        defaultTitle: title('letter-default'),
        srcTitle: title('letter-src'),
        links: ['button-default', 'button-src', 'button-ref'].map((id) => link(id)?.href ?? null),
        loads: [...window.wcitSeen.loads].sort(),
        defined: ['wcit-letter', 'wcit-signatories', 'wcit-sign-button', 'my-letter'].filter((t) => customElements.get(t)),
      };
    });
    const problems = [];
    if (!/WCIT/.test(facts.defaultTitle ?? '')) problems.push(`the letter with no src shows "${facts.defaultTitle}", not the default feed`);
    if (facts.srcTitle !== 'Consumer fixture letter') problems.push(`the letter with src shows "${facts.srcTitle}"`);
    const expectedLoads = all.map((id) => `${id}:${id.endsWith('-default') ? 'wcit-2012' : 'consumer-feed'}`).sort();
    if (JSON.stringify(facts.loads) !== JSON.stringify(expectedLoads)) problems.push(`wcit-load heard ${JSON.stringify(facts.loads)}, expected ${JSON.stringify(expectedLoads)}`);
    if (ids.includes('button')) {
      const [onDefault, onSrc, onRef] = facts.links;
      if (onDefault !== 'https://cdt.org/?ref=consumer-test') problems.push(`default feed's link is ${onDefault}`);
      if (onSrc !== 'https://example.org/sign?ref=consumer-test') problems.push(`src feed's link is ${onSrc}`);
      if (extra.includes('button-ref') && onRef !== 'https://example.org/sign?ref=old-snippet') problems.push(`deprecated ref gives ${onRef}`);
      // A click: the app's own handler hears wcit-sign-click and cancels it, so the page stays.
      for (const id of ['button-default', 'button-src']) {
        await tab.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('a[part~=button]').click(), id);
      }
      const after = await tab.evaluate(() => ({ href: location.href, clicks: window.wcitSeen.signClicks }));
      if (after.href !== url) problems.push(`the click navigated to ${after.href}`);
      if (JSON.stringify(after.clicks) !== JSON.stringify(['https://cdt.org/?ref=consumer-test', 'https://example.org/sign?ref=consumer-test'])) problems.push(`wcit-sign-click heard ${JSON.stringify(after.clicks)}`);
    }
    if (errors.length) problems.push(`page errors: ${errors.join(' | ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
    return facts.defined;
  } finally {
    await tab.close();
  }
}

const labels = {
  html: 'plain HTML + dist/wcit.js',
  vanilla: 'Vite vanilla TS (build)',
  react: 'React 19 (Vite build)',
  vue: 'Vue 3 (Vite build)',
  svelte: 'Svelte 5 (Vite build)',
  webpack: 'webpack 5',
  rollup: 'Rollup',
  esbuild: 'esbuild',
  angular: 'Angular (ngc AOT, zoneless)',
};
try {
  for (const [name, label] of Object.entries(labels)) {
    if (!apps[name]) {
      check(`browser: ${label}`, false, 'not built');
      continue;
    }
    await step(`browser: ${label}: ready with and without src, events, attribution`, async () => {
      const server = await serve(apps[name]);
      try {
        await assertApp(`http://127.0.0.1:${server.address().port}/`, { extra: name === 'html' ? ['button-ref'] : [] });
      } finally {
        server.close();
      }
    });
  }
  await step('browser: Vite dev server, vanilla TS: ready with and without src', async () => {
    const server = await vite.createServer({
      root: join(fixtures, 'vanilla'),
      logLevel: 'warn',
      server: { port: 0, host: '127.0.0.1' },
      plugins: [
        {
          name: 'feed',
          configureServer(s) {
            s.middlewares.use('/feed.json', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(otherFeed)));
          },
        },
      ],
    });
    await server.listen();
    try {
      await assertApp(`http://127.0.0.1:${server.httpServer.address().port}/`);
    } finally {
      await server.close();
    }
  });
  if (apps.renamed) {
    await step('browser: a class defined under another tag registers only that tag', async () => {
      const server = await serve(apps.renamed);
      try {
        const defined = await assertApp(`http://127.0.0.1:${server.address().port}/`, { ids: ['letter'] });
        if (defined.join() !== 'my-letter') throw new Error(`registered: ${defined.join(', ')}`);
      } finally {
        server.close();
      }
    });
  }
} finally {
  await browser.close();
  rmSync(packDir, { recursive: true, force: true });
}

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed || (results.length ? 0 : 1);
console.log(`\nconsumer suite: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
// test/run.mjs reads the tally from here (as it reads wtr's).
if (process.env.CONSUMERS_SUMMARY) writeFileSync(process.env.CONSUMERS_SUMMARY, JSON.stringify({ passed, failed, seconds: Math.round((Date.now() - started) / 1000) }));
process.exit(failed ? 1 : 0);
