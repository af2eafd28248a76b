// Traditional Chinese (繁體中文), for zh-TW, zh-HK, zh-MO. Keys and comments: see en.ts.
// Chinese has one plural category: other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: '閱讀公開信全文',
  showLess: '收合',
  loadingLetter: '正在載入公開信…',
  loadingSignatories: '正在載入連署方…',
  signatoryTotal: { other: '{n} 個連署方' },
  countryTotal: { other: '來自 {n} 個國家/地區' },
  organisationsSigned: { other: '已有 {n} 個組織連署' },
  peopleSigned: { other: '已有 {n} 人連署' },
  signatoriesSigned: { other: '已有 {n} 方連署' },
  goal: '目標：{goal}',
  showAll: '顯示全部（{n}）',
  showMore: '顯示更多',
  fullList: '查看完整連署名單',
  searchLabel: '搜尋連署方',
  countryLabel: '國家/地區',
  allCountries: '所有國家/地區',
  international: '國際',
  separator: '，',
  matches: { other: '找到 {n} 個連署方' },
  noMatches: '沒有符合搜尋條件的連署方。',
  signLetter: '連署公開信',
  signOnClosed: '連署已於{date}截止。',
  newTab: '（在新分頁中開啟）',
  loadFailed: '無法載入。',
} satisfies Catalogue;
