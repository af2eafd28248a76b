/**
 * Reading and validating feeds: the public API, in words. Readers (the
 * elements) are lenient, as the format page's "How readers treat what they are
 * given" says; the validator (the feed builder, the CLI, CI) is strict. One
 * interpreter (check.ts) does both; reader.ts runs it with the issues as data,
 * and this module puts them into words (words.ts).
 *
 * Paths name the place in the JSON: `letter.en.body[0].content[1].href`,
 * `signatories[3].country`. The document itself is the empty path `''`; show
 * it as "feed".
 *
 * A warning names the part that was dropped (`signatories[3]`); its message
 * says what was wrong, with the path inside that part when the fault lies
 * deeper (`name: missing, expected a string of 1 to 200 characters`).
 */
import type { Issue } from './check.js';
import { feedRules, read, readFeedCoded, readSignatoriesDocumentCoded, walk } from './reader.js';
import { feedSchema, signatoriesDocumentSchema } from './schema.js';
import type { Feed, FeedIssue, SignatoriesDocument } from './types.js';
import { explain } from './words.js';

export { signatoryTotal } from './reader.js';

const worded = (r: any): any => (r.ok ? r : { ok: false, issue: explain(r.issue) });
const warned = (warn?: (issue: FeedIssue) => void) => warn && ((i: Issue) => warn(explain(i)));

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
): { ok: true; feed: Feed } | { ok: false; issue: FeedIssue } => worded(read(feedSchema, json, 'feed', warned(warn), feedRules));

/**
 * `readFeed` for a page: the same result and warnings, but a long signatory
 * list is read in slices between which the page stays responsive (typing,
 * scrolling, painting). `slice` is the number of names per slice.
 */
export const readFeedInSlices = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
  slice?: number,
): Promise<{ ok: true; feed: Feed } | { ok: false; issue: FeedIssue }> => readFeedCoded(json, warned(warn), slice).then(worded);

/** Every violation of the format in a parsed feed, each with its path; `[]` when it is valid. */
export const validateFeed = (json: unknown): FeedIssue[] => walk(feedSchema, json, true, feedRules).w.i.map(explain);

/** Reads the split list (`signatoriesUrl`) by the same rules as `readFeed`. */
export const readSignatoriesDocument = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
): { ok: true; document: SignatoriesDocument } | { ok: false; issue: FeedIssue } =>
  worded(read(signatoriesDocumentSchema, json, 'document', warned(warn)));

/** `readSignatoriesDocument`, in slices as `readFeedInSlices` reads. */
export const readSignatoriesDocumentInSlices = (
  json: unknown,
  warn?: (issue: FeedIssue) => void,
  slice?: number,
): Promise<{ ok: true; document: SignatoriesDocument } | { ok: false; issue: FeedIssue }> =>
  readSignatoriesDocumentCoded(json, warned(warn), slice).then(worded);

/** Every violation in a parsed split list, each with its path; `[]` when it is valid. */
export const validateSignatoriesDocument = (json: unknown): FeedIssue[] => walk(signatoriesDocumentSchema, json, true).w.i.map(explain);
