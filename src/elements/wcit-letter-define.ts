import { WcitLetter } from './wcit-letter.js';

WcitLetter.define();

export { WcitLetter };

declare global {
  interface HTMLElementTagNameMap {
    'wcit-letter': WcitLetter;
  }
}
