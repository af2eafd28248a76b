import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';

/**
 * The call to action that leads to the sign-on page.
 *
 * @tagname wcit-sign-button
 * @slot - Fallback content, shown when the feed cannot be loaded.
 */
export class WcitSignButton extends LitElement {
  /** URL of the feed (absolute or relative to the page). */
  @property({ attribute: 'src' }) src = '';

  static define(tag = 'wcit-sign-button', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
