import { WcitSignButton } from './wcit-sign-button.js';

WcitSignButton.define();

export { WcitSignButton };

declare global {
  interface HTMLElementTagNameMap {
    'wcit-sign-button': WcitSignButton;
  }
}
