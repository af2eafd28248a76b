// <wcit-letter>, against the real test feed host.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/wcit-letter-define.js';
import type { WcitLetter } from '../../src/elements/wcit-letter.js';
import { text } from '../helpers.js';

let n = 0;
/** A feed URL on the test host; a fresh key per call, so no two tests share a cached answer. */
const feed = (query = '') => `/api/feed?key=letter-${Date.now()}-${n++}&${query}`;
const $ = <E extends Element = HTMLElement>(el: WcitLetter, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: WcitLetter, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const visible = (e: Element | null) => !!e && e.checkVisibility();

async function settled(el: WcitLetter, state: 'ready' | 'error' = 'ready'): Promise<WcitLetter> {
  await waitUntil(() => el.getAttribute('state') === state, `the letter never became ${state}`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function letter(query: string, attrs: { headingLevel?: string; collapsed?: boolean; lang?: string } = {}) {
  const el = await fixture<WcitLetter>(
    html`<wcit-letter src=${feed(query)} heading-level=${attrs.headingLevel ?? '2'} ?collapsed=${attrs.collapsed} lang=${attrs.lang ?? ''}></wcit-letter>`,
  );
  if (attrs.headingLevel === undefined) el.removeAttribute('heading-level');
  if (attrs.lang === undefined) el.removeAttribute('lang');
  return settled(el);
}

describe('<wcit-letter>', () => {
  describe('the letter', () => {
    it('renders the title, every block type and the closing, as semantic HTML', async () => {
      const el = await letter('fixture=letter-blocks');
      const article = $(el, 'article')!;
      const title = $(el, 'h2')!;
      expect(title.getAttribute('part')).to.equal('title');
      expect(text(title)).to.equal('Every block');
      expect(title.id).to.not.equal('');
      expect(article.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(article.getAttribute('part')).to.equal('letter');

      const [first, last] = $$(el, 'p[part=paragraph]');
      expect(text(first)).to.equal(
        'Plain, strong, emphasis, both, a web link, a mail link, a strong link.',
      );
      expect(text(first!.querySelector(':scope > strong'))).to.equal('strong');
      expect(text(first!.querySelector(':scope > em'))).to.equal('emphasis');
      expect(text(first!.querySelector('strong > em'))).to.equal('both');
      expect(text(last)).to.equal('Last paragraph.');

      const heading = $(el, 'h3')!;
      expect(heading.getAttribute('part')).to.equal('heading');
      expect(text(heading)).to.equal('We call on member states to:');

      const ol = $(el, 'ol')!;
      expect(ol.getAttribute('part')).to.equal('list');
      expect([...ol.children].map(text)).to.deep.equal(['First demand', 'Second demand']);
      expect(text(ol.querySelector('li:nth-child(2) em'))).to.equal('demand');
      const ul = $(el, 'ul')!;
      expect(ul.getAttribute('part')).to.equal('list');
      expect([...ul.querySelectorAll('li[part=item]')].map(text)).to.deep.equal(['One point', 'Another point', 'A last point']);

      const closing = $(el, '[part=closing]')!;
      expect(closing.localName).to.equal('p');
      expect(text(closing)).to.equal('Sincerely,');
      expect(article.lastElementChild).to.equal(closing);
      // The summary is for compact displays, not for the letter.
      expect(text(article)).to.not.contain('summary');
      await expect(el).to.be.accessible();
    });

    it('makes https, http and mailto addresses links that open in the same tab', async () => {
      const el = await letter('fixture=letter-blocks');
      const links = $$(el, 'a');
      expect(links.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('part')])).to.deep.equal([
        ['a web link', 'https://example.org/more', 'link'],
        ['a mail link', 'mailto:letter@example.org', 'link'],
        ['a strong link', 'http://example.org/strong', 'link'],
      ]);
      expect(links.every((a) => !a.hasAttribute('target'))).to.be.true;
      expect(links[2]!.querySelector('strong')).to.exist;
    });

    it('shows markup in the feed as text, and never makes script or data addresses links', async () => {
      const el = await letter('fixture=letter-unsafe');
      const root = el.shadowRoot!;
      expect(text($(el, '[part=title]'))).to.equal('<img src=x onerror=alert(1)>');
      expect(root.querySelector('img, b, script')).to.be.null;
      expect(text($(el, 'p'))).to.equal('<b>not bold</b> a script link a data link <a href="https://evil.example">not a link</a>');
      expect(root.querySelectorAll('a')).to.have.length(0);
      expect(text($(el, '[part=closing]'))).to.equal('<script>alert(1)</script>');
    });

    it('reads the default feed when it has no src', async () => {
      const el = await settled(await fixture<WcitLetter>(html`<wcit-letter></wcit-letter>`));
      expect(text($(el, '[part=title]'))).to.contain('WCIT');
    });

    it('shows the new letter when src changes', async () => {
      const el = await letter('fixture=minimal');
      expect(text($(el, '[part=title]'))).to.equal('A test letter');
      el.src = feed('fixture=letter-blocks&delay=100');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect($(el, 'article')).to.be.null;
      await settled(el);
      expect(text($(el, '[part=title]'))).to.equal('Every block');
    });
  });

  describe('heading-level', () => {
    const levels = async (el: WcitLetter) => [$(el, '[part=title]')!.localName, $(el, '[part=heading]')!.localName];

    it('puts the title at h2 and the letter headings at h3 by default', async () => {
      expect(await levels(await letter('fixture=letter-blocks'))).to.deep.equal(['h2', 'h3']);
    });

    for (const [value, expected] of [
      ['1', ['h1', 'h2']],
      ['4', ['h4', 'h5']],
      ['5', ['h5', 'h6']],
      ['6', ['h6', 'h6']],
    ] as const) {
      it(`heading-level="${value}" gives ${expected.join(' and ')}`, async () => {
        expect(await levels(await letter('fixture=letter-blocks', { headingLevel: value }))).to.deep.equal(expected);
      });
    }

    for (const bad of ['0', '7', '-1', 'three', '', '2.5e9']) {
      it(`falls back to 2 on heading-level="${bad}"`, async () => {
        expect(await levels(await letter('fixture=letter-blocks', { headingLevel: bad }))).to.deep.equal(['h2', 'h3']);
      });
    }

    it('follows a change of the property', async () => {
      const el = await letter('fixture=letter-blocks');
      el.headingLevel = 3;
      await el.updateComplete;
      expect(await levels(el)).to.deep.equal(['h3', 'h4']);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal($(el, 'h3')!.id);
    });
  });

  describe('collapsed', () => {
    const parts = (el: WcitLetter) => ({
      toggle: $<HTMLButtonElement>(el, 'button[part=toggle]')!,
      first: $$(el, '[part=paragraph]')[0]!,
      closing: $(el, '[part=closing]')!,
      heading: $(el, '[part=heading]')!,
    });

    it('shows the title, the opening paragraph and a button to read the rest', async () => {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      const { toggle, first, closing, heading } = parts(el);
      expect(visible($(el, '[part=title]'))).to.be.true;
      expect(visible(first)).to.be.true;
      expect(visible(heading)).to.be.false;
      expect(visible(closing)).to.be.false;
      expect(visible(toggle)).to.be.true;
      expect(text(toggle)).to.equal('Read the full letter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const controlled = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
      expect(controlled).to.exist;
      expect(controlled!.contains(closing)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('opens in place and closes again with the mouse, focus staying on the button', async () => {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      const { toggle, closing, heading } = parts(el);
      const box = toggle.getBoundingClientRect();
      const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'click', position: at });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Show less');
      expect(visible(heading)).to.be.true;
      expect(visible(closing)).to.be.true;
      // The rest appears after the button, where the reader goes on reading.
      expect(toggle.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await expect(el).to.be.accessible();

      const again = toggle.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(again.x + again.width / 2), Math.round(again.y + again.height / 2)] });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Read the full letter');
      expect(visible(closing)).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('opens with Enter and closes with Space from the keyboard', async () => {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      const { toggle, closing } = parts(el);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(closing)).to.be.true;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(closing)).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('opens when find-in-page reaches the hidden text', async () => {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      const { toggle, closing } = parts(el);
      closing.parentElement!.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('has no button when there is nothing more to read', async () => {
      const el = await letter('fixture=letter-short', { collapsed: true });
      expect($(el, 'button')).to.be.null;
      expect(text($(el, '[part=paragraph]'))).to.equal('Un seul paragraphe.');
    });

    it('shows everything once collapsed is removed', async () => {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      el.collapsed = false;
      await el.updateComplete;
      expect($(el, 'button')).to.be.null;
      expect(visible(parts(el).closing)).to.be.true;
    });

    it('prints the whole letter, without the button', async function () {
      const el = await letter('fixture=letter-blocks', { collapsed: true });
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // print emulation is not offered for this browser's driver
      }
      try {
        expect(matchMedia('print').matches, 'print emulation').to.be.true;
        const { toggle, closing, heading } = parts(el);
        expect(visible(heading)).to.be.true;
        expect(visible(closing)).to.be.true;
        expect(visible(toggle)).to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('states and events', () => {
    it('says "Could not be loaded." in a status region when the feed fails and the page gave no fallback', async () => {
      const el = await fixture<WcitLetter>(html`<wcit-letter src=${feed('status=500')}></wcit-letter>`);
      await waitUntil(() => el.state == 'error', 'the feed never failed');
      await el.updateComplete;
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(text(error)).to.equal('Could not be loaded.');
      expect(visible(error)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('says nothing of its own when the page gave a fallback, and says it in the interface language otherwise', async () => {
      const withLink = await fixture<WcitLetter>(html`<wcit-letter src=${feed('status=500')}><a href="https://example.org/letter">Read the letter</a></wcit-letter>`);
      await waitUntil(() => withLink.state == 'error', 'the feed never failed');
      await withLink.updateComplete;
      expect($(withLink, '[part=error]')).to.be.null;
      expect(visible(withLink.querySelector('a'))).to.be.true;
      const german = await fixture<WcitLetter>(html`<div lang="de"><wcit-letter src=${feed('status=500')}></wcit-letter></div>`);
      const el = german.querySelector('wcit-letter') as WcitLetter;
      await waitUntil(() => el.state == 'error', 'the feed never failed');
      await el.updateComplete;
      // No German catalogue: English words, marked English, not read with a German voice.
      expect($(el, '[part=error]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    it('holds the space of the letter quietly while loading', async () => {
      const el = await fixture<WcitLetter>(
        html`<wcit-letter src=${feed('delay=3000')}><a href="https://example.org/letter">Read the letter</a></wcit-letter>`,
      );
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      const placeholder = $(el, '[part=placeholder]')!;
      // Announced: a status region (role=status is polite) holds the words.
      expect(text($(el, '[part=placeholder] [role=status]'))).to.equal('Loading the letter…');
      expect(text(placeholder)).to.equal('Loading the letter…');
      const em = parseFloat(getComputedStyle(el).fontSize);
      expect(placeholder.getBoundingClientRect().height).to.be.at.least(12 * em - 1);
      // The fallback is for failures only.
      expect(visible(el.querySelector('a'))).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('does not animate the placeholder when the reader asks for less motion', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip(); // no reduced-motion emulation for this browser's driver
      }
      try {
        if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
        const el = await fixture<WcitLetter>(html`<wcit-letter src=${feed('delay=3000')}></wcit-letter>`);
        const bars = $$(el, '[part=placeholder] span:not(.visually-hidden)');
        expect(bars).to.not.be.empty;
        expect(bars.map((b) => getComputedStyle(b).animationName)).to.deep.equal(bars.map(() => 'none'));
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('tells the page when the letter is shown', async () => {
      const el = await fixture<WcitLetter>(html`<wcit-letter src=${feed('fixture=minimal&delay=100')}></wcit-letter>`);
      const event = (await oneEvent(el, 'wcit-load')) as CustomEvent;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.feed.id).to.equal('test-letter');
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('state')).to.equal('ready');
      expect($(el, '[part=placeholder]')).to.be.null;
      expect($(el, 'slot')).to.be.null;
    });

    it('shows the fallback link, and nothing alarming, when the feed is down', async () => {
      const el = await fixture<WcitLetter>(
        html`<wcit-letter src=${feed('status=404&delay=100')}><a href="https://example.org/letter">Read the letter</a></wcit-letter>`,
      );
      const event = (await oneEvent(el, 'wcit-error')) as CustomEvent;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.message).to.contain('404');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      const link = el.querySelector('a')!;
      expect(visible(link)).to.be.true;
      expect(link.assignedSlot).to.exist;
      expect(text(el.shadowRoot!)).to.equal('');
      expect($(el, 'article, [part=placeholder]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('leaves no blank on failure without fallback content: it says so', async () => {
      const el = await fixture<WcitLetter>(html`<wcit-letter src=${feed('fixture=no-body')}></wcit-letter>`);
      await settled(el, 'error');
      expect(text($(el, '[part=error][role=status]'))).to.equal('Could not be loaded.');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('language', () => {
    const shown = (el: WcitLetter) => {
      const article = $(el, 'article')!;
      return [text($(el, '[part=title]')), article.getAttribute('lang'), article.getAttribute('dir')];
    };

    it('picks the text for the language of the element (es-AR reads es)', async () => {
      const el = await letter('fixture=letter-blocks', { lang: 'es-AR' });
      expect(shown(el)).to.deep.equal(['Todos los bloques', 'es', 'ltr']);
      expect(text($(el, '[part=closing]'))).to.equal('Atentamente,');
    });

    it('follows the closest ancestor with a lang, and reads Arabic right to left', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div lang="ar"><section><wcit-letter src=${feed('fixture=letter-blocks')}></wcit-letter></section></div>`,
      );
      const el = await settled(box.querySelector('wcit-letter')!);
      expect(shown(el)).to.deep.equal(['رسالة مفتوحة', 'ar', 'rtl']);
      await expect(el).to.be.accessible();
    });

    it('falls back to the feed’s default language', async () => {
      const el = await letter('fixture=letter-blocks', { lang: 'de' });
      expect(shown(el)).to.deep.equal(['Every block', 'en', 'ltr']);
      const fr = await letter('fixture=letter-short', { lang: 'pl' });
      expect(shown(fr)).to.deep.equal(['Une lettre courte', 'fr', 'ltr']);
    });

    it('labels the button and the placeholder in the reader’s language', async () => {
      const es = await letter('fixture=letter-blocks', { lang: 'es-AR', collapsed: true });
      // The Spanish letter has two paragraphs: the second is behind the button.
      const toggle = $(es, 'button')!;
      expect(text(toggle)).to.equal('Leer la carta completa');
      expect(toggle.getAttribute('lang')).to.equal('es');
      const box = await fixture<HTMLDivElement>(
        html`<div lang="ar-EG"><wcit-letter collapsed src=${feed('fixture=letter-short&delay=3000')}></wcit-letter></div>`,
      );
      const loading = box.querySelector('wcit-letter')!;
      expect(text($(loading, '[part=placeholder]'))).to.equal('جارٍ تحميل الرسالة…');
      // An Urdu reader of the English original: the letter stays English, the button speaks Urdu.
      const mixed = await fixture<HTMLDivElement>(
        html`<div lang="ur"><wcit-letter collapsed src=${feed('fixture=minimal')}></wcit-letter></div>`,
      );
      const en = await settled(mixed.querySelector('wcit-letter')!);
      expect($(en, 'article')!.getAttribute('lang')).to.equal('en');
      expect($(en, 'article')!.getAttribute('dir')).to.equal('ltr');
      expect($(en, 'button')!.getAttribute('lang')).to.equal('ur');
      expect($(en, 'button')!.getAttribute('dir')).to.equal('rtl');
      await expect(en).to.be.accessible();
    });

    it('re-renders when the lang of the element or of the page changes', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div lang="en"><wcit-letter src=${feed('fixture=letter-blocks')}></wcit-letter></div>`,
      );
      const el = await settled(box.querySelector('wcit-letter')!);
      expect(shown(el)[0]).to.equal('Every block');
      box.lang = 'ar';
      await waitUntil(() => shown(el)[0] === 'رسالة مفتوحة', 'the page’s new lang was not followed');
      expect(shown(el)[2]).to.equal('rtl');
      el.lang = 'es';
      await waitUntil(() => shown(el)[0] === 'Todos los bloques', 'the element’s new lang was not followed');
      expect(shown(el)[2]).to.equal('ltr');
    });
  });
});
