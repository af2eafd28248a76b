import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultFeedFetch, defaultFeedUrl } from '../default-feed.js';
import { loadSignatories, revalidate, subscribe, type FeedResult, type LoadOptions, type SignatoriesResult } from '../feed/loader.js';
import type { Feed } from '../feed/types.js';
import { catalogueFor, hostLanguage } from '../i18n/runtime.js';

/** What a host page can read on every element, and style with `[state=…]`. */
export type FeedState = 'loading' | 'ready' | 'error';

/** The `detail` of `wcit-load`. */
export type WcitLoadDetail = { feed: Feed };
/** The `detail` of `wcit-error`. */
export type WcitErrorDetail = { message: string };
/** `wcit-load`: the feed was read; `detail.feed` is the parsed feed. */
export type WcitLoadEvent = CustomEvent<WcitLoadDetail>;
/** `wcit-error`: the feed could not be read; `detail.message` says why, for a webmaster. */
export type WcitErrorEvent = CustomEvent<WcitErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wcit-load': WcitLoadEvent;
    'wcit-error': WcitErrorEvent;
  }
}

type Host = ReactiveControllerHost & HTMLElement & { src: string };

/**
 * Connects an element to its feed: resolves `src` (relative to the page;
 * none means the default feed beside the script), listens through the shared
 * loader, reflects `state` on the host and dispatches `wcit-load` /
 * `wcit-error`. A response for a URL the element no longer shows is never
 * shown: only the listener of the current URL is live.
 */
export class FeedController implements ReactiveController {
  state: FeedState = 'loading';
  /** The feed, once read; cleared when `src` changes, so stale text never shows. */
  feed?: Feed;
  /** Why the feed could not be read, for a webmaster. */
  message = '';
  /** The absolute URL of the feed this element shows. */
  url = '';

  private readonly host: Host;
  private readonly before?: () => Promise<unknown> | undefined;
  private unsubscribe?: () => void;

  /** `before`: what the host needs besides the feed to show it (the list's chunk), if anything; the feed is shown once it has settled. */
  constructor(host: Host, before?: () => Promise<unknown> | undefined) {
    this.host = host;
    this.before = before;
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    // `src` may have changed: follow it before rendering.
    this.follow();
  }

  hostDisconnected(): void {
    // The URL and what it showed stay: an element moved in the page comes back to them.
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Asks the browser whether the feed changed (conditional request); listeners hear of a change. */
  revalidate(): Promise<void> {
    return this.url ? revalidate(this.url, this.options()) : Promise.resolve();
  }

  /** The complete signatory list of a split feed; the inline list otherwise. */
  loadSignatories(): Promise<SignatoriesResult> {
    if (!this.feed) return Promise.resolve({ ok: false, url: this.url, message: 'The feed is not loaded.' });
    return loadSignatories(this.url, this.feed);
  }

  private resolve(): string {
    const src = this.host.src?.trim();
    if (!src) return defaultFeedUrl();
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src; // fetch will fail on it, with a message that names it
    }
  }

  /** The npm modules read the default feed from a module, not the network (see default-feed.ts); the bundle has no such option. */
  private options(): LoadOptions | undefined {
    return defaultFeedFetch && !this.host.src?.trim() ? { fetch: defaultFeedFetch } : undefined;
  }

  private follow(): void {
    if (!this.host.isConnected) return;
    const url = this.resolve();
    if (url === this.url && this.unsubscribe) return;
    this.unsubscribe?.();
    // Another URL starts afresh; the same one (an element moved in the page)
    // keeps what it shows, and only news is announced.
    if (url !== this.url) {
      this.url = url;
      this.feed = undefined;
      this.message = '';
      this.setState('loading');
    }
    this.unsubscribe = subscribe(url, (result) => {
      // The page's language chunk (i18n/runtime.ts) was asked for when the
      // element connected; the feed is shown, and announced, in its words.
      const load = catalogueFor(hostLanguage(this.host) ?? '');
      const wait = this.before?.();
      if (load || wait) void Promise.all([load, wait]).then(() => this.show(result));
      else this.show(result);
    }, this.options());
  }

  private show(result: FeedResult): void {
    if (result.url !== this.url || (result.ok ? result.feed === this.feed : result.message === this.message)) return;
    if (result.ok) {
      this.feed = result.feed;
      this.message = '';
      this.setState('ready');
      this.host.dispatchEvent(new CustomEvent('wcit-load', { bubbles: true, composed: true, detail: { feed: result.feed } }));
    } else {
      this.feed = undefined;
      this.message = result.message;
      this.setState('error');
      this.host.dispatchEvent(new CustomEvent('wcit-error', { bubbles: true, composed: true, detail: { message: result.message } }));
    }
    this.host.requestUpdate();
  }

  private setState(state: FeedState): void {
    this.state = state;
    this.host.setAttribute('state', state);
  }
}
