/**
 * The feed core: types, the lenient reader, the strict validator and language
 * lookup. No DOM and no Lit, so the elements, the CLI and the tests share it.
 * The JSON Schema generator is the organiser's tool's (src/cli/json-schema.ts),
 * out of the browser bundle.
 */
export type { Block, Feed, FeedIssue, Inline, LetterText, SignOn, SignatoriesDocument, Signatory } from './types.js';
export { isSafeHref } from './check.js';
export {
  readFeed,
  readFeedInSlices,
  readSignatoriesDocument,
  readSignatoriesDocumentInSlices,
  signatoryTotal,
  validateFeed,
  validateSignatoriesDocument,
} from './read.js';
export { lookupLanguage } from './language.js';
