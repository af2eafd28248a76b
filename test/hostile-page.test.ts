// dist/wcit.js on member pages that make life hard: a Content-Security-Policy
// with Trusted Types, with and without Lit's policy allowed. Each page is a
// same-origin iframe served with its own CSP header by the test feed host
// (/api/page); it records what the console says. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';

type Page = Window & { said: string[]; loaded?: boolean };

async function page(csp: string): Promise<{ win: Page; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = `/api/page?csp=${encodeURIComponent(csp)}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as Page | null)?.loaded, 'the page did not load', { timeout: 10000 });
  return { win: frame.contentWindow as Page, doc: frame.contentDocument!, frame };
}

describe('a member page with Trusted Types (require-trusted-types-for \'script\')', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('with the policy lit-html allowed, the elements work', async () => {
    const p = await page("require-trusted-types-for 'script'; trusted-types lit-html");
    frame = p.frame;
    for (const tag of ['wcit-letter', 'wcit-signatories', 'wcit-sign-button']) {
      const el = p.doc.querySelector(tag)!;
      await waitUntil(() => el.getAttribute('state') === 'ready', `${tag}: ${el.getAttribute('state')}; ${p.win.said}`, { timeout: 5000 });
    }
    expect(p.win.said.filter((s) => /violation|uncaught/.test(s))).to.deep.equal([]);
  });

  it('without it, the fallback stays and the console names the policy to allow', async () => {
    const p = await page("require-trusted-types-for 'script'; trusted-types 'none'");
    frame = p.frame;
    // The browser's own error names the policy (the README says where to add it).
    await waitUntil(() => p.win.said.some((s) => s.startsWith('uncaught:')), `console: ${p.win.said}`, { timeout: 5000 });
    const advice = p.win.said.find((s) => s.startsWith('uncaught:'))!;
    expect(advice).to.contain('lit-html');
    for (const el of p.doc.querySelectorAll('.fallback')) expect((el as HTMLElement).offsetHeight, el.textContent!).to.be.above(0);
  });
});

describe('a member page whose Content-Security-Policy does not let it fetch the feed (connect-src)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  // The loader could tell the block apart with a securitypolicyviolation
  // listener; that cost ~120 B of the bundle, so the message names the policy
  // among the causes instead of blaming the host alone.
  it('names the page\'s policy among the causes, and keeps the fallback', async () => {
    const p = await page("connect-src 'none'");
    frame = p.frame;
    const el = p.doc.querySelector('wcit-letter')!;
    await waitUntil(() => el.getAttribute('state') === 'error', `state ${el.getAttribute('state')}`, { timeout: 5000 });
    const said = p.win.said.find((s) => s.startsWith('wcit-embed: The feed'))!;
    expect(said).to.contain("this page's Content-Security-Policy (connect-src) blocks it");
    expect((p.doc.querySelector('wcit-letter .fallback') as HTMLElement).offsetHeight).to.be.above(0);
  });
});
