import type en from './en.js';

/** The name of an interface text, as English (the reference catalogue) spells it. */
export type MessageKey = keyof typeof en;

/**
 * The wording of a count for each CLDR plural category the language uses
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
 * English needs `one` and `other`, Polish `one`/`few`/`many`/`other`, Arabic
 * all six, Chinese only `other`.
 */
export type PluralForms = { [C in Intl.LDMLPluralRule]?: string } & { other: string };

/** A language's catalogue: exactly English's keys, each a string or plural forms. */
export type Catalogue = { [K in MessageKey]: string | PluralForms };
