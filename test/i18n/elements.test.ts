// Every coalition language, through the three elements as a reader sees them:
// no English interface text leaks into another language, counts take each
// language's forms, right to left really starts on the right, and a language
// switch on a live page re-renders.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { UI_LANGUAGES, msg } from '../../src/i18n/runtime.js';

type Feedish = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** The minimal fixture: a two-paragraph English letter, 3 organisations (CL, PL, none), a sign-on URL. */
const SRC = '/api/feed?fixture=minimal';

/** English interface text that must not appear on a page in another language (unless that language says it the same way, as French says "International"). */
const ENGLISH = ['signLetter', 'readFullLetter', 'searchLabel', 'allCountries', 'international', 'fullList', 'countryLabel'] as const;
const englishIn = (lang: string) => [
  ...ENGLISH.filter((key) => msg(lang, key) !== msg('en', key)).map((key) => msg('en', key)),
  'signed',
  'signatories',
];

/** What a person sees: the shadow root's text, plus the accessible names of its form fields. */
function seen(el: Element): string {
  const root = el.shadowRoot!;
  const options = [...root.querySelectorAll('option')].map((o) => o.textContent).join(' ');
  return `${root.textContent} ${options}`.replace(/\s+/g, ' ');
}

async function page(lang: string) {
  const box = await fixture(html`<div lang=${lang}>
    <wcit-letter collapsed src=${SRC}></wcit-letter>
    <wcit-signatories searchable src=${SRC}></wcit-signatories>
    <wcit-signatories compact src=${SRC}></wcit-signatories>
    <wcit-sign-button show-count src=${SRC}></wcit-sign-button>
  </div>`);
  const els = [...box.children] as Feedish[];
  await waitUntil(() => els.every((e) => e.state === 'ready'), `the feed never loaded for ${lang}`, { timeout: 5000 });
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}

describe('the elements in every interface language', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: speaks ${lang} in all three elements`, async () => {
      const [letter, list, compact, button] = await page(lang);
      expect(seen(letter!)).to.contain(msg(lang, 'readFullLetter'));
      expect(seen(list!)).to.contain(msg(lang, 'searchLabel')).and.to.contain(msg(lang, 'allCountries'));
      expect(seen(list!)).to.contain(msg(lang, 'signatoryTotal', { n: 3 }));
      expect(seen(compact!)).to.contain(msg(lang, 'organisationsSigned', { n: 3 }));
      expect(seen(button!)).to.contain(msg(lang, 'signLetter')).and.to.contain(msg(lang, 'signatoryTotal', { n: 3 }));
      if (lang === 'en') return;
      const text = [letter, list, compact, button].map((e) => seen(e!).replace(/A test letter|We write to urge you\.|Second paragraph\.|Sincerely,|Derechos Digitales|Panoptykon|Reporters Without Borders/g, '')).join(' ');
      for (const english of englishIn(lang)) expect(text, `English "${english}" on a ${lang} page`).not.to.contain(english);
    });
  }

  it('shows two languages side by side on one page', async () => {
    const box = await fixture(html`<div>
      <wcit-sign-button lang="pl" src=${SRC}></wcit-sign-button><wcit-sign-button lang="fr" src=${SRC}></wcit-sign-button>
    </div>`);
    const [pl, fr] = [...box.children] as Feedish[];
    await waitUntil(() => pl!.state === 'ready' && fr!.state === 'ready');
    await Promise.all([pl!.updateComplete, fr!.updateComplete]);
    expect(seen(pl!)).to.contain('Podpisz list');
    expect(seen(fr!)).to.contain('Signer la lettre');
  });

  it('re-renders when the page switches language', async () => {
    const box = await fixture(html`<div lang="en"><wcit-signatories compact src=${SRC}></wcit-signatories></div>`);
    const el = box.firstElementChild as Feedish;
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(seen(el)).to.contain('3 organisations have signed');
    box.setAttribute('lang', 'es');
    await waitUntil(() => seen(el).includes(msg('es', 'organisationsSigned', { n: 3 })), 'the count stayed in English');
    expect(seen(el)).not.to.contain('have signed');
  });
});

describe('right to left', () => {
  for (const lang of ['ar', 'ur']) {
    it(`${lang}: the text starts at the right edge`, async () => {
      const [, list, , button] = await page(lang);
      // The total line: its text hugs the right edge of its box, not the left.
      const total = list!.shadowRoot!.querySelector('[part=total]')!;
      const range = document.createRange();
      range.selectNodeContents(total);
      const text = range.getBoundingClientRect();
      const box = total.getBoundingClientRect();
      expect(box.right - text.right, 'gap at the right').to.be.below(2);
      expect(text.left - box.left, 'gap at the left').to.be.above(20);
      // The sign button: the label comes first, on the right; the count follows to its left.
      const label = button!.shadowRoot!.querySelector('[part=label]')!.getBoundingClientRect();
      const count = button!.shadowRoot!.querySelector('[part=count]')!.getBoundingClientRect();
      expect(count.right <= label.left + 1 || count.top >= label.bottom - 1, 'the count sits after the label, leftwards or below').to.be.true;
      expect(label.left > count.left || count.top >= label.bottom - 1).to.be.true;
    });
  }
});
