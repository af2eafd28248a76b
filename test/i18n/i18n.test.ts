import { expect, fixture, html } from '@open-wc/testing';
import { catalogues } from '../../src/i18n/index.js';
import { packCatalogue, type LooseCatalogue } from '../../src/i18n/pack.js';
import { keys, packed } from '../../src/i18n/packed.js';
import { catalogueFor, countryName, formatDate, hostLanguage, msg, textDirection, uiLanguage, UI_LANGUAGES } from '../../src/i18n/runtime.js';

describe('catalogueFor', () => {
  it('never makes an English page wait: English is in the script every page loads', () => {
    for (const tag of ['en', 'en-GB', '', 'de', 'not a tag']) expect(catalogueFor(tag), tag).to.equal(undefined);
    expect(Object.keys(packed)).to.include('en');
  });

  it('loads any other language once, as its own module, for every tag that reads it', async () => {
    const load = catalogueFor('zh-TW');
    expect(load, 'zh-Hant is not in the script itself').to.be.an.instanceOf(Promise);
    expect(catalogueFor('zh-Hant-HK'), 'a second element in the same language').to.equal(load);
    await load;
    expect(catalogueFor('zh-TW'), 'then at hand').to.equal(undefined);
    expect(msg('zh-TW', 'signLetter')).to.equal(catalogues['zh-Hant']!.signLetter);
  });
});


/** Runs `body` with catalogue entries removed, as a half-finished translation would ship. */
function without(lang: string, remove: (catalogue: Record<string, unknown>) => void, body: () => void) {
  const catalogue = structuredClone(catalogues[lang]) as unknown as Record<string, unknown>;
  remove(catalogue);
  const saved = packed[lang]!;
  packed[lang] = packCatalogue(lang, catalogue as LooseCatalogue, keys);
  try {
    body();
  } finally {
    packed[lang] = saved;
  }
}

describe('uiLanguage', () => {
  it('lists the catalogues, English first', () => {
    expect(UI_LANGUAGES).to.deep.equal(['en', 'es', 'fr', 'pl', 'pt', 'ar', 'ur', 'hi', 'zh-Hans', 'zh-Hant']);
  });

  it('uses the catalogue of the language for a regional tag', () => {
    expect(uiLanguage('es-AR')).to.equal('es');
    expect(uiLanguage('pt-BR')).to.equal('pt');
    expect(uiLanguage('ur-PK')).to.equal('ur');
    expect(uiLanguage('FR-ca')).to.equal('fr');
    expect(uiLanguage('es_AR')).to.equal('es');
  });

  it('picks Chinese by the script a region writes', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK']) expect(uiLanguage(tag), tag).to.equal('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) expect(uiLanguage(tag), tag).to.equal('zh-Hant');
  });

  it('falls back to English for a language with no catalogue, no language or a malformed tag', () => {
    expect(uiLanguage('xx')).to.equal('en');
    expect(uiLanguage('de-DE')).to.equal('en');
    expect(uiLanguage(undefined)).to.equal('en');
    expect(uiLanguage('')).to.equal('en');
    expect(uiLanguage('not a tag!')).to.equal('en');
  });
});

