// Hindi (हिन्दी). Keys and comments: see en.ts. Plural categories: one (0 and 1), other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'पूरा पत्र पढ़ें',
  showLess: 'कम दिखाएँ',
  loadingLetter: 'पत्र लोड हो रहा है…',
  loadingSignatories: 'हस्ताक्षरकर्ता लोड हो रहे हैं…',
  signatoryTotal: { one: '{n} हस्ताक्षरकर्ता', other: '{n} हस्ताक्षरकर्ता' },
  countryTotal: { one: '{n} देश से', other: '{n} देशों से' },
  organisationsSigned: { one: '{n} संगठन ने हस्ताक्षर किए हैं', other: '{n} संगठनों ने हस्ताक्षर किए हैं' },
  peopleSigned: { one: '{n} व्यक्ति ने हस्ताक्षर किए हैं', other: '{n} लोगों ने हस्ताक्षर किए हैं' },
  signatoriesSigned: { one: 'अब तक {n} हस्ताक्षरकर्ता', other: 'अब तक {n} हस्ताक्षरकर्ता' },
  goal: 'लक्ष्य: {goal}',
  showAll: 'सभी {n} दिखाएँ',
  showMore: 'और दिखाएँ',
  fullList: 'हस्ताक्षरकर्ताओं की पूरी सूची देखें',
  searchLabel: 'हस्ताक्षरकर्ता खोजें',
  countryLabel: 'देश',
  allCountries: 'सभी देश',
  international: 'अंतरराष्ट्रीय',
  separator: ', ',
  matches: { one: '{n} हस्ताक्षरकर्ता मेल खाता है', other: '{n} हस्ताक्षरकर्ता मेल खाते हैं' },
  noMatches: 'आपकी खोज से कोई हस्ताक्षरकर्ता मेल नहीं खाता।',
  signLetter: 'पत्र पर हस्ताक्षर करें',
  signOnClosed: 'हस्ताक्षर {date} को बंद हो गए।',
  newTab: '(नए टैब में खुलता है)',
  loadFailed: 'लोड नहीं हो सका।',
} satisfies Catalogue;
