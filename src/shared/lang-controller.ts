import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogueFor, hostLanguage } from '../i18n/runtime.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * The language that applies to an element: its own `lang`, else the closest
 * ancestor's. One MutationObserver for the whole page watches `lang`
 * attributes, so a language switch on the page (or on the element) re-renders
 * every element it reaches. The language's catalogue is asked for as soon as
 * the language is known (at connection, in parallel with the feed); a switch
 * takes effect once it is there, so no text shows in English in between.
 */
export class LangController implements ReactiveController {
  /** The BCP 47 tag in force, or '' when the page says none. */
  lang = '';
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.lang = hostLanguage(this.host) ?? '';
    // Re-rendered when it arrives: the loading state's words (the feed waits for it too: FeedController).
    void catalogueFor(this.lang)?.then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language (also for elements inside other components' shadow roots, which the observer cannot see). */
  refresh(): void {
    const lang = hostLanguage(this.host) ?? '';
    if (lang === this.lang) return;
    const apply = () => {
      // Still the language in force once its catalogue came (switched twice quickly: the last one wins).
      if (lang !== (hostLanguage(this.host) ?? '')) return;
      this.lang = lang;
      this.host.requestUpdate();
    };
    const load = catalogueFor(lang);
    if (load) void load.then(apply);
    else apply();
  }
}
