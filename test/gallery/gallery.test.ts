// The gallery (demo/gallery/): member pages built with real frameworks' CSS,
// each light and dark, left to right and right to left (Arabic), 1,280 and
// 360 px wide. Measured, not eyeballed: no horizontal overflow; every text
// inside the elements at least 4.5:1 and every focus ring at least 3:1
// against what is actually behind it; the fields on the page's side of light
// and dark; axe clean. Each page loads once per scheme and direction, in an
// iframe that is then narrowed, so the matrix stays quick. The minima are
// printed at the end, per page, for the report.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { backgroundBehind, contrast, luminance, textContrast, toRGBA, type RGBA } from './contrast.js';

const PAGES = ['bootstrap', 'tailwind', 'wordpress', 'pico', 'bulma', 'classic'];
// 320: the narrowest phone the issue names, where the sign button's count must wrap cleanly.
const WIDTHS = [1280, 360, 320];
const TAGS = 'wcit-letter, wcit-signatories, wcit-sign-button';
const FOCUSABLE = 'a[href], button, input, select';

const part = (doc: Document, tag: string, name: string) => doc.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const rgb = (doc: Document, color: string) => toRGBA(color, doc).join();

/**
 * The README's theming cookbook, checked on the page that uses each recipe,
 * so the recipes cannot rot: each returns what it promises, or throws.
 */
const RECIPES: Record<string, (doc: Document) => void> = {
  // Site link colour.
  bootstrap(doc) {
    const link = part(doc, 'wcit-signatories:not([compact])', 'full-list');
    expect(rgb(doc, getComputedStyle(link).color), 'the site link colour').to.equal(rgb(doc, getComputedStyle(doc.body).getPropertyValue('--bs-link-color')));
  },
  // A black (on a dark page, white) uppercase button.
  tailwind(doc) {
    const button = getComputedStyle(part(doc, 'wcit-sign-button', 'button'));
    expect(button.textTransform).to.equal('uppercase');
    expect(rgb(doc, button.backgroundColor)).to.be.oneOf([rgb(doc, '#000'), rgb(doc, '#fff')]);
  },
  // Site heading face and weight on the title.
  wordpress(doc) {
    const title = getComputedStyle(part(doc, 'wcit-letter', 'title'));
    const h1 = getComputedStyle(doc.querySelector('h1')!);
    expect(title.fontFamily).to.equal(h1.fontFamily);
    expect(title.fontWeight).to.equal('400');
  },
  // A dark page: Pico's own (with color-scheme), nothing to set.
  pico(doc) {
    expect(getComputedStyle(doc.documentElement).colorScheme).to.match(doc.documentElement.dataset.theme == 'dark' ? /dark/ : /light|normal/);
  },
  // Only the brand colour set: a dark label on the turquoise.
  bulma(doc) {
    expect(luminance(toRGBA(getComputedStyle(part(doc, 'wcit-sign-button', 'label')).color, doc))).to.be.below(0.05);
  },
  // A compact sidebar.
  classic(doc) {
    const sidebar = doc.querySelector('.sidebar wcit-signatories')!;
    expect(getComputedStyle(sidebar).fontSize).to.equal('14px');
    expect(getComputedStyle(sidebar).getPropertyValue('--wcit-spacing').trim()).to.equal('0.5em');
  },
};

/** Per page: the lowest text and focus-ring contrast measured, over schemes, directions and widths. */
const minima: Record<string, { text: number; ring: number; ringOutline: number }> = {};

function record(page: string, kind: 'text' | 'ring' | 'ringOutline', value: number) {
  const m = (minima[page] ??= { text: Infinity, ring: Infinity, ringOutline: Infinity });
  m[kind] = Math.min(m[kind], value);
}

/** Every element in `root`'s shadow trees (the elements' insides), depth first. */
function* shadowElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      for (const inner of el.shadowRoot.querySelectorAll('*')) yield inner;
      yield* shadowElements(el.shadowRoot);
    }
  }
}

/** Elements that carry visible text of their own (a non-blank text node child), skipping what only screen readers get. */
function textElements(host: Element): Element[] {
  return [...shadowElements(host.parentNode!)].filter((el) => {
    if (!host.shadowRoot!.contains(el) || el.closest('.visually-hidden, option, [hidden]')) return false;
    if (![...el.childNodes].some((n) => n.nodeType == Node.TEXT_NODE && n.textContent!.trim())) return false;
    const style = getComputedStyle(el);
    return style.visibility == 'visible' && style.display != 'none' && el.getClientRects().length > 0;
  });
}

/** The first colour in a computed `box-shadow` (Chromium writes it first, Firefox too). */
function shadowColor(boxShadow: string, doc: Document): RGBA | undefined {
  const m = /^(?:rgba?|color|oklch|oklab)\([^)]*\)|^#\w+/.exec(boxShadow);
  return m ? toRGBA(m[0], doc) : undefined;
}

async function load(frame: HTMLIFrameElement, url: string): Promise<Document> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => [...doc.querySelectorAll(TAGS)].every((el) => el.getAttribute('state') == 'ready' && el.shadowRoot?.childElementCount),
    `${url}: the elements never showed the feed`,
    { timeout: 15000 },
  );
  // Every element rendered (Lit) and every font in use ready before measuring.
  await Promise.all([...doc.querySelectorAll(TAGS)].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await doc.fonts.ready;
  return doc;
}

