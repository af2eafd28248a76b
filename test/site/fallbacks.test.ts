// Nothing is ever blank: every snippet the configurator and `wcit-feed embed`
// write, and every HTML snippet of the README and of the guides (docs/*.md), pasted into a blank page with
// the script blocked (a CSP that allows no script) and with the feed failing
// (the feed host answers 500), still shows a way to read the letter and a
// link to sign it. A snippet's published script URL points at this build's
// copy, its feed at the failing host.
import { expect, waitUntil } from '@open-wc/testing';
import { pasteIntoBlankPage } from './helpers.js';
import { DEFAULT_CONFIG, DEFAULT_FEED_LINK, type EmbedConfig } from '../../demo/configurator/options.js';
import { htmlSnippet, prerenderedSnippet } from '../../demo/configurator/snippet.js';
import { catalogues, embedSnippet } from '../../src/cli/embed/index.js';
import { readFeed, type Feed } from '../../src/feed/index.js';

const release = { version: '0.0.0', integrity: '' };
let n = 0;
const failing = () => `/api/feed?key=fallbacks-${Date.now()}-${n++}&status=500`;

async function defaultFeed(): Promise<Feed> {
  const read = readFeed(await (await fetch('/site/wcit-2012.json')).json());
  if (!read.ok) throw new Error(read.issue.message);
  return read.feed;
}

