// URLs the format once accepted but the browser's parser refuses, and words
// too long for any line: an element never throws on what it is given, and
// never widens the member's page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/wcit-letter-define.js';
import '../../src/elements/wcit-sign-button-define.js';
import '../../src/elements/wcit-signatories-define.js';
import type { WcitSignButton } from '../../src/elements/wcit-sign-button.js';
import type { WcitSignatories } from '../../src/elements/wcit-signatories.js';
import type { WcitLetter } from '../../src/elements/wcit-letter.js';
import { loadSignatories } from '../../src/feed/loader.js';
import { readFeed, validateFeed } from '../../src/feed/read.js';
import type { Feed } from '../../src/feed/types.js';

const SIGN = 'https://example.org/sign';
const base = (extra: Record<string, unknown> = {}) => ({
  version: 1,
  id: 'hostile',
  defaultLanguage: 'en',
  letter: { en: { title: 'A letter', body: [{ type: 'paragraph', content: ['Text.'] }] } },
  signOn: { url: SIGN },
  signatories: [{ name: 'One' }, { name: 'Two' }],
  ...extra,
});
const blob = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));

/** Uncaught errors and rejections while a test runs. */
let uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('URLs the browser cannot parse', () => {
  it('are not valid in the format, and this browser\'s reader leaves them out', () => {
    const feed = base({ signOn: { url: 'https://example.org:99999/sign' }, signatoriesUrl: 'https://999.1.1.1/list.json', signatoryCount: 5000 });
    expect(validateFeed(feed).map((i) => i.path)).to.have.members(['signOn.url', 'signatoriesUrl']);
    const read = readFeed(feed);
    expect(read.ok && read.feed.signatoriesUrl).to.equal(undefined);
    expect(read.ok && read.feed.signOn).to.equal(undefined);
  });

  it('hosts the parser reads as IPv4 addresses are valid: https://123/, a dot after the address, 0x7f.1', () => {
    for (const url of ['https://123/list.json', 'https://192.0.2.1./list.json', 'https://0x7f.1/list.json', 'https://xn--mller-kva.example/list.json'])
      expect(validateFeed(base({ signatoriesUrl: url, signatoryCount: 5000 })), url).to.deep.equal([]);
    // (Not an xn-- label that is not Punycode: Chromium's parser reads https://xn--a/, Node's and Firefox's refuse it.)
    for (const url of ['https://4294967296/list.json', 'https://09/list.json', 'https://1.2.3.4.5/list.json'])
      expect(validateFeed(base({ signatoriesUrl: url, signatoryCount: 5000 })).map((i) => i.path), url).to.deep.equal(['signatoriesUrl']);
  });

  it('loadSignatories answers a failure for a list at https://999.1.1.1/, instead of throwing', async () => {
    const feed = base({ signatoriesUrl: 'https://999.1.1.1/list.json', signatoryCount: 5000 }) as unknown as Feed;
    const result = await loadSignatories(location.href, feed);
    expect(result.ok).to.be.false;
    expect(!result.ok && result.message).to.contain('999.1.1.1');
  });

  it('a sign button with an attribution and an unparsable href falls back to the feed\'s link', async () => {
    const el = await fixture<WcitSignButton>(
      html`<wcit-sign-button src=${blob(base())} href="https://example.org:99999/x" attribution="member-site"></wcit-sign-button>`,
    );
    await waitUntil(() => el.state !== 'loading', 'the feed never answered');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`${SIGN}?ref=member-site`);
    expect(uncaught).to.deep.equal([]);
  });

  it('a sign button whose feed gives port 99999 and an attribution does not throw, and shows the page\'s own fallback', async () => {
    const el = await fixture<WcitSignButton>(
      html`<wcit-sign-button src=${blob(base({ signOn: { url: 'https://example.org:99999/sign' } }))} attribution="member-site"
        ><a href="https://example.org/fallback">Sign on our site</a></wcit-sign-button
      >`,
    );
    await waitUntil(() => el.state !== 'loading', 'the feed never answered');
    await el.updateComplete;
    expect(uncaught).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('a[href]')).to.be.null;
    expect(el.shadowRoot!.querySelector('slot')!.hidden, 'the fallback is hidden').to.be.false;
    expect(el.querySelector('a')!.getClientRects().length, 'the fallback link is not shown').to.be.greaterThan(0);
  });

  it('a list whose split URL is https://999.1.1.1/ shows its names and never stays busy', async () => {
    const el = await fixture<WcitSignatories>(
      html`<wcit-signatories src=${blob(base({ signatoriesUrl: 'https://999.1.1.1/list.json', signatoryCount: 5000 }))}></wcit-signatories>`,
    );
    await waitUntil(() => el.getAttribute('state') !== 'loading', 'the feed never answered');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=show-all]')?.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('ul')?.getAttribute('aria-busy') !== 'true', 'the list stayed busy');
    expect(el.shadowRoot!.textContent).to.contain('One');
    expect(uncaught).to.deep.equal([]);
  });
});

describe('a 10,000-letter word', () => {
  const word = 'W'.repeat(10_000);
  it('wraps inside the letter, the list and the button, and does not widen the page', async () => {
    const feed = base({
      letter: { en: { title: word.slice(0, 300), body: [{ type: 'paragraph', content: [word] }] } },
      signatories: [{ name: word.slice(0, 200), affiliation: word.slice(0, 200) }],
    });
    const src = blob(feed);
    const holder = await fixture(html`<div style="width: 300px">
      <wcit-letter src=${src}></wcit-letter>
      <wcit-signatories src=${src}></wcit-signatories>
      <wcit-sign-button src=${src}>${word}</wcit-sign-button>
    </div>`);
    const letter = holder.querySelector<WcitLetter>('wcit-letter')!;
    await waitUntil(() => letter.shadowRoot!.textContent!.includes(word), 'the letter never showed');
    await waitUntil(() => holder.querySelector('wcit-signatories')!.shadowRoot!.textContent!.includes('WWW'), 'the list never showed');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    for (const el of holder.children) expect((el as HTMLElement).getBoundingClientRect().width, el.localName).to.be.at.most(300);
  });
});
