import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isSafeHref } from '../feed/check.js';
import { signatoryTotal } from '../feed/read.js';
import { WEB } from '../feed/schema.js';
import type { Feed, Signatory } from '../feed/types.js';
import { countSentence } from '../shared/count-sentence.js';
import { defineElement } from '../shared/define.js';
import { FeedController, type FeedState } from '../shared/feed-controller.js';
import { collator, countryName, msg, textDirection, uiLanguage } from '../i18n/runtime.js';
import { fallback } from '../shared/fallback.js';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/styles.js';
import { buildIndex, filter, fold, locale } from './wcit-signatories-search.js';
import { signatoriesStyles } from './wcit-signatories.styles.js';

/**
 * Rows added per "Show more". Paging rather than a scrolling window: every
 * shown row is real, in-flow DOM, so screen readers' browse mode, find in
 * page, printing and copying all work, with no fixed row height and no
 * virtualizer in every visitor's download. The DOM starts at ≤ 100 rows and
 * grows only by 100 per deliberate click; search and the country filter are
 * how a person reaches one name among 100,000.
 */
const PAGE = 100;
/** Above this many signatories the search box and country filter appear by themselves. */
const LONG = 25;
/** Seconds: the shortest `refresh`, so a thousand member sites cannot hammer the feed's host. */
const MIN_REFRESH = 30;
/** A match count is announced once typing pauses this long (ms), not on every keystroke. */
const SAY_DELAY = 600;

/** Signatories per country code ('-' for none), once per list. */
const counts = new WeakMap<Signatory[], Map<string, number>>();
function countries(list: Signatory[]): Map<string, number> {
  let map = counts.get(list);
  if (!map) {
    counts.set(list, (map = new Map()));
    for (const { country = '-' } of list) map.set(country, (map.get(country) ?? 0) + 1);
  }
  return map;
}

