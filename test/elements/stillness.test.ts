// The page holds still while the script and the feed load (issue #21): the
// count's and the sign button's boxes, and what follows them, as a reader
// sees them in three moments of one page: before the script has defined the
// elements (their fallback links shown), while the feed loads, and once it is
// there. Each moment is its own page (an iframe), so nothing here waits on a
// clock: the loading page's feed is held by the test host for a minute, the
// ready page's comes at once, and the page before the script loads none.
//
// - The README's first snippet (its <style> line holds the boxes): the count,
//   the button and where the letter starts are the same in all three.
// - The plain count and button, without that line: the same while loading and
//   when ready (nothing moves when the feed arrives). Before the script, the
//   browser knows nothing of them and lays their links out as inline text; no
//   style of the elements' own can apply before their definition, which is
//   what the line is for (README, docs/webmasters.md).
//
// WebKit rounds a line's height to whole pixels (a reserved 43.7 px shows as
// 44), so it is allowed 1 px there, half a pixel elsewhere.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Snippet } from '../server/readme-snippets.mjs';
import { crossOrigin, engine } from '../helpers.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

let cross: string;
let n = 0;
before(async () => {
  cross = await crossOrigin();
});

const TOLERANCE = engine == 'webkit' ? 1 : 0.5;

// Pages unlike each other: the held boxes are in em and lh, so they follow the page's type.
const PAGES: [name: string, css: string][] = [
  ['a serif page, 17px / 1.55', 'body { font: 17px/1.55 Georgia, serif }'],
  ['a sans-serif page, 14px / 1.3, wider spacing', 'body { font: 14px/1.3 system-ui, sans-serif } p { margin: 0 0 .5rem } main { --wcit-spacing: 2em }'],
];

