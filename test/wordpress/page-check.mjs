// What a visitor sees on one WordPress page, in a real browser: every
// <wcit-*> element ready, the letter once, the count, the sign link, no CSS
// shown as text, no console error, no failed request. Bounded: each page
// gets PAGE_MS, whatever happens.
/* global document, getComputedStyle -- inside the browser's evaluate() */
import puppeteer from 'puppeteer-core';
import { findChromium } from '../server/chromium.mjs';

const PAGE_MS = 30_000;
/** Starting a browser on a loaded 2-core machine can take long (Firefox's BiDi session above all). */
const LAUNCH_MS = 90_000;

/**
 * Launches Chromium, and Firefox ESR when `firefox` names it; returns
 * { browsers: [{ name, browser }], failed: [[name, error]] }.
 */
export async function launchBrowsers({ firefox }) {
  const chromium = await findChromium();
  const browsers = [
    {
      name: 'Chromium',
      browser: await puppeteer.launch({
        executablePath: chromium.path,
        headless: chromium.headless,
        // Root (CI) cannot use Chromium's sandbox.
        args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
        timeout: LAUNCH_MS,
        protocolTimeout: LAUNCH_MS,
      }),
    },
  ];
  const failed = [];
  if (firefox) {
    try {
      browsers.push({
        name: 'Firefox',
        browser: await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, timeout: LAUNCH_MS, protocolTimeout: LAUNCH_MS }),
      });
    } catch (error) {
      failed.push(['Firefox', error]);
    }
  }
  return { browsers, failed };
}

/**
 * Opens `url` and reports what a visitor gets: the problems seen (console,
 * requests), the elements, the requests made, the visible text and links.
 */
export async function checkPage(browser, url) {
  const problems = [];
  const page = await browser.newPage();
  const requests = [];
  page.on('console', (m) => {
    // The block theme has no favicon, and php -S answers 404: not the plugin's concern.
    if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) problems.push(`console error: ${m.text()} (${m.location()?.url ?? 'no URL'})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => {
    // The block theme's favicon is not a concern of the plugin's.
    if (!r.url().endsWith('/favicon.ico')) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_MS });
    const tags = await page.evaluate(() => [...document.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].map((e) => e.localName));
    if (tags.length) {
      await page
        .waitForFunction(() => [...document.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].every((e) => e.getAttribute('state') === 'ready'), { timeout: PAGE_MS })
        .catch(async () => {
          const states = await page.evaluate(() => [...document.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].map((e) => `${e.localName}=${e.getAttribute('state')}`));
          problems.push(`not every element reached ready: ${states.join(', ')}`);
        });
    }
    const seen = await page.evaluate(() => {
      // The text a visitor sees: shadow roots and slotted content, hidden parts left out.
      const links = [];
      const flat = (node) => {
        if (node.nodeType === 3) return node.data;
        if (node.nodeType === 1) {
          if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return '';
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden') return '';
          if (node.tagName === 'A' && node.href) links.push(node.href);
          if (node.tagName === 'SLOT') return node.assignedNodes({ flatten: true }).map(flat).join(' ');
          if (node.shadowRoot) return [...node.shadowRoot.childNodes].map(flat).join(' ');
        } else if (node.nodeType !== 11 && node.nodeType !== 9) return '';
        return [...node.childNodes].map(flat).join(' ');
      };
      return { text: flat(document.body).replace(/\s+/g, ' '), links };
    });
    return { problems, tags, requests, ...seen };
  } catch (error) {
    problems.push(`the page did not load: ${error.message}`);
    return { problems, tags: [], requests, text: '', links: [] };
  } finally {
    await page.close().catch(() => {});
  }
}

/** The visitor's view against the feed: the letter once, the count (`expect.count`: the compact line or the list's heading), the sign link, no CSS as text. */
export function judge(seen, expect) {
  const problems = [...seen.problems];
  const letters = seen.text.split(expect.title).length - 1;
  if (letters !== 1) problems.push(`the letter's title is shown ${letters} times, not once`);
  if (!expect.count.some((c) => seen.text.includes(c))) problems.push(`the count ("${expect.count.join('" or "')}") is not shown`);
  if (!seen.links.some((href) => href.startsWith(expect.signUrl))) problems.push(`no sign link to ${expect.signUrl}`);
  const css = seen.text.match(/[^ ]*(:not\(:defined\)|min-block-size|@media \(scripting)[^ ]*/);
  if (css) problems.push(`CSS shown as text: ${css[0]}`);
  return problems;
}