describe('msg', () => {
  // Every catalogue loaded, as pages in those languages would have them.
  before(() => Promise.all(UI_LANGUAGES.map(catalogueFor)));

  it('gives the text in the language', () => {
    expect(msg('en', 'signLetter')).to.equal('Sign the letter');
    expect(msg('es-AR', 'signLetter')).to.equal('Firmar la carta');
    expect(msg('fr', 'signLetter')).to.equal('Signer la lettre');
    expect(msg('pl', 'signLetter')).to.equal('Podpisz list');
    expect(msg('zh-TW', 'searchLabel')).to.equal('搜尋連署方');
  });

  it('chooses the English plural form', () => {
    expect(msg('en', 'organisationsSigned', { n: 1 })).to.equal('1 organisation has signed');
    expect(msg('en', 'organisationsSigned', { n: 18 })).to.equal('18 organisations have signed');
    expect(msg('en', 'signatoryTotal', { n: 18 }) + ' ' + msg('en', 'countryTotal', { n: 11 })).to.equal(
      '18 signatories from 11 countries',
    );
  });

  it('chooses the Polish forms for 1, 2, 5 and 22', () => {
    expect(msg('pl', 'organisationsSigned', { n: 1 })).to.equal('1 organizacja podpisała');
    expect(msg('pl', 'organisationsSigned', { n: 2 })).to.equal('2 organizacje podpisały');
    expect(msg('pl', 'organisationsSigned', { n: 5 })).to.equal('5 organizacji podpisało');
    expect(msg('pl', 'organisationsSigned', { n: 22 })).to.equal('22 organizacje podpisały');
    expect(msg('pl', 'peopleSigned', { n: 12 })).to.equal('12 osób podpisało');
    expect(msg('pl', 'countryTotal', { n: 3 })).to.equal('z 3 krajów');
  });

  it('chooses each of the six Arabic forms, with Arabic digits', () => {
    const ar = catalogues.ar.signatoriesSigned as Record<string, string>;
    const digits = new Intl.NumberFormat('ar');
    const cases = [
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [11, 'many'],
      [100, 'other'],
    ] as const;
    for (const [n, category] of cases) {
      expect(msg('ar', 'signatoriesSigned', { n }), `${n}`).to.equal(ar[category].replace('{n}', digits.format(n)));
    }
    expect(new Set(cases.map(([n]) => msg('ar', 'signatoriesSigned', { n }))).size).to.equal(6);
    expect(msg('ar', 'countryTotal', { n: 3 })).to.equal(`من ${digits.format(3)} دول`);
  });

  it('writes numbers the way the language does', () => {
    expect(msg('en', 'showAll', { n: 12345 })).to.equal('Show all 12,345');
    expect(msg('es', 'signatoryTotal', { n: 12345 })).to.equal(`${new Intl.NumberFormat('es').format(12345)} firmantes`);
    expect(msg('es', 'signatoryTotal', { n: 1000000 })).to.equal('1.000.000 de firmantes');
  });

  it("follows the reader's variant of the catalogue's language", () => {
    // CLDR: in Brazil 0 is singular, in Portugal plural.
    expect(msg('pt-BR', 'signatoryTotal', { n: 0 })).to.equal('0 signatário');
    expect(msg('pt-PT', 'signatoryTotal', { n: 0 })).to.equal('0 signatários');
  });

  it('fills in text and leaves a missing parameter visible', () => {
    expect(msg('fr', 'goal', { goal: '500' })).to.equal('Objectif\u00a0: 500');
    expect(msg('en', 'signOnClosed')).to.equal('The sign-on closed on {date}.');
  });

  it('falls back to English for a key the catalogue lacks, with English plurals', () => {
    without('fr', (fr) => delete fr.peopleSigned, () => {
      // French would call 0 singular; the English sentence must not.
      expect(msg('fr', 'peopleSigned', { n: 0 })).to.equal('0 people have signed');
      expect(msg('fr', 'peopleSigned', { n: 1000 })).to.equal('1,000 people have signed');
    });
    without('es', (es) => delete es.signLetter, () => expect(msg('es', 'signLetter')).to.equal('Sign the letter'));
  });

  it("uses the language's other form for a plural category the catalogue lacks", () => {
    without('pl', (pl) => delete (pl.peopleSigned as Record<string, string>).few, () => {
      expect(msg('pl', 'peopleSigned', { n: 2 })).to.equal('2 osoby podpisało');
    });
    expect(msg('pl', 'peopleSigned', { n: 2 })).to.equal('2 osoby podpisały');
  });

  it('does not throw for a malformed language tag', () => {
    expect(msg('not a tag!', 'signatoryTotal', { n: 2 })).to.equal('2 signatories');
    expect(msg('es-!!', 'signatoryTotal', { n: 2 })).to.equal('2 firmantes');
  });
});

