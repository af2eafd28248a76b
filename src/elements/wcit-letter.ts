import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { letterKey } from '../shared/letter-key.js';
import { isSafeHref } from '../feed/check.js';
import { lookupLanguage } from '../feed/language.js';
import { LINK } from '../feed/schema.js';
import type { Block, Inline } from '../feed/types.js';
import { defineElement } from '../shared/define.js';
import { FeedController, type FeedState } from '../shared/feed-controller.js';
import { fallback } from '../shared/fallback.js';
import { headingLevel } from '../shared/heading-level.js';
import { msg, textDirection, uiLanguage } from '../i18n/runtime.js';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/styles.js';
import { letterStyles } from './wcit-letter.styles.js';

/**
 * The coalition's letter, rendered as the page's own text: title, body
 * (paragraphs, headings, lists, with strong, emphasis and links) and closing,
 * in the language of the element (its `lang`, else the closest ancestor's,
 * else the feed's `defaultLanguage`). The `<article>` carries that language
 * and its direction, so Arabic or Urdu text reads right to left.
 *
 * Links in the letter open in the same tab; only `https:`, `http:` and
 * `mailto:` addresses become links. Feed text is always text, never HTML.
 *
 * @tagname wcit-letter
 *
 * @slot - Fallback content (e.g. a link to the letter), shown only when the feed cannot be loaded. A pre-rendered letter (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown instead of the placeholder, and is kept as it is when the live feed has the same text.
 *
 * @csspart letter - The `<article>` holding the letter.
 * @csspart title - The letter's title (`<h2>` by default; see `heading-level`).
 * @csspart heading - A section heading inside the letter (one level below the title).
 * @csspart paragraph - A paragraph of the body.
 * @csspart list - A list (`<ul>` or `<ol>`).
 * @csspart item - A list item.
 * @csspart link - A link in the letter's text.
 * @csspart closing - The closing line ("Sincerely,").
 * @csspart toggle - The "Read the full letter" / "Show less" button (collapsed mode).
 * @csspart rest - The part of the letter that the toggle shows and hides (collapsed mode).
 * @csspart placeholder - The quiet placeholder shown while the feed loads ("Loading the letter…" in a status region).
 * @csspart error - "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
 *
 * @cssprop [--wcit-spacing=1em] - Space after each block.
 * @cssprop [--wcit-title-font=inherit] - Font family of the title.
 * @cssprop [--wcit-title-size=1.5em] - Font size of the title.
 * @cssprop [--wcit-max-width=none] - Maximum inline size of the letter.
 * @cssprop [--wcit-accent=inherit] - Text and border colour of the toggle button, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one.
 * @cssprop [--wcit-radius=0.3em] - Corner radius of the toggle button.
 * @cssprop [--wcit-link-color=inherit] - Colour of links in the letter.
 * @cssprop [--wcit-focus-color=currentColor] - Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it).
 *
 * @event {CustomEvent<WcitLoadDetail>} wcit-load - The feed was read; `detail.feed` is the parsed feed. Bubbles, composed.
 * @event {CustomEvent<WcitErrorDetail>} wcit-error - The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
 *
 * @attr {'loading' | 'ready' | 'error'} state - Reflected, read-only: whether the feed is loading, shown, or could not be read.
 */
export class WcitLetter extends LitElement {
  static override styles = [baseStyles, letterStyles];

