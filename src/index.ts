/**
 * The script-tag entry: defines `<wcit-letter>`, `<wcit-signatories>` and
 * `<wcit-sign-button>`. Safe to load twice: a tag already defined is left as is.
 */
export * from './elements/wcit-letter-define.js';
export * from './elements/wcit-signatories-define.js';
export * from './elements/wcit-sign-button-define.js';
