// Spanish (español). Keys and comments: see en.ts. Plural categories: one, many, other
// (`many` is for round millions: "1.000.000 de firmantes").
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'Leer la carta completa',
  showLess: 'Mostrar menos',
  loadingLetter: 'Cargando la carta…',
  loadingSignatories: 'Cargando firmantes…',
  signatoryTotal: { one: '{n} firmante', many: '{n} de firmantes', other: '{n} firmantes' },
  countryTotal: { one: 'de {n} país', many: 'de {n} de países', other: 'de {n} países' },
  organisationsSigned: {
    one: '{n} organización ha firmado',
    many: '{n} de organizaciones han firmado',
    other: '{n} organizaciones han firmado',
  },
  peopleSigned: { one: '{n} persona ha firmado', many: '{n} de personas han firmado', other: '{n} personas han firmado' },
  signatoriesSigned: {
    one: '{n} firmante se ha sumado',
    many: '{n} de firmantes se han sumado',
    other: '{n} firmantes se han sumado',
  },
  goal: 'Objetivo: {goal}',
  showAll: 'Mostrar los {n}',
  showMore: 'Mostrar más',
  fullList: 'Ver la lista completa de firmantes',
  searchLabel: 'Buscar firmantes',
  countryLabel: 'País',
  allCountries: 'Todos los países',
  international: 'Internacional',
  separator: ', ',
  matches: { one: '{n} firmante coincide', many: '{n} de firmantes coinciden', other: '{n} firmantes coinciden' },
  // Neither "tu" nor "su": the same text serves Spain and Latin America.
  noMatches: 'Ningún firmante coincide con la búsqueda.',
  signLetter: 'Firmar la carta',
  signOnClosed: 'El plazo para firmar cerró el {date}.',
  newTab: '(se abre en una pestaña nueva)',
  loadFailed: 'No se pudo cargar.',
} satisfies Catalogue;
