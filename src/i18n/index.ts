// Every interface-text catalogue, by BCP 47 tag. To add a language: copy
// en.ts to <tag>.ts, translate it, list it here and run `npm run i18n`.
import ar from './ar.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import hi from './hi.js';
import pl from './pl.js';
import pt from './pt.js';
import ur from './ur.js';
import zhHans from './zh-Hans.js';
import zhHant from './zh-Hant.js';
import type { Catalogue } from './types.js';

/** English first: it is the reference and the fallback. */
export const catalogues: Record<string, Catalogue> = {
  en,
  es,
  fr,
  pl,
  pt,
  ar,
  ur,
  hi,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};
