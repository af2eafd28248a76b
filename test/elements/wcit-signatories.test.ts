// <wcit-signatories>, against the real test feed host.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/wcit-signatories-define.js';
import type { WcitSignatories } from '../../src/elements/wcit-signatories.js';
import { engine, requestLog as requests, text } from '../helpers.js';

let n = 0;
/** A fresh request-log key per call, so no two tests share a cached answer or a log. */
const key = () => `sig-${Date.now()}-${n++}`;
const feed = (query = '', k = key()) => `/api/feed?key=${k}&${query}`;
const $ = <E extends Element = HTMLElement>(el: WcitSignatories, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: WcitSignatories, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rows = (el: WcitSignatories) => $$(el, 'li[part=item]');
const status = (el: WcitSignatories) => text($(el, '[role=status]'));
const country = (lang: string, code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code);

async function settled(el: WcitSignatories, state: 'ready' | 'error' = 'ready'): Promise<WcitSignatories> {
  await waitUntil(() => el.getAttribute('state') === state, `the list never became ${state}`, { timeout: 15000 });
  await el.updateComplete;
  return el;
}

interface Attrs {
  lang?: string;
  compact?: boolean;
  searchable?: boolean;
  limit?: string;
}

async function signatories(src: string | undefined, { lang, compact, searchable, limit }: Attrs = {}) {
  const el = await fixture<WcitSignatories>(
    html`<wcit-signatories src=${src ?? ''} lang=${lang ?? ''} limit=${limit ?? ''} ?compact=${compact} ?searchable=${searchable}></wcit-signatories>`,
  );
  if (src === undefined) el.removeAttribute('src');
  if (lang === undefined) el.removeAttribute('lang');
  if (limit === undefined) el.removeAttribute('limit');
  return settled(el);
}

/** Types into the search box as a person does, then waits for the list to follow. */
async function type(el: WcitSignatories, query: string) {
  const box = $<HTMLInputElement>(el, 'input[type=search]')!;
  box.focus();
  box.select();
  await sendKeys({ type: query });
  expect(box.value).to.equal(query);
  await el.updateComplete;
}

async function choose(el: WcitSignatories, value: string) {
  const select = $<HTMLSelectElement>(el, 'select')!;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const names = (el: WcitSignatories) => rows(el).map((li) => text(li.querySelector('[part=name]')));

describe('<wcit-signatories>', () => {
  describe('the list', () => {
    it('shows every signatory in feed order, with countries, affiliations and safe links', async () => {
      const el = await signatories(feed('fixture=signatories-list'));
      expect(names(el)).to.deep.equal([
        'Derechos Digitales',
        'Fundación Karisma',
        'Eduardo Bertoni',
        'Sneaky Org',
        'Reporters Without Borders',
        'Asociación por los Derechos Civiles',
        'Datos Protegidos',
      ]);
      const [dd, fk, eb, sneaky, rsf] = rows(el);
      expect(text(dd)).to.equal('Derechos Digitales (Chile)');
      expect(text(eb)).to.equal('Eduardo Bertoni, Centro de Estudios en Libertad de Expresión (Argentina)');
      expect(text(eb!.querySelector('[part=affiliation]'))).to.equal('Centro de Estudios en Libertad de Expresión');
      expect(text(eb!.querySelector('[part=country]'))).to.equal('(Argentina)');
      expect(text(rsf)).to.equal('Reporters Without Borders');
      expect(dd!.querySelector('a[part=name]')!.getAttribute('href')).to.equal('https://www.derechosdigitales.org/');
      expect(fk!.querySelector('a[part=name]')!.getAttribute('href')).to.equal('http://karisma.org.co/');
      expect(sneaky!.querySelector('a')).to.equal(null);
      expect($$(el, 'a[part=name]')).to.have.length(2);
      expect($(el, 'ul[part=list]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('makes only http and https addresses links', async () => {
      const el = await signatories(feed('fixture=signatories-unsafe'));
      expect(names(el)).to.deep.equal(['Script', 'Data', 'Files', 'Fine']);
      expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
    });

    it('says the total and the number of countries, and links to the complete list', async () => {
      const el = await signatories(feed('fixture=signatories-list'));
      expect(text($(el, '[part=total]'))).to.equal('7 signatories from 3 countries');
      const link = $<HTMLAnchorElement>(el, 'a[part=full-list]')!;
      expect(text(link)).to.equal('See the complete sign-on list');
      expect(link.getAttribute('href')).to.equal('https://example.org/all-signatories');
    });

    it('reads the default feed with no src: the 18 signatories of the WCIT letter', async () => {
      const el = await signatories(undefined);
      expect(rows(el)).to.have.length(18);
      expect(text($(el, '[part=total]'))).to.equal('18 signatories from 10 countries');
      expect($(el, 'a[part=full-list]')!.getAttribute('href')).to.equal('https://cdt.org');
      // 18 is not long: no search box unless asked for.
      expect($(el, 'input')).to.equal(null);
    });

    it('names countries in the reader’s language', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { lang: 'fr' });
      expect(text(rows(el)[0]!.querySelector('[part=country]'))).to.equal(`(${country('fr', 'CL')})`);
      expect(country('fr', 'CL')).to.equal('Chili');
      expect($(el, '[part=signatories]')!.getAttribute('lang')).to.equal('fr');
    });

    it('gives the total of a partial list from signatoryCount, without a country count it cannot know', async () => {
      const el = await signatories(feed('fixture=signatories-partial'));
      expect(rows(el)).to.have.length(3);
      expect(text($(el, '[part=total]'))).to.equal('250 signatories');
      expect($(el, 'button')).to.equal(null);
      expect($(el, 'a[part=full-list]')).to.exist;
    });

    it('reads right to left in Arabic', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { lang: 'ar' });
      const wrapper = $(el, '[part=signatories]')!;
      expect(wrapper.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(wrapper).direction).to.equal('rtl');
      expect(text(rows(el)[0]!.querySelector('[part=country]'))).to.equal(`(${country('ar', 'CL')})`);
      await expect(el).to.be.accessible();
    });
  });

  describe('limit', () => {
    it('shows the first N and a "Show all N" button that shows the rest and moves focus to them', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { limit: '2' });
      expect(names(el)).to.deep.equal(['Derechos Digitales', 'Fundación Karisma']);
      const button = $(el, 'button[part=show-all]')!;
      expect(text(button)).to.equal('Show all 7');
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => rows(el).length === 7, 'the rest never showed');
      expect($(el, 'button')).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement === rows(el)[2], 'focus did not move to the first new row');
    });

    it('falls back to no limit on a bad value', async () => {
      for (const limit of ['abc', '0', '-3']) {
        const el = await signatories(feed('fixture=signatories-list'), { limit });
        expect(rows(el), limit).to.have.length(7);
        expect($(el, 'button'), limit).to.equal(null);
      }
    });
  });

  describe('search and filter', () => {
    it('appear for a long list, or with searchable, with labels', async () => {
      const short = await signatories(feed('fixture=signatories-list'));
      expect($(short, 'input')).to.equal(null);
      const long = await signatories(feed('gen=30'));
      expect($(long, 'input[type=search][part=search]')).to.exist;
      expect($(long, 'select[part=filter]')).to.exist;
      const el = await signatories(feed('fixture=signatories-list'), { searchable: true });
      const box = $<HTMLInputElement>(el, 'input[type=search]')!;
      expect(text(box.closest('label'))).to.equal('Search signatories');
      const select = $<HTMLSelectElement>(el, 'select')!;
      expect(select.labels[0]!.textContent!.replace(select.textContent!, '').replace(/\s+/g, ' ').trim()).to.equal('Country');
      await expect(el).to.be.accessible();
    });

    it('finds names ignoring case and accents, and announces the count once typing pauses', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { searchable: true });
      expect(status(el)).to.equal('');
      await type(el, 'fundacion');
      expect(names(el)).to.deep.equal(['Fundación Karisma']);
      await waitUntil(() => status(el) === '1 signatory matches', 'the count was not announced');
      expect($(el, '[role=status]')!.getAttribute('aria-live')).to.equal('polite');
      await type(el, 'DERECHOS');
      expect(names(el)).to.deep.equal(['Derechos Digitales', 'Asociación por los Derechos Civiles']);
      await waitUntil(() => status(el) === '2 signatories match', 'the new count was not announced');
      await expect(el).to.be.accessible();
    });

    it('finds affiliations and country names in the reader’s language', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { searchable: true, lang: 'es' });
      await type(el, 'libertad');
      expect(names(el)).to.deep.equal(['Eduardo Bertoni']);
      await type(el, 'chile');
      expect(names(el)).to.deep.equal(['Derechos Digitales', 'Sneaky Org', 'Datos Protegidos']);
      const de = await signatories(feed('fixture=signatories-list'), { searchable: true, lang: 'de' });
      await type(de, country('de', 'AR')!.slice(0, 5));
      expect(names(de)).to.deep.equal(['Eduardo Bertoni', 'Asociación por los Derechos Civiles']);
    });

    it('says so when nothing matches', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { searchable: true });
      await type(el, 'zzz');
      expect(rows(el)).to.have.length(0);
      expect(text($(el, '[part=no-matches]'))).to.equal('No signatory matches your search.');
      await waitUntil(() => status(el) === 'No signatory matches your search.');
      await expect(el).to.be.accessible();
    });

    it('filters by country, each with its count, sorted by name, International last', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { searchable: true });
      const options = [...$<HTMLSelectElement>(el, 'select')!.options];
      expect(options.map((o) => o.text)).to.deep.equal([
        'All countries',
        'Argentina (2)',
        'Chile (3)',
        'Colombia (1)',
        'International (1)',
      ]);
      await choose(el, 'CL');
      expect(names(el)).to.deep.equal(['Derechos Digitales', 'Sneaky Org', 'Datos Protegidos']);
      await waitUntil(() => status(el) === '3 signatories match');
      await choose(el, '-');
      expect(names(el)).to.deep.equal(['Reporters Without Borders']);
      await type(el, 'x');
      expect(rows(el)).to.have.length(0);
      await choose(el, '');
      await type(el, 'datos');
      expect(names(el)).to.deep.equal(['Datos Protegidos']);
    });

    it('sorts countries by their name in the reader’s language', async () => {
      const el = await signatories(feed('gen=30'), { lang: 'de' });
      const labels = [...$<HTMLSelectElement>(el, 'select')!.options].slice(1, -1).map((o) => o.text.replace(/ \(\d+\)$/, ''));
      expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('de').compare));
      expect(labels).to.include(country('de', 'DE'));
    });
  });

  describe('large lists', () => {
    it('renders 100,000 signatories a hundred rows at a time, and searches them', async function () {
      this.timeout(60000);
      const el = await signatories(feed('gen=100000'));
      expect(text($(el, '[part=total]'))).to.equal('100,000 signatories from 15 countries');
      expect(rows(el).length).to.equal(100);
      const more = $(el, 'button[part=show-more]')!;
      more.click();
      await waitUntil(() => rows(el).length === 200, 'Show more did not add a page');
      expect(el.shadowRoot!.activeElement).to.equal(rows(el)[100]);
      await type(el, 'fundacion 99997');
      await waitUntil(() => names(el).length === 1, 'the search never narrowed the list');
      expect(names(el)).to.deep.equal(['Fundación 99997']);
      await type(el, 'person');
      await waitUntil(() => status(el) === '20,000 signatories match', 'the count was not announced');
      expect(rows(el).length).to.equal(100);
      expect(el.shadowRoot!.querySelectorAll('li').length).to.be.at.most(300);
    });
  });

  describe('split feeds', () => {
    it('shows the inline names at once and fetches the complete list only on "Show all"', async () => {
      const k = key();
      const el = await signatories(feed('gen=1000&split=10', k));
      expect(rows(el)).to.have.length(10);
      expect(text($(el, '[part=total]'))).to.equal('1,000 signatories');
      expect(await requests(`${k}-list`)).to.have.length(0);
      const button = $(el, 'button[part=show-all]')!;
      expect(text(button)).to.equal('Show all 1,000');
      button.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Loading signatories…');
      expect($(el, 'ul')!.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => rows(el).length === 100, 'the complete list never came');
      expect(await requests(`${k}-list`)).to.have.length(1);
      expect(text($(el, '[part=total]'))).to.equal('1,000 signatories from 15 countries');
      expect($(el, 'button[part=show-more]')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(rows(el)[10]);
      await expect(el).to.be.accessible();
    });

    it('fetches the complete list when a person searches', async () => {
      const k = key();
      const el = await signatories(feed('gen=1000&split=10', k));
      expect(await requests(`${k}-list`)).to.have.length(0);
      await type(el, 'organisation 999');
      await waitUntil(() => names(el).join() === 'Organisation 999', 'the search never reached the complete list');
      expect(await requests(`${k}-list`)).to.have.length(1);
      await waitUntil(() => status(el) === '1 signatory matches');
    });
  });

  describe('compact', () => {
    const line = async (query: string, lang?: string) => text($(await signatories(feed(query), { compact: true, lang }), '[part=count]'));

    it('says how many organisations, people or signatories have signed', async () => {
      expect(await line('gen=4')).to.equal('4 organisations have signed');
      expect(await line('fixture=signatories-people')).to.equal('3 people have signed');
      expect(await line('gen=18')).to.equal('18 signatories have signed');
      const el = await signatories(undefined, { compact: true });
      expect(text($(el, '[part=count]'))).to.equal('18 signatories have signed');
      expect(rows(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('uses Polish plurals', async () => {
      expect(await line('gen=2', 'pl')).to.equal('2 organizacje podpisały');
      expect(await line('fixture=signatories-goal', 'pl')).to.equal('5 organizacji podpisało');
      expect(await line('fixture=signatories-people', 'pl')).to.equal('3 osoby podpisały');
    });

    it('uses Arabic plurals and digits, right to left', async () => {
      const el = await signatories(feed('gen=4'), { compact: true, lang: 'ar' });
      expect(text($(el, '[part=count]'))).to.equal(`وقّعت ${new Intl.NumberFormat('ar').format(4)} منظمات`);
      expect($(el, '[part=signatories]')!.getAttribute('dir')).to.equal('rtl');
      expect(await line('gen=2', 'ar')).to.equal('وقّعت منظمتان');
      await expect(el).to.be.accessible();
    });

    it('counts a partial list by signatoryCount', async () => {
      expect(await line('fixture=signatories-partial')).to.equal('250 organisations have signed');
    });

    it('shows the goal as a labelled progress bar', async () => {
      const el = await signatories(feed('fixture=signatories-goal'), { compact: true });
      const bar = $<HTMLProgressElement>(el, 'progress[part=progress]')!;
      expect(bar.max).to.equal(10);
      expect(bar.value).to.equal(5);
      const label = el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!);
      expect(text(label)).to.equal('Goal: 10');
      // Read as a count toward the goal, not as "50 %".
      expect(bar.getAttribute('aria-valuetext')).to.equal('5 signatories, Goal: 10');
      await expect(el).to.be.accessible();
      const es = await signatories(feed('fixture=signatories-goal'), { compact: true, lang: 'es' });
      expect($(es, 'progress')!.getAttribute('aria-valuetext')).to.equal('5 firmantes, Objetivo: 10');
      const none = await signatories(feed('gen=4'), { compact: true });
      expect($(none, 'progress')).to.equal(null);
    });

    it('takes over a pre-rendered count and goal bar: the bar’s value and its reading follow the feed, in the element’s language', async () => {
      // As `wcit-feed embed` writes it, from an older feed (2 of 10).
      const el = await fixture<WcitSignatories>(
        html`<wcit-signatories compact lang="es" src=${feed('fixture=signatories-goal')}
          ><p data-wcit>2 organisations have signed</p>
          <p><label><progress max="10" value="2" aria-valuetext="2 signatories, Goal: 10"></progress> Goal: 10</label></p></wcit-signatories
        >`,
      );
      await settled(el);
      const bar = el.querySelector('progress')!;
      expect(text(el.querySelector('[data-wcit]'))).to.equal('5 organizaciones han firmado');
      expect(bar.value).to.equal(5);
      expect(bar.getAttribute('aria-valuetext')).to.equal('5 firmantes, Objetivo: 10');
      await expect(el).to.be.accessible();
    });

    it('never fetches a split feed’s complete list', async () => {
      const k = key();
      const el = await signatories(feed('gen=1000&split=10', k), { compact: true });
      expect(text($(el, '[part=count]'))).to.equal('1,000 signatories have signed');
      expect(await requests(`${k}-list`)).to.have.length(0);
    });
  });

  describe('live count', () => {
    it('re-checks with conditional requests and announces a changed count without moving focus', async () => {
      const k = key();
      await fetch(`/api/mutable/set?key=${k}&count=2`);
      const button = await fixture<HTMLButtonElement>(html`<button>Elsewhere</button>`);
      const el = await fixture<WcitSignatories>(html`<wcit-signatories compact refresh="60" src=${`/api/mutable?key=${k}`}></wcit-signatories>`);
      await settled(el);
      button.focus();
      expect(text($(el, '[part=count]'))).to.equal('2 organisations have signed');
      expect(status(el)).to.equal('');

      await el.revalidate();
      await el.updateComplete;
      const log = await requests(k);
      // A WebKitWebDriver session has no HTTP cache: the same feed comes again whole.
      expect(log.map((r) => r.status)).to.deep.equal(engine === 'webkit' ? [200, 200] : [200, 304]);
      expect(status(el)).to.equal('');

      await fetch(`/api/mutable/set?key=${k}&count=3`);
      await el.revalidate();
      await el.updateComplete;
      expect(text($(el, '[part=count]'))).to.equal('3 organisations have signed');
      expect(status(el)).to.equal('3 organisations have signed');
      expect(document.activeElement).to.equal(button);
    });

    it('re-checks by itself every refresh seconds, and not while the tab is hidden', async () => {
      // The refresh timer's long delays are captured instead of waited for;
      // every other timer (the test runner's, the loader's) runs as usual.
      const realSetTimeout = window.setTimeout;
      const armed: { fire: () => void; ms: number }[] = [];
      const spy = ((fn: () => void, ms = 0, ...rest: unknown[]) => {
        if (ms >= 20_000) return armed.push({ fire: fn, ms }), 0;
        return realSetTimeout(fn, ms, ...rest);
      }) as typeof window.setTimeout;
      const hidden = { configurable: true, get: () => 'hidden' };
      const k = key();
      await fetch(`/api/mutable/set?key=${k}&count=2`);
      window.setTimeout = spy;
      try {
        const el = await fixture<WcitSignatories>(html`<wcit-signatories compact refresh="45" src=${`/api/mutable?key=${k}`}></wcit-signatories>`);
        await settled(el);
        const timer = armed.at(-1);
        expect(timer?.ms, 'a timer of about 45 s').to.be.within(44_000, 45_000);
        await fetch(`/api/mutable/set?key=${k}&count=3`);
        timer!.fire();
        await waitUntil(() => text($(el, '[part=count]')) === '3 organisations have signed', 'the timer did not re-check the feed');
        expect((await requests(k)).map((r) => r.status)).to.deep.equal([200, 200]);

        // Hidden tab: the timer is disarmed and none is armed again.
        const before = armed.length;
        Object.defineProperty(document, 'visibilityState', hidden);
        document.dispatchEvent(new Event('visibilitychange'));
        expect(armed.length).to.equal(before);
        // Visible again: a timer comes back.
        delete (document as { visibilityState?: string }).visibilityState;
        document.dispatchEvent(new Event('visibilitychange'));
        expect(armed.length).to.equal(before + 1);
      } finally {
        window.setTimeout = realSetTimeout;
        delete (document as { visibilityState?: string }).visibilityState;
      }
    });

    it('keeps refreshing after it is moved to another place in the page, without announcing the feed again', async () => {
      // As above: the refresh timer's long delays are captured, the rest run.
      const realSetTimeout = window.setTimeout;
      const armed: { fire: () => void; ms: number }[] = [];
      const k = key();
      await fetch(`/api/mutable/set?key=${k}&count=2`);
      window.setTimeout = ((fn: () => void, ms = 0, ...rest: unknown[]) => {
        if (ms >= 20_000) return armed.push({ fire: fn, ms }), 0;
        return realSetTimeout(fn, ms, ...rest);
      }) as typeof window.setTimeout;
      try {
        const box = await fixture(html`<div><section></section><wcit-signatories compact refresh="45" src=${`/api/mutable?key=${k}`}></wcit-signatories></div>`);
        const el = box.querySelector('wcit-signatories')!;
        await settled(el);
        let loads = 0;
        const states: (string | null)[] = [];
        el.addEventListener('wcit-load', () => loads++);
        new MutationObserver((m) => states.push(...m.map(() => el.getAttribute('state')))).observe(el, { attributeFilter: ['state'] });
        el.remove();
        await new Promise((r) => realSetTimeout(r, 0)); // a later task: the loader has let go
        box.querySelector('section')!.append(el);
        await el.updateComplete;
        expect(armed.at(-1)?.ms, 'a refresh timer armed again after the move').to.be.within(1, 45_000);
        await fetch(`/api/mutable/set?key=${k}&count=3`);
        armed.at(-1)!.fire();
        await waitUntil(() => text($(el, '[part=count]')) === '3 organisations have signed', 'the refresh stopped after the move');
        expect(loads, 'wcit-load only for the changed feed').to.equal(1);
        expect(states.every((s) => s === 'ready'), `state stayed ready: ${states}`).to.be.true;
      } finally {
        window.setTimeout = realSetTimeout;
      }
    });

    it('falls back to no refresh on a bad value, and waits at least 30 s', async () => {
      const realSetTimeout = window.setTimeout;
      const delays: number[] = [];
      window.setTimeout = ((fn: () => void, ms = 0, ...rest: unknown[]) => {
        if (ms >= 1_000) delays.push(ms);
        return realSetTimeout(fn, ms >= 1_000 ? 1e9 : ms, ...rest);
      }) as typeof window.setTimeout;
      try {
        const bad = await fixture<WcitSignatories>(html`<wcit-signatories compact refresh="soon" src=${feed('fixture=minimal')}></wcit-signatories>`);
        await settled(bad);
        expect(delays.filter((ms) => ms >= 20_000)).to.deep.equal([]);
        const eager = await fixture<WcitSignatories>(html`<wcit-signatories compact refresh="5" src=${feed('fixture=minimal')}></wcit-signatories>`);
        await settled(eager);
        expect(Math.max(...delays)).to.be.within(29_000, 30_000);
      } finally {
        window.setTimeout = realSetTimeout;
      }
    });

    it('updates the list and its total too', async () => {
      const k = key();
      await fetch(`/api/mutable/set?key=${k}&count=2`);
      const el = await signatories(`/api/mutable?key=${k}`);
      expect(rows(el)).to.have.length(2);
      await fetch(`/api/mutable/set?key=${k}&count=4`);
      await el.revalidate();
      await el.updateComplete;
      expect(rows(el)).to.have.length(4);
      expect(text($(el, '[part=total]'))).to.equal('4 signatories from 4 countries');
      expect(status(el)).to.equal('4 organisations have signed');
    });
  });

  describe('lifecycle', () => {
    it('shows another feed when src changes, without announcing it as a new count', async () => {
      const el = await signatories(feed('fixture=signatories-list'), { compact: true });
      expect(text($(el, '[part=count]'))).to.equal('7 signatories have signed');
      el.src = feed('gen=4');
      await settled(el);
      await waitUntil(() => text($(el, '[part=count]')) === '4 organisations have signed', 'the new feed never showed');
      expect(status(el)).to.equal('');
    });

    it('follows a change of language on the page: country names, the total and the search', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><wcit-signatories searchable src=${feed('fixture=signatories-list')}></wcit-signatories></div>`,
      );
      const el = await settled(wrapper.querySelector('wcit-signatories')!);
      expect(text(rows(el)[0]!.querySelector('[part=country]'))).to.equal('(Chile)');
      wrapper.lang = 'pl';
      await waitUntil(() => text(rows(el)[0]!.querySelector('[part=country]')) === `(${country('pl', 'CL')})`, 'the country names stayed English');
      expect(text($(el, '[part=total]'))).to.match(/^7 sygnatariuszy/);
      await type(el, country('pl', 'CO')!.toLowerCase());
      await waitUntil(() => names(el).join() === 'Fundación Karisma', 'search did not use the new language');
    });
  });

  describe('states', () => {
    it('says "Could not be loaded." in a status region when the feed fails and the page gave no fallback', async () => {
      const el = await fixture<WcitSignatories>(html`<wcit-signatories compact src=${feed('status=500')}></wcit-signatories>`);
      await waitUntil(() => el.state == 'error', 'the feed never failed');
      await el.updateComplete;
      const error = $(el, '[part=error]')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(text(error)).to.equal('Could not be loaded.');
      await expect(el).to.be.accessible();
    });

    it('keeps its search field inside a 320 px screen at 200 % text', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px; font-size: 32px; overflow: auto">
        <wcit-signatories searchable src=${feed('fixture=signatories-list')}></wcit-signatories>
      </div>`);
      const el = box.querySelector('wcit-signatories') as WcitSignatories;
      await waitUntil(() => el.state == 'ready' && $(el, 'input[type=search]'), 'no search field');
      await el.updateComplete;
      const input = $(el, 'input[type=search]')!.getBoundingClientRect();
      expect(input.right, 'the field runs past the screen').to.be.at.most(box.getBoundingClientRect().right + 0.5);
      expect(box.scrollWidth, 'the screen scrolls sideways').to.be.at.most(box.clientWidth);
    });

    it('shows a quiet, labelled placeholder while loading', async () => {
      const el = await fixture<WcitSignatories>(html`<wcit-signatories src=${feed('delay=3000')}><a href="/list">The list</a></wcit-signatories>`);
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      const placeholder = $(el, '[part=placeholder]')!;
      expect(text($(el, '[part=placeholder] [role=status]'))).to.equal('Loading signatories…');
      expect(text(placeholder)).to.equal('Loading signatories…');
      expect($(el, 'slot')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('announces wcit-load with the feed', async () => {
      const el = document.createElement('wcit-signatories');
      el.src = feed('fixture=signatories-list');
      const loaded = oneEvent(el, 'wcit-load');
      document.body.append(el);
      try {
        const { detail } = await loaded;
        expect(detail.feed.id).to.equal('signatories-list');
        expect(el.state).to.equal('ready');
      } finally {
        el.remove();
      }
    });

    it('shows the fallback content when the feed is down, and says why in wcit-error', async () => {
      const el = document.createElement('wcit-signatories');
      el.src = feed('status=404');
      el.innerHTML = '<a href="https://example.org/list">Who signed</a>';
      const failed = oneEvent(el, 'wcit-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.message).to.contain('404');
        await settled(el, 'error');
        expect(el.state).to.equal('error');
        const slot = $<HTMLSlotElement>(el, 'slot')!;
        expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Who signed']);
        expect($(el, 'ul')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });
});
