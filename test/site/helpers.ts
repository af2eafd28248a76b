// What the site's browser tests share: open a page of the built site (served
// under /site/ by test/server/site-server.mjs) in an iframe or paste a
// snippet into a blank one, wait for its
// elements to settle, read what it logged, and run axe inside it.
import { waitUntil } from '@open-wc/testing';

type SiteWindow = Window & { __siteLog?: string[]; axe?: { run(context: unknown, options?: unknown): Promise<AxeResults> } };
interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** Opens `path` (e.g. /site/states.html) in an iframe of the given size; resolves once it has loaded. */
export async function openPage(path: string, { width = 1280, height = 900 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0;`;
  frame.title = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * `html` pasted into a blank page (in an iframe of the given size, with
 * `head` in its head: a CSP, the site's stylesheet), as a webmaster pastes a
 * snippet; the page records its log (`unexpectedLog`), CSP refusals included.
 */
export async function pasteIntoBlankPage(html: string, { height = 900, head = '' } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: 900px; height: ${height}px`;
  frame.title = 'a blank page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>${head}<script src="/site/__recorder.js"></script></head><body>\n${html}\n</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** sha384 of a served file, as an `integrity` value (computed here, apart from the site's build, so the two can disagree). */
export async function integrityOf(url: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

export const windowOf = (frame: HTMLIFrameElement) => frame.contentWindow as SiteWindow;

/** Every wcit-* element in a document (not those inside templates). */
export const elementsIn = (doc: Document): HTMLElement[] =>
  [...doc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('wcit-'));

/**
 * Waits until every element has left `loading`, except those whose `src`
 * matches `stillLoading` (a request the page holds open on purpose).
 */
export async function settled(doc: Document, stillLoading?: RegExp): Promise<HTMLElement[]> {
  const elements = elementsIn(doc);
  await waitUntil(
    () => elements.every((el) => (stillLoading?.test(el.getAttribute('src') ?? '') ? true : ['ready', 'error'].includes(el.getAttribute('state') ?? ''))),
    `elements still loading in ${doc.location.pathname}: ${elements.filter((el) => el.getAttribute('state') !== 'ready').map((el) => `${el.localName}[src=${el.getAttribute('src')}]=${el.getAttribute('state')}`).join(', ')}`,
    { timeout: 15000 },
  );
  return elements;
}

/** What the page logged (console errors and warnings, uncaught errors, failed loads), minus what `expected` allows. */
export const unexpectedLog = (frame: HTMLIFrameElement, expected?: RegExp): string[] =>
  (windowOf(frame).__siteLog ?? ['(the page has no log recorder: was it served by the site server?)']).filter((line) => !expected?.test(line));

/** Runs axe (every rule, as `expect(el).to.be.accessible()` does) inside the page; returns its violations, readable. */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = windowOf(frame);
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(doc);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
