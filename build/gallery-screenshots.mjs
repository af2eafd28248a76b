// `npm run gallery:screenshots`: pictures of the gallery (demo/gallery/) for
// the README, taken in Chromium through the dev server, so they show exactly
// what the gallery tests measure. Writes docs/gallery/<page>-<theme>.png
// (1,280 px wide, the top of the page) and <page>-360-rtl-dark.png (360 px,
// Arabic, dark: the block around the sign button).
/* global document */ // the page-side callbacks of page.evaluate run in the browser
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from '../test/server/chromium.mjs';

const PAGES = ['bootstrap', 'tailwind', 'wordpress', 'pico', 'bulma', 'classic'];
const SHOTS = [
  { suffix: 'light', query: '', width: 1280, height: 900 },
  { suffix: 'dark', query: '?theme=dark', width: 1280, height: 900 },
  { suffix: '360-rtl-dark', query: '?theme=dark&dir=rtl', width: 360, height: 760, around: 'wcit-sign-button' },
];
const out = new URL('../docs/gallery/', import.meta.url);
mkdirSync(out, { recursive: true });

const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const name of PAGES) {
    for (const shot of SHOTS) {
      await page.setViewport({ width: shot.width, height: shot.height });
      // Bootstrap's RTL build is a page of its own.
      const rtlPage = name == 'bootstrap' && shot.query.includes('dir=rtl');
      const url = rtlPage ? `bootstrap-rtl.html${shot.query.replace(/&?dir=rtl/, '')}` : `${name}.html${shot.query}`;
      await page.goto(`${base}demo/gallery/${url}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].every((el) => el.getAttribute('state') == 'ready'),
      );
      await page.evaluate(() => document.fonts.ready);
      const file = new URL(`${name}-${shot.suffix}.png`, out);
      if (shot.around) {
        const block = await page.evaluateHandle((selector) => document.querySelector(selector).parentElement, shot.around);
        await block.screenshot({ path: file.pathname });
      } else await page.screenshot({ path: file.pathname });
      console.log(`wrote docs/gallery/${name}-${shot.suffix}.png`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
