// `npm run size`: what a visitor of a member site downloads.
// Prints raw, gzip and brotli (quality 11, as CDNs serve static files) bytes of
// dist/wcit.js and of each chunk beside it, then what a page in each interface
// language downloads: wcit.js, plus that language's chunk unless it is
// English (a page with the letter, the compact counter and the button), and
// with the full list's chunk too (a page with <wcit-signatories> without
// `compact`). Fails when any language is above its budget. Run `npm run build` first.
//
// `--write` rewrites the README's size table (between <!-- size:start --> and
// <!-- size:end -->) from these figures; `--check` fails when that table is not
// what this build measures (part of `npm test`), so the README's figures come
// from the build, never from prose.
//
// With --parts (or `npm run size -- --parts`), it also builds the bundle again
// with no interface text at all and prints what English, the one catalogue
// inside wcit.js, costs there.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// Issue #21: letter + counter + button ≤ 13 KiB in any language is the goal.
// BUDGET_BROTLI sits just above what the build reaches (the heaviest language,
// ar: 14,444 B on 2026-12-06; 16,163 B before the full list became a chunk),
// so any growth fails and has to be argued for. A page with the full list also
// loads its chunk (ar: 16,346 B): it was to be no heavier than the heaviest
// page before the split (16,163 B), and is 183 B heavier: the list costs ~670 B
// more as a chunk of its own than inside wcit.js (brotli shares less), and the
// reader that checks a long list in slices (so 100,000 names never block the
// page) ~340 B; the words for a feed's problems, out of wcit.js into a chunk
// of their own (words.ts, with the JSON error locator), paid ~850 B back.
const BUDGET_BROTLI = 14.12 * 1024;
const BUDGET_LIST_BROTLI = 15.97 * 1024;
/** The chunk of the full list (src/elements/wcit-signatories-list.ts). */
const LIST = 'signatories-list';
/**
 * The chunk that says what is wrong with a feed and where its JSON breaks
 * (src/feed/words.ts), downloaded only by a page whose feed has a problem; the
 * other chunks are languages.
 */
const WORDS = 'words';
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'dist/wcit.js';

const brotli = (code) =>
  brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  }).length;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const row = (name, code) => {
  const b = brotli(code);
  console.log(`${name.padEnd(34)} ${String(code.length).padStart(6)} B raw ${String(gzipSync(code, { level: 9 }).length).padStart(6)} B gzip ${String(b).padStart(6)} B brotli`);
  return b;
};

let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`size: ${file} is missing; run npm run build first.`);
  process.exit(1);
}
const total = row(file, code);
// The chunks wcit.js imports, by the name of the module they come from (`es`, `zh-Hans`).
const chunks = [...code.toString().matchAll(/import\(["']\.\/(wcit-([^"'/]+)-[\w-]{8}\.js)["']\)/g)].map(([, name, source]) => {
  const path = join(dirname(file), name);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    console.error(`size: ${path}, which ${basename(file)} imports, is missing.`);
    process.exit(1);
  }
  return { source, size: row(path, bytes) };
});

const list = chunks.find((c) => c.source == LIST);
if (!list) {
  console.error(`size: ${basename(file)} imports no wcit-${LIST}-<hash>.js chunk.`);
  process.exit(1);
}
const words = chunks.find((c) => c.source == WORDS);
if (!words) {
  console.error(`size: ${basename(file)} imports no wcit-${WORDS}-<hash>.js chunk.`);
  process.exit(1);
}
const languages = chunks.filter((c) => c != list && c != words);

console.log('\nWhat a page in each interface language downloads (wcit.js and its language; with a full list, its chunk too):');
const pages = [['en', total], ...languages.map(({ source, size }) => [source, total + size])].map(([lang, size]) => [lang, size, size + list.size]);
for (const [lang, size, withList] of pages)
  console.log(`  ${lang.padEnd(8)} ${String(size).padStart(6)} B brotli (${kib(size)}); with a full list ${String(withList).padStart(6)} B (${kib(withList)})`);
