import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { instant, writtenDay } from '../feed/date.js';
import { isSafeHref } from '../feed/check.js';
import { signatoryTotal } from '../feed/reader.js';
import { WEB } from '../feed/schema.js';
import { defineElement } from '../shared/define.js';
import { FeedController, type FeedState } from '../shared/feed-controller.js';
import { catalogueFor, formatDate, msg, textDirection, uiLanguage } from '../i18n/runtime.js';
import { fallback } from '../shared/fallback.js';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/styles.js';
import { signButtonStyles } from './wcit-sign-button.styles.js';

/** The `detail` of `wcit-sign-click`. */
export type WcitSignClickDetail = { url: string };
/** `wcit-sign-click`: a person activated the link; `detail.url` is where it leads. Cancelable. */
export type WcitSignClickEvent = CustomEvent<WcitSignClickDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wcit-sign-click': WcitSignClickEvent;
  }
}

const SIZES = ['small', 'medium', 'large'] as const;
const VARIANTS = ['solid', 'outline'] as const;
/** setTimeout treats longer delays as 0; a later re-render re-arms the timer. */
const MAX_DELAY = 2147483647;

/**
 * The call to action that leads to the sign-on page: a real link (`<a href>`)
 * to the feed's `signOn.url`, labelled "Sign the letter" in the reader's
 * language, optionally with the count of signatories. After `signOn.closes`
 * it is no longer a link but a sentence saying when the sign-on closed (and
 * the element re-renders by itself at that instant if the page stays open).
 *
 * The light-DOM children serve twice. While there is a link to show, their
 * text (not their markup, so a member's own `<a>` never ends up nested in
 * ours) is the link's label, replacing "Sign the letter". When there is no
 * link to show (the feed failed, or has no `signOn`, and no `href` is set),
 * the children themselves are shown as they are: make them a plain link to
 * the sign-on page and the page stays useful. With `href` set, the link shows
 * in every state, even before the feed arrives or when it fails; a closed
 * sign-on in the feed still wins. While the feed loads with no `href`, an
 * invisible, unfocusable placeholder of the button's size holds its place.
 *
 * Privacy: no request but the feed's; `attribution` is off by default and
 * only adds the member's own value to the link, never anything about the
 * visitor. (Its first name, the `ref` attribute, still works in plain HTML
 * but is deprecated: React, Vue, Preact and Solid reserve `ref`.)
 *
 * @tagname wcit-sign-button
 * @slot - The link's label (its text is used, except a link marked `data-wcit`, whose text is ours and is said in the reader's language instead); shown as-is as fallback content when there is no link to show. A pre-rendered link (`<a data-wcit href>`, as `wcit-feed embed` writes it) makes the button live before the feed arrives.
 * @csspart button - The link (and the invisible placeholder while loading).
 * @csspart label - The label inside the link.
 * @csspart count - The count inside the link, with `show-count`.
 * @csspart closed - The sentence that replaces the link once the sign-on has closed.
 * @csspart error - "Could not be loaded." (a status message), when the feed failed and there is no fallback content or `href`.
 * @cssprop [--wcit-accent=#0b57d0] - The button's colour: its background (solid), or its text and border (outline), kept readable on the page: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one.
 * @cssprop [--wcit-accent-contrast=white or black] - Text colour on the solid button; by default white or black, whichever reads better on the accent (at least 4.58:1).
 * @cssprop [--wcit-radius=0.375em] - Corner radius of the button.
 * @cssprop [--wcit-focus-color=currentColor] - Focus ring colour (by default the label's colour, with a band of the opposite, black or white, inside it).
 * @event {CustomEvent<WcitSignClickDetail>} wcit-sign-click - Before navigation; bubbles, composed, cancelable; `detail.url` is the link's URL. `preventDefault()` stops the navigation.
 * @event {CustomEvent<WcitLoadDetail>} wcit-load - The feed was read; `detail.feed` is the parsed feed.
 * @event {CustomEvent<WcitErrorDetail>} wcit-error - The feed could not be read; `detail.message` says why.
 * @attr {'loading' | 'ready' | 'error'} state - Reflected, read-only: the feed's state.
 */
export class WcitSignButton extends LitElement {
  static override styles = [baseStyles, signButtonStyles];

  // Reactive properties without decorators: the decorator helpers cost the
  // bundle more than this table (the analyzer reads it, and the fields' JSDoc).
  // An attribute is the property's name in lower case unless `attribute` says otherwise.
  static override properties: PropertyDeclarations = {
    src: {},
    href: {},
    target: {},
    attribution: {},
    refParam: { attribute: 'ref-param' },
    showCount: { type: Boolean, attribute: 'show-count' },
    size: { reflect: true },
    variant: { reflect: true },
  };

  /** URL of the feed (absolute or relative to the page). */
  src = '';

  /** The member's own (e.g. translated) sign-on page, instead of the feed's; absolute or relative to the page; only `https:`/`http:` URLs, anything else is ignored. */
  href = '';

  /** `_blank` opens a new tab (with `rel="noopener noreferrer"`); anything else, the same tab. */
  target = '';

