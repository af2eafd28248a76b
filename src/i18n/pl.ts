// Polish (polski). Keys and comments: see en.ts. Plural categories: one (1),
// few (2–4, 22–24, …), many (0, 5–21, 25–31, …), other (fractions: "1,5 kraju").
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'Przeczytaj cały list',
  showLess: 'Pokaż mniej',
  loadingLetter: 'Wczytywanie listu…',
  loadingSignatories: 'Wczytywanie listy sygnatariuszy…',
  signatoryTotal: {
    one: '{n} sygnatariusz',
    few: '{n} sygnatariusze',
    many: '{n} sygnatariuszy',
    other: '{n} sygnatariusza',
  },
  countryTotal: { one: 'z {n} kraju', few: 'z {n} krajów', many: 'z {n} krajów', other: 'z {n} kraju' },
  organisationsSigned: {
    one: '{n} organizacja podpisała',
    few: '{n} organizacje podpisały',
    many: '{n} organizacji podpisało',
    other: '{n} organizacji podpisało',
  },
  peopleSigned: {
    one: '{n} osoba podpisała',
    few: '{n} osoby podpisały',
    many: '{n} osób podpisało',
    other: '{n} osoby podpisało',
  },
  signatoriesSigned: {
    one: '{n} sygnatariusz podpisał',
    // Masculine personal: "2 sygnatariusze podpisali", but "5 sygnatariuszy podpisało".
    few: '{n} sygnatariusze podpisali',
    many: '{n} sygnatariuszy podpisało',
    other: '{n} sygnatariusza podpisało',
  },
  goal: 'Cel: {goal}',
  showAll: 'Pokaż wszystkich ({n})',
  showMore: 'Pokaż więcej',
  fullList: 'Zobacz pełną listę sygnatariuszy',
  searchLabel: 'Szukaj sygnatariuszy',
  countryLabel: 'Kraj',
  allCountries: 'Wszystkie kraje',
  // Said of organisations, hence the plural neuter form.
  international: 'Międzynarodowe',
  separator: ', ',
  matches: {
    one: 'Znaleziono {n} sygnatariusza',
    few: 'Znaleziono {n} sygnatariuszy',
    many: 'Znaleziono {n} sygnatariuszy',
    other: 'Znaleziono {n} sygnatariusza',
  },
  noMatches: 'Żaden sygnatariusz nie pasuje do wyszukiwania.',
  signLetter: 'Podpisz list',
  signOnClosed: 'Zbieranie podpisów zakończyło się {date}.',
  newTab: '(otwiera się w nowej karcie)',
  loadFailed: 'Nie udało się wczytać.',
} satisfies Catalogue;
