import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostLanguage } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * The language that applies to an element: its own `lang`, else the closest
 * ancestor's. One MutationObserver for the whole page watches `lang`
 * attributes, so a language switch on the page (or on the element) re-renders
 * every element it reaches.
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
    this.lang = lang;
    this.host.requestUpdate();
  }
}
