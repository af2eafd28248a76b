import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/runtime.js';

/**
 * What an element shows when its feed failed: the page's own content (a
 * fallback link, a pre-rendered copy) through the slot, or, when the page gave
 * it none, "Could not be loaded." in a status region, in the interface
 * language `ui`, rather than an empty gap.
 */
export const fallback = (host: HTMLElement, lang: string, ui: string): TemplateResult =>
  html`<slot></slot>${host.textContent!.trim() || host.children.length ? '' : html`<p part="error" role="status" lang=${ui}>${msg(lang, 'loadFailed')}</p>`}`;
