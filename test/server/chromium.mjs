// Which Chromium the tests and the benchmark drive: $CHROME_PATH, then an
// installed Chrome or Chromium, then the Linux x64 build shipped inside the
// @sparticuz/chromium npm package, so a fresh machine with no browser works.
// Puppeteer's own browser download is never used: it cannot run here.
import { existsSync } from 'node:fs';

export const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

/** `{ path, from, headless }`: `from` says which of the three it is; the packaged build is a headless shell, which puppeteer must be told. */
export async function findChromium() {
  const installed = firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]);
  if (installed) return { path: installed, from: installed === process.env.CHROME_PATH ? 'CHROME_PATH' : 'installed', headless: true };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), from: '@sparticuz/chromium', headless: 'shell' };
}

/** That Chromium, launched by puppeteer, for the scripts that drive a whole browser (benchmarks, screenshots). */
export async function launchChromium() {
  const [{ default: puppeteer }, chromium] = await Promise.all([import('puppeteer-core'), findChromium()]);
  return puppeteer.launch({ executablePath: chromium.path, headless: chromium.headless, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
