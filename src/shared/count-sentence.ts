/**
 * The count sentence, "18 organisations have signed", and the goal bar's
 * reading, as `<wcit-signatories compact>` shows them and the pre-rendered
 * snippet writes them.
 */
import { signatoryTotal } from '../feed/reader.js';
import type { Feed } from '../feed/types.js';
import { msg } from '../i18n/runtime.js';

/** Organisations or people when every listed signatory is one, else signatories. */
export function countSentence(feed: Feed, lang: string): string {
  const list = feed.signatories;
  const people = list.filter((s) => s.kind == 'individual').length;
  return msg(lang, !list.length || (people && people < list.length) ? 'signatoriesSigned' : people ? 'peopleSigned' : 'organisationsSigned', { n: signatoryTotal(feed) });
}

/** The goal bar's reading, "60 signatories, Goal: 1,000", not a percentage. */
export function goalText(feed: Feed, lang: string, goal: number): string {
  return msg(lang, 'signatoryTotal', { n: signatoryTotal(feed) }) + msg(lang, 'separator') + msg(lang, 'goal', { goal });
}
