// The pre-rendered snippet (`wcit-feed embed`, src/cli/embed/) in a real page:
// readable with scripts off, the same boxes after the upgrade, only the count
// changing when the feed's count has, and working under a strict CSP. Each
// page is an iframe of its own, so the bundle (dist/wcit.js, served byte for
// byte from the test host's second origin, as a CDN would) upgrades it fresh.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { catalogues, embedSnippet, type EmbedOptions } from '../../src/cli/embed/index.js';
import { readFeed } from '../../src/feed/read.js';
import type { Feed } from '../../src/feed/types.js';
import { crossOrigin, engine, requestLog, text } from '../helpers.js';

let cross: string;
let n = 0;
const key = () => `embed-${Date.now()}-${n++}`;

async function feedAt(url: string): Promise<Feed> {
  const read = readFeed(await (await fetch(url)).json());
  if (!read.ok) throw new Error(read.issue.message);
  return read.feed;
}

const page = (snippet: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>member</title></head>` +
  `<body><main><h1>A member's page</h1>${snippet}</main><p id="after">What follows the snippet.</p></body></html>`;

/** The page in an iframe; `sandbox` without allow-scripts is a reader with scripts off. */
async function frame(html: string, sandbox?: string): Promise<Document> {
  const f = document.createElement('iframe');
  f.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.srcdoc = html;
  const loaded = oneEvent(f, 'load');
  document.body.append(f);
  await loaded;
  return f.contentDocument!;
}

/** Loads the bundle into the page, as its script tag would. */
function loadBundle(doc: Document): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${cross}/dist/wcit.js`;
  doc.head.append(script);
}

/** Loads the bundle and waits until every element has shown the feed. */
async function upgrade(doc: Document): Promise<void> {
  loadBundle(doc);
  const els = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('wcit-letter, wcit-signatories, wcit-sign-button')];
  await waitUntil(() => els.every((el) => el.getAttribute('state') == 'ready'), 'the elements never became ready', { timeout: 8000 });
  for (const el of els) await el.updateComplete;
  // The frame after the update: what a reader sees.
  await new Promise((r) => doc.defaultView!.requestAnimationFrame(() => setTimeout(r)));
}

/** The pre-rendered content's boxes, the button's and what follows the snippet. */
const CONTENT = 'wcit-letter article, wcit-letter article > *, wcit-letter li, wcit-signatories > *, wcit-sign-button, #after';
/** The elements' own boxes and what follows the snippet. */
const HOSTS = 'wcit-letter, wcit-signatories, wcit-sign-button, #after';

/** Every box of `selector` a reader sees in the snippet, by a readable name. */
function boxes(doc: Document, selector = CONTENT): Record<string, string> {
  const out: Record<string, string> = {};
  doc.querySelectorAll(selector).forEach((el, i) => {
    const r = el.getBoundingClientRect();
    out[`${i} ${el.id || el.localName} ${text(el)!.slice(0, 30)}`] = [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(' ');
  });
  return out;
}

/** The same boxes, each edge within half a pixel: WebKit rounds a line's height to whole pixels (43.7 px reserved, 44 shown). */
function expectUnmoved(after: Record<string, string>, before: Record<string, string>): void {
  expect(Object.keys(after)).to.deep.equal(Object.keys(before));
  for (const [box, was] of Object.entries(before)) {
    const now = after[box].split(' ').map(Number);
    was.split(' ').forEach((v, i) => expect(Math.abs(now[i] - Number(v)), `${box}: ${after[box]}, was ${was}`).to.be.below(0.5));
  }
}

const shown = (el: Element | null) => !!el && (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().height > 0;

before(async () => {
  cross = await crossOrigin();
});

describe('the pre-rendered snippet', () => {
  before(() => catalogues);
  let feed: Feed;
  let src: string;
  const snippet = (o: Partial<EmbedOptions> = {}, f = feed) => embedSnippet(f, { src, ...o });

  before(async () => {
    src = `${cross}/dist/wcit-2012.json`;
    feed = await feedAt(src);
  });

  it('shows the letter, the count and a working sign-on link with scripts off', async () => {
    const html = page(snippet({ script: `${cross}/dist/wcit.js` }));
    // The text is in the HTML itself, not made by a script.
    expect(html).to.contain('Open letter to ITU member states on the WCIT');
    const doc = await frame(html, 'allow-same-origin');
    const title = doc.querySelector('wcit-letter h2');
    expect(text(title)).to.equal('Open letter to ITU member states on the WCIT');
    expect(shown(title)).to.be.true;
    expect(shown(doc.querySelector('wcit-letter article > p:last-child'))).to.be.true;
    const count = doc.querySelector('wcit-signatories p');
    expect(text(count)).to.match(/^18 \w+ have signed$/);
    expect(shown(count)).to.be.true;
    const link = doc.querySelector<HTMLAnchorElement>('wcit-sign-button a')!;
    expect(text(link)).to.equal('Sign the letter');
    expect(link.href).to.equal(new URL(feed.signOn!.url).href);
    expect(shown(link)).to.be.true;
    // Nothing was upgraded: no script ran.
    expect(doc.querySelector('wcit-letter')!.shadowRoot).to.equal(null);
  });

  it('keeps a collapsed letter readable with scripts off: the rest opens in a <details>', async () => {
    const doc = await frame(page(snippet({ collapsed: true, elements: ['letter'] })), 'allow-same-origin');
    const details = doc.querySelector('wcit-letter details')!;
    expect(text(details.querySelector('summary'))).to.equal('Read the full letter');
    expect(shown(details.querySelector('p'))).to.be.false;
    details.querySelector('summary')!.click();
    expect(shown(details.querySelector('p'))).to.be.true;
  });

  it('changes no box when the script upgrades it with the same feed', async () => {
    // The button too: its <style> holds the button's box around the link.
    const doc = await frame(page(snippet()));
    const before = boxes(doc);
    await upgrade(doc);
    expect(boxes(doc)).to.deep.equal(before);
    // Still the pre-rendered text, through the element's slot.
    expect(doc.querySelector('wcit-letter')!.shadowRoot!.querySelector('slot')).to.exist;
    expect(doc.querySelector('wcit-letter')!.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('changes only the count when the live feed has more signatories', async () => {
    const live = `/api/feed?fixture=signatories-list&key=${key()}`;
    const current = await feedAt(live);
    const older = { ...current, signatories: current.signatories.slice(0, 3) };
    const doc = await frame(page(embedSnippet(older, { src: live, elements: ['letter', 'signatories'] })));
    const count = doc.querySelector('wcit-signatories p')!;
    expect(text(count)).to.equal('3 signatories have signed');
    const before = boxes(doc);
    await upgrade(doc);
    expect(text(count)).to.equal(`${current.signatories.length} signatories have signed`);
    // Block boxes: the count's text changed, none of the boxes did.
    const after = Object.entries(boxes(doc)).map(([k, v]) => [k.replace(/ \d+ signatories/, ' 3 signatories'), v]);
    expect(Object.fromEntries(after)).to.deep.equal(before);
  });

  it('shows the live letter when its text was edited after the snippet was made', async () => {
    const live = `/api/feed?fixture=minimal&key=${key()}`;
    const current = await feedAt(live);
    const en = current.letter.en!;
    const stale = { ...current, letter: { en: { ...en, title: 'An old title' } } };
    const doc = await frame(page(embedSnippet(stale, { src: live, elements: ['letter'] })));
    await upgrade(doc);
    const el = doc.querySelector('wcit-letter')!;
    expect(text(el.shadowRoot!.querySelector('[part=title]'))).to.equal(en.title);
    expect(shown(el.querySelector('article'))).to.be.false;
  });

  it('keeps the pre-rendered letter and link when the feed cannot be read', async () => {
    const doc = await frame(page(embedSnippet(feed, { src: `/api/feed?status=404&key=${key()}`, elements: ['letter', 'button'] })));
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = `${cross}/dist/wcit.js`;
    doc.head.append(script);
    const els = [...doc.querySelectorAll('wcit-letter, wcit-sign-button')];
    await waitUntil(() => els.every((el) => el.getAttribute('state') == 'error'), 'never failed', { timeout: 8000 });
    expect(shown(doc.querySelector('wcit-letter h2'))).to.be.true;
    // The button shows its own styled link to the snapshot's sign-on page, or the plain one.
    const button = doc.querySelector('wcit-sign-button')!;
    const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]') ?? button.querySelector('a')!;
    expect(link.href).to.equal(new URL(feed.signOn!.url).href);
    expect(shown(link)).to.be.true;
  });

  it('shows a pre-rendered list until the feed arrives, then the live list', async () => {
    const live = `/api/feed?fixture=signatories-list&delay=300&key=${key()}`;
    const doc = await frame(page(embedSnippet(await feedAt(`/api/feed?fixture=signatories-list&key=${key()}`), { src: live, list: true, elements: ['signatories'] })));
    const el = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('wcit-signatories')!;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = `${cross}/dist/wcit.js`;
    doc.head.append(script);
    await waitUntil(() => el.shadowRoot, 'never upgraded');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shown(el.querySelector('li'))).to.be.true;
    await waitUntil(() => el.getAttribute('state') == 'ready', 'never ready', { timeout: 8000 });
    await el.updateComplete;
    expect(shown(el.querySelector('li'))).to.be.false;
    expect(el.shadowRoot!.querySelectorAll('li[part=item]').length).to.equal(el.querySelectorAll('li').length);
  });

  it('works under a strict CSP: no inline script or style, the feed only from its host', async () => {
    // `style: false` (`--no-style`) is the snippet for such a page; with the
    // <style>, the browser drops it (and says so), and all else works the same.
    for (const style of [false, true]) {
      const k = key();
      const live = `${cross}/api/feed?fixture=minimal&key=${k}`;
      const csp = `default-src 'none'; script-src ${cross}; connect-src ${cross}`;
      const html = page(
        embedSnippet(await feedAt(`/api/feed?fixture=minimal&key=${key()}`), { src: live, script: `${cross}/dist/wcit.js`, style }),
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      );
      const f = document.createElement('iframe');
      f.srcdoc = html;
      const violations: string[] = [];
      const loaded = oneEvent(f, 'load');
      document.body.append(f);
      f.contentWindow!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      await loaded;
      const doc = f.contentDocument!;
      const els = [...doc.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')];
      await waitUntil(() => els.every((el) => el.getAttribute('state') == 'ready'), 'the elements never became ready', { timeout: 8000 });
      // WebKit does not keep a srcdoc frame's first window for its document (the
      // others reuse it, as HTML asks), so the listener is lost there: the
      // refused <style> shows by the style sheet it never got, in every engine.
      if (engine !== 'webkit') expect(violations).to.deep.equal(style ? ['style-src-elem inline'] : []);
      expect([...doc.querySelectorAll('style')].filter((el) => !el.sheet)).to.have.length(style ? 1 : 0);
      expect(shown(doc.querySelector('wcit-letter h2'))).to.be.true;
      expect(doc.querySelector('wcit-sign-button')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]')!.href).to.equal('https://example.org/sign');
      // The preload hint and the loader's request are one and the same.
      expect((await requestLog(k)).map((r) => r.headers)).to.have.length(1);
    }
  });
});

describe('the plain snippet', () => {
  let src: string;
  before(() => {
    src = `${cross}/dist/wcit-2012.json`;
  });

  // Pages unlike each other: the reserved boxes are in em and lh, so they follow the page's type.
  const pages: [string, string, string][] = [
    ['a serif page, 17px / 1.55', 'body { font: 17px/1.55 Georgia, serif }', ''],
    ['a small sans-serif page, 14px / 1.3, a small button', 'body { font: 14px/1.3 system-ui, sans-serif } p { margin: 0 0 .5rem }', ' size="small"'],
    ['a large page, 20px / 2, a large button, wider spacing', 'body { font: 20px/2 serif } wcit-signatories { --wcit-spacing: 2em }', ' size="large"'],
  ];
  for (const [name, css, size] of pages) {
    it(`moves nothing when the script and then the feed arrive: the count and the button on ${name}`, async () => {
      const html = embedSnippet(await feedAt(src), { src, prerender: false, elements: ['signatories', 'button'] }).replace('<wcit-sign-button', `<wcit-sign-button${size}`);
      const doc = await frame(page(html, `<style>${css}</style>`));
      const before = boxes(doc, HOSTS);
      // Space is held before any script: a line for the count, a button's height.
      expect(doc.querySelector('wcit-signatories')!.getBoundingClientRect().height).to.be.above(10);
      expect(doc.querySelector('wcit-sign-button')!.getBoundingClientRect().height).to.be.above(20);
      await upgrade(doc);
      expectUnmoved(boxes(doc, HOSTS), before);
    });
  }

  it('holds a collapsed letter\'s space until its feed arrives; without the <style>, the space appears only with the script', async () => {
    for (const style of [true, false]) {
      const slow = `${cross}/api/feed?fixture=minimal&delay=4000&key=${key()}`;
      const html = embedSnippet(await feedAt(src), { src: slow, prerender: false, collapsed: true, elements: ['letter'], style });
      const doc = await frame(page(html));
      const before = boxes(doc, HOSTS);
      const following = boxes(doc, '#after');
      loadBundle(doc);
      const letter = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('wcit-letter')!;
      await waitUntil(() => letter.shadowRoot?.querySelector('[part=placeholder]'), 'no placeholder', { timeout: 8000 });
      await letter.updateComplete;
      expect(letter.getAttribute('state')).to.equal('loading');
      if (style) expectUnmoved(boxes(doc, HOSTS), before);
      else expect(boxes(doc, '#after')).not.to.deep.equal(following);
    }
  });

  it('reserves no space for readers with scripts off', async () => {
    const html = embedSnippet(await feedAt(src), { src, prerender: false, collapsed: true });
    const doc = await frame(page(html), 'allow-same-origin');
    // Only their fallback links, no empty box around them.
    for (const el of doc.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')) {
      const link = el.querySelector('a')!.getBoundingClientRect();
      expect(link.height, `<${el.localName}>'s fallback link`).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height, `<${el.localName}>`).to.be.at.most(link.height + 1);
    }
  });
});
