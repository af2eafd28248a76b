// The HTML snippets of the README and of the guides in docs/*.md, rendered as
// a webmaster would paste them (the browsers' part of the snippet check;
// test/site/readme-snippets.node.test.ts is Node's): each one, in a blank page, defines its elements and shows the
// feed with no console error. Published URLs point at this build instead:
// the pinned CDN URL and the self-hosted /wcit/ folder at the site's own copy
// of wcit.js (byte for byte, so an `integrity` is checked for real), an
// example feed URL at the default feed; `integrity="sha384-…"` (the
// placeholder the README shows) becomes the built file's value.
import { expect, waitUntil } from '@open-wc/testing';
import { integrityOf, pasteIntoBlankPage, settled, unexpectedLog } from './helpers.js';

interface Snippet {
  file: string;
  lang: string;
  code: string;
  line: number;
  skip?: string;
  runBy?: string;
}

function readmeSnippets(): Snippet[] {
  // Synchronous: mocha needs the list while it collects the tests.
  const request = new XMLHttpRequest();
  request.open('GET', '/__readme-snippets.json', false);
  request.send();
  return (JSON.parse(request.responseText) as Snippet[]).filter((s) => !s.skip && !s.runBy);
}

/** The snippet with its published addresses pointing at this build. */
async function local(code: string): Promise<string> {
  const integrity = await integrityOf('/site/wcit.js');
  return code
    .replace(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/wcit-embed@[^/]+\/dist\//g, '/site/')
    .replace(/(["'])\/wcit\//g, '$1/site/')
    .replace(/https:\/\/[\w.-]+\.example\/[\w/.-]*\.json/g, '/site/wcit-2012.json')
    .replace(/integrity="sha384-…"/g, `integrity="${integrity}"`);
}

/** Pastes `html` into a blank page and checks that every element shows the feed. */
async function rendersTheFeed(html: string, where: string) {
  // Markup for a page that loads the elements elsewhere (a bundle, a recipe's entry module) gets the script here.
  const script = /<script\b/.test(html) ? '' : '\n<script type="module" src="/site/wcit.js"></script>';
  const frame = await pasteIntoBlankPage((await local(html)) + script, { height: 700 });
  const doc = frame.contentDocument!;
  const tags = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('wcit-'));
  expect(tags.length, `${where}: no element`).to.be.greaterThan(0);
  // Defined (the script ran: right URL, right integrity), then read the feed.
  const win = frame.contentWindow!;
  await waitUntil(() => tags.every((el) => win.customElements.get(el.localName)) || unexpectedLog(frame).length > 0, `${where}: the elements were never defined`, {
    timeout: 10000,
  }).catch(() => undefined);
  expect(unexpectedLog(frame), `${where}: the script did not run`).to.deep.equal([]);
  const elements = await settled(doc);
  for (const el of elements) expect(el.getAttribute('state'), `${where}: <${el.localName}>`).to.equal('ready');
  expect(unexpectedLog(frame), where).to.deep.equal([]);
  frame.remove();
}

const snippets = readmeSnippets();
const where = (s: Snippet) => `${s.file}:${s.line}`;

describe('HTML snippets of the README and the guides, pasted into a blank page', () => {
  it('come from the README and the guides', () => {
    const html = snippets.filter((x) => x.lang === 'html');
    expect(html.some((x) => x.file === 'README.md'), 'README.md').to.be.true;
    expect(html.some((x) => x.file.startsWith('docs/')), 'docs/*.md').to.be.true;
  });

  for (const s of snippets.filter((x) => x.lang === 'html')) {
    it(`${where(s)} shows the feed`, () => rendersTheFeed(s.code, where(s)));
  }

  for (const s of snippets.filter((x) => /^(js|mjs|javascript)$/.test(x.lang) && /addShortcode/.test(x.code))) {
    it(`${where(s)}: what the Eleventy shortcode writes shows the feed`, async () => {
      const shortcodes: ((...args: string[]) => string)[] = [];
      const config = { addPassthroughCopy() {}, addShortcode: (_: string, fn: (...args: string[]) => string) => shortcodes.push(fn) };
      const url = URL.createObjectURL(new Blob([s.code], { type: 'text/javascript' }));
      const module = (await import(url)) as { default: (c: typeof config) => void };
      module.default(config);
      expect(shortcodes.length).to.be.greaterThan(0);
      for (const shortcode of shortcodes) {
        await rendersTheFeed(shortcode(), `${where(s)} (no src)`);
        await rendersTheFeed(shortcode('https://campaign.example/feed.json'), `${where(s)} (src)`);
      }
    });
  }
});

describe('CSS snippets of the README and the guides, applied', () => {
  for (const s of snippets.filter((x) => x.lang === 'css')) {
    it(`${where(s)} parses with every declaration kept, and reaches the elements`, async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(s.code);
      const kept = [...sheet.cssRules].map((r) => (r as CSSStyleRule).style.length).reduce((a, b) => a + b, 0);
      const bodies = s.code.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{[^}]*\}/g) ?? [];
      const written = bodies.flatMap((b) => b.slice(1, -1).split(';')).filter((d) => d.includes(':')).length;
      expect(kept, 'declarations the browser kept').to.equal(written);
      // Custom properties set on an element reach it.
      const frame = await pasteIntoBlankPage(`<style>${s.code}</style><wcit-letter></wcit-letter><wcit-signatories compact></wcit-signatories><wcit-sign-button></wcit-sign-button><script type="module" src="/site/wcit.js"></script>`, { height: 700 });
      for (const rule of [...sheet.cssRules] as CSSStyleRule[]) {
        if (!/^wcit-[\w-]+$/.test(rule.selectorText)) continue;
        const el = frame.contentDocument!.querySelector(rule.selectorText)!;
        for (const property of [...rule.style].filter((p) => p.startsWith('--'))) {
          expect(getComputedStyle(el).getPropertyValue(property).trim(), `${rule.selectorText} ${property}`).to.equal(rule.style.getPropertyValue(property).trim());
        }
      }
      frame.remove();
    });
  }
});
