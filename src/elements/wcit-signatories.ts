import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isSafeHref } from '../feed/check.js';
import { signatoryTotal } from '../feed/reader.js';
import { WEB } from '../feed/schema.js';
import type { Feed } from '../feed/types.js';
import { countSentence, goalText } from '../shared/count-sentence.js';
import { defineElement } from '../shared/define.js';
import { FeedController, type FeedState } from '../shared/feed-controller.js';
import { collator, countryName, msg, textDirection, uiLanguage } from '../i18n/runtime.js';
import { fallback } from '../shared/fallback.js';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/styles.js';
import type { Kit, SignatoriesList } from './wcit-signatories-list.js';
import { signatoriesStyles } from './wcit-signatories.styles.js';

/** Seconds: the shortest `refresh`, so a thousand member sites cannot hammer the feed's host. */
const MIN_REFRESH = 30;

/** What the list's chunk takes from wcit.js (see `Kit` in wcit-signatories-list.ts). */
const kit: Kit = { html, nothing, msg, countryName, collator, safe: (url) => isSafeHref(url, WEB), total: signatoryTotal };

/**
 * Who signed the letter. By default, the list: every signatory in the feed's
 * order with the country's name in the reader's language (from the browser's
 * `Intl`), individuals with their affiliation, a link where the feed gives a
 * safe (http/https) address, a total line and a link to the campaign's full
 * list. Long lists (over 25, or with `searchable`) get a search box that
 * ignores case and accents and a country filter; rows come 100 at a time, so
 * 100,000 signatories stay fast. A split feed (`signatoriesUrl`) shows its
 * inline names at once and fetches the complete list only when a person asks
 * for more (show all, search, filter).
 *
 * With `compact`, one line: "18 organisations have signed" (plurals and
 * digits in the reader's language), and a progress bar toward the feed's
 * `signOn.goal`. The compact line never fetches a split feed's list.
 *
 * With `refresh`, the count stays live: the feed is re-checked with
 * conditional requests while the tab is visible, and a changed count is
 * announced politely to screen readers, without moving focus.
 *
 * @tagname wcit-signatories
 *
 * @slot - Fallback content (e.g. a link to the list), shown only when the feed cannot be loaded. A pre-rendered count or list (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown until the feed arrives; then only the count's text changes.
 *
 * @csspart signatories - The wrapper of either mode; carries the interface language and direction.
 * @csspart controls - The row holding the search box and the country filter.
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filter - The country filter (`<select>`).
 * @csspart total - The line with the total and the number of countries.
 * @csspart list - The list (`<ul>`).
 * @csspart item - One signatory (`<li>`).
 * @csspart name - The signatory's name (a link when the feed gives a safe address).
 * @csspart affiliation - An individual's organisation.
 * @csspart country - The country's name.
 * @csspart no-matches - The sentence shown when nothing matches the search.
 * @csspart show-all - The "Show all N" button (with `limit`, or for a split feed).
 * @csspart show-more - The button that shows the next 100 rows.
 * @csspart full-list - The link to the campaign's complete list (`fullListUrl`).
 * @csspart count - Compact mode: the one-line count.
 * @csspart progress - Compact mode: the `<progress>` bar toward the goal.
 * @csspart goal - Compact mode: the "Goal: N" label of the bar.
 * @csspart placeholder - The quiet placeholder shown while the feed loads ("Loading signatories…" in a status region).
 * @csspart error - "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
 *
 * @cssprop [--wcit-spacing=1em] - Space between the blocks (controls, total, list, buttons).
 * @cssprop [--wcit-accent=inherit] - Colour of the progress bar, and of the buttons' text and border, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one.
 * @cssprop [--wcit-radius=0.3em] - Corner radius of the buttons and fields.
 * @cssprop [--wcit-secondary-color=inherit] - Colour of countries and affiliations.
 * @cssprop [--wcit-link-color=inherit] - Colour of links.
 * @cssprop [--wcit-focus-color=currentColor] - Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it).
 *
 * @event {CustomEvent<WcitLoadDetail>} wcit-load - The feed was read (also after a refresh found it changed); `detail.feed` is the parsed feed. Bubbles, composed.
 * @event {CustomEvent<WcitErrorDetail>} wcit-error - The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
 *
 * @attr {'loading' | 'ready' | 'error'} state - Reflected, read-only: whether the feed is loading, shown, or could not be read.
 */
export class WcitSignatories extends LitElement {
  static override styles = [baseStyles, signatoriesStyles];

  // Reactive properties without decorators: the decorator helpers cost the
  // bundle more than this table (the analyzer reads it, and the fields' JSDoc).
  // An attribute is the property's name in lower case unless `attribute` says otherwise.
  static override properties: PropertyDeclarations = {
    src: {},
    compact: { type: Boolean },
    limit: { type: Number },
    searchable: { type: Boolean },
    refresh: { type: Number },
    status: { state: true },
  };

  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  src = '';

  /** One line with the count (and the goal's progress bar) instead of the list. */
  compact = false;

  /** List mode: show the first N signatories and a "Show all N" button (a positive integer; anything else means no limit). */
  limit = 0;

  /** List mode: show the search box and country filter even for a short list (a list over 25 always has them). */
  searchable = false;

