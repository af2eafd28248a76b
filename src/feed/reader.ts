/**
 * The readers, with their issues as data (`Issue`, check.ts): what the
 * browser runs. read.ts, the public API, puts the issues into words
 * (words.ts); the loader does so only when a feed has a problem, so that
 * the words are downloaded only then.
 *
 * Paths name the place in the JSON: `letter.en.body[0].content[1].href`,
 * `signatories[3].country`. The document itself is the empty path `''`; show
 * it as "feed".
 *
 * A warning names the part that was dropped (`signatories[3]`), and the path
 * inside that part when the fault lies deeper (`r`: `.name`).
 */
import { check, isObj, own, type Issue, type Walk } from './check.js';
import { feedSchema, signatoriesDocumentSchema, type Schema } from './schema.js';
import type { Feed, SignatoriesDocument } from './types.js';

export type Warn = (issue: Issue) => void;
/** A reader's result: the clean copy under `K`, or the issue that refused it. */
export type Read<K extends string, T> = ({ ok: true } & { [_ in K]: T }) | { ok: false; issue: Issue };

type Rules = (f: any, w: Walk) => void;

/** Walks `j`; strict, `w.i` lists every issue; lenient, `v` is the clean copy (or `undefined`: refused with `w.i[0]`). */
export function walk(s: Schema, j: any, strict?: boolean, rules?: Rules) {
  const w: Walk = { s: strict, i: [], w: [] };
  // A version we do not know: nothing else in the document means anything to us.
  const v =
      isObj(j) && own(j, 'version') !== 1 ? void w.i.push({ p: 'version', k: 'V', v: own(j, 'version') }) : check(s, j, '', w),
    f = strict ? w.i[0]?.p != 'version' && isObj(j) && j : v;
  if (f && rules) rules(f, w);
  return { v, w };
}

/** The rules no single field can check. Lenient, they repair the clean copy and warn. */
export const feedRules: Rules = (f, w) => {
  // Strict, a field already reported as malformed is not reported again.
  const note = (i: Issue) => w.i.some((j) => j.p == i.p) || (w.s ? w.i : w.w).push(i),
    lang = own(f, 'defaultLanguage'),
    list = own(f, 'signatories'),
    count = own(f, 'signatoryCount'),
    keys = isObj(own(f, 'letter')) ? Object.keys(f.letter) : [];
  if (typeof lang == 'string' && keys[0] && !keys.includes(lang)) {
    note({ p: 'defaultLanguage', k: 'L', v: lang, x: keys });
    if (!w.s) f.defaultLanguage = keys[0];
  }
  if (Array.isArray(list) && typeof count == 'number' && count < list.length) {
    note({ p: 'signatoryCount', k: 'C', v: count, x: list.length });
    if (!w.s) delete f.signatoryCount;
  }
};

export function read(s: Schema, json: unknown, key: string, warn?: Warn, rules?: Rules): any {
  let r;
  try {
    r = walk(s, json, false, rules);
  } catch (e) {
    // Not expected (the walk follows the descriptors, never the value's depth),
    // but a reader must end in a state whatever it is given.
    return { ok: false, issue: { p: '', k: 'E', v: e } };
  }
  return done(r, key, warn);
}

function done(r: { v: any; w: Walk }, key: string, warn?: Warn): any {
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
async function readInSlices(s: Schema, json: any, key: string, warn?: Warn, rules?: Rules, slice = 2000): Promise<any> {
  const list = isObj(json) && own(json, 'version') === 1 && own(json, 'signatories');
  if (!Array.isArray(list) || list.length <= slice) return read(s, json, key, warn, rules);
  try {
    const r = walk(s, { ...json, signatories: [] }),
      fields = Object.keys(s.f!),
      clean: unknown[] = [],
      later: Issue[] = [];
    // Refused for the rest: the list changes nothing.
    if (!r.v) return done(r, key);
    for (let a = 0; a < list.length; a += slice) {
      await breathe();
      const w: Walk = { i: [], w: [] };
      // An array of signatories is never refused: a bad one is dropped, with a warning at `signatories[i]`.
      clean.push(...check(s.f!.signatories!, list.slice(a, a + slice), 'signatories', w));
      for (const i of w.w) later.push({ ...i, p: i.p.replace(/\d+/, (n) => '' + (+n + a)) });
    }
    r.v.signatories = clean;
    const at = r.w.w.findIndex((i) => fields.indexOf(i.p.match(/^[^.[]*/)![0]) > fields.indexOf('signatories'));
    r.w.w.splice(at < 0 ? r.w.w.length : at, 0, ...later);
    if (rules) rules(r.v, r.w);
    return done(r, key, warn);
  } catch (e) {
    return { ok: false, issue: { p: '', k: 'E', v: e } };
  }
}

/** `readFeedInSlices` (read.ts) with the issues as data. */
export const readFeedCoded = (json: unknown, warn?: Warn, slice?: number): Promise<Read<'feed', Feed>> =>
  readInSlices(feedSchema, json, 'feed', warn, feedRules, slice);

/** `readSignatoriesDocumentInSlices` (read.ts) with the issues as data. */
export const readSignatoriesDocumentCoded = (json: unknown, warn?: Warn, slice?: number): Promise<Read<'document', SignatoriesDocument>> =>
  readInSlices(signatoriesDocumentSchema, json, 'document', warn, undefined, slice);

/** How many have signed: `signatoryCount` when the published list is partial, else the list's length. */
export const signatoryTotal = (feed: Pick<Feed, 'signatories' | 'signatoryCount'>): number =>
  feed.signatoryCount ?? feed.signatories.length;
