// The full list of <wcit-signatories> (without `compact`): search, country
// filter, paging and a split feed's complete list. A chunk of its own in the
// bundle (wcit-signatories-list-<hash>.js beside wcit.js), loaded only by a
// page that shows a list, asked for as soon as such an element connects, in
// parallel with the feed; the compact count stays in wcit.js.
import type { html as litHtml, nothing as litNothing } from 'lit';
import type { SignatoriesResult } from '../feed/loader.js';
import type { Feed, Signatory } from '../feed/types.js';
import type { collator as i18nCollator, countryName as i18nCountryName, msg as i18nMsg } from '../i18n/runtime.js';
import { buildIndex, filter, fold, locale } from './wcit-signatories-search.js';

/**
 * What the list takes from wcit.js, handed over rather than imported: the
 * chunk then imports nothing, so a page that loads `wcit.js?ver=3`
 * (WordPress does) never runs a second copy of wcit.js for it.
 */
export type Kit = {
  html: typeof litHtml;
  nothing: typeof litNothing;
  msg: typeof i18nMsg;
  countryName: typeof i18nCountryName;
  collator: typeof i18nCollator;
  /** Whether a signatory's address may be a link (http/https). */
  safe: (url: string) => boolean;
  /** The feed's signatory total (`signOn.total` or the list's length). */
  total: (feed: Feed) => number;
};

/** The element the list renders in, and what it asks of it. */
export type ListHost = {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: ParentNode;
};
export type ListLink = {
  /** Says `text` in the element's polite live region. */
  say(text: string): void;
  /** The element's interface language. */
  lang(): string;
  /** A split feed's complete list. */
  loadSignatories(): Promise<SignatoriesResult>;
};

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

/** One element's list: what it shows, searched for and filtered by, and how far it has been paged. */
export class SignatoriesList {
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

  /** The feed this view was built from, and its list: the inline names, or a split feed's complete list once fetched. */
  private feed?: Feed;
  private list: Signatory[] = [];
  private complete = true;
  /** Folded search text per signatory of `list`, in `indexLang`; undefined while it is built. */
  private index?: string[];
  private indexed?: Signatory[];
  private indexLang = '';
  private memo?: { key: unknown[]; m: number[] };
  private sayTimer?: ReturnType<typeof setTimeout>;

  private readonly host: ListHost;
  private readonly kit: Kit;
  private readonly link: ListLink;

  constructor(host: ListHost, kit: Kit, link: ListLink) {
    this.host = host;
    this.kit = kit;
    this.link = link;
  }

  /** Follows the element's feed and language before it renders: a new feed starts a new list; a long list gets its search index. */
  sync(feed: Feed | undefined, lang: string, searchable: boolean): void {
    if (feed != this.feed) {
      this.feed = feed;
      this.setList(feed?.signatories ?? [], !feed?.signatoriesUrl);
      if (this.expanded || this.query || this.country) void this.loadAll();
    }
    if (feed && this.controls(feed, searchable) && (this.indexed != this.list || this.indexLang != lang)) {
      const list = (this.indexed = this.list);
      this.indexLang = lang;
      this.index = undefined;
      void buildIndex(list, lang, this.kit.countryName, () => this.indexed != list || this.indexLang != lang).then((index) => {
        if (!index) return;
        this.index = index;
        this.host.requestUpdate();
        if (this.query) this.announce();
      });
    }
  }

  /** The element was removed from the page: no announcement is left pending. */
  stop(): void {
    clearTimeout(this.sayTimer);
  }

  render(feed: Feed, lang: string, limitAttr: number, searchable: boolean) {
    const { html, nothing, msg } = this.kit;
    const { list, complete, expanded } = this;
    const n = this.kit.total(feed);
    const byCountry = countries(list);
    const places = [...byCountry.keys()].filter((c) => c != '-').length;
    const m = this.hits();
    const limit = limitAttr >= 1 ? Math.floor(limitAttr) : 0;
    const limited = limit && !expanded;
    const rows = (limited ? limit : Math.max(limit, PAGE)) + this.extra;
    const more = (!complete && n > list.length) || (limited && m.length > rows) ? 'show-all' : m.length > rows ? 'show-more' : '';
    const url = feed.fullListUrl;
    const sep = msg(lang, 'separator');
    return html`${this.controls(feed, searchable) ? this.renderControls(lang, byCountry) : nothing}
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
      ${url && this.kit.safe(url) ? html`<p><a part="full-list" href=${url}>${msg(lang, 'fullList')}</a></p>` : nothing}`;
  }

  private renderControls(lang: string, byCountry: Map<string, number>) {
    const { html, nothing, msg, countryName } = this.kit;
    const { country, complete } = this;
    // Counts only once they are true: before a split feed's list arrives they would count the inline names.
    const option = (code: string, label: string) =>
      html`<option value=${code} ?selected=${code == country}>${label}${complete ? ` (${byCountry.get(code)})` : ''}</option>`;
    const names = [...byCountry.keys()].filter((c) => c != '-').map((c) => [c, countryName(lang, c)]);
    const { compare } = this.kit.collator(lang);
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
    const { html, nothing } = this.kit;
    const name =
      s.url && this.kit.safe(s.url) ? html`<a part="name" href=${s.url} dir="auto">${s.name}</a>` : html`<span part="name" dir="auto">${s.name}</span>`;
    return html`<li part="item">
      ${name}${s.affiliation ? html`${sep}<span part="affiliation" dir="auto">${s.affiliation}</span>` : nothing}
      ${s.country ? html`<span part="country">(${this.kit.countryName(lang, s.country)})</span>` : nothing}
    </li>`;
  }

  private controls(feed: Feed, searchable: boolean): boolean {
    return searchable || this.kit.total(feed) > LONG;
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
  private loadAll = async (): Promise<void> => {
    const { feed, link } = this;
    if (this.complete || !feed) return;
    this.busy = true;
    link.say(this.kit.msg(link.lang(), 'loadingSignatories'));
    const result = await link.loadSignatories();
    this.busy = false;
    if (feed != this.feed) return;
    link.say('');
    if (result.ok) this.setList(result.signatories, true);
    this.host.requestUpdate();
    if (this.query || this.country) this.announce();
  };

  private search = (e: Event): void => {
    this.query = fold((e.target as HTMLInputElement).value.trim(), locale(this.link.lang()));
    this.changed();
  };

  private choose = (e: Event): void => {
    this.country = (e.target as HTMLSelectElement).value;
    this.changed();
  };

  private changed(): void {
    this.extra = 0;
    this.host.requestUpdate();
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
      const { msg } = this.kit;
      const lang = this.link.lang();
      this.link.say(n ? msg(lang, 'matches', { n }) : msg(lang, 'noMatches'));
    }, SAY_DELAY);
  }

  private showAll = async (): Promise<void> => {
    const from = this.rendered();
    this.expanded = true;
    this.host.requestUpdate();
    await this.loadAll();
    await this.reveal(from);
  };

  private showMore = (): Promise<void> => {
    const from = this.rendered();
    this.extra += PAGE;
    this.host.requestUpdate();
    return this.reveal(from);
  };

  private rendered(): number {
    return this.host.renderRoot.querySelectorAll('li').length;
  }

  /** Moves focus to the first newly shown row: the button that had it may be gone, and a screen reader then reads on from there. */
  private async reveal(from: number): Promise<void> {
    await this.host.updateComplete;
    const li = this.host.renderRoot.querySelectorAll('li')[from];
    if (li) {
      li.tabIndex = -1;
      li.focus();
    }
  }
}
