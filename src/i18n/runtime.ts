/**
 * Interface text in the reader's language, with the browser's own language
 * data: plural categories, digits, dates and country names all come from
 * `Intl`, so only the words of our catalogues are shipped.
 *
 * One rule keeps a widget in one language: anything inside a sentence (the
 * plural form, the digits, a date) follows the catalogue the sentence comes
 * from, in the reader's regional variant when it is the same language
 * (`pt-PT` plurals in the `pt` catalogue, Latin digits for `ar-MA`). A country
 * name stands alone, so it is given in the reader's language whenever the
 * browser knows it, even without a catalogue for that language.
 */
import { lookupLanguage } from '../feed/language.js';
import { keys, more, packed } from './packed.js';
import type { MessageKey } from './types.js';

export type { MessageKey };

/** The languages that have an interface-text catalogue (`src/i18n/`), English first. */
export const UI_LANGUAGES: readonly string[] = [...Object.keys(packed), ...Object.keys(more)];

const loading = new Map<string, Promise<void>>();

/**
 * Loads the catalogue that `lang` (any BCP 47 tag) is shown in, when it is
 * not at hand: English is in every page's script, each other language is a
 * chunk beside it (a few hundred bytes) that only its pages download. Returns
 * a promise that settles once `msg` can use it, or undefined when it already
 * can, so an English page never waits. A chunk that cannot be loaded (a
 * self-hosted copy without it, a network fault) leaves the page in English
 * rather than without text.
 */
export function catalogueFor(lang: string): Promise<void> | undefined {
  const ui = uiLanguage(lang);
  if (packed[ui] != null) return;
  let load = loading.get(ui);
  if (!load) {
    loading.set(
      ui,
      (load = more[ui]!().then(
        (chunk) => void (packed[ui] = chunk.default),
        () => void (packed[ui] = ''),
      )),
    );
  }
  return load;
}

const unpacked = new Map<string, string[][]>();

/**
 * A packed catalogue (see `src/i18n/pack.ts`) as lines of forms: line 0 the
 * plural categories, line i + 1 the forms of `keys[i]`. Split once per text.
 */
function lines(text: string): string[][] {
  let found = unpacked.get(text);
  if (!found) unpacked.set(text, (found = text.split('\n').map((line) => line.split('|'))));
  return found;
}

const uiCache = new Map<string | undefined, string>();

/**
 * The catalogue for a BCP 47 tag: `es-AR` → `es`, `pt-BR` → `pt`, anything
 * unknown → `en`. Chinese goes by script, which a region implies: `zh`,
 * `zh-CN`, `zh-SG` → `zh-Hans`; `zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`.
 */
export function uiLanguage(tag: string | undefined): string {
  let ui = uiCache.get(tag);
  if (!ui) {
    let full = tag;
    try {
      // CLDR's likely subtags (zh-TW → zh-Hant-TW), from the browser rather than a table of our own.
      full = new Intl.Locale(tag!.replace(/_/g, '-')).maximize().baseName;
    } catch {
      // Not a well-formed tag: lookup still matches what it can, else English.
    }
    uiCache.set(tag, (ui = lookupLanguage(full, UI_LANGUAGES, 'en')));
  }
  return ui;
}

const primary = (tag: string) => tag.split(/[-_]/)[0].toLowerCase();

/** The locales for anything inside a sentence of catalogue `ui`: the reader's variant of that language, else the catalogue's. */
const textLocales = (lang: string, ui = uiLanguage(lang)) => (primary(lang) == primary(ui) ? [lang, ui] : [ui]);

const intlCache = new Map<string, unknown>();

/**
 * One Intl object per constructor and locales: building them is the slow
 * part of formatting, and a list of 100,000 signatories formats a lot. Each
 * constructor is used with one set of options here, so its name is key
 * enough. An ill-formed tag throws RangeError; the last locale, always a
 * catalogue's tag, is then used alone.
 */
function intl<T, O>(Ctor: new (locales: string[], options: O) => T, locales: string[], options?: O): T {
  const key = Ctor.name + locales;
  let made = intlCache.get(key) as T | undefined;
  if (!made) {
    try {
      made = new Ctor(locales, options as O);
    } catch {
      made = new Ctor(locales.slice(-1), options as O);
    }
    intlCache.set(key, made);
  }
  return made;
}

/**
 * The text of `key` in the language `lang` (any BCP 47 tag), with `{name}`
 * placeholders filled from `params`; numbers are written the language's way.
 * The language's catalogue must be loaded (`catalogueFor`); until it is, the
 * text is English.
 * A count's form is chosen by `params.n`. A key the catalogue lacks is given
 * in English (digits and plural rules then English too); a plural category it
 * lacks (a newer CLDR may add one), by the same language's `other` form, which
 * reads better than English.
 */
export function msg(lang: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  const i = keys.indexOf(key) + 1;
  const ui = uiLanguage(lang);
  // A catalogue not loaded yet (catalogueFor) reads as one that lacks every key.
  let catalogue = lines(packed[ui] ?? '');
  let locales = textLocales(lang, ui);
  if (!catalogue[i]?.[0]) {
    catalogue = lines(packed.en);
    locales = ['en'];
  }
  const forms = catalogue[i];
  // One form, or a count's forms in the order of the catalogue's categories (line 0), `other` last.
  const text = forms.length == 1 ? forms[0] : (forms[catalogue[0].indexOf(intl(Intl.PluralRules, locales).select(+params.n))] ?? forms[forms.length - 1]);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return typeof value == 'number' ? intl(Intl.NumberFormat, locales).format(value) : (value ?? placeholder);
  });
}

// The scripts of living languages written right to left (ISO 15924 codes;
// Aran is Arabic Nastaliq, Syre/Syrj/Syrn Syriac's forms; historical scripts
// are left out for the bundle's sake). The table decides, not
// Intl.Locale#getTextInfo: WebKit's answers `ltr` for Dhivehi (Thaana).
const RTL_SCRIPTS = /^(Adlm|Ara[bn]|Gara|Hebr|Mand|Mend|Nkoo|Rohg|Samr|Syr[cejn]|Thaa|Yezi)$/;

/**
 * `rtl` for a language written right to left (`ar`, `ur`, `fa`, `he`, `dv`,
 * `ku-Arab`, …), else `ltr`: its script, or the one CLDR expects for the
 * language (ur → ur-Arab-PK, ku → ku-Latn-TR).
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    return RTL_SCRIPTS.test(new Intl.Locale(lang).maximize().script!) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The language that applies to `el` (HTML's rule): its own `lang`, else the
 * closest ancestor's, looking through shadow roots to their hosts, so an
 * element inside another component still follows the page; else the
 * document's. `lang=""` means "unknown language" and stops the search.
 */
export function hostLanguage(el: Element): string | undefined {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as ShadowRoot).host) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
  }
  return document.documentElement.lang || undefined;
}

/** A date as the sentence around it writes it ("3 December 2012", "3 de diciembre de 2012"). */
export function formatDate(lang: string, date: Date): string {
  // In UTC: the dates shown are calendar days (writtenDay in feed/date.ts), not instants to move into the reader's zone.
  return intl(Intl.DateTimeFormat, textLocales(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Compares strings the reader's way (for sorting country names); one per language, as the other Intl objects. */
export function collator(lang: string): Intl.Collator {
  return intl(Intl.Collator, [lang, uiLanguage(lang)]);
}

/** The name of the country with ISO 3166 code `code` in the reader's language; the code itself when there is none. */
export function countryName(lang: string, code: string): string {
  try {
    return intl(Intl.DisplayNames, [lang, uiLanguage(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
