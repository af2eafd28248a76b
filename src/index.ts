/**
 * The package's main entry, and the script-tag bundle's: defines
 * `<wcit-letter>`, `<wcit-signatories>` and `<wcit-sign-button>`. Safe to load
 * twice: a tag already defined is left as is.
 *
 * The classes alone, with no side effect, are `wcit-embed/elements/<tag>.js`.
 */
export * from './elements/wcit-letter-define.js';
export * from './elements/wcit-signatories-define.js';
export * from './elements/wcit-sign-button-define.js';
export type { FeedState, WcitErrorDetail, WcitErrorEvent, WcitLoadDetail, WcitLoadEvent } from './shared/feed-controller.js';
export type { WcitSignClickDetail, WcitSignClickEvent } from './elements/wcit-sign-button.js';
export type { Block, Feed, Inline, LetterText, Signatory, SignOn } from './feed/types.js';
