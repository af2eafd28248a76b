// Inline feeds for the feed-core tests: a valid feed with every field set,
// and a helper to break one thing in a fresh copy.
export const fullFeed = () => ({
  version: 1,
  id: 'wcit-2012',
  updated: '2012-11-29T10:00:00Z',
  defaultLanguage: 'en',
  letter: {
    en: {
      title: 'Letter to ITU member states on the WCIT',
      summary: 'Civil society asks for openness.',
      body: [
        { type: 'paragraph', content: [{ text: 'In the interests of promoting', strong: true }, ' openness.'] },
        { type: 'heading', content: ['We call on member states to:'] },
        { type: 'list', ordered: true, items: [['Publicly release WCIT proposals'], [{ text: 'see', href: 'https://example.org/p' }]] },
        { type: 'paragraph', content: [{ text: 'write to us', em: true, href: 'mailto:info@example.org' }] },
      ],
      closing: 'Sincerely,',
    },
    'es-AR': { title: 'Carta', body: [{ type: 'paragraph', content: ['Hola'] }] },
  },
  signOn: { url: 'https://example.org/sign', closes: '2012-12-03T23:59:59+04:00', goal: 500 },
  signatories: [
    { name: 'Derechos Digitales', country: 'CL', url: 'https://derechosdigitales.org', signed: '2012-11-20' },
    {
      name: 'Eduardo Bertoni',
      kind: 'individual',
      country: 'AR',
      affiliation: 'CELE',
      signed: '2012-11-21T08:30:00.5-03:00',
    },
    { name: 'Reporters Without Borders', kind: 'organization' },
  ],
  signatoryCount: 120,
  signatoriesUrl: 'signatories.json',
  fullListUrl: 'http://cdt.org',
});

export type AnyJson = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh full feed with `change` applied to it. */
export const feedWith = (change: (f: AnyJson) => void): AnyJson => {
  const f: AnyJson = fullFeed();
  change(f);
  return f;
};
