import { WcitSignatories } from './wcit-signatories.js';

WcitSignatories.define();

export { WcitSignatories };

declare global {
  interface HTMLElementTagNameMap {
    'wcit-signatories': WcitSignatories;
  }
}
