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
  return done(r, key, warn);
}

function done(r: { v: any; w: Walk }, key: string, warn?: (issue: FeedIssue) => void): any {
  if (!r.v) return { ok: false, issue: r.w.i[0] };
  if (warn) r.w.w.forEach((i) => warn(i));
  return { ok: true, [key]: r.v };
}

/**
 * Lets the page breathe between two slices of a long list: `scheduler.yield`
 * where the browser has it, else a message to ourselves (setTimeout waits at
 * least 4 ms once nested, and a second in a background tab).
 */
const breathe = (): Promise<unknown> =>
  (globalThis as any).scheduler?.yield?.() ??
  new Promise((r) => {
    const c = new MessageChannel();
    // Closed, so that Node, which keeps a listening port's process alive, can exit.
    c.port1.onmessage = () => r(c.port1.close());
    c.port2.postMessage(0);
  });

/**
 * `read`, with a long `signatories` list checked `slice` names at a time
 * between which the page runs (2,000 names: ~10 ms here, ~40 ms on a slow
 * phone; 100,000 names took one 300–600 ms task in one piece). The same
 * result and the same warnings in the same order: the rest of the document is
 * checked first, with an empty list, and the list's warnings go where its
 * place among the fields puts them.
 */
async function readInSlices(s: Schema, json: any, key: string, warn?: (issue: FeedIssue) => void, rules?: Rules, slice = 2000): Promise<any> {
  const list = isObj(json) && own(json, 'version') === 1 && own(json, 'signatories');
  if (!Array.isArray(list) || list.length <= slice) return read(s, json, key, warn, rules);
  try {
    const r = walk(s, { ...json, signatories: [] }),
      fields = Object.keys(s.f!),
      clean: unknown[] = [],
      later: FeedIssue[] = [];
    // Refused for the rest: the list changes nothing.
    if (!r.v) return done(r, key);
    for (let a = 0; a < list.length; a += slice) {
      await breathe();
      const w: Walk = { i: [], w: [] };
      // An array of signatories is never refused: a bad one is dropped, with a warning at `signatories[i]`.
      clean.push(...check(s.f!.signatories!, list.slice(a, a + slice), 'signatories', w));
      for (const i of w.w) later.push({ path: i.path.replace(/\d+/, (n) => '' + (+n + a)), message: i.message });
    }
    r.v.signatories = clean;
    const at = r.w.w.findIndex((i) => fields.indexOf(i.path.match(/^[^.[]*/)![0]) > fields.indexOf('signatories'));
    r.w.w.splice(at < 0 ? r.w.w.length : at, 0, ...later);
    if (rules) rules(r.v, r.w);
    return done(r, key, warn);
  } catch (e) {
    return { ok: false, issue: { path: '', message: '' + e } };
  }
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

/**
 * `readFeed` for a page: the same result and warnings, but a long signatory
 * list is read in slices between which the page stays responsive (typing,
 * scrolling, painting). `slice` is the number of names per slice.
 */
export const readFeedInSlices = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
  slice?: number,
): Promise<{ ok: true; feed: Feed } | { ok: false; issue: FeedIssue }> => readInSlices(feedSchema, json, 'feed', warn, feedRules, slice);

/** Every violation of the format in a parsed feed, each with its path; `[]` when it is valid. */
export const validateFeed = (json: unknown): FeedIssue[] => walk(feedSchema, json, true, feedRules).w.i;

/** Reads the split list (`signatoriesUrl`) by the same rules as `readFeed`. */
export const readSignatoriesDocument = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
): { ok: true; document: SignatoriesDocument } | { ok: false; issue: FeedIssue } =>
  read(signatoriesDocumentSchema, json, 'document', warn);

/** `readSignatoriesDocument`, in slices as `readFeedInSlices` reads. */
export const readSignatoriesDocumentInSlices = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
  slice?: number,
): Promise<{ ok: true; document: SignatoriesDocument } | { ok: false; issue: FeedIssue }> =>
  readInSlices(signatoriesDocumentSchema, json, 'document', warn, undefined, slice);

/** How many have signed: `signatoryCount` when the published list is partial, else the list's length. */
export const signatoryTotal = (feed: Pick<Feed, 'signatories' | 'signatoryCount'>): number =>
  feed.signatoryCount ?? feed.signatories.length;

/** Every violation in a parsed split list, each with its path; `[]` when it is valid. */
export const validateSignatoriesDocument = (json: unknown): FeedIssue[] => walk(signatoriesDocumentSchema, json, true).w.i;