const heaviest = Math.max(...pages.map(([, size]) => size));
const heaviestList = Math.max(...pages.map(([, , withList]) => withList));
const within = heaviest <= BUDGET_BROTLI && heaviestList <= BUDGET_LIST_BROTLI;
const verdict = (budget, size) => `${size <= budget ? 'within' : 'OVER'} by ${kib(Math.abs(budget - size))} (heaviest: ${kib(size)})`;
console.log(`budget: ${kib(BUDGET_BROTLI)} brotli for letter, counter and button in any language, ${verdict(BUDGET_BROTLI, heaviest)}`);
console.log(`budget: ${kib(BUDGET_LIST_BROTLI)} brotli for a page with the full list in any language, ${verdict(BUDGET_LIST_BROTLI, heaviestList)}`);

/** The README's table: wcit.js, then what a page in each language downloads. */
const n = (x) => x.toLocaleString('en');
const table = [
  '| a page in | letter, counter, button (brotli) | with the full list (brotli) |',
  '| --- | ---: | ---: |',
  ...pages.map(([lang, size, withList]) => `| \`${lang}\` | ${n(size)} B (${kib(size)}) | ${n(withList)} B (${kib(withList)}) |`),
  '',
  `\`wcit.js\` itself (the three elements and the compact counter, with English): ${n(code.length)} B raw, ${n(gzipSync(code, { level: 9 }).length)} B gzip, ${n(total)} B brotli. ` +
    `Each other language is a chunk beside it (${n(Math.min(...languages.map((c) => c.size)))}–${n(Math.max(...languages.map((c) => c.size)))} B brotli), loaded only by a page in that language; ` +
    `the full list's search, filter and paging are one more (${n(list.size)} B brotli), loaded only by a page that shows a list (\`<wcit-signatories>\` without \`compact\`), ` +
    `and one says what is wrong with a feed that has a problem, and where its JSON breaks (${n(words.size)} B brotli), loaded only then. ` +
    `Budgets: ${kib(BUDGET_BROTLI)} for any language (the heaviest is ${kib(heaviest)}), ${kib(BUDGET_LIST_BROTLI)} with the full list (the heaviest is ${kib(heaviestList)}). ` +
    `Measured by \`npm run size\` (brotli quality 11, as CDNs serve static files) and written here by \`npm run size -- --write\`.`,
].join('\n');
if (args.includes('--write') || args.includes('--check')) {
  const readme = readFileSync('README.md', 'utf8');
  const block = /(<!-- size:start -->\n)[\s\S]*?(\n<!-- size:end -->)/;
  if (!block.test(readme)) {
    console.error('size: README.md has no <!-- size:start --> … <!-- size:end --> block.');
    process.exit(1);
  }
  const fresh = readme.replace(block, (_, start, end) => start + table + end);
  if (args.includes('--write')) writeFileSync('README.md', fresh);
  else if (fresh !== readme) {
    console.error('size: the README\'s size table is stale (dist/wcit.js has changed): run `npm run build && npm run size -- --write`.');
    process.exit(1);
  } else console.log('size: the README\'s size table is fresh.');
}

if (args.includes('--parts')) {
  const { build } = await import('vite');
  /** The brotli size of dist/wcit.js built with `packed.ts` replaced by `source`. */
  const builtWith = async (source) => {
    const outDir = mkdtempSync(join(tmpdir(), 'wcit-size-'));
    try {
      await build({
        logLevel: 'silent',
        plugins: [{ name: 'size-swap-catalogues', enforce: 'pre', load: (id) => (id.endsWith('/src/i18n/packed.ts') ? source : undefined) }],
        build: { outDir, emptyOutDir: true },
      });
      return brotli(readFileSync(join(outDir, 'wcit.js')));
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };
  const same = await builtWith(readFileSync('src/i18n/packed.ts', 'utf8'));
  const none = await builtWith(`export const keys = []; export const packed = { en: '' }; export const more = {};`);
  if (same != total) console.log(`(rebuilt from the sources: ${same} B brotli; ${file} is older than they are)`);
  console.log(`interface text in wcit.js (English, and the loaders of ${chunks.length} chunks): ${same - none} B brotli (${kib(same - none)})`);
}
process.exit(within ? 0 : 1);
