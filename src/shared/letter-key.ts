/**
 * The fingerprint of a letter's text, written into the pre-rendered snippet
 * (`data-wcit` on the `<article>`) and computed again by `<wcit-letter>` from
 * the live feed: equal fingerprints mean the pre-rendered text is the feed's,
 * so the element keeps showing it untouched. FNV-1a over the language tag and
 * the text as the shared reader returns it (the same code in Node and in the
 * browser, so the same JSON). Not a security measure: a mismatch only makes
 * the element render the feed itself.
 */
import type { LetterText } from '../feed/types.js';

export function letterKey(tag: string, text: LetterText): string {
  let h = 2166136261;
  for (const c of tag + JSON.stringify(text)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36);
}
