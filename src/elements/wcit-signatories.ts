import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';

/**
 * Who signed the letter.
 *
 * @tagname wcit-signatories
 * @slot - Fallback content, shown when the feed cannot be loaded.
 */
export class WcitSignatories extends LitElement {
  /** URL of the feed (absolute or relative to the page). */
  @property({ attribute: 'src' }) src = '';

  static define(tag = 'wcit-signatories', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
