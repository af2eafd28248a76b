// French (français). Keys and comments: see en.ts. Plural categories: one (0 and 1),
// many (round millions: "1 000 000 de signataires"), other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'Lire la lettre en entier',
  showLess: 'Afficher moins',
  loadingLetter: 'Chargement de la lettre…',
  loadingSignatories: 'Chargement des signataires…',
  signatoryTotal: { one: '{n} signataire', many: '{n} de signataires', other: '{n} signataires' },
  countryTotal: { one: 'de {n} pays', many: 'de {n} de pays', other: 'de {n} pays' },
  organisationsSigned: {
    one: '{n} organisation a signé',
    many: '{n} d’organisations ont signé',
    other: '{n} organisations ont signé',
  },
  peopleSigned: { one: '{n} personne a signé', many: '{n} de personnes ont signé', other: '{n} personnes ont signé' },
  signatoriesSigned: {
    one: '{n} signataire à ce jour',
    many: '{n} de signataires à ce jour',
    other: '{n} signataires à ce jour',
  },
  // \u00a0 is the no-break space French puts before a colon.
  goal: 'Objectif\u00a0: {goal}',
  showAll: 'Afficher les {n}',
  showMore: 'Afficher plus',
  fullList: 'Voir la liste complète des signataires',
  searchLabel: 'Rechercher un signataire',
  countryLabel: 'Pays',
  allCountries: 'Tous les pays',
  international: 'International',
  separator: ', ',
  matches: {
    one: '{n} signataire correspond',
    many: '{n} de signataires correspondent',
    other: '{n} signataires correspondent',
  },
  noMatches: 'Aucun signataire ne correspond à votre recherche.',
  signLetter: 'Signer la lettre',
  signOnClosed: 'La collecte des signatures a pris fin le {date}.',
  newTab: '(s’ouvre dans un nouvel onglet)',
  loadFailed: 'Chargement impossible.',
} satisfies Catalogue;
