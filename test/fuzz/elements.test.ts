// A sample of generated feeds (test/fuzz/feeds.ts) through all three
// elements in each browser, loaded by the real loader from a blob: URL (a
// real fetch, body and all). Thousands run in Node (test/fuzz/feed.node.test.ts);
// here a few dozen per engine check what only a browser can show:
//   - nothing throws (no error, no unhandled rejection on the page);
//   - every element ends `ready` or `error`;
//   - no element is made from feed text: the shadow trees hold only the
//     elements' own markup;
//   - every link the browser can follow has a safe scheme.
// On a failure fast-check names the seed and path; put them in `replay`
// below to run that case again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { feed } from './feeds.js';

const RUNS = 150;
const replay: Partial<fc.Parameters<unknown>> = {}; // e.g. { seed: 123, path: '4:1' }

/** Every tag the three elements render themselves. */
const OWN = new Set('a article button details div em h1 h2 h3 h4 h5 h6 header input label li ol option p progress search section select slot span strong summary ul footer small'.split(' '));

describe('fuzz: generated feeds through the three elements', () => {
  const faults: string[] = [];
  const onError = (e: ErrorEvent) => faults.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => faults.push(`unhandled rejection: ${e.reason}`);
  const quiet = { warn: console.warn, error: console.error };
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Thousands of "left out" warnings are the reader working as designed.
    console.warn = console.error = () => {};
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    Object.assign(console, quiet);
  });

  it(`${RUNS} feeds: never throws, always ends ready or error, no markup from the feed, only safe links`, async function () {
    this.timeout(120_000);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(feed, async (f) => {
        const src = URL.createObjectURL(new Blob([JSON.stringify(f)], { type: 'application/json' }));
        try {
          const box = await fixture(html`<div>
            <wcit-letter src=${src}><p>fallback</p></wcit-letter>
            <wcit-signatories src=${src} limit="3"><p>fallback</p></wcit-signatories>
            <wcit-sign-button src=${src}><a href="https://example.org/">fallback</a></wcit-sign-button>
          </div>`);
          const els = [...box.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
          await waitUntil(() => els.every((el) => el.getAttribute('state') !== 'loading'), 'an element stayed loading', { timeout: 5000 });
          for (const el of els) {
            await el.updateComplete;
            expect(['ready', 'error'], el.localName).to.include(el.getAttribute('state'));
            for (const node of el.shadowRoot!.querySelectorAll('*')) expect(OWN.has(node.localName), `<${node.localName}> in ${el.localName}`).to.be.true;
            // A safe scheme, or a URL the browser cannot read at all (a host such as
            // example.org:65536, which the one URL rule lets through): a link to nowhere.
            for (const a of el.shadowRoot!.querySelectorAll('a[href]'))
              if (URL.canParse((a as HTMLAnchorElement).href))
                expect(['https:', 'http:', 'mailto:'], (a as HTMLAnchorElement).href).to.include((a as HTMLAnchorElement).protocol);
          }
          expect(faults).to.deep.equal([]);
        } finally {
          URL.revokeObjectURL(src);
        }
      }),
      { numRuns: RUNS, ...replay },
    );
    // The figure the fuzz campaign reports: cases and time per engine.
    quiet.warn(`fuzz: ${RUNS} feeds × 3 elements in ${Math.round(performance.now() - started)} ms`);
  });
});
