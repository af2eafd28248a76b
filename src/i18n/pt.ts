// Portuguese (português), written for Brazil and read in Portugal too. Keys and
// comments: see en.ts. Plural categories: one (0 and 1), many (round millions:
// "1.000.000 de signatários"), other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'Ler a carta completa',
  showLess: 'Mostrar menos',
  loadingLetter: 'Carregando a carta…',
  loadingSignatories: 'Carregando signatários…',
  signatoryTotal: { one: '{n} signatário', many: '{n} de signatários', other: '{n} signatários' },
  countryTotal: { one: 'de {n} país', many: 'de {n} de países', other: 'de {n} países' },
  organisationsSigned: {
    one: '{n} organização assinou',
    many: '{n} de organizações assinaram',
    other: '{n} organizações assinaram',
  },
  peopleSigned: { one: '{n} pessoa assinou', many: '{n} de pessoas assinaram', other: '{n} pessoas assinaram' },
  signatoriesSigned: {
    one: '{n} signatário até agora',
    many: '{n} de signatários até agora',
    other: '{n} signatários até agora',
  },
  goal: 'Meta: {goal}',
  showAll: 'Mostrar todos ({n})',
  showMore: 'Mostrar mais',
  fullList: 'Ver a lista completa de signatários',
  searchLabel: 'Pesquisar signatários',
  countryLabel: 'País',
  allCountries: 'Todos os países',
  international: 'Internacional',
  separator: ', ',
  matches: {
    one: '{n} signatário corresponde',
    many: '{n} de signatários correspondem',
    other: '{n} signatários correspondem',
  },
  noMatches: 'Nenhum signatário corresponde à pesquisa.',
  signLetter: 'Assinar a carta',
  signOnClosed: 'As assinaturas foram encerradas em {date}.',
  newTab: '(abre em uma nova aba)',
  loadFailed: 'Não foi possível carregar.',
} satisfies Catalogue;
