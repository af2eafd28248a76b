/* global document */
// Screenshots of the site's front door (issue #24): the home page and the
// configurator at 1,280 and 390 px wide, the first screen of each and the
// whole page, from the built site (`npm run build:site`, site-dist/) served
// locally, and the configurator scrolled down to its colours. Written to
// screenshots/ (git-ignored), for a person to look at: the configurator's
// preview beside its controls at 1,280; at 390, right under the heading and
// kept at the top of the screen above the controls as they scroll.
//   node test/bench/screens.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../server/chromium.mjs';
import { root, serve, siteFiles } from './serve.mjs';

const out = resolve(root, 'screenshots');
mkdirSync(out, { recursive: true });
const PAGES = { home: '/', configurator: '/configurator.html' };
const VIEWPORTS = [
  [1280, 800],
  [390, 844],
];

const server = await serve(siteFiles(), { cacheControl: 'max-age=600' });
const browser = await launchChromium();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [width, height] of VIEWPORTS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
      // A person's first move: the configurator's first, pre-rendered preview becomes the live one.
      await page.mouse.move(width / 2, 20);
      // Every element of the page and of its preview has its feed, and the feed check has answered.
      await page.waitForFunction(
        () => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
          const elements = docs.flatMap((d) => [...d.querySelectorAll('*')].filter((el) => el.localName.startsWith('wcit-')));
          return elements.every((el) => ['ready', 'error'].includes(el.getAttribute('state'))) && !/Checking the feed/.test(document.querySelector('#feed-check')?.textContent ?? '');
        },
        { timeout: 30000, polling: 100 },
      );
      for (const full of [false, true]) {
        const file = resolve(out, `${name}-${width}${full ? '-full' : ''}.png`);
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
      }
      if (name === 'configurator') {
        // Scrolled down to the colours: the preview stays in view beside (or above) the controls that change it.
        await page.evaluate(() => document.querySelector('#accent').closest('fieldset').scrollIntoView());
        const file = resolve(out, `${name}-${width}-colours.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
