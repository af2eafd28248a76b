// The script-tag bundle exactly as a member site loads it: dist/wcit.js served
// byte for byte from another origin by a plain static server (no import map,
// no dev-server transforms). Run `npm run build` first (`npm test` does).
import { expect, waitUntil } from '@open-wc/testing';
import { crossOrigin } from './helpers.js';
import { integrityOf, pasteIntoBlankPage, unexpectedLog } from './site/helpers.js';

type State = HTMLElement & { state: string };
/** The scripts a window fetched: wcit.js and the chunks beside it. */
const scriptsOf = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/wcit(-[^/]+)?\.js(\?|$)/.test(name));
/** Waits for every wcit-* element of `doc` to show its feed. */
async function ready(doc: Document): Promise<State[]> {
  const els = [...doc.querySelectorAll<State>('wcit-letter, wcit-signatories, wcit-sign-button')];
  await waitUntil(() => els.every((el) => el.state === 'ready' && el.shadowRoot?.textContent?.trim()), 'the elements did not show the feed', { timeout: 5000 });
  return els;
}
const LIST_CHUNK = /\/wcit-signatories-list-[\w-]{8}\.js$/;
/** The words for a feed's problems (src/feed/words.ts), with where broken JSON breaks. */
const WORDS_CHUNK = /\/wcit-words-[\w-]{8}\.js$/;

const TAGS = ['wcit-letter', 'wcit-signatories', 'wcit-sign-button'] as const;

