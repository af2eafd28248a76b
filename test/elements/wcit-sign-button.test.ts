// <wcit-sign-button> against the real test feed host. The test page must never
// navigate away: a window listener (the last one a click reaches) cancels every
// click on a link, after the element and the tests have seen it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/wcit-sign-button-define.js';
import type { WcitSignButton } from '../../src/elements/wcit-sign-button.js';
import { formatDate } from '../../src/i18n/runtime.js';
import { text as spoken, text } from '../helpers.js';
import { backgroundBehind, contrast, toRGBA } from '../gallery/contrast.js';

const stopNavigation = (e: Event) => {
  if (e.composedPath().some((n) => n instanceof HTMLAnchorElement)) e.preventDefault();
};
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

let n = 0;
/** A feed URL no other test shares, so every element makes its own request. */
const feed = (query = '') => `/api/feed?key=button-${Date.now()}-${n++}${query ? `&${query}` : ''}`;

const SIGN = 'https://example.org/sign';
const link = (el: WcitSignButton) => el.shadowRoot!.querySelector('a');
const part = (el: WcitSignButton, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** The text a person hears for the link: its text with spaces collapsed. */
const visible = (node: Element) => node.getClientRects().length > 0;

/** Renders the element and waits until the feed has answered (ready or error). */
async function settled(template: ReturnType<typeof html>): Promise<WcitSignButton> {
  const el = await fixture<WcitSignButton>(template);
  await waitUntil(() => el.state !== 'loading', 'the feed never answered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A feed served from memory, for a sign-on that closes at an instant the test chooses. */
const blobFeed = (closes: Date | string) =>
  URL.createObjectURL(
    new Blob(
      [
        JSON.stringify({
          version: 1,
          id: 'closing-soon',
          defaultLanguage: 'en',
          letter: { en: { title: 'Closing soon', body: [{ type: 'paragraph', content: ['Hurry.'] }] } },
          signOn: { url: SIGN, closes: typeof closes == 'string' ? closes : closes.toISOString() },
          signatories: [],
        }),
      ],
      { type: 'application/json' },
    ),
  );

describe('<wcit-sign-button>', () => {
  describe('the link', () => {
    it('is a real link to the sign-on page, labelled "Sign the letter"', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}></wcit-sign-button>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.state).to.equal('ready');
      const a = link(el)!;
      expect(a.getAttribute('href')).to.equal(SIGN);
      expect(a.getAttribute('part')).to.equal('button');
      expect(spoken(a)).to.equal('Sign the letter');
      expect(spoken(part(el, 'label'))).to.equal('Sign the letter');
      expect(a.hasAttribute('target'), 'same tab').to.be.false;
      expect(part(el, 'count')).to.be.null;
      a.focus();
      expect(el.shadowRoot!.activeElement).to.equal(a);
      await expect(el).to.be.accessible();
    });

    it('reads the default feed when there is no src', async () => {
      const el = await settled(html`<wcit-sign-button></wcit-sign-button>`);
      expect(el.state).to.equal('ready');
      expect(link(el)!.getAttribute('href')).to.equal('https://cdt.org');
    });

    it('takes its label from the text the member puts inside', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}>  Firma   la carta </wcit-sign-button>`);
      expect(spoken(link(el))).to.equal('Firma la carta');
      el.textContent = 'Podpisz list';
      await waitUntil(() => spoken(link(el)) === 'Podpisz list', 'the label did not follow the new text');
      await expect(el).to.be.accessible();
    });

    it("uses a member's fallback link only for its text, never nesting it", async () => {
      const el = await settled(
        html`<wcit-sign-button src=${feed()}><a href="https://example.org/es/firmar">Firmar la carta</a></wcit-sign-button>`,
      );
      expect(spoken(link(el))).to.equal('Firmar la carta');
      expect(visible(el.querySelector('a')!), 'the fallback link is hidden while ours shows').to.be.false;
      expect(link(el)!.querySelector('slot')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('follows the reader\'s direction in a right-to-left page', async () => {
      const box = await fixture(html`<div lang="ar"><wcit-sign-button src=${feed()}></wcit-sign-button></div>`);
      const el = box.querySelector('wcit-sign-button') as WcitSignButton;
      await waitUntil(() => link(el), 'no link');
      expect(link(el)!.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(link(el)!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('stays left-to-right in a left-to-right page', async () => {
      const el = await settled(html`<wcit-sign-button lang="es" src=${feed()}></wcit-sign-button>`);
      expect(link(el)!.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('show-count', () => {
    it('shows how many have signed, from the published list', async () => {
      const el = await settled(html`<wcit-sign-button show-count src=${feed()}></wcit-sign-button>`);
      expect(spoken(part(el, 'count'))).to.equal('3 signatories');
      // A pause (the language's comma, read but not shown) between the label and the count.
      expect(spoken(link(el))).to.equal('Sign the letter , 3 signatories');
      expect(text(link(el)!.querySelector('.visually-hidden'))).to.equal(',');
      await expect(el).to.be.accessible();
    });

    it('prefers the true total, signatoryCount, formatted', async () => {
      const el = await settled(html`<wcit-sign-button show-count src=${feed('fixture=button-count')}></wcit-sign-button>`);
      expect(spoken(part(el, 'count'))).to.equal('1,234 signatories');
    });

    it('shows no count without the attribute', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('fixture=button-count')}></wcit-sign-button>`);
      expect(part(el, 'count')).to.be.null;
    });
  });

  describe('href', () => {
    it('links to the member\'s own page before the feed arrives', async () => {
      const el = await fixture<WcitSignButton>(
        html`<wcit-sign-button href="https://example.org/es/firmar" src=${feed('delay=3000')}></wcit-sign-button>`,
      );
      expect(el.state).to.equal('loading');
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/es/firmar');
      expect(spoken(link(el))).to.equal('Sign the letter');
      await expect(el).to.be.accessible();
    });

    it('still links there when the feed fails', async () => {
      const el = await settled(
        html`<wcit-sign-button href="https://example.org/es/firmar" src=${feed('status=404')}
          ><a href="https://example.org/plain">Sign</a></wcit-sign-button
        >`,
      );
      expect(el.state).to.equal('error');
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/es/firmar');
      expect(visible(el.querySelector('a')!), 'the fallback stays hidden').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('overrides the feed\'s URL once the feed is read', async () => {
      const el = await settled(html`<wcit-sign-button href="https://example.org/fr/signer" src=${feed()}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/fr/signer');
    });

    it('resolves a path against the page', async () => {
      const el = await settled(html`<wcit-sign-button href="/es/firmar?x=1" src=${feed()}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal(`${location.origin}/es/firmar?x=1`);
    });

    it('ignores an unsafe href and uses the feed\'s URL', async () => {
      const el = await settled(html`<wcit-sign-button href="javascript:alert(1)" src=${feed()}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal(SIGN);
    });

    it('ignores an unsafe href when the feed fails too: no link at all', async () => {
      const el = await settled(html`<wcit-sign-button href="javascript:alert(1)" src=${feed('status=404')}>Sign at example.org</wcit-sign-button>`);
      expect(link(el)).to.be.null;
      expect(el.shadowRoot!.querySelector('[href]')).to.be.null;
    });
  });

  describe('target', () => {
    it('opens in the same tab by default, and a new one with _blank, saying so', async () => {
      const el = await settled(html`<wcit-sign-button target="_blank" src=${feed()}></wcit-sign-button>`);
      const a = link(el)!;
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(spoken(a)).to.equal('Sign the letter (opens in a new tab)');
      expect(visible(a.querySelector('.visually-hidden')!)).to.be.true; // in the accessibility tree, 1px
      await expect(el).to.be.accessible();
      el.target = '';
      await el.updateComplete;
      expect(a.hasAttribute('target')).to.be.false;
      expect(a.hasAttribute('rel')).to.be.false;
      expect(spoken(a)).to.equal('Sign the letter');
    });

    it('treats any other target as the same tab', async () => {
      const el = await settled(html`<wcit-sign-button target="elsewhere" src=${feed()}></wcit-sign-button>`);
      expect(link(el)!.hasAttribute('target')).to.be.false;
    });
  });

  describe('attribution', () => {
    it('is off by default: the link is exactly the feed\'s URL', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('fixture=button-query')}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/sign?lang=es#form');
    });

    it('adds ref=VALUE, keeping the query and the fragment', async () => {
      const el = await settled(html`<wcit-sign-button attribution="panoptykon" src=${feed('fixture=button-query')}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/sign?lang=es&ref=panoptykon#form');
    });

    it('still reads the deprecated ref attribute of pages that copied it, after attribution', async () => {
      const old = await settled(html`<wcit-sign-button ref="panoptykon" src=${feed('fixture=button-query')}></wcit-sign-button>`);
      expect(link(old)!.getAttribute('href')).to.equal('https://example.org/sign?lang=es&ref=panoptykon#form');
      const both = await settled(html`<wcit-sign-button ref="old" attribution="new" src=${feed()}></wcit-sign-button>`);
      expect(link(both)!.getAttribute('href')).to.equal(`${SIGN}?ref=new`);
    });

    it('can rename the parameter, and applies to an href override too', async () => {
      const el = await settled(
        html`<wcit-sign-button attribution=${'a b&c'} ref-param="utm_source" href="https://example.org/es/firmar" src=${feed()}></wcit-sign-button>`,
      );
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/es/firmar?utm_source=a+b%26c');
      el.refParam = '  ';
      await el.updateComplete;
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/es/firmar?ref=a+b%26c');
    });
  });

  describe('after the sign-on closes', () => {
    it('is no longer a link, and says when it closed', async () => {
      const el = await settled(html`<wcit-sign-button show-count src=${feed('fixture=button-closed')}></wcit-sign-button>`);
      expect(link(el)).to.be.null;
      const closed = part(el, 'closed')!;
      expect(closed.tagName).to.equal('P');
      expect(spoken(closed)).to.equal(`The sign-on closed on ${formatDate('en', new Date('2012-12-14T17:00:00Z'))}.`);
      expect(spoken(closed)).to.contain('2012');
      await expect(el).to.be.accessible();
    });

    // Each of these is another day in UTC, so in any reader's zone one of them
    // at least would show a shifted day if the instant were formatted there.
    for (const closes of ['2012-12-01T23:30:00-12:00', '2012-12-01T00:30:00+14:00', '2012-12-01'])
      it(`names the closing day as the feed wrote it (${closes}), whatever the reader's time zone`, async () => {
        const el = await settled(html`<wcit-sign-button src=${blobFeed(closes)}></wcit-sign-button>`);
        expect(link(el)).to.be.null;
        expect(spoken(part(el, 'closed')!)).to.equal('The sign-on closed on December 1, 2012.');
      });

    it('stays open through the whole of a date-only closing day, Anywhere on Earth', async () => {
      // Today's date in UTC−12, the last zone to leave it: the sign-on is open.
      const today = new Date(Date.now() - 12 * 3600_000).toISOString().slice(0, 10);
      const el = await settled(html`<wcit-sign-button src=${blobFeed(today)}></wcit-sign-button>`);
      expect(part(el, 'closed')).to.be.null;
      expect(link(el)).to.exist;
    });

    it('closes at a leap second and at a lower-case date-time (both engines read them)', async () => {
      for (const closes of ['2016-12-31T23:59:60Z', '2012-12-01t10:00:00z']) {
        const el = await settled(html`<wcit-sign-button src=${blobFeed(closes)}></wcit-sign-button>`);
        expect(part(el, 'closed'), closes).to.exist;
      }
    });

    it('is closed even with an href override', async () => {
      const el = await settled(html`<wcit-sign-button href="https://example.org/es" src=${feed('fixture=button-closed')}></wcit-sign-button>`);
      expect(link(el)).to.be.null;
      expect(part(el, 'closed')).to.exist;
    });

    it('is still a link while the closing date is ahead', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('fixture=button-open')}></wcit-sign-button>`);
      expect(link(el)!.getAttribute('href')).to.equal(SIGN);
      expect(part(el, 'closed')).to.be.null;
    });

    it('closes by itself at that instant on a page left open', async () => {
      const src = blobFeed(new Date(Date.now() + 1500));
      const el = await settled(html`<wcit-sign-button src=${src}></wcit-sign-button>`);
      expect(link(el), 'open before the instant').to.exist;
      await waitUntil(() => part(el, 'closed'), 'did not close', { timeout: 5000 });
      expect(link(el)).to.be.null;
      URL.revokeObjectURL(src);
    });
  });

  describe('wcit-sign-click', () => {
    it('fires before navigation with the URL, and leaves the click alone', async () => {
      const el = await settled(html`<wcit-sign-button attribution="x" src=${feed()}></wcit-sign-button>`);
      let clickPrevented: boolean | undefined;
      const seen = (e: Event) => (clickPrevented = e.defaultPrevented);
      document.addEventListener('click', seen);
      const fired = oneEvent(document, 'wcit-sign-click');
      link(el)!.click();
      const event = await fired;
      document.removeEventListener('click', seen);
      expect(event.detail.url).to.equal(`${SIGN}?ref=x`);
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(clickPrevented, 'navigation would go ahead').to.be.false;
    });

    it('cancels the navigation when the host prevents it', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}></wcit-sign-button>`);
      const before = location.href;
      let clickPrevented: boolean | undefined;
      const seen = (e: Event) => (clickPrevented = e.defaultPrevented);
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('click', seen);
      document.addEventListener('wcit-sign-click', cancel);
      link(el)!.click();
      document.removeEventListener('click', seen);
      document.removeEventListener('wcit-sign-click', cancel);
      expect(clickPrevented, 'navigation prevented').to.be.true;
      expect(location.href).to.equal(before);
    });

    it('fires when a keyboard user presses Enter on the link', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}></wcit-sign-button>`);
      link(el)!.focus();
      const fired = oneEvent(el, 'wcit-sign-click');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.url).to.equal(SIGN);
    });
  });

  describe('language, direction and fallbacks written by the generators', () => {
    it('marks its own words with the interface language, which may differ from the page\'s', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="de"><wcit-sign-button show-count src=${feed()}></wcit-sign-button></div>`);
      const el = box.querySelector('wcit-sign-button') as WcitSignButton;
      await waitUntil(() => el.state == 'ready' && link(el), 'no link');
      await el.updateComplete;
      // No German catalogue: "Sign the letter" is English, and says so (a German voice would mangle it).
      expect(part(el, 'label')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'count')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('keeps the member\'s own label in the page\'s language', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="de"><wcit-sign-button src=${feed()}>Jetzt unterschreiben</wcit-sign-button></div>`);
      const el = box.querySelector('wcit-sign-button') as WcitSignButton;
      await waitUntil(() => el.state == 'ready' && link(el), 'no link');
      expect(text(part(el, 'label'))).to.equal('Jetzt unterschreiben');
      expect(part(el, 'label')!.getAttribute('lang')).to.equal('de');
    });

    it('aligns an Arabic button right on a left-to-right page, as the count and list do', async () => {
      const box = await fixture<HTMLDivElement>(html`<div dir="ltr" lang="en" style="inline-size: 600px"><wcit-sign-button lang="ar" src=${feed()}></wcit-sign-button></div>`);
      const el = box.querySelector('wcit-sign-button') as WcitSignButton;
      await waitUntil(() => el.state == 'ready' && link(el), 'no link');
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const a = link(el)!.getBoundingClientRect();
      expect(host.right - a.right).to.be.below(1);
      expect(a.left - host.left).to.be.above(100);
    });

    it('says a generated link\'s label (a[data-wcit]) in the reader\'s language, not the one it was written in', async () => {
      const el = await settled(html`<wcit-sign-button lang="es" src=${feed()}><a data-wcit lang="en" href=${SIGN}>Sign the letter</a></wcit-sign-button>`);
      expect(text(part(el, 'label'))).to.equal('Firmar la carta');
    });

    it('never collapses when the feed fails: a generated fallback link becomes the button', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('status=500')}><a data-wcit href="https://example.org/sign">Sign the letter</a></wcit-sign-button>`);
      expect(el.state).to.equal('error');
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/sign');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    });

    it('says "Could not be loaded." in a status region when the feed fails and there is no fallback', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('status=500')}></wcit-sign-button>`);
      expect(el.state).to.equal('error');
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(text(error)).to.equal('Could not be loaded.');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    });
  });

  describe('states and fallback', () => {
    it('holds its place unobtrusively while the feed loads', async () => {
      const el = await fixture<WcitSignButton>(
        html`<wcit-sign-button src=${feed('delay=3000')}><a href="https://example.org/plain">Sign</a></wcit-sign-button>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(link(el)).to.be.null;
      const placeholder = part(el, 'button') as HTMLElement;
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(placeholder).visibility).to.equal('hidden');
      expect(visible(el.querySelector('a')!)).to.be.false;
      placeholder.focus();
      expect(el.shadowRoot!.activeElement).to.be.null;
      await expect(el).to.be.accessible();
    });

    it("shows the member's fallback link when the feed is down", async () => {
      const failed = oneEvent(document, 'wcit-error');
      const el = await fixture<WcitSignButton>(
        html`<wcit-sign-button src=${feed('status=404')}><a href="https://example.org/plain">Sign the letter</a></wcit-sign-button>`,
      );
      expect((await failed).detail.message).to.contain('404');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(part(el, 'button')).to.be.null;
      expect(visible(el.querySelector('a')!)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('shows the fallback when the feed names no sign-on page', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed('fixture=button-no-sign-on')}>Sign at example.org</wcit-sign-button>`);
      expect(el.state).to.equal('ready');
      expect(part(el, 'button')).to.be.null;
      expect(el.shadowRoot!.querySelector('slot')!.hidden).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  describe('size and variant', () => {
    it('default to medium and solid, reflected', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}></wcit-sign-button>`);
      expect(el.getAttribute('size')).to.equal('medium');
      expect(el.getAttribute('variant')).to.equal('solid');
      expect(getComputedStyle(link(el)!).backgroundColor).to.equal('rgb(11, 87, 208)');
    });

    it('reflect what is set and change the look', async () => {
      const el = await settled(html`<wcit-sign-button src=${feed()}></wcit-sign-button>`);
      const medium = link(el)!.getBoundingClientRect().height;
      el.size = 'large';
      el.variant = 'outline';
      await el.updateComplete;
      expect(el.getAttribute('size')).to.equal('large');
      expect(el.getAttribute('variant')).to.equal('outline');
      expect(link(el)!.getBoundingClientRect().height).to.be.greaterThan(medium);
      expect(getComputedStyle(link(el)!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // The outline's text is the accent, kept readable on the page.
      const text = toRGBA(getComputedStyle(link(el)!.querySelector('[part=label]')!).color);
      expect(contrast(text, backgroundBehind(link(el)!))).to.be.at.least(4.5);
      expect(text[2] - text[0], 'still blue').to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      el.size = 'small';
      await el.updateComplete;
      expect(link(el)!.getBoundingClientRect().height).to.be.lessThan(medium);
    });

    it('fall back to the defaults on a bad value', async () => {
      const el = await settled(html`<wcit-sign-button size="huge" variant="neon" src=${feed()}></wcit-sign-button>`);
      expect(el.size).to.equal('medium');
      expect(el.variant).to.equal('solid');
      expect(el.getAttribute('size')).to.equal('medium');
      expect(el.getAttribute('variant')).to.equal('solid');
    });

    it('takes the member\'s accent colour', async () => {
      const el = await settled(html`<wcit-sign-button style="--wcit-accent: rgb(200, 0, 80)" src=${feed()}></wcit-sign-button>`);
      expect(getComputedStyle(link(el)!).backgroundColor).to.equal('rgb(200, 0, 80)');
    });

    // No contrast-color() (Firefox ESR 140 and older Chrome lack it): relative
    // colours that every engine of the support policy has, so these hold in each.
    for (const accent of ['#00d1b2', '#ffd400', '#0b57d0', '#767676', '#777777', '#ff0000', '#000000', '#ffffff']) {
      it(`on ${accent}, keeps the label readable (≥ 4.5:1) and the focus ring visible (≥ 3:1)`, async () => {
        const box = await fixture<HTMLElement>(
          html`<div style="background: #fff; color: #222"><button>before</button><wcit-sign-button style=${`--wcit-accent: ${accent}`} src=${feed()}></wcit-sign-button></div>`,
        );
        const el = box.querySelector('wcit-sign-button')!;
        await waitUntil(() => el.getAttribute('state') === 'ready', 'not ready', { timeout: 5000 });
        const a = link(el)!;
        const label = toRGBA(getComputedStyle(a.querySelector('[part=label]')!).color);
        expect(contrast(label, toRGBA(getComputedStyle(a).backgroundColor)), 'label').to.be.at.least(4.5);
        box.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement, 'the link has the focus').to.equal(a);
        expect(a.matches(':focus-visible')).to.be.true;
        expect(contrast(toRGBA(getComputedStyle(a).outlineColor), toRGBA('#fff')), 'ring').to.be.at.least(3);
      });
    }
  });
});
