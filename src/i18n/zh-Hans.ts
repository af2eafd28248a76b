// Simplified Chinese (简体中文), for zh, zh-CN, zh-SG. Keys and comments: see en.ts.
// Chinese has one plural category: other.
import type { Catalogue } from './types.js';

export default {
  readFullLetter: '阅读公开信全文',
  showLess: '收起',
  loadingLetter: '正在加载公开信…',
  loadingSignatories: '正在加载签署方…',
  signatoryTotal: { other: '{n} 个签署方' },
  countryTotal: { other: '来自 {n} 个国家/地区' },
  organisationsSigned: { other: '已有 {n} 个组织签署' },
  peopleSigned: { other: '已有 {n} 人签署' },
  signatoriesSigned: { other: '已有 {n} 方签署' },
  goal: '目标：{goal}',
  showAll: '显示全部（{n}）',
  showMore: '显示更多',
  fullList: '查看完整签署名单',
  searchLabel: '搜索签署方',
  countryLabel: '国家/地区',
  allCountries: '所有国家/地区',
  international: '国际',
  separator: '，',
  matches: { other: '找到 {n} 个签署方' },
  noMatches: '没有符合搜索条件的签署方。',
  signLetter: '签署公开信',
  signOnClosed: '签署已于{date}截止。',
  newTab: '（在新标签页中打开）',
  loadFailed: '无法加载。',
} satisfies Catalogue;