/** The goal bar's reading, "60 signatories, Goal: 1,000", not a percentage. */
const goalText = (feed: Feed, lang: string, goal: number): string =>
  msg(lang, 'signatoryTotal', { n: signatoryTotal(feed) }) + msg(lang, 'separator') + msg(lang, 'goal', { goal });

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
  static override properties: PropertyDeclarations = {
    src: { attribute: 'src' },
    compact: { type: Boolean, attribute: 'compact' },
    limit: { type: Number, attribute: 'limit' },
    searchable: { type: Boolean, attribute: 'searchable' },
    refresh: { type: Number, attribute: 'refresh' },
    query: { state: true },
    country: { state: true },
    expanded: { state: true },
    extra: { state: true },
    busy: { state: true },
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

  /** The folded search text; '' shows everyone. */
  private query = '';
  /** The country filter: '' for all, '-' for signatories with no country, else an ISO code. */
  private country = '';
  /** Whether "Show all" lifted the `limit`. */
  private expanded = false;
  /** Rows added by "Show more" since the last search. */
  private extra = 0;
  /** A split feed's complete list is on its way. */
  private busy = false;
  /** What the polite live region says. */
  private status = '';

  private readonly feedCtl = new FeedController(this);
  private readonly langCtl = new LangController(this);

  /** The feed this view was built from, and its list: the inline names, or a split feed's complete list once fetched. */
  private feed?: Feed;
  private list: Signatory[] = [];
  private complete = true;
  /** Folded search text per signatory of `list`, in `indexLang`; undefined while it is built. */
  private index?: string[];
  private indexed?: Signatory[];
  private indexLang = '';
  private memo?: { key: unknown[]; m: number[] };
  private timer?: ReturnType<typeof setTimeout>;
  private sayTimer?: ReturnType<typeof setTimeout>;
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
    document.addEventListener('visibilitychange', this.schedule);
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.schedule);
    clearTimeout(this.timer);
    clearTimeout(this.sayTimer);
  }

  // After the controllers' hostUpdate (so a changed `src` is already followed), before rendering.
  protected override update(changed: PropertyValues<this>): void {
    const { feed } = this.feedCtl;
    const lang = this.langCtl.lang;
    if (feed != this.feed) {
      // A refresh that changed the count says so; the first feed, or another `src`, says nothing.
      if (feed && this.feed && signatoryTotal(feed) != signatoryTotal(this.feed)) this.status = countSentence(feed, lang);
      this.feed = feed;
      this.setList(feed?.signatories ?? [], !feed?.signatoriesUrl);
      if (this.expanded || this.query || this.country) void this.loadAll();
    }
    if (feed && !this.compact && this.controls(feed) && (this.indexed != this.list || this.indexLang != lang)) {
      const list = (this.indexed = this.list);
      this.indexLang = lang;
      this.index = undefined;
      void buildIndex(list, lang, () => this.indexed != list || this.indexLang != lang).then((index) => {
        if (!index) return;
        this.index = index;
        this.requestUpdate();
        if (this.query) this.announce();
      });
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
    if (!feed) {
      return html`<div part="placeholder" class=${this.compact ? 'compact' : ''} lang=${ui}>
        <span class="visually-hidden" role="status">${msg(lang, 'loadingSignatories')}</span>
      </div>`;
    }
    return html`<div part="signatories" lang=${ui} dir=${textDirection(ui)}>
      ${this.compact ? this.renderCount(feed, lang) : this.renderList(feed, lang)}
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

  private renderList(feed: Feed, lang: string) {
    const { list, complete, expanded } = this;
    const n = signatoryTotal(feed);
    const byCountry = countries(list);
    const places = [...byCountry.keys()].filter((c) => c != '-').length;
    const m = this.hits();
    const limit = this.limit >= 1 ? Math.floor(this.limit) : 0;
    const limited = limit && !expanded;
    const rows = (limited ? limit : Math.max(limit, PAGE)) + this.extra;
    const more = (!complete && n > list.length) || (limited && m.length > rows) ? 'show-all' : m.length > rows ? 'show-more' : '';
    const url = feed.fullListUrl;
    const sep = msg(lang, 'separator');
    return html`${this.controls(feed) ? this.renderControls(lang, byCountry) : nothing}
      <p part="total">
        ${msg(lang, 'signatoryTotal', { n })}${places && list.length >= n ? ` ${msg(lang, 'countryTotal', { n: places })}` : ''}
      </p>
      <ul part="list" role="list" aria-busy=${this.busy || nothing}>
        ${m.slice(0, rows).map((i) => this.renderItem(list[i]!, lang, sep))}
      </ul>
      ${m.length || !(this.query || this.country) || (this.query && !this.index) ? nothing : html`<p part="no-matches">${msg(lang, 'noMatches')}</p>`}
      ${more
        ? html`<button part=${more} @click=${more == 'show-all' ? this.showAll : this.showMore}>
            ${more == 'show-all' ? msg(lang, 'showAll', { n: complete ? m.length : n }) : msg(lang, 'showMore')}
          </button>`
        : nothing}
      ${url && isSafeHref(url, WEB) ? html`<p><a part="full-list" href=${url}>${msg(lang, 'fullList')}</a></p>` : nothing}`;
  }

  private renderControls(lang: string, byCountry: Map<string, number>) {
    const { country, complete } = this;
    // Counts only once they are true: before a split feed's list arrives they would count the inline names.
    const option = (code: string, label: string) =>
      html`<option value=${code} ?selected=${code == country}>${label}${complete ? ` (${byCountry.get(code)})` : ''}</option>`;
    const names = [...byCountry.keys()].filter((c) => c != '-').map((c) => [c, countryName(lang, c)]);
    const { compare } = collator(lang);
    names.sort((a, b) => compare(a[1]!, b[1]!));
    return html`<div part="controls">
      <label>${msg(lang, 'searchLabel')} <input part="search" type="search" @input=${this.search} /></label>
      <label
        >${msg(lang, 'countryLabel')}
        <!-- Reaching for the filter asks for the complete list: its menu must offer every country. -->
        <select part="filter" @focus=${this.loadAll} @change=${this.choose}>
          <option value="">${msg(lang, 'allCountries')}</option>
          ${names.map(([code, name]) => option(code!, name!))}
          ${byCountry.has('-') ? option('-', msg(lang, 'international')) : nothing}
        </select>
      </label>
    </div>`;
  }

  /** One row; `sep` is the interface language's comma between a person and their organisation ("، " in Arabic). */
  private renderItem(s: Signatory, lang: string, sep: string) {
    const name = s.url && isSafeHref(s.url, WEB) ? html`<a part="name" href=${s.url} dir="auto">${s.name}</a>` : html`<span part="name" dir="auto">${s.name}</span>`;
    return html`<li part="item">
      ${name}${s.affiliation ? html`${sep}<span part="affiliation" dir="auto">${s.affiliation}</span>` : nothing}
      ${s.country ? html`<span part="country">(${countryName(lang, s.country)})</span>` : nothing}
    </li>`;
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

  private controls(feed: Feed): boolean {
    return this.searchable || signatoryTotal(feed) > LONG;
  }

  private setList(list: Signatory[], complete: boolean): void {
    this.list = list;
    this.complete = complete;
    this.index = undefined;
  }

  /** The positions in `list` that the search and filter let through, computed once per change. */
  private hits(): number[] {
    const { list, index, query, country, memo } = this;
    // The index of a new list is still being built: keep the last answer (a
    // split feed's complete list starts with the inline names, in order).
    if (query && !index) return memo ? memo.m.filter((i) => i < list.length) : filter(list, index, '', country);
    const key = [list, index, query, country];
    if (!memo || key.some((k, i) => k !== memo.key[i])) this.memo = { key, m: filter(list, index, query, country) };
    return this.memo!.m;
  }

  /** A split feed's complete list, when a person asks for more than the inline names. */
  private async loadAll(): Promise<void> {
    const { feed } = this;
    if (this.complete || !feed) return;
    this.busy = true;
    this.status = msg(this.langCtl.lang, 'loadingSignatories');
    const result = await this.feedCtl.loadSignatories();
    this.busy = false;
    if (feed != this.feed) return;
    this.status = '';
    if (result.ok) this.setList(result.signatories, true);
    if (this.query || this.country) this.announce();
  }

  private search(e: Event): void {
    this.query = fold((e.target as HTMLInputElement).value.trim(), locale(this.langCtl.lang));
    this.changed();
  }

  private choose(e: Event): void {
    this.country = (e.target as HTMLSelectElement).value;
    this.changed();
  }

  private changed(): void {
    this.extra = 0;
    void this.loadAll();
    this.announce();
  }

  /** Says how many match once typing pauses, in the polite live region. */
  private announce(): void {
    clearTimeout(this.sayTimer);
    this.sayTimer = setTimeout(() => {
      // Said again when the list or its index is ready.
      if (this.busy || (this.query && !this.index)) return;
      const n = this.hits().length;
      const lang = this.langCtl.lang;
      this.status = n ? msg(lang, 'matches', { n }) : msg(lang, 'noMatches');
    }, SAY_DELAY);
  }

  private async showAll(): Promise<void> {
    const from = this.rendered();
    this.expanded = true;
    await this.loadAll();
    await this.reveal(from);
  }

  private showMore(): Promise<void> {
    const from = this.rendered();
    this.extra += PAGE;
    return this.reveal(from);
  }

  private rendered(): number {
    return this.renderRoot.querySelectorAll('li').length;
  }

  /** Moves focus to the first newly shown row: the button that had it may be gone, and a screen reader then reads on from there. */
  private async reveal(from: number): Promise<void> {
    await this.updateComplete;
    const li = this.renderRoot.querySelectorAll('li')[from];
    if (li) {
      li.tabIndex = -1;
      li.focus();
    }
  }
}
