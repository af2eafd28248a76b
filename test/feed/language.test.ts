import { expect } from '@open-wc/testing';
import { lookupLanguage } from '../../src/feed/index.js';

describe('lookupLanguage', () => {
  const available = ['en', 'es', 'pt-BR', 'zh-Hant'];

  it('picks the exact tag', () => {
    expect(lookupLanguage('pt-BR', available, 'en')).to.equal('pt-BR');
  });

  it('ignores case and returns the tag as the feed spells it', () => {
    expect(lookupLanguage('PT-br', available, 'en')).to.equal('pt-BR');
    expect(lookupLanguage('es', ['ES'], 'en')).to.equal('ES');
  });

  it('falls back to the primary subtag (es-AR → es)', () => {
    expect(lookupLanguage('es-AR', available, 'en')).to.equal('es');
  });

  it('truncates one subtag at a time (zh-Hant-TW → zh-Hant)', () => {
    expect(lookupLanguage('zh-Hant-TW', available, 'en')).to.equal('zh-Hant');
  });

  it('skips a single-letter subtag left at the end (de-x-foo → de, not de-x)', () => {
    expect(lookupLanguage('de-x-foo', ['de-x', 'de'], 'en')).to.equal('de');
  });

  it('reads an underscore as a hyphen (es_AR → es)', () => {
    expect(lookupLanguage('es_AR', available, 'en')).to.equal('es');
  });

  it('does not match a longer tag from a shorter request (pt → not pt-BR)', () => {
    expect(lookupLanguage('pt', available, 'en')).to.equal('en');
  });

  it('uses the fallback when nothing matches', () => {
    expect(lookupLanguage('fr-CA', available, 'es')).to.equal('es');
  });

  it('uses the fallback when nothing is requested', () => {
    expect(lookupLanguage(undefined, available, 'es')).to.equal('es');
    expect(lookupLanguage('', available, 'es')).to.equal('es');
  });

  it('matches the fallback case-insensitively', () => {
    expect(lookupLanguage('fr', available, 'EN')).to.equal('en');
  });

  it('uses the first available tag when the fallback is not available either', () => {
    expect(lookupLanguage('fr', ['de', 'it'], 'en')).to.equal('de');
  });

  it('returns the fallback when nothing is available', () => {
    expect(lookupLanguage('fr', [], 'en')).to.equal('en');
  });
});