const page = (snippet: string, css: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style><title>member</title></head>` +
  `<body><main><h1>A member's page</h1><p>We signed.</p>${snippet}<p id="after">What follows the snippet.</p></main></body></html>`;

/** The page in an iframe of a phone's width and a laptop's height. */
async function frame(html: string): Promise<Document> {
  const f = document.createElement('iframe');
  f.style.cssText = 'inline-size: 400px; block-size: 700px; border: 0';
  f.srcdoc = html;
  const loaded = oneEvent(f, 'load');
  document.body.append(f);
  await loaded;
  return f.contentDocument!;
}

afterEach(() => {
  // Removing the frames also drops the held feeds' requests.
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

/** The feed each moment's elements read: none needed before the script, held while loading, at once when ready. */
const feeds = {
  before: () => `${cross}/dist/wcit-2012.json`,
  loading: () => `${cross}/api/feed?fixture=minimal&delay=60000&key=still-${Date.now()}-${n++}`,
  ready: () => `${cross}/dist/wcit-2012.json`,
};
type Moment = keyof typeof feeds;

/**
 * `snippet` in a member's page at `moment`: its elements given `src` (that
 * moment's feed) and its own script tag removed; the bundle loaded (but
 * before) and, once every element is in the moment's state, the frame after
 * its update, as a reader sees it.
 */
async function at(moment: Moment, snippet: string, css: string): Promise<Document> {
  const src = feeds[moment]();
  const html = snippet.replace(/<script\b[^>]*><\/script>\n?/g, '').replace(/<(wcit-[a-z-]+)/g, `<$1 src="${src}"`);
  const doc = await frame(page(html, css));
  const els = [...doc.querySelectorAll<Upgraded>('wcit-letter, wcit-signatories, wcit-sign-button')];
  if (moment == 'before') {
    // Nothing defines them: the page as painted before the script comes.
    expect(els.every((el) => !el.shadowRoot)).to.be.true;
    return doc;
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${cross}/dist/wcit.js`;
  doc.head.append(script);
  await waitUntil(() => els.every((el) => el.getAttribute('state') == moment), `the elements never were ${moment}`, { timeout: 8000 });
  for (const el of els) await el.updateComplete;
  await new Promise((r) => doc.defaultView!.requestAnimationFrame(() => setTimeout(r)));
  return doc;
}

/** x, y, width and height of each of `selectors`' first match. */
function boxes(doc: Document, selectors: string[]): Record<string, number[]> {
  return Object.fromEntries(
    selectors.map((s) => {
      const r = doc.querySelector(s)!.getBoundingClientRect();
      return [s, [r.x, r.y, r.width, r.height]];
    }),
  );
}

/** Every edge of every box within TOLERANCE of the other moment's. */
function expectSame(now: Record<string, number[]>, was: Record<string, number[]>, what: string): void {
  for (const [box, edges] of Object.entries(was)) {
    edges.forEach((v, i) =>
      expect(Math.abs(now[box]![i]! - v), `${box} ${what}: ${now[box]!.map((x) => x.toFixed(1)).join(' ')}, was ${edges.map((x) => x.toFixed(1)).join(' ')}`).to.be.at.most(
        TOLERANCE,
      ),
    );
  }
}

/** The README's first HTML snippet, as the test host reads it from README.md. */
async function readmeFirst(): Promise<string> {
  const snippets = (await (await fetch('/__readme-snippets.json')).json()) as Snippet[];
  return snippets.find((s) => s.file == 'README.md' && s.lang == 'html')!.code;
}

describe("the README's first snippet holds the page still", () => {
  for (const [name, css] of PAGES) {
    it(`the count, the button and the letter's top keep their boxes before the script, while loading and when ready, on ${name}`, async () => {
      const snippet = await readmeFirst();
      // What the snippet shows first, above the letter (which holds a screen until it is there).
      const held = ['wcit-signatories', 'wcit-sign-button'];
      const top = (doc: Document) => doc.querySelector('wcit-letter')!.getBoundingClientRect().y;
      const first = await at('before', snippet, css);
      const before = boxes(first, held);
      const letterTop = top(first);
      // A line for the count, a button's height, from the first paint.
      expect(before['wcit-signatories']![3]).to.be.above(10);
      expect(before['wcit-sign-button']![3]).to.be.above(20);
      for (const moment of ['loading', 'ready'] as const) {
        const doc = await at(moment, snippet, css);
        expectSame(boxes(doc, held), before, `${moment}, against before the script`);
        expect(Math.abs(top(doc) - letterTop), `the letter's top, ${moment}`).to.be.at.most(TOLERANCE);
      }
    });
  }
});

describe('the plain count and button, without the <style> line', () => {
  const plain = [
    '<wcit-signatories compact><a href="https://cdt.org">See the complete sign-on list</a></wcit-signatories>',
    '<wcit-sign-button><a href="https://cdt.org" data-wcit>Sign the letter</a></wcit-sign-button>',
  ];
  const held = ['wcit-signatories', 'wcit-sign-button', '#after'];

  for (const [name, css] of PAGES) {
    it(`keep their boxes, and what follows stays, when the feed arrives, on ${name}`, async () => {
      const loading = boxes(await at('loading', plain.join('\n'), css), held);
      const ready = boxes(await at('ready', plain.join('\n'), css), held);
      expectSame(ready, loading, 'ready, against loading');
    });
  }

  for (const [i, el] of ['the count', 'the button'].entries()) {
    it(`${el} alone keeps its box and what follows when the feed arrives`, async () => {
      const [, css] = PAGES[0]!;
      const loading = boxes(await at('loading', plain[i]!, css), [held[i]!, '#after']);
      const ready = boxes(await at('ready', plain[i]!, css), [held[i]!, '#after']);
      expectSame(ready, loading, 'ready, against loading');
    });
  }

  it('show their links before the script, in the flow of the text', async () => {
    const doc = await at('before', plain.join('\n'), PAGES[0]![1]);
    for (const el of doc.querySelectorAll('wcit-signatories, wcit-sign-button')) {
      const link = el.querySelector('a')!;
      expect(link.getBoundingClientRect().height, `<${el.localName}>'s link`).to.be.above(0);
    }
  });
});
