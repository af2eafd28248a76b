import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { main, where } from '../../build/i18n-pack.js';
import { catalogues } from '../../src/i18n/index.js';
import { PackError, packCatalogue, packedModules } from '../../src/i18n/pack.js';

const KEYS = ['title', 'count', 'closed'];
const PL_COUNT = { one: '{n} podpis', few: '{n} podpisy', many: '{n} podpisów', other: '{n} podpisu' };

const dir = mkdtempSync(join(tmpdir(), 'wcit-i18n-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Quiets the command's own output while `body` runs. */
function quietly<T>(body: () => T): T {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = () => {};
  try {
    return body();
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

describe('packCatalogue', () => {
  it("writes the language's plural categories, then one line per key in English's order", () => {
    const pl = { closed: 'Zamknięte', title: 'List', count: PL_COUNT };
    assert.equal(packCatalogue('pl', pl, KEYS), 'one|few|many|other\nList\n{n} podpis|{n} podpisy|{n} podpisów|{n} podpisu\nZamknięte');
  });

  it('orders the forms the CLDR way, however the translator ordered them', () => {
    const count = { other: '{n} podpisu', many: '{n} podpisów', one: '{n} podpis', few: '{n} podpisy' };
    assert.equal(packCatalogue('pl', { title: 'List', count, closed: 'Zamknięte' }, KEYS).split('\n')[2], '{n} podpis|{n} podpisy|{n} podpisów|{n} podpisu');
  });

  it("gives a count the language's categories, filling a form it lacks with its other form", () => {
    const ar = {
      title: 'رسالة',
      count: { zero: 'لا أحد', one: 'واحد', two: 'اثنان', few: '{n} قليل', many: '{n} كثير', other: '{n} آخر' },
      closed: { one: 'مغلق واحد', other: 'مغلق {n}' },
    };
    const [categories, , count, closed] = packCatalogue('ar', ar, KEYS).split('\n');
    assert.equal(categories, 'zero|one|two|few|many|other');
    assert.equal(count, 'لا أحد|واحد|اثنان|{n} قليل|{n} كثير|{n} آخر');
    assert.equal(closed, 'مغلق {n}|مغلق واحد|مغلق {n}|مغلق {n}|مغلق {n}|مغلق {n}');
  });

  it('writes a count whose forms are all alike once', () => {
    assert.equal(packCatalogue('en', { title: 'Letter', count: { one: '{n} signed', other: '{n} signed' }, closed: 'Closed' }, KEYS), 'one|other\nLetter\n{n} signed\nClosed');
    assert.equal(packCatalogue('zh-Hans', { title: '信', count: { other: '{n} 个' }, closed: '已结束' }, KEYS), 'other\n信\n{n} 个\n已结束');
  });

  it('leaves an empty line for a key the catalogue lacks, so the reader takes it from English', () => {
    assert.equal(packCatalogue('es', { title: 'Carta', closed: 'Cerrado' }, KEYS), 'other\nCarta\n\nCerrado');
  });

  it('refuses a key English lacks, naming the language and the key', () => {
    assert.throws(() => packCatalogue('es', { title: 'Carta', titel: 'Carta' }, KEYS), {
      name: 'PackError',
      message: 'es: titel is not a key of en.ts, so no page would show it',
    });
  });

  it('refuses text the packed form cannot carry, naming the form', () => {
    assert.throws(() => packCatalogue('pl', { count: { ...PL_COUNT, few: '{n} podpisy | razem' } }, KEYS), {
      message: 'pl: count.few contains a line break or "|", which the packed form uses to separate texts',
    });
    assert.throws(() => packCatalogue('fr', { title: 'Lettre\nouverte' }, KEYS), { message: /^fr: title contains a line break/ });
  });

  it('refuses a count without its other form', () => {
    assert.throws(() => packCatalogue('fr', { count: { one: '{n} signature' } }, KEYS), {
      message: 'fr: count.other is missing: every count needs at least its "other" form',
    });
  });
});

/** Writes `files` (path → source) under a fresh folder of `dir`; returns the folder. */
function writeAll(files: Record<string, string>, name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'packed'), { recursive: true });
  for (const [path, source] of Object.entries(files)) writeFileSync(join(root, path), source);
  return root;
}

describe('packedModules', () => {
  it('gives back every text exactly, whatever characters it holds: English at hand, each other language a module loaded on demand', async () => {
    const en = { title: 'A `quoted` ${letter} with a \\ backslash', count: { one: '{n}\u00a0signatory', other: '{n}\u00a0signatories' }, closed: 'Closed\u200f.' };
    const ar = { title: 'رسالة', count: { zero: 'لا أحد', other: '{n} موقّع' }, closed: 'أُغلق' };
    const files = packedModules({ en, ar });
    assert.deepEqual(Object.keys(files), ['packed.ts', 'packed/ar.ts']);
    for (const source of Object.values(files)) assert.doesNotMatch(source, /[\u00a0\u200f]/, 'spaces and marks a reviewer cannot see are escaped');
    const root = writeAll(files, 'module');
    const { keys, packed, more } = (await import(pathToFileURL(join(root, 'packed.ts')).href)) as {
      keys: string[];
      packed: Record<string, string>;
      more: Record<string, () => Promise<{ default: string }>>;
    };
    assert.deepEqual(keys, KEYS);
    assert.deepEqual(Object.keys(packed), ['en'], 'only English is in the module every page loads');
    assert.equal(packed.en, packCatalogue('en', en, KEYS));
    assert.deepEqual(Object.keys(more), ['ar']);
    assert.equal((await more.ar!()).default, packCatalogue('ar', ar, KEYS));
  });
});

describe('npm run i18n', () => {
  it('finds src/i18n/packed.ts (generated at install) and packed/ up to date with the catalogues', () => {
    assert.equal(quietly(() => main(['--check'])), 0, 'run `npm run i18n` and commit src/i18n/packed.ts and packed/');
  });

  it('reports stale files without touching them, and rewrites them when asked, removing a language no longer listed', () => {
    const root = writeAll({ 'packed.ts': '// an older packing\n', 'packed/xx.ts': '// a language since removed\n' }, 'stale');
    assert.equal(quietly(() => main(['--check'], root)), 1);
    assert.equal(readFileSync(join(root, 'packed.ts'), 'utf8'), '// an older packing\n');
    assert.equal(quietly(() => main([], root)), 0);
    for (const [path, source] of Object.entries(packedModules(catalogues as never))) assert.equal(readFileSync(join(root, path), 'utf8'), source, path);
    assert.throws(() => readFileSync(join(root, 'packed/xx.ts')));
    assert.equal(quietly(() => main(['--check'], root)), 0);
  });

  it('points at the file and line of the text at fault', () => {
    const lineOf = (lang: string, pattern: RegExp) =>
      readFileSync(new URL(`../../src/i18n/${lang}.ts`, import.meta.url), 'utf8').split('\n').findIndex((line) => pattern.test(line)) + 1;
    // A text on one line; a form of a count written over several lines; a form of a count on one line.
    assert.equal(where(new PackError('fr', 'goal', undefined, '')), `src/i18n/fr.ts:${lineOf('fr', /^\s*goal:/)}`);
    const few = lineOf('pl', /osoby podpisały/);
    assert.equal(where(new PackError('pl', 'peopleSigned', 'few', '')), `src/i18n/pl.ts:${few}`);
    assert.equal(where(new PackError('es', 'countryTotal', 'many', '')), `src/i18n/es.ts:${lineOf('es', /^\s*countryTotal:/)}`);
    assert.equal(where(new PackError('xx', 'goal', undefined, '')), 'src/i18n/xx.ts');
  });
});
