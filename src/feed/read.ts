/**
 * Reading and validating feeds. Readers (the elements) are lenient, as the
 * format page's "How readers treat what they are given" says; the validator
 * (the feed builder, the CLI, CI) is strict. One interpreter (check.ts) does
 * both.
 *
 * Paths name the place in the JSON: `letter.en.body[0].content[1].href`,
 * `signatories[3].country`. The document itself is the empty path `''`; show
 * it as "feed".
 *
 * A warning names the part that was dropped (`signatories[3]`); its message
 * says what was wrong, with the path inside that part when the fault lies
 * deeper (`name: missing, expected a string of 1 to 200 characters`).
 */
import { check, isObj, own, shown, type Walk } from './check.js';
import { feedSchema, signatoriesDocumentSchema, type Schema } from './schema.js';
import type { Feed, FeedIssue, SignatoriesDocument } from './types.js';

type Rules = (f: any, w: Walk) => void;

/** Walks `j`; strict, `w.i` lists every issue; lenient, `v` is the clean copy (or `undefined`: refused with `w.i[0]`). */
function walk(s: Schema, j: any, strict?: boolean, rules?: Rules) {
  const w: Walk = { s: strict, i: [], w: [] };
  // A version we do not know: nothing else in the document means anything to us.
  const v =
    isObj(j) && own(j, 'version') !== 1
      ? void w.i.push({ path: 'version', message: 'unsupported feed version ' + shown(own(j, 'version')) })
      : check(s, j, '', w),
    f = strict ? w.i[0]?.path != 'version' && isObj(j) && j : v;
  if (f && rules) rules(f, w);
  return { v, w };
}

/** The rules no single field can check. Lenient, they repair the clean copy and warn. */
const feedRules: Rules = (f, w) => {
  // Strict, a field already reported as malformed is not reported again.
  const note = (path: string, message: string) =>
      w.i.some((i) => i.path == path) || (w.s ? w.i : w.w).push({ path, message }),
    lang = own(f, 'defaultLanguage'),
    list = own(f, 'signatories'),
    count = own(f, 'signatoryCount'),
    keys = isObj(own(f, 'letter')) ? Object.keys(f.letter) : [];
  if (typeof lang == 'string' && keys[0] && !keys.includes(lang)) {
    note('defaultLanguage', `expected one of the letter's languages (${keys.join(', ')}), got ${shown(lang)}`);
    if (!w.s) f.defaultLanguage = keys[0];
  }
  if (Array.isArray(list) && typeof count == 'number' && count < list.length) {
    note('signatoryCount', `expected at least the ${list.length} signatories listed, got ${shown(count)}`);
    if (!w.s) delete f.signatoryCount;
  }
};

function read(s: Schema, json: unknown, key: string, warn?: (issue: FeedIssue) => void, rules?: Rules): any {
  let r;
  try {
    r = walk(s, json, false, rules);
  } catch (e) {
    // Not expected (the walk follows the descriptors, never the value's depth),
    // but a reader must end in a state whatever it is given.
    return { ok: false, issue: { path: '', message: '' + e } };
  }
  if (!r.v) return { ok: false, issue: r.w.i[0] };
  if (warn) r.w.w.forEach((i) => warn(i));
  return { ok: true, [key]: r.v };
}

/**
 * Reads a parsed feed the way the elements do: a wrong optional field, an
 * unsafe URL or one malformed signatory, block, list item or language is
 * dropped with one `warn` naming its path, and everything valid is kept. The
 * feed is refused (with the problem and its path) when it is not an object,
 * its version is not 1, or a required part fails with nothing around it to
 * drop (e.g. no usable letter text in any language). The feed returned is a
 * clean copy holding only the fields the format names.
 */
export const readFeed = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
): { ok: true; feed: Feed } | { ok: false; issue: FeedIssue } => read(feedSchema, json, 'feed', warn, feedRules);

/** Every violation of the format in a parsed feed, each with its path; `[]` when it is valid. */
export const validateFeed = (json: unknown): FeedIssue[] => walk(feedSchema, json, true, feedRules).w.i;

/** Reads the split list (`signatoriesUrl`) by the same rules as `readFeed`. */
export const readSignatoriesDocument = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
): { ok: true; document: SignatoriesDocument } | { ok: false; issue: FeedIssue } =>
  read(signatoriesDocumentSchema, json, 'document', warn);

/** How many have signed: `signatoryCount` when the published list is partial, else the list's length. */
export const signatoryTotal = (feed: Pick<Feed, 'signatories' | 'signatoryCount'>): number =>
  feed.signatoryCount ?? feed.signatories.length;

/** Every violation in a parsed split list, each with its path; `[]` when it is valid. */
export const validateSignatoriesDocument = (json: unknown): FeedIssue[] => walk(signatoriesDocumentSchema, json, true).w.i;
