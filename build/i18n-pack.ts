/**
 * i18n-pack: writes src/i18n/packed.ts (the keys and English) and
 * src/i18n/packed/<lang>.ts (each other language), the interface text as the
 * bundle ships it, from the catalogues translators edit (src/i18n/en.ts, es.ts, …).
 *
 * Usage:
 *   tsx build/i18n-pack.ts           write the packed files (npm run i18n)
 *   tsx build/i18n-pack.ts --check   write nothing; exit 1 if one is stale
 *
 * A key English lacks, or text the packed form cannot carry, is an error
 * (exit 1); a key a catalogue lacks is a warning, as pages then show that text
 * in English (the catalogue test fails on it).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogues } from '../src/i18n/index.js';
import { PackError, packedModules, type LooseCatalogue } from '../src/i18n/pack.js';

const TARGET = fileURLToPath(new URL('../src/i18n/', import.meta.url));

/** `src/i18n/<lang>.ts:<line>` of the key (and form) at fault, as editors link it; without the line when it cannot be found. */
export function where({ lang, key, category }: PackError): string {
  const file = `src/i18n/${lang}.ts`;
  let lines: string[];
  try {
    lines = readFileSync(fileURLToPath(new URL(`../src/i18n/${lang}.ts`, import.meta.url)), 'utf8').split('\n');
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

/** The packed files under `dir` as they are: path relative to `dir` → text (a catalogue no longer listed included). */
function current(dir: string): Map<string, string> {
  const read = (path: string) => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch {
      return undefined; // missing: written below, or stale for --check
    }
  };
  const files = new Map<string, string>();
  const list = (folder: string) => {
    try {
      return readdirSync(join(dir, folder));
    } catch {
      return [];
    }
  };
  for (const path of ['packed.ts', ...list('packed').map((name) => `packed/${name}`)]) {
    const text = read(path);
    if (text != null) files.set(path, text);
  }
  return files;
}

/** Runs the command; `target` is src/i18n/ unless a test says otherwise. Returns the exit status. */
export function main(argv: string[], target = TARGET): number {
  const check = argv.includes('--check');
  const loose = catalogues as unknown as Record<string, LooseCatalogue>;
  for (const [lang, catalogue] of Object.entries(loose)) {
    for (const key of Object.keys(loose.en!)) {
      if (!(key in catalogue)) console.warn(`i18n: warning: ${lang}.ts lacks "${key}"; ${lang} pages will show it in English`);
    }
  }
  let sources: Record<string, string>;
  try {
    sources = packedModules(loose);
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    console.error(`${where(err)}: ${err.message}`);
    return 1;
  }
  const now = current(target);
  const stale = [...new Set([...now.keys(), ...Object.keys(sources)])].filter((path) => now.get(path) !== sources[path]);
  if (!stale.length) {
    if (check) console.log('src/i18n/packed.ts and packed/ are fresh.');
    return 0;
  }
  if (check) {
    console.error(`i18n: ${stale.map((path) => `src/i18n/${path}`).join(', ')} stale: a catalogue changed. Run \`npm run i18n\` and commit the result.`);
    return 1;
  }
  for (const path of stale) {
    const file = join(target, path);
    if (sources[path] == null) rmSync(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, sources[path]);
    }
  }
  console.log(`i18n: wrote ${stale.map((path) => `src/i18n/${path}`).join(', ')}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
