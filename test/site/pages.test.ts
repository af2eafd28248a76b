// Every page of the built site (npm run build:site → site-dist/) loads, as
// served by a plain static host, with every element reaching its state, no
// console error or warning, no failed request, and no axe violation.
import { expect } from '@open-wc/testing';
import { axeViolations, openPage, settled, unexpectedLog } from './helpers.js';

/**
 * Every page of the built site, the gallery's included. Asked synchronously
 * because mocha needs the list while it collects the tests (the test build's
 * target has no top-level await).
 */
function sitePages(): string[] {
  const request = new XMLHttpRequest();
  request.open('GET', '/site/__pages.json', false);
  request.send();
  return JSON.parse(request.responseText) as string[];
}
const pages = sitePages();

/** What a page logs on purpose: the error example's missing feed. */
const EXPECTED = /feeds\/missing\.json/;
/** A request the states page holds open on purpose (the loading example). */
const HELD = /feeds\/never\.json/;

describe('the built site', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('has the member page, the states, the configurator and the large campaign', () => {
    for (const page of ['/site/index.html', '/site/states.html', '/site/configurator.html', '/site/large.html']) {
      expect(pages).to.include(page);
    }
  });

  for (const page of pages) {
    it(`${page} loads with no console error and is axe clean`, async () => {
      const frame = await openPage(page);
      const doc = frame.contentDocument!;
      const elements = await settled(doc, HELD);
      for (const el of elements) {
        const src = el.getAttribute('src') ?? '';
        if (HELD.test(src)) expect(el.getAttribute('state'), `${el.localName} src=${src}`).to.equal('loading');
        else expect(el.getAttribute('state'), `${el.localName} src=${src}`).to.equal(EXPECTED.test(src) ? 'error' : 'ready');
      }
      // The home page logs nothing at all (a console error costs its Lighthouse best practices); the states page shows the error on purpose.
      expect(unexpectedLog(frame, /\/site\/(index\.html)?$/.test(page) ? undefined : EXPECTED)).to.deep.equal([]);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }

  it('links only to pages and files the site has', async () => {
    const broken: string[] = [];
    for (const page of pages) {
      const frame = await openPage(page);
      for (const a of frame.contentDocument!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const url = new URL(a.href);
        if (url.origin !== location.origin) continue;
        const res = await fetch(url.href, { method: 'GET' });
        if (!res.ok) broken.push(`${page} → ${a.getAttribute('href')} (${res.status})`);
      }
      frame.remove();
    }
    expect(broken).to.deep.equal([]);
  });

  it('loads nothing from another host: no CDN, fonts or analytics', async () => {
    for (const page of pages) {
      const frame = await openPage(page);
      await settled(frame.contentDocument!, HELD);
      const foreign = frame.contentWindow!.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new URL(name).origin !== location.origin);
      expect(foreign, page).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the member page shows the WCIT letter from the default feed, beside the site copy of wcit.js', async () => {
    const frame = await openPage('/site/');
    await settled(frame.contentDocument!);
    const letter = frame.contentDocument!.querySelector('wcit-letter')!;
    expect(letter.getAttribute('state')).to.equal('ready');
    expect(letter.shadowRoot!.textContent).to.contain('WCIT');
    const scripts = [...frame.contentDocument!.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src);
    expect(scripts).to.include(`${location.origin}/site/wcit.js`);
    const entries = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(entries).to.include(`${location.origin}/site/wcit-2012.json`);
  });
});