describe('textDirection', () => {
  it('is right to left for languages whose script is written right to left', () => {
    // Arabic, Hebrew, Thaana, Syriac, N'Ko by their languages' usual script; others named.
    const tags = ['ar', 'ar-EG', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ks', 'syr', 'nqo', 'ku-Arab', 'pa-PK', 'az-IR', 'ms-Arab'];
    const scripts = ['ff-Adlm', 'rhg-Rohg', 'myz-Mand', 'smp-Samr', 'men-Mend', 'wo-Gara', 'und-Syre', 'ku-Yezi', 'und-Aran'];
    for (const tag of [...tags, ...scripts]) expect(textDirection(tag), tag).to.equal('rtl');
  });

  it('goes by the script, not by an engine that answers otherwise (WebKit says ltr for Dhivehi)', () => {
    const proto = Intl.Locale.prototype as Intl.Locale & { getTextInfo?: () => { direction: string } };
    const own = Object.getOwnPropertyDescriptor(proto, 'getTextInfo');
    Object.defineProperty(proto, 'getTextInfo', { configurable: true, value: () => ({ direction: 'ltr' }) });
    try {
      expect(textDirection('dv')).to.equal('rtl');
      expect(textDirection('ar')).to.equal('rtl');
    } finally {
      if (own) Object.defineProperty(proto, 'getTextInfo', own);
      else delete proto.getTextInfo;
    }
  });

  it('is left to right for the others', () => {
    for (const tag of ['es', 'zh', 'zh-Hant', 'en', 'hi', 'ku', 'pa', 'az', 'uz', 'ff', 'mn', 'sr', 'he-Latn', 'ar-Latn']) {
      expect(textDirection(tag), tag).to.equal('ltr');
    }
  });

  it('is left to right for a malformed tag', () => {
    expect(textDirection('')).to.equal('ltr');
    expect(textDirection('not a tag!')).to.equal('ltr');
  });

  it('knows the direction from the script where Intl.Locale has no getTextInfo', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'getTextInfo');
    if (descriptor) delete proto.getTextInfo;
    try {
      expect(['ar', 'ur', 'he', 'ku-Arab', 'es', 'zh'].map(textDirection)).to.deep.equal([
        'rtl',
        'rtl',
        'rtl',
        'rtl',
        'ltr',
        'ltr',
      ]);
    } finally {
      if (descriptor) Object.defineProperty(proto, 'getTextInfo', descriptor);
    }
  });
});

describe('hostLanguage', () => {
  const html_ = document.documentElement;
  let pageLang: string | null;
  beforeEach(() => (pageLang = html_.getAttribute('lang')));
  afterEach(() => (pageLang == null ? html_.removeAttribute('lang') : html_.setAttribute('lang', pageLang)));

  it("is the element's own lang", async () => {
    const el = await fixture(html`<div lang="pl"><span lang="fr"></span></div>`);
    expect(hostLanguage(el.querySelector('span')!)).to.equal('fr');
  });

  it("is the closest ancestor's lang", async () => {
    const el = await fixture(html`<section lang="es-AR"><div lang="ar"><p><span></span></p></div></section>`);
    expect(hostLanguage(el.querySelector('span')!)).to.equal('ar');
  });

  it("crosses shadow roots to the host's ancestors", async () => {
    const el = await fixture(html`<div lang="ur"><div class="host"></div></div>`);
    const outer = el.querySelector('.host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p><span class="inner-host"></span></p>';
    const inner = outer.querySelector('.inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b></b>';
    expect(hostLanguage(inner.querySelector('b')!)).to.equal('ur');
    outer.querySelector('p')!.lang = 'hi';
    expect(hostLanguage(inner.querySelector('b')!)).to.equal('hi');
  });

  it('is the page language for an element outside the page', () => {
    html_.lang = 'zh-TW';
    expect(hostLanguage(document.createElement('span'))).to.equal('zh-TW');
  });

  it('is undefined when nothing says', async () => {
    html_.removeAttribute('lang');
    const el = await fixture(html`<div><span></span></div>`);
    expect(hostLanguage(el.querySelector('span')!)).to.equal(undefined);
  });

  it('is undefined under lang="", which HTML reads as "unknown language"', async () => {
    const el = await fixture(html`<div lang="fr"><p lang=""><span></span></p></div>`);
    expect(hostLanguage(el.querySelector('span')!)).to.equal(undefined);
  });
});

describe('country names and dates', () => {
  before(() => Promise.all(UI_LANGUAGES.map(catalogueFor)));

  it('names countries in Spanish from the browser', () => {
    expect(countryName('es', 'DE')).to.equal('Alemania');
    expect(countryName('es-AR', 'MX')).to.equal('México');
    expect(countryName('es', 'US')).to.equal('Estados Unidos');
  });

  it("names countries in the reader's language even without a catalogue for it", () => {
    expect(countryName('de', 'FR')).to.equal('Frankreich');
    expect(countryName('en', 'FR')).to.equal('France');
  });

  it('gives the code back when it is not a region code', () => {
    expect(countryName('es', 'not a code')).to.equal('not a code');
    expect(countryName('not a tag!', 'FR')).to.equal('France');
  });

  it('writes a date the way the sentence around it does', () => {
    const date = new Date(2012, 11, 3);
    expect(formatDate('es', date)).to.equal('3 de diciembre de 2012');
    expect(msg('es', 'signOnClosed', { date: formatDate('es', date) })).to.equal(
      'El plazo para firmar cerró el 3 de diciembre de 2012.',
    );
    // No German catalogue: the sentence is English, so is its date.
    expect(formatDate('de', date)).to.equal('December 3, 2012');
  });
});
