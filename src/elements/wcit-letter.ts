import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';

/**
 * The coalition's letter.
 *
 * @tagname wcit-letter
 * @slot - Fallback content, shown when the feed cannot be loaded.
 */
export class WcitLetter extends LitElement {
  /** URL of the feed (absolute or relative to the page). */
  @property({ attribute: 'src' }) src = '';

  static define(tag = 'wcit-letter', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
