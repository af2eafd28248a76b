import { expect } from '@open-wc/testing';
import { catalogues } from '../../src/i18n/index.js';
import type { Catalogue, MessageKey } from '../../src/i18n/types.js';
import { PLURAL_CATEGORIES } from '../../src/i18n/pack.js';
import { catalogueFor, msg, UI_LANGUAGES } from '../../src/i18n/runtime.js';

// Every catalogue loaded, as a page in its language would have it.
before(() => Promise.all(UI_LANGUAGES.map(catalogueFor)));

const en = catalogues.en;

/** The `{name}` placeholders of a text, sorted, duplicates kept once. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (entry: Catalogue[keyof Catalogue]) => (typeof entry == 'string' ? { other: entry } : entry) as Record<string, string>;

/**
 * What a translator got wrong in a catalogue, in words they can act on; empty
 * when nothing. Checked against English and the browser's CLDR plural rules.
 */
function problems(lang: string, catalogue: Record<string, unknown>): string[] {
  const found: string[] = [];
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en)) if (!(key in catalogue)) found.push(`${lang}: ${key} is missing`);
  for (const [key, entry] of Object.entries(catalogue)) {
    if (!(key in en)) {
      found.push(`${lang}: ${key} is not an English key`);
      continue;
    }
    const english = forms(en[key as keyof Catalogue]);
    const own = forms(entry as Catalogue[keyof Catalogue]);
    const expected = placeholders(english.other).join();
    if (typeof entry != 'string') {
      for (const category of needed) if (!(category in own)) found.push(`${lang}: ${key} lacks the "${category}" form`);
    }
    for (const [category, text] of Object.entries(own)) {
      if (!(PLURAL_CATEGORIES as readonly string[]).includes(category)) found.push(`${lang}: ${key}.${category} is not a plural category`);
      if (typeof text != 'string' || !text.trim()) {
        found.push(`${lang}: ${key}.${category} is empty`);
        continue;
      }
      if (/[{}]/.test(text.replace(/\{\w+\}/g, ''))) found.push(`${lang}: ${key}.${category} has a broken placeholder`);
      const got = placeholders(text);
      // `other` covers most numbers, so it says every placeholder English does;
      // a form for one exact number may spell the number out (Arabic "منظمتان").
      const wrong =
        category == 'other' ? got.join() != expected : got.some((p) => !expected.split(',').includes(p));
      if (wrong) found.push(`${lang}: ${key}.${category} has placeholders {${got}}, English has {${expected}}`);
    }
  }
  return found;
}

describe('the interface-text catalogues', () => {
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(`${lang}: has English's keys, the plural forms ${lang} needs and English's placeholders`, () => {
      expect(problems(lang, catalogue)).to.deep.equal([]);
    });
  }

  describe('the check itself', () => {
    it('finds a missing key and a key English lacks', () => {
      const es: Record<string, unknown> = { ...catalogues.es, signTheLetter: 'Firmar la carta' };
      delete es.signLetter;
      expect(problems('es', es)).to.deep.equal([
        'es: signLetter is missing',
        'es: signTheLetter is not an English key',
      ]);
    });

    it('finds a plural form the language needs but the catalogue lacks', () => {
      const organisationsSigned: Record<string, string> = { ...(catalogues.pl.organisationsSigned as Record<string, string>) };
      delete organisationsSigned.few;
      expect(problems('pl', { ...catalogues.pl, organisationsSigned })).to.deep.equal([
        'pl: organisationsSigned lacks the "few" form',
      ]);
    });

    it('finds a renamed, lost or broken placeholder', () => {
      expect(
        problems('fr', {
          ...catalogues.fr,
          goal: 'Objectif : {objectif}',
          showAll: 'Afficher tout',
          peopleSigned: { one: '{n} personne a signé', many: '{n} de personnes ont signé', other: '{n personnes ont signé' },
        }),
      ).to.have.members([
        'fr: goal.other has placeholders {objectif}, English has {goal}',
        'fr: showAll.other has placeholders {}, English has {n}',
        'fr: peopleSigned.other has a broken placeholder',
        'fr: peopleSigned.other has placeholders {}, English has {n}',
      ]);
    });

    it('lets a form for one exact number spell it out, but not invent a placeholder', () => {
      const matches = { ...(catalogues.ar.matches as Record<string, string>), two: '{count} موقّعان' };
      expect(problems('ar', { ...catalogues.ar, matches })).to.deep.equal([
        'ar: matches.two has placeholders {count}, English has {n}',
      ]);
    });
  });
});

describe('the packed catalogues the bundle ships (src/i18n/packed.ts)', () => {
  // Each count's forms, and the numbers that reach them in some language:
  // Polish few/many (2, 5, 22), every Arabic form (0, 1, 2, 3, 11, 100),
  // fractions (Polish other) and round millions (Spanish, French, Portuguese many).
  const COUNTS = [0, 1, 2, 3, 5, 11, 22, 100, 1.5, 1_000_000];
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(`${lang}: says exactly what ${lang}.ts says, in every form`, () => {
      const rules = new Intl.PluralRules(lang);
      const digits = new Intl.NumberFormat(lang);
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const n of COUNTS) {
          const text = typeof entry == 'string' ? entry : (entry[rules.select(n)] ?? entry.other);
          const expected = text.replace('{n}', digits.format(n)).replace('{goal}', '500').replace('{date}', '3 December 2012');
          const got = msg(lang, key as MessageKey, { n, goal: '500', date: '3 December 2012' });
          expect(got, `${lang} ${key} for ${n}`).to.equal(expected);
        }
      }
    });
  }
});
