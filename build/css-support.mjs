// `npm run lint`'s CSS half: the styles in the elements' Lit `css` templates
// checked against the support policy (package.json "browserslist"): with
// doiuse (caniuse's data, the features it knows), and for the newer colour
// and text features doiuse does not know, against MDN's browser-compat-data.
// A feature some supported browser lacks fails the check unless it is listed
// in FALLBACKS with what keeps the elements readable and usable there.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import browserslist from 'browserslist';
import postcss from 'postcss';
import doiuse from 'doiuse';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

// Feature (caniuse's name, or MDN's path) → why the elements stay readable and usable without it.
const FALLBACKS = {
  'css-clip-path': 'only clip-path: inset() on HTML, which all have; the partial support is for SVG references',
};

// What doiuse misses: a pattern in the CSS → MDN's compat data for it.
const MDN = [
  [/contrast-color\(/, 'css.types.color.contrast-color'],
  [/color-mix\(/, 'css.types.color.color-mix'],
  [/oklch\(from /, 'css.types.color.oklch.relative_syntax'],
  [/oklab\(from /, 'css.types.color.oklab.relative_syntax'],
  [/[^-]color\(from /, 'css.types.color.color.relative_syntax'],
  [/[\d.]r?lh\b/, 'css.types.length.lh'],
  [/text-wrap: *balance/, 'css.properties.text-wrap.balance'],
  [/:focus-visible/, 'css.selectors.focus-visible'],
  [/clip-path: *inset/, 'css.properties.clip-path.basic_shape'],
];
const MDN_NAMES = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios' };

const browsers = JSON.parse(readFileSync('package.json', 'utf8')).browserslist;
const targets = browserslist(browsers).map((b) => b.split(' '));
/** The policy's browsers that lack the feature at `path` in MDN's data. */
function lacking(path) {
  const support = path.split('.').reduce((o, k) => o[k], bcd).__compat.support;
  return targets
    .filter(([name, version]) => {
      const entry = [support[MDN_NAMES[name]]].flat()[0];
      const added = entry && !entry.partial_implementation && !entry.flags && entry.version_added;
      return typeof added != 'string' || parseFloat(version) < parseFloat(added.replace('≤', ''));
    })
    .map((b) => b.join(' '));
}
const files = readdirSync('src', { recursive: true })
  .map((f) => join('src', f))
  .filter((f) => f.endsWith('.ts') && !f.startsWith(join('src', 'cli')));

const problems = [];
const covered = new Set();
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/\bcss`([\s\S]*?)`/g)) {
    // Interpolations become a colour so that the rule around them still parses.
    // Comments blanked (their lines kept) so that only rules are checked.
    const text = match[1].replace(/\$\{[^}]*\}/g, 'red').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    const line = source.slice(0, match.index).split('\n').length;
    await postcss([
      doiuse({
        browsers,
        onFeatureUsage({ feature, message, usage }) {
          if (FALLBACKS[feature]) return void covered.add(feature);
          const at = usage.source?.start ? `${file}:${line + usage.source.start.line - 1}` : file;
          problems.push(`${at}: ${message} [${feature}]`);
        },
      }),
    ]).process(text, { from: undefined });
    for (const [pattern, path] of MDN) {
      const found = pattern.exec(text);
      if (!found) continue;
      if (FALLBACKS[path]) {
        covered.add(path);
        continue;
      }
      const missing = lacking(path);
      const at = `${file}:${line + text.slice(0, found.index).split('\n').length - 1}`;
      if (missing.length) problems.push(`${at}: ${path} is not supported by ${missing.join(', ')}`);
    }
  }
}

if (problems.length) {
  console.error(`CSS newer than the support policy (${browsers.join(', ')}), with no fallback listed in build/css-support.mjs:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`css-support: ${files.length} files within the support policy${covered.size ? ` (with fallbacks: ${[...covered].join(', ')})` : ''}`);
