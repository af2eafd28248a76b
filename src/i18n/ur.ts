// Urdu (اردو). Keys and comments: see en.ts. Plural categories: one, other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: 'پورا خط پڑھیں',
  showLess: 'کم دکھائیں',
  loadingLetter: 'خط لوڈ ہو رہا ہے…',
  loadingSignatories: 'دستخط کنندگان لوڈ ہو رہے ہیں…',
  signatoryTotal: { one: '{n} دستخط کنندہ', other: '{n} دستخط کنندگان' },
  countryTotal: { one: '{n} ملک سے', other: '{n} ممالک سے' },
  organisationsSigned: { one: '{n} تنظیم نے دستخط کیے ہیں', other: '{n} تنظیموں نے دستخط کیے ہیں' },
  peopleSigned: { one: '{n} شخص نے دستخط کیے ہیں', other: '{n} افراد نے دستخط کیے ہیں' },
  signatoriesSigned: { one: 'اب تک {n} دستخط کنندہ', other: 'اب تک {n} دستخط کنندگان' },
  goal: 'ہدف: {goal}',
  showAll: 'تمام {n} دکھائیں',
  showMore: 'مزید دکھائیں',
  fullList: 'دستخط کنندگان کی مکمل فہرست دیکھیں',
  searchLabel: 'دستخط کنندگان تلاش کریں',
  countryLabel: 'ملک',
  allCountries: 'تمام ممالک',
  international: 'بین الاقوامی',
  separator: '، ',
  matches: { one: '{n} دستخط کنندہ مماثل ہے', other: '{n} دستخط کنندگان مماثل ہیں' },
  noMatches: 'کوئی دستخط کنندہ آپ کی تلاش سے مماثل نہیں ہے۔',
  signLetter: 'خط پر دستخط کریں',
  signOnClosed: 'دستخط کرنے کی مدت {date} کو ختم ہو گئی۔',
  newTab: '(نئے ٹیب میں کھلتا ہے)',
  loadFailed: 'لوڈ نہیں ہو سکا۔',
} satisfies Catalogue;