  // Reactive properties without decorators: the decorator helpers cost the
  // bundle more than this table (the analyzer reads it, and the fields' JSDoc).
  // An attribute is the property's name in lower case unless `attribute` says otherwise.
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapsed: { type: Boolean },
    open: { state: true },
  };

  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  src = '';

  /** Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6. */
  headingLevel = 2;

  /** Shows only the title and opening paragraph, with a button that reveals the rest in place. Print shows it all. */
  collapsed = false;

  /** Collapsed mode: whether the reader opened the rest. */
  private open = false;

  private readonly feedCtl = new FeedController(this);
  private readonly langCtl = new LangController(this);

  /** `loading`, `ready` or `error` (also reflected as the `state` attribute). */
  get state(): FeedState {
    return this.feedCtl.state;
  }

  static define(tag = 'wcit-letter', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override render() {
    const { state, feed } = this.feedCtl;
    const { lang } = this.langCtl;
    // The interface text's language: the letter's own may differ.
    const ui = uiLanguage(lang);
    const tag = feed && lookupLanguage(lang, Object.keys(feed.letter), feed.defaultLanguage);
    // Pre-rendered by `wcit-feed embed`: shown as it is (styled by the page,
    // so its boxes cannot move) until the feed arrives, and kept while the
    // feed holds the same text; edited text is rendered here instead.
    const pre = this.querySelector(':scope > [data-wcit]')?.getAttribute('data-wcit');
    if (state == 'error' || (pre && (!tag || pre == letterKey(tag, feed!.letter[tag]!)))) return fallback(this, lang, ui);
    if (!tag) {
      // Announced once, politely; the bars are decoration.
      return html`<div part="placeholder" lang=${ui}>
        <span class="visually-hidden" role="status">${msg(lang, 'loadingLetter')}</span><span></span><span></span><span></span><span></span>
      </div>`;
    }
    const text = feed!.letter[tag]!;
    const level = headingLevel(this.headingLevel);
    const blocks = text.body.map((b) => block(b, Math.min(level + 1, 6)));
    const rest = [...blocks.slice(1), text.closing ? html`<p part="closing">${text.closing}</p>` : nothing];
    const { open } = this;
    return html`<article part="letter" lang=${tag} dir=${textDirection(tag)} aria-labelledby="title">
      ${heading(level, 'title', text.title, 'title')}${blocks[0]}${this.collapsed && (blocks[1] || text.closing)
        ? html`<button
              part="toggle"
              lang=${ui}
              dir=${textDirection(ui)}
              aria-expanded=${open}
              aria-controls="rest"
              @click=${this.toggle}
            >
              ${msg(lang, open ? 'showLess' : 'readFullLetter')}
            </button>
            <div id="rest" part="rest" hidden=${open ? nothing : 'until-found'} @beforematch=${this.toggle}>${rest}</div>`
        : rest}
    </article>`;
  }

  protected override updated(): void {
    // Loading: the placeholder reaches the bottom of the screen (12em at least,
    // collapsed: 12em). A letter is rarely shorter, so what follows stays off
    // screen until it arrives, and an upgrade after the first paint moves it
    // no further than that: 100vh or 12em moved it more (CLS in
    // test/bench/embed.bench.mjs). CSSOM, not a style attribute: strict CSPs allow it.
    const p = this.renderRoot.querySelector<HTMLElement>('[part=placeholder]');
    if (p && !this.collapsed) p.style.blockSize = `${innerHeight - this.getBoundingClientRect().top}px`;
  }

  // Focus stays on the toggle: it does not move, only its label and the rest change.
  private toggle(): void {
    this.open = !this.open;
  }
}

/** `<h1>`…`<h6>`: real headings keep the member's page outline right (`role=heading` would need ARIA to say what HTML says). */
function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  return level == 1
    ? html`<h1 part=${part} id=${i}>${content}</h1>`
    : level == 2
      ? html`<h2 part=${part} id=${i}>${content}</h2>`
      : level == 3
        ? html`<h3 part=${part} id=${i}>${content}</h3>`
        : level == 4
          ? html`<h4 part=${part} id=${i}>${content}</h4>`
          : level == 5
            ? html`<h5 part=${part} id=${i}>${content}</h5>`
            : html`<h6 part=${part} id=${i}>${content}</h6>`;
}

function block(b: Block, level: number): TemplateResult {
  if (b.type == 'list') {
    const items = b.items.map((item) => html`<li part="item">${item.map(inline)}</li>`);
    return b.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
  }
  const content = b.content.map(inline);
  return b.type == 'heading' ? heading(level, 'heading', content) : html`<p part="paragraph">${content}</p>`;
}

/** Text is bound as text (never HTML); an `href` becomes a link only after the scheme check. */
function inline(i: Inline): unknown {
  if (typeof i == 'string') return i;
  let t: unknown = i.text;
  if (i.em) t = html`<em>${t}</em>`;
  if (i.strong) t = html`<strong>${t}</strong>`;
  return i.href && isSafeHref(i.href, LINK) ? html`<a part="link" href=${i.href}>${t}</a>` : t;
}