for (const page of PAGES) {
  describe(`gallery: ${page}`, function () {
    this.timeout(60000);
    for (const theme of ['light', 'dark']) {
      for (const dir of ['ltr', 'rtl']) {
        it(`reads well ${theme}, ${dir}, at ${WIDTHS.join(' and ')} px`, async () => {
          const frame = await fixture<HTMLIFrameElement>(html`<iframe title="gallery page" style="border: 0; height: 900px"></iframe>`);
          frame.style.width = `${WIDTHS[0]}px`;
          const params = new URLSearchParams({ ...(theme == 'dark' ? { theme } : {}), ...(dir == 'rtl' ? { dir } : {}) });
          // Bootstrap's RTL build is a page of its own (its CSS differs), already in Arabic.
          const file = page == 'bootstrap' && dir == 'rtl' ? 'bootstrap-rtl' : page;
          if (file != page) params.delete('dir');
          const doc = await load(frame, `/demo/gallery/${file}.html?${params}`);
          const win = frame.contentWindow!;
          const where = (width: number) => `${page} ${theme} ${dir} ${width}px`;
          const pageBg = backgroundBehind(doc.body);
          expect(luminance(pageBg) < 0.2, `${where(WIDTHS[0])}: the page is ${theme}`).to.equal(theme == 'dark');
          const hosts = [...doc.querySelectorAll(TAGS)];
          RECIPES[page]!(doc);

          for (const width of WIDTHS) {
            frame.style.width = `${width}px`;
            await waitUntil(() => win.innerWidth == width, 'the frame never took its width');
            const at = where(width);

            // No horizontal overflow, on the page or inside an element.
            expect(doc.documentElement.scrollWidth, `${at}: page scrolls sideways`).to.be.at.most(width);
            for (const host of hosts) {
              const box = host.getBoundingClientRect();
              expect(box.left, `${at}: ${host.localName} starts off screen`).to.be.at.least(-0.5);
              expect(box.right, `${at}: ${host.localName} ends off screen`).to.be.at.most(width + 0.5);
            }

            // Text: every piece at least 4.5:1 against what is behind it.
            for (const host of hosts) {
              for (const el of textElements(host)) {
                const ratio = textContrast(el);
                record(page, 'text', ratio);
                expect(ratio, `${at}: "${el.textContent!.trim().slice(0, 40)}" in ${host.localName} (${el.localName}, ${getComputedStyle(el).color})`).to.be.at.least(4.5);
              }
            }

            // The sign button's label and count: one line, or two centred ones.
            for (const button of doc.querySelectorAll('wcit-sign-button[show-count]')) {
              const [label, count] = ['label', 'count'].map((name) => button.shadowRoot!.querySelector(`[part=${name}]`)!.getBoundingClientRect());
              if (Math.abs(label!.top - count!.top) > 2) {
                const centre = (r: DOMRect) => r.left + r.width / 2;
                expect(Math.abs(centre(label!) - centre(count!)), `${at}: label and count centred on their lines`).to.be.below(2);
              }
            }

            // Fields: no bright box on a dark page (or the reverse).
            for (const field of [...shadowElements(doc)].filter((el) => el.matches('input, select'))) {
              const bg = backgroundBehind(field);
              expect(contrast(bg, pageBg), `${at}: ${field.localName} background ${bg} on the page's ${pageBg}`).to.be.below(1.5);
            }
          }

          // Focus rings (at the last width): ≥ 3:1 against what is behind the ring.
          frame.focus();
          for (const el of [...shadowElements(doc)].filter((e) => e.matches(FOCUSABLE)) as HTMLElement[]) {
            el.focus();
            expect(el.matches(':focus-visible'), `${el.localName} shows focus`).to.be.true;
            const style = getComputedStyle(el);
            expect(style.outlineStyle, `${el.localName}: a solid ring`).to.equal('solid');
            expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
            const behind = backgroundBehind(el, true);
            const ring = contrast(toRGBA(style.outlineColor, doc), behind);
            const band = shadowColor(style.boxShadow, doc);
            const best = Math.max(ring, band ? contrast(band, behind) : 0);
            record(page, 'ringOutline', ring);
            record(page, 'ring', best);
            expect(ring, `${where(WIDTHS.at(-1)!)}: focus ring of ${el.localName} "${el.textContent!.trim().slice(0, 30)}" (${style.outlineColor})`).to.be.at.least(3);
          }
          if (doc.activeElement instanceof HTMLElement) doc.activeElement.blur();

          // axe, inside the page, on the elements.
          if (!('axe' in win)) {
            const script = doc.createElement('script');
            script.src = '/node_modules/axe-core/axe.min.js';
            const ready = new Promise((resolve) => script.addEventListener('load', resolve));
            doc.head.append(script);
            await ready;
          }
          const axe = (win as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
          const { violations } = await axe.run({ include: hosts.map((h) => [h.localName]) }, { resultTypes: ['violations'] });
          expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), `${where(WIDTHS[0])}: axe`).to.deep.equal([]);

          if (dir == 'rtl') {
            // Arabic names a person's organisation after an Arabic comma.
            const row = [...shadowElements(doc)].find((e) => e.matches('li') && e.querySelector('[part=affiliation]'));
            expect(row?.textContent).to.contain('، ');
          }
        });
      }
    }
  });
}

after(() => {
  const rows = Object.entries(minima).map(([page, m]) => `${page.padEnd(10)} text ${m.text.toFixed(2)}  focus ring ${m.ring.toFixed(2)} (outline alone ${m.ringOutline.toFixed(2)})`);
  if (rows.length) console.log(`Gallery contrast minima (${navigator.userAgent.match(/(Firefox|Chrome)\/\d+/)?.[0]}):\n${rows.join('\n')}`);
});
