// Custom Elements Manifest analyzer: custom-elements.json comes from the
// elements' JSDoc (`npm run analyze`); `npm run analyze:check` fails when the
// committed file is stale.
//
// The manifest describes the package as published, so tools can use it as
// shipped: the plugins below point it at dist/…js (what a consumer imports),
// add the modules that define the tags, and spell types out (literal unions,
// every attribute with its field). Then the generators turn it into the
// framework typings and editor data that ship in the package (types/,
// vscode.*.json); their input is exactly the committed manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

const outdir = process.env.CEM_OUTDIR ?? '.';
const typesDir = `${outdir}/types`;

/** `src/elements/wcit-letter.ts` → `dist/elements/wcit-letter.js`. */
const distPath = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** The public types a manifest type may name, and the module that exports them. */
const PUBLIC_TYPES = ['WcitLoadDetail', 'WcitErrorDetail', 'WcitSignClickDetail', 'FeedState', 'Feed'];

/**
 * `(typeof SIZES)[number]` → `'small' | 'medium' | 'large'`: the analyzer
 * copies a property's type as written; tools need the values. Reads every
 * `const NAME = ['a', 'b'] as const` of the module.
 */
function literalUnions() {
  const unions = new Map(); // module path → name → union
  return {
    name: 'wcit-literal-unions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableDeclaration(node) || !node.initializer || !ts.isAsExpression(node.initializer)) return;
      const list = node.initializer.expression;
      if (!ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isStringLiteral)) return;
      if (!unions.has(moduleDoc.path)) unions.set(moduleDoc.path, new Map());
      unions.get(moduleDoc.path).set(node.name.getText(), list.elements.map((e) => `'${e.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const known = unions.get(mod.path);
        if (!known) continue;
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            const text = item.type?.text;
            const name = text?.match(/^\(typeof (\w+)\)\[number\]$/)?.[1];
            if (name && known.has(name)) item.type.text = known.get(name);
          }
        }
      }
    },
  };
}

/**
 * Internal state declared in `static properties` as `{ state: true }` is no
 * attribute (Lit forces `attribute: false` for it), but the analyzer's Lit
 * plugin reads only `attribute: false` and would list one: drop it, as it
 * does for `@state()`.
 */
function stateIsNoAttribute() {
  const states = new Map(); // class name → its state fields
  return {
    name: 'wcit-state-is-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name?.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const entry of member.initializer.properties) {
          const options = ts.isPropertyAssignment(entry) && entry.initializer;
          if (!options || !ts.isObjectLiteralExpression(options)) continue;
          const state = options.properties.some((p) => p.name?.getText() === 'state' && p.initializer?.kind === ts.SyntaxKind.TrueKeyword);
          if (state) states.set(node.name.getText(), [...(states.get(node.name.getText()) ?? []), entry.name.getText()]);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const names = states.get(decl.name) ?? [];
        decl.attributes = decl.attributes?.filter((a) => !names.includes(a.fieldName));
        for (const member of decl.members ?? []) if (names.includes(member.name)) delete member.attribute;
      }
    },
  };
}

/**
 * Every attribute names its field: `@attr state` in JSDoc (a reflected
 * getter, which the analyzer does not link) gets `fieldName: 'state'`, and the
 * manifest's event types name the public types that resolve them.
 */
function linkFields() {
  return {
    name: 'wcit-link-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const attr of decl.attributes ?? []) {
            const field = decl.members?.find((m) => m.kind === 'field' && m.name === attr.name && m.privacy !== 'private');
            if (!attr.fieldName && field) attr.fieldName = field.name;
          }
          for (const item of [...(decl.events ?? []), ...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            const text = item.type?.text;
            if (!text) continue;
            const references = PUBLIC_TYPES.flatMap((name) => {
              const start = text.search(new RegExp(`\\b${name}\\b`));
              return start < 0 ? [] : [{ name, package: 'wcit-embed', module: 'dist/index.js', start, end: start + name.length }];
            });
            if (references.length) item.type.references = references;
          }
        }
      }
    },
  };
}

/**
 * Module paths as published (`dist/elements/wcit-letter.js`, which exports the
 * class with no side effect), plus the modules that register the tags
 * (`dist/elements/wcit-letter-define.js`, package export
 * `wcit-embed/wcit-letter.js`) with their `custom-element-definition`.
 */
function publishedModules() {
  return {
    name: 'wcit-published-modules',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const mod of customElementsManifest.modules) {
        mod.path = distPath(mod.path);
        for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = distPath(exp.declaration.module);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = distPath(decl.superclass.module);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            if (item.inheritedFrom?.module) item.inheritedFrom.module = distPath(item.inheritedFrom.module);
          }
          if (!decl.customElement || !decl.tagName) continue;
          const declaration = { name: decl.name, module: mod.path };
          definitions.push({
            kind: 'javascript-module',
            path: mod.path.replace(/\.js$/, '-define.js'),
            description: `Registers \`<${decl.tagName}>\` (unless the tag is taken); package export \`wcit-embed/${decl.tagName}.js\`.`,
            declarations: [],
            exports: [
              { kind: 'js', name: decl.name, declaration },
              { kind: 'custom-element-definition', name: decl.tagName, declaration },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
    },
  };
}

/** The generated typings take the classes and types from the main entry. */
const mainEntry = '../dist/index.js';

/**
 * Runs a generator on a copy of the finished manifest, as it reads it:
 * without the read-only `state`, a prop a framework would try to set.
 * @param {{ name: string, packageLinkPhase: Function }} plugin
 * @param {() => void} [after] what to do with the file it wrote
 */
function generate(plugin, after) {
  return {
    name: `wcit-generate-${plugin.name}`,
    packageLinkPhase({ customElementsManifest }) {
      const view = structuredClone(customElementsManifest);
      for (const decl of view.modules.flatMap((m) => m.declarations ?? [])) {
        decl.attributes = decl.attributes?.filter((a) => a.name !== 'state');
        decl.members = decl.members?.filter((m) => m.name !== 'state');
      }
      plugin.packageLinkPhase({ customElementsManifest: view });
      after?.();
    },
  };
}

/**
 * types/jsx.d.ts keeps the generated types and drops the generator's
 * `declare module "react" | "preact" | … | global` blocks: its global `JSX`
 * clashes with @types/react's (the two `IntrinsicElements` disagree on
 * `dir`, an error in every React app that checks its libraries). Each
 * framework's file (types/react.d.ts, vue.d.ts, svelte.d.ts) augments its own
 * element map instead, with the framework's own HTML attributes.
 */
function typesOnly() {
  const file = `${typesDir}/jsx.d.ts`;
  const text = readFileSync(file, 'utf8');
  const cut = text.indexOf('\ndeclare module "react"');
  if (cut < 0) throw new Error(`${file}: the generator's augmentations were not found; check the new version's output`);
  writeFileSync(file, `${text.slice(0, cut).trimEnd()}\n`);
}

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*-define.ts', 'src/elements/*.styles.ts', 'src/elements/*-search.ts', 'src/elements/*-list.ts'],
  litelement: true,
  // package.json names ./custom-elements.json itself; the freshness check
  // writes elsewhere and must not rewrite that field.
  packagejson: false,
  outdir,
  plugins: [
    stateIsNoAttribute(),
    literalUnions(),
    linkFields(),
    publishedModules(),
    // Props and `onwcit-*` event props as React 19 and Svelte 5 wire them
    // (types/jsx.d.ts; types/react.d.ts, types/svelte.d.ts and types/vue.d.ts
    // put them in each framework's element map), and VS Code's HTML and CSS
    // data. custom-element-svelte-integration is not used: it writes Svelte
    // 4's `on:` props into a namespace no module sees (see types/vue.d.ts for
    // the Vue generator).
    generate(jsxTypesPlugin({ outdir: typesDir, fileName: 'jsx.d.ts', globalTypePath: mainEntry, hideLogs: true }), typesOnly),
    generate(customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true })),
  ],
};
