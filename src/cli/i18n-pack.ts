/**
 * i18n-pack: writes src/i18n/packed.ts, the interface text as the bundle
 * ships it, from the catalogues translators edit (src/i18n/en.ts, es.ts, …).
 *
 * Usage:
 *   tsx src/cli/i18n-pack.ts           write packed.ts (npm run i18n)
 *   tsx src/cli/i18n-pack.ts --check   write nothing; exit 1 if packed.ts is stale
 *
 * A key English lacks, or text the packed form cannot carry, is an error
 * (exit 1); a key a catalogue lacks is a warning, as pages then show that text
 * in English (the catalogue test fails on it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogues } from '../i18n/index.js';
import { PackError, packedModule, type LooseCatalogue } from '../i18n/pack.js';

const TARGET = fileURLToPath(new URL('../i18n/packed.ts', import.meta.url));

/** `src/i18n/<lang>.ts:<line>` of the key (and form) at fault, as editors link it; without the line when it cannot be found. */
export function where({ lang, key, category }: PackError): string {
  const file = `src/i18n/${lang}.ts`;
  let lines: string[];
  try {
    lines = readFileSync(fileURLToPath(new URL(`../i18n/${lang}.ts`, import.meta.url)), 'utf8').split('\n');
  } catch {
    return file;
  }
  const starts = (name: string) => new RegExp(`^\\s*['"]?${name}['"]?\\s*:`);
  const keyLine = lines.findIndex((line) => starts(key).test(line));
  // A count written over several lines: its form's own line, before the count's closing brace.
  const multiline = category && keyLine >= 0 && !lines[keyLine]!.includes('}');
  const end = lines.findIndex((line, i) => i > keyLine && /^\s*\}/.test(line));
  const formLine = multiline ? lines.slice(keyLine + 1, end).findIndex((line) => starts(category).test(line)) : -1;
  const line = formLine >= 0 ? keyLine + 1 + formLine : keyLine;
  return line < 0 ? file : `${file}:${line + 1}`;
}

/** Runs the command; `target` is packed.ts unless a test says otherwise. Returns the exit status. */
export function main(argv: string[], target = TARGET): number {
  const check = argv.includes('--check');
  const loose = catalogues as unknown as Record<string, LooseCatalogue>;
  for (const [lang, catalogue] of Object.entries(loose)) {
    for (const key of Object.keys(loose.en!)) {
      if (!(key in catalogue)) console.warn(`i18n: warning: ${lang}.ts lacks "${key}"; ${lang} pages will show it in English`);
    }
  }
  let source: string;
  try {
    source = packedModule(loose);
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    console.error(`${where(err)}: ${err.message}`);
    return 1;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing: written below, or stale for --check.
  }
  if (current == source) {
    if (check) console.log('src/i18n/packed.ts is fresh.');
    return 0;
  }
  if (check) {
    console.error('i18n: src/i18n/packed.ts is stale: a catalogue changed. Run `npm run i18n` and commit the result.');
    return 1;
  }
  writeFileSync(target, source);
  console.log('i18n: wrote src/i18n/packed.ts');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
