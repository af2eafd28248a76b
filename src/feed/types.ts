/**
 * The feed's types, inferred from the descriptors in schema.ts so that they
 * cannot drift from the checks or the published JSON Schema.
 */
import type {
  Infer,
  blockSchema,
  feedSchema,
  inlineSchema,
  letterTextSchema,
  signOnSchema,
  signatoriesDocumentSchema,
  signatorySchema,
} from './schema.js';

/** A feed, version 1. */
export type Feed = Infer<typeof feedSchema>;
/** The letter in one language. */
export type LetterText = Infer<typeof letterTextSchema>;
/** A paragraph, heading or list of the letter's body. */
export type Block = Infer<typeof blockSchema>;
/** A run of text: a plain string, or text with emphasis or a link. */
export type Inline = Infer<typeof inlineSchema>;
/** Where and until when people sign. */
export type SignOn = Infer<typeof signOnSchema>;
/** One organisation or person who signed. */
export type Signatory = Infer<typeof signatorySchema>;
/** The complete list that `signatoriesUrl` points at. */
export type SignatoriesDocument = Infer<typeof signatoriesDocumentSchema>;

/** One problem with a feed: where (JSON path, `''` for the document) and what, in plain words. */
export interface FeedIssue {
  path: string;
  message: string;
}