  /** Attribution, off by default: when set, the link carries `?ref=VALUE` so the organiser sees which member sent a signer. */
  attribution = '';

  /** The query parameter that carries `attribution`. */
  refParam = 'ref';

  /** Shows the number of signatories next to the label. */
  showCount = false;

  /** `small`, `medium` or `large`; anything else means `medium`. */
  size: (typeof SIZES)[number] = 'medium';

  /** `solid` or `outline`; anything else means `solid`. */
  variant: (typeof VARIANTS)[number] = 'solid';

  private readonly feedCtl = new FeedController(this);
  private readonly langCtl = new LangController(this);
  private timer?: ReturnType<typeof setTimeout>;

  /** `loading`, `ready` or `error`, reflected as the `state` attribute. */
  get state(): FeedState {
    return this.feedCtl.state;
  }

  static define(tag = 'wcit-sign-button', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reflecting the fallback keeps `[size]` / `[variant]` host selectors truthful.
    if (changed.has('size') && !SIZES.includes(this.size)) this.size = 'medium';
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) this.variant = 'solid';
  }

  protected override updated(): void {
    // One re-render at the instant the sign-on closes, for a page left open.
    clearTimeout(this.timer);
    const ms = instant(this.feedCtl.feed?.signOn?.closes ?? '') - Date.now();
    if (ms > 0) this.timer = setTimeout(() => this.requestUpdate(), Math.min(ms, MAX_DELAY));
  }

  override render() {
    const { lang } = this.langCtl;
    const { feed } = this.feedCtl;
    const closes = feed?.signOn?.closes;
    // Our own words are in the interface language, which may differ from the page's (lang=de reads English).
    const ui = uiLanguage(lang);
    // A link written by `wcit-feed embed` or the configurator (`a[data-wcit]`) carries our label, in the language it was
    // written in: the element says it in the reader's. Any other children's text is the member's own label.
    const own = this.querySelector(':scope>a[data-wcit]') ? '' : this.textContent!.trim().replace(/\s+/g, ' ');
    const label = own || msg(lang, 'signLetter');
    // Until the page's language chunk is there, our label would be English: the invisible placeholder holds its place.
    const waiting = !own && catalogueFor(lang);
    const url = this.url();
    let shown: TemplateResult | undefined;
    // The instant and the day as the feed wrote them, in every reader's zone (date.ts).
    if (closes && instant(closes) <= Date.now()) {
      shown = html`<p part="closed">${msg(lang, 'signOnClosed', { date: formatDate(lang, writtenDay(closes)) })}</p>`;
    } else if (url && !waiting) {
      const blank = this.target == '_blank';
      shown = html`<a
        part="button"
        href=${url}
        target=${blank ? '_blank' : nothing}
        rel=${blank ? 'noopener noreferrer' : nothing}
        @click=${(e: Event) => this.dispatchEvent(new CustomEvent('wcit-sign-click', { bubbles: true, composed: true, cancelable: true, detail: { url } })) || e.preventDefault()}
        ><span part="label" lang=${own ? lang : nothing}>${label}</span>
        ${this.showCount && feed
          ? html`<span class="visually-hidden">${msg(lang, 'separator')}</span><span part="count">${msg(lang, 'signatoryTotal', { n: signatoryTotal(feed) })}</span>`
          : nothing}
        ${blank ? html`<span class="visually-hidden">${msg(lang, 'newTab')}</span>` : nothing}</a
      >`;
    } else if (this.state == 'loading' || waiting) {
      shown = html`<span part="button" class="placeholder">${label}</span>`;
    } else if (this.state == 'error') {
      // Failed, with no `href`: the page's fallback content, else a message rather than a gap.
      return fallback(this, lang, ui);
    }
    // The slot stays in the tree so that `slotchange` re-reads the label. The wrapper sets the interface language and
    // its direction, so an Arabic button aligns right on a left-to-right page, as the count and list do.
    return html`<div lang=${ui} dir=${textDirection(ui)}>${shown}</div><slot ?hidden=${!!shown} @slotchange=${() => this.requestUpdate()}></slot>`;
  }

  /** The `href` override or the feed's sign-on URL, if safe, with the attribution parameter when asked for. */
  private url(): string {
    // A relative `href` is the member's own page: resolve it, then check its scheme.
    let href = this.href.trim();
    try {
      href &&= new URL(href, document.baseURI).href;
    } catch {
      href = '';
    }
    // Before the feed, the link pre-rendered by `wcit-feed embed` (a snapshot of the feed's) makes the button live at once.
    const { feed } = this.feedCtl;
    const own = feed ? feed.signOn?.url : this.querySelector<HTMLAnchorElement>('a[data-wcit]')?.href;
    // `ref`: the deprecated first name of `attribution`, for pages that copied it.
    const attribution = this.attribution || this.getAttribute('ref');
    // isSafeHref asks the parser too, so `new URL(base)` cannot throw.
    const base = [href, own ?? ''].find((u) => isSafeHref(u, WEB));
    if (!base || !attribution) return base ?? '';
    const url = new URL(base);
    url.searchParams.set(this.refParam.trim() || 'ref', attribution);
    return url.href;
  }
}
