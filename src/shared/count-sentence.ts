/**
 * The count sentence, "18 organisations have signed", as `<wcit-signatories
 * compact>` shows it and the pre-rendered snippet writes it: organisations or
 * people when every listed signatory is one, else signatories.
 */
import { signatoryTotal } from '../feed/read.js';
import type { Feed } from '../feed/types.js';
import { msg } from '../i18n/runtime.js';

export function countSentence(feed: Feed, lang: string): string {
  const list = feed.signatories;
  const people = list.filter((s) => s.kind == 'individual').length;
  return msg(lang, !list.length || (people && people < list.length) ? 'signatoriesSigned' : people ? 'peopleSigned' : 'organisationsSigned', { n: signatoryTotal(feed) });
}