  /** Re-check the feed every N seconds while the tab is visible (at least 30; 0, a bad value or over a day: never). */
  refresh = 0;

  /** What the polite live region says. */
  private status = '';

  // A list waits for its chunk as well as the feed, so `ready` means shown.
  private readonly feedCtl = new FeedController(this, () => (this.compact ? undefined : this.listed()));
  private readonly langCtl = new LangController(this);

  /** The feed shown, to tell a refresh's changed count from the first feed. */
  private feed?: Feed;
  /**
   * The full list (search, filter, paging): a chunk of its own, asked for as
   * soon as a list is to be shown, beside the feed. Undefined until it has
   * loaded; null if it could not, and the count line shows instead.
   */
  private list?: SignatoriesList | null;
  private listing?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  /** When the feed was last checked (ms since the epoch). */
  private checked = 0;

  /** `loading`, `ready` or `error` (also reflected as the `state` attribute). */
  get state(): FeedState {
    return this.feedCtl.state;
  }

  static define(tag = 'wcit-signatories', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the refresh goes on from the last check.
    this.checked ||= Date.now();
    if (!this.compact) void this.listed();
    document.addEventListener('visibilitychange', this.schedule);
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.schedule);
    clearTimeout(this.timer);
    this.list?.stop();
  }

  // After the controllers' hostUpdate (so a changed `src` is already followed), before rendering.
  protected override update(changed: PropertyValues<this>): void {
    const { feed } = this.feedCtl;
    const lang = this.langCtl.lang;
    if (feed != this.feed) {
      // A refresh that changed the count says so; the first feed, or another `src`, says nothing.
      if (feed && this.feed && signatoryTotal(feed) != signatoryTotal(this.feed)) this.status = countSentence(feed, lang);
      this.feed = feed;
    }
    if (!this.compact) {
      void this.listed();
      this.list?.sync(feed, lang, this.searchable);
    }
    super.update(changed);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.schedule();
  }

  override render() {
    const { state, feed } = this.feedCtl;
    const lang = this.langCtl.lang;
    const ui = uiLanguage(lang);
    if (state == 'error') return fallback(this, lang, ui);
    // Content pre-rendered by `wcit-feed embed` shows until the feed arrives;
    // a count then stays where it is, only its text and bar following the feed.
    const pre = this.querySelector(':scope > [data-wcit]');
    if (pre && (this.compact || !feed)) {
      if (feed) {
        pre.textContent = countSentence(feed, lang);
        const bar = this.querySelector('progress');
        if (bar) {
          bar.value = signatoryTotal(feed);
          bar.setAttribute('aria-valuetext', goalText(feed, lang, bar.max));
        }
      }
      return html`<slot></slot><p role="status" aria-live="polite" class="visually-hidden">${this.status}</p>`;
    }
    if (!feed || (!this.compact && this.list === undefined)) {
      return html`<div part="placeholder" class=${this.compact ? 'compact' : ''} lang=${ui}>
        <span class="visually-hidden" role="status">${msg(lang, 'loadingSignatories')}</span>
      </div>`;
    }
    return html`<div part="signatories" lang=${ui} dir=${textDirection(ui)}>
      ${this.compact || !this.list ? this.renderCount(feed, lang) : this.list.render(feed, lang, this.limit, this.searchable)}
      <p role="status" aria-live="polite" class="visually-hidden">${this.status}</p>
    </div>`;
  }

  private renderCount(feed: Feed, lang: string) {
    const goal = feed.signOn?.goal;
    return html`<p part="count">${countSentence(feed, lang)}</p>
      ${goal
        ? html`<progress part="progress" max=${goal} value=${Math.min(signatoryTotal(feed), goal)} aria-labelledby="goal"
              aria-valuetext=${goalText(feed, lang, goal)}></progress>
            <span part="goal" id="goal">${msg(lang, 'goal', { goal })}</span>`
        : nothing}`;
  }

  /** Checks the feed now (a conditional request, so an unchanged feed costs a 304); a changed count is shown and announced. `refresh` calls it on its timer. */
  revalidate(): Promise<void> {
    this.checked = Date.now();
    this.schedule();
    return this.feedCtl.revalidate();
  }

  /** Arms the refresh timer; disarms it while the tab is hidden (a visibilitychange listener). */
  private schedule = (): void => {
    clearTimeout(this.timer);
    const s = this.refresh;
    if (!(s > 0 && s <= 86400) || !this.isConnected || document.visibilityState == 'hidden') return;
    // Back in a tab that was hidden past its time: check at once.
    this.timer = setTimeout(() => void this.revalidate(), this.checked + Math.max(s, MIN_REFRESH) * 1000 - Date.now());
  };

  /** Asks for the list's chunk, once; resolves when it is there, or has failed. */
  private listed(): Promise<void> | undefined {
    if (this.list !== undefined) return;
    return (this.listing ??= import('./wcit-signatories-list.js')
      .then(
        ({ SignatoriesList }) => {
          this.list = new SignatoriesList(this, kit, {
            say: (text) => (this.status = text),
            lang: () => this.langCtl.lang,
            loadSignatories: () => this.feedCtl.loadSignatories(),
          });
        },
        () => {
          this.list = null;
        },
      )
      .then(() => this.requestUpdate()));
  }
}