describe('the one-file bundle dist/wcit.js', () => {
  let bundleUrl: string;

  before(async () => {
    bundleUrl = `${await crossOrigin()}/dist/wcit.js`;
    // Elements already in the page before the script loads, as on a member's page.
    document.body.insertAdjacentHTML(
      'beforeend',
      TAGS.map((t) => `<${t} class="early"><a href="https://example.org">Fallback</a></${t}>`).join(''),
    );
    await import(/* @vite-ignore */ bundleUrl);
  });

  it('defines all three elements', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('upgrades elements that were in the page before it loaded', async () => {
    for (const el of document.querySelectorAll('.early')) {
      await waitUntil(() => el.shadowRoot, `${el.localName} has no shadow root`);
      expect(el.shadowRoot, el.localName).to.exist;
    }
  });

  it('shows the WCIT letter from the default feed beside the script, with no src at all', async () => {
    const el = document.querySelector('wcit-letter.early') as HTMLElement & { state: string };
    await waitUntil(() => el.state === 'ready', `state ${el.getAttribute('state')}`, { timeout: 5000 });
    const title = el.shadowRoot!.querySelector('[part=title]');
    expect(title?.textContent).to.contain('WCIT');
    expect(el.shadowRoot!.textContent).to.contain('refrain from expanding the scope of the International Telecommunication Regulations');
    // The fallback link is not shown once the letter is.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('shows its interface text from its own catalogues, in the page language and in another', async () => {
    document.body.insertAdjacentHTML('beforeend', '<wcit-letter class="es" lang="es" collapsed></wcit-letter><wcit-signatories class="es" lang="es"></wcit-signatories>');
    const ready = async (selector: string) => {
      const el = document.querySelector(selector) as HTMLElement & { state: string };
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.textContent!.trim(), `${selector}: state ${el.getAttribute('state')}`, { timeout: 5000 });
      return el.shadowRoot!;
    };
    expect((await ready('wcit-signatories.early')).querySelector('[part=total]')?.textContent).to.match(/^[\d,]+ signatories( from \d+ countries)?$/);
    expect((await ready('wcit-signatories.es')).querySelector('[part=total]')?.textContent).to.match(/^[\d.\s]+ firmantes( de \d+ países)?$/);
    expect((await ready('wcit-letter.es')).querySelector('[part=toggle]')?.textContent?.trim()).to.equal('Leer la carta completa');
  });

  it('downloads only the language a page shows, from beside the script', () => {
    // (Runs after the Spanish elements above.) English is inside wcit.js; each other language is a chunk of its own.
    // (The list beside them loads the list's chunk: see below.)
    const chunks = scriptsOf(window).filter((name) => /\/wcit-[^/]+\.js$/.test(name) && !LIST_CHUNK.test(name));
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/\/dist\/wcit-es-[\w-]{8}\.js$/);
    expect(new URL(chunks[0]!).origin, 'the script\'s own origin and folder').to.equal(new URL(bundleUrl).origin);
  });

  it('loads the full list\'s search and paging from a chunk beside the script, where a list is shown', async () => {
    const list = document.querySelector('wcit-signatories.early') as State;
    await ready(document);
    expect(list.shadowRoot!.querySelectorAll('[part=item]').length).to.be.above(0);
    const chunks = scriptsOf(window).filter((name) => LIST_CHUNK.test(name));
    expect(chunks).to.have.length(1);
    expect(new URL(chunks[0]!).origin, 'the script\'s own origin and folder').to.equal(new URL(bundleUrl).origin);
  });

  it('downloads no list chunk for a page with the letter, the compact counter and the button', async () => {
    const frame = await pasteIntoBlankPage(
      `<script type="module" src="${bundleUrl}"></script><wcit-letter collapsed></wcit-letter><wcit-signatories compact></wcit-signatories><wcit-sign-button show-count></wcit-sign-button>`,
    );
    await ready(frame.contentDocument!);
    const scripts = scriptsOf(frame.contentWindow!);
    frame.remove();
    expect(scripts.map((url) => new URL(url).pathname)).to.deep.equal(['/dist/wcit.js']);
  });

  it('tells why a feed failed, from the chunk of words beside it, and in short from a copy without that chunk', async () => {
    const cross = await crossOrigin();
    for (const [src, said] of [
      [bundleUrl, /^console\.error: wcit-embed: The feed at \S+ answered 404 Not Found\.$/],
      [`${cross}/alone/dist/wcit.js`, /^console\.error: wcit-embed: The feed at \S+ could not be loaded \(fault 2: 404 Not Found\)\.$/],
    ] as const) {
      const feed = `${cross}/api/feed?status=404&key=words-${Date.now()}`;
      const frame = await pasteIntoBlankPage(`<script type="module" src="${src}"></script><wcit-signatories compact src="${feed}"></wcit-signatories>`);
      const el = frame.contentDocument!.querySelector<State>('wcit-signatories')!;
      await waitUntil(() => el.state === 'error', `no error state with ${src}`, { timeout: 5000 });
      const log = (frame.contentWindow as Window & { __siteLog: string[] }).__siteLog;
      const words = scriptsOf(frame.contentWindow!).filter((url) => /\/wcit-words-[\w-]{8}\.js$/.test(url));
      frame.remove();
      expect(log.filter((line) => line.includes('wcit-embed')), src).to.have.length(1);
      expect(log.find((line) => line.includes('wcit-embed')), src).to.match(said);
      // The words are asked for only now that there is something to say (a clean page makes no such request: above).
      expect(words, src).to.have.length(1);
    }
  });

  describe('the words for a feed\'s problems', () => {
    let feeds: string;
    before(async () => (feeds = `${await crossOrigin()}/api/feed`));
    /** A blank page with wcit.js (or `script`) and one <wcit-letter> per feed URL, once each has left `loading`. */
    async function pageWith(srcs: string[], script = bundleUrl) {
      const frame = await pasteIntoBlankPage(
        `<script type="module" src="${script}"></script>${srcs.map((src) => `<wcit-letter src="${src}"></wcit-letter>`).join('')}`,
      );
      const els = [...frame.contentDocument!.querySelectorAll<State>('wcit-letter')];
      await waitUntil(() => els.every((el) => ['ready', 'error'].includes(el.state)), 'the letters did not settle', { timeout: 5000 });
      return frame;
    }
    const left = (feed: string, i: number, href: string) =>
      `console.warn: wcit-embed: ${feed}: letter.en.body[0].content[${i}].href: expected an http(s) or mailto: URL, got ${href} (left out)`;

    it('are not downloaded by a page whose feed is clean', async () => {
      const frame = await pageWith([`${feeds}?fixture=minimal`]);
      const scripts = scriptsOf(frame.contentWindow!);
      const log = unexpectedLog(frame);
      frame.remove();
      expect(scripts.filter((url) => WORDS_CHUNK.test(url))).to.deep.equal([]);
      expect(log).to.deep.equal([]);
    });

    it('are downloaded once, from beside the script, by a page whose feeds have problems, and say them', async () => {
      const unsafe = `${feeds}?fixture=letter-unsafe`,
        refused = `${feeds}?fixture=no-body`,
        broken = `${feeds}?body=malformed`;
      const frame = await pageWith([unsafe, refused, broken]);
      const scripts = scriptsOf(frame.contentWindow!).filter((url) => WORDS_CHUNK.test(url));
      const log = unexpectedLog(frame).sort();
      frame.remove();
      expect(scripts).to.have.length(1);
      expect(new URL(scripts[0]!).origin, 'the script\'s own origin and folder').to.equal(new URL(bundleUrl).origin);
      expect(log).to.have.length(4);
      expect(log).to.include.members([
        left(unsafe, 1, '"javascript:alert(1)"'),
        left(unsafe, 3, '"data:text/html,<script>alert(1)</script>"'),
        `console.error: wcit-embed: The feed at ${refused} was refused: letter.en.body: missing, expected a non-empty array.`,
      ]);
      // Each engine's own words, with the place where every engine names it (WebKit's through jsonErrorAt).
      expect(log.find((line) => line.includes(broken))).to.match(/is not valid JSON: .*line 3 column 14\b/);
    });

    it('are a chunk that imports nothing (so wcit.js?ver=3 never runs a second copy), and are not in wcit.js', async () => {
      const bundle = await (await fetch(bundleUrl)).text();
      const name = /import\(["']\.\/(wcit-words-[\w-]{8}\.js)["']\)/.exec(bundle)?.[1];
      expect(name, 'wcit.js imports a words chunk').to.be.a('string');
      const chunk = await (await fetch(new URL(name!, bundleUrl))).text();
      expect(chunk).not.to.match(/\bimport\b/);
      for (const words of ['unsupported feed version', 'missing, expected', 'RFC 3339', 'a number beyond', 'combining marks']) {
        expect(chunk, words).to.contain(words);
        expect(bundle, words).not.to.contain(words);
      }
    });

    it('where they cannot be loaded (a copy of wcit.js without the files beside it), each problem is still named by its path', async () => {
      // A blob: URL has no folder, so the chunk beside the script cannot be found.
      const copy = URL.createObjectURL(new Blob([await (await fetch(bundleUrl)).text()], { type: 'text/javascript' }));
      const unsafe = `${feeds}?fixture=letter-unsafe`,
        refused = `${feeds}?fixture=no-body`;
      const frame = await pageWith([unsafe, refused], copy);
      const states = [...frame.contentDocument!.querySelectorAll<State>('wcit-letter')].map((el) => el.state);
      const log = unexpectedLog(frame).sort();
      frame.remove();
      URL.revokeObjectURL(copy);
      expect(states).to.deep.equal(['ready', 'error']);
      expect(log).to.deep.equal(
        [
          `console.error: wcit-embed: The feed at ${refused} could not be loaded (fault 9: letter.en.body: invalid (a)).`,
          `console.warn: wcit-embed: ${unsafe}: letter.en.body[0].content[1].href: invalid (f) (left out)`,
          `console.warn: wcit-embed: ${unsafe}: letter.en.body[0].content[3].href: invalid (f) (left out)`,
        ].sort(),
      );
    });
  });

  it('shows a full list self-hosted from one folder, with integrity, and loaded as wcit.js?ver=3 (no second copy of wcit.js)', async () => {
    // The site's copy of the folder (site-dist/, from npm run build:site), as a webmaster copies it.
    const integrity = await integrityOf('/site/wcit.js');
    for (const src of ['/site/wcit.js', '/site/wcit.js?ver=3']) {
      const frame = await pasteIntoBlankPage(
        `<script type="module" src="${src}" integrity="${integrity}"></script><wcit-signatories searchable></wcit-signatories>`,
      );
      const [list] = await ready(frame.contentDocument!);
      const root = list!.shadowRoot!;
      expect(root.querySelectorAll('[part=item]').length, src).to.be.above(0);
      expect(root.querySelector('[part=search]'), src).to.exist;
      const scripts = scriptsOf(frame.contentWindow!).map((url) => new URL(url).pathname + new URL(url).search);
      frame.remove();
      expect(scripts.filter((path) => /wcit\.js/.test(path)), src).to.deep.equal([src]);
      expect(scripts.filter((path) => LIST_CHUNK.test(path)), src).to.have.length(1);
    }
  });

  it('throws nothing when loaded a second time', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    // A different URL is a second module instance: a real second copy.
    await import(/* @vite-ignore */ `${bundleUrl}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('meets the npm modules on one page without an error', async () => {
    const first = customElements.get('wcit-letter');
    const mod = await import('../src/elements/wcit-letter-define.js');
    // The bundle's definition stays; the npm class can still register another tag.
    expect(customElements.get('wcit-letter')).to.equal(first);
    mod.WcitLetter.define('wcit-letter-copy');
    expect(customElements.get('wcit-letter-copy')).to.be.a('function');
  });
});