/** The snippet as a page would load it here: this build's script, and (with `feedDown`) every element reading a feed that fails. */
function local(code: string, feedDown: boolean): string {
  let out = code
    .replace(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/wcit-embed@[^/]+\/dist\//g, '/site/')
    .replace(/(["'])\/wcit\//g, '$1/site/')
    .replace(/ integrity="[^"]*"/g, '')
    .replace(/<link rel="preload"[^>]*>/g, '');
  if (feedDown) {
    out = out
      .replace(/ src="(?!\/site\/wcit\.js)[^"]*"(?=[^>]*>)/g, '')
      .replace(/<(wcit-[\w-]+)/g, (_, tag: string) => `<${tag} src="${failing()}"`);
  }
  return out;
}

/** Anchors a reader can see, in the page and in the elements' shadow roots. */
function visibleLinks(doc: Document, within: string): HTMLAnchorElement[] {
  const hosts = [...doc.querySelectorAll<HTMLElement>(within)];
  const anchors = hosts.flatMap((h) => [...h.querySelectorAll('a'), ...(h.shadowRoot?.querySelectorAll('a') ?? [])]);
  return anchors.filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0 && /^https?:/.test(a.href));
}

/** The letter readable in place (pre-rendered) counts as a way to read it. */
const letterShown = (doc: Document) =>
  [...doc.querySelectorAll('wcit-letter article')].some((a) => (a as HTMLElement).checkVisibility() && a.getBoundingClientRect().height > 20);

async function neverBlank(code: string, where: string, how: 'script blocked' | 'feed down') {
  const blocked = how == 'script blocked';
  const frame = await pasteIntoBlankPage(local(code, !blocked), {
    height: 800,
    head: blocked ? `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">` : '',
  });
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('wcit-'));
  expect(elements.length, `${where}: no element`).to.be.greaterThan(0);
  if (blocked) {
    expect(elements.some((el) => frame.contentWindow!.customElements.get(el.localName)), `${where}: the script ran`).to.be.false;
  } else {
    await waitUntil(() => elements.every((el) => el.getAttribute('state') == 'error'), `${where}: the elements never saw the feed fail`, { timeout: 10000 });
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }
  const read = visibleLinks(doc, 'wcit-letter, wcit-signatories');
  expect(read.length > 0 || letterShown(doc), `${where}, ${how}: no way to read the letter`).to.be.true;
  if (doc.querySelector('wcit-sign-button')) {
    const sign = visibleLinks(doc, 'wcit-sign-button');
    expect(sign.length, `${where}, ${how}: no link to sign`).to.be.greaterThan(0);
    expect(doc.querySelector('wcit-sign-button')!.getBoundingClientRect().height, `${where}, ${how}: the sign button collapsed`).to.be.greaterThan(10);
  }
  frame.remove();
}

const configs: [string, Partial<EmbedConfig>][] = [
  ['the default', {}],
  ['Spanish, collapsed, h3', { lang: 'es', collapsed: true, headingLevel: 3 }],
  ['Arabic, the list, count on the button', { lang: 'ar', list: true, count: false, showCount: true }],
  ['self-hosted, strict CSP', { script: 'self', inlineStyle: false }],
];

describe('every generated snippet leaves no blank', () => {
  before(() => catalogues);
  let feed: Feed;
  before(async () => (feed = await defaultFeed()));

  it('the configurator\'s default fallback links are the default feed\'s, over https', () => {
    expect(feed.signOn?.url).to.equal(DEFAULT_FEED_LINK);
    expect(feed.fullListUrl).to.equal(DEFAULT_FEED_LINK);
    expect(DEFAULT_FEED_LINK).to.match(/^https:/);
  });

  for (const how of ['script blocked', 'feed down'] as const) {
    describe(how, () => {
      for (const [name, options] of configs) {
        const config = { ...DEFAULT_CONFIG, ...options };
        it(`configurator HTML: ${name}`, () => neverBlank(htmlSnippet(config, release), `configurator HTML (${name})`, how));
        it(`configurator pre-rendered: ${name}`, () =>
          neverBlank(prerenderedSnippet(config, release, feed, { script: '/site/wcit.js', feedUrl: '/site/wcit-2012.json' }), `configurator pre-rendered (${name})`, how));
      }
      for (const prerender of [true, false]) {
        for (const lang of [undefined, 'es']) {
          it(`wcit-feed embed${prerender ? '' : ' --no-prerender'}${lang ? ` --lang ${lang}` : ''}`, () =>
            neverBlank(embedSnippet(feed, { src: '/site/wcit-2012.json', script: '/site/wcit.js', prerender, lang }), 'wcit-feed embed', how));
        }
      }
      it('the HTML snippets of the README and the guides', async () => {
        const request = await fetch('/__readme-snippets.json');
        const snippets = ((await request.json()) as { file: string; lang: string; code: string; line: number; skip?: string }[]).filter(
          (s) => s.lang == 'html' && !s.skip && /<wcit-(letter|signatories|sign-button)/.test(s.code),
        );
        expect(snippets.filter((s) => s.file == 'README.md').length, 'README.md').to.be.greaterThan(0);
        expect(snippets.filter((s) => s.file.startsWith('docs/')).length, 'docs/*.md').to.be.greaterThan(2);
        for (const s of snippets) {
          const script = /<script\b/.test(s.code) ? '' : '\n<script type="module" src="/site/wcit.js"></script>';
          await neverBlank(s.code + script, `${s.file}:${s.line}`, how);
        }
      });
    });
  }

  it('the site\'s own pages (home, the gallery of real sites) put a link to read or to sign inside every element', async () => {
    const pages = ['/site/index.html', ...['bootstrap', 'bootstrap-rtl', 'bulma', 'classic', 'pico', 'tailwind', 'wordpress'].map((p) => `/site/gallery/${p}.html`)];
    const bare: string[] = [];
    for (const page of pages) {
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      const elements = [...doc.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')];
      expect(elements.length, page).to.be.greaterThan(0);
      for (const el of elements) {
        // The sign button's link is marked data-wcit (its label and fallback); the others hold any https link.
        const link = el.querySelector<HTMLAnchorElement>(el.localName == 'wcit-sign-button' ? 'a[data-wcit][href^="https:"]' : 'a[href^="https:"]');
        if (!link?.textContent?.trim()) bare.push(`${page}: ${el.outerHTML.slice(0, 80)}`);
      }
    }
    expect(bare).to.deep.equal([]);
  });
});
