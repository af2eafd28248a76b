// The brand-colour rule, swept over colours rather than sampled: with only
// `--wcit-accent` set, to any colour, text on the accent and text in the
// accent on the page reach 4.5:1, on light and dark pages alike.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { backgroundBehind, contrast, toRGBA } from './contrast.js';

/** Pages as sites make them: background and text colour. */
const PAGES = [
  ['#ffffff', '#000000'],
  ['#f5f5f5', '#333333'],
  ['#ffffff', '#212529'],
  ['#212529', '#dee2e6'],
  ['#0f172a', '#e2e8f0'],
  ['#000000', '#ffffff'],
];

/** Accents a site can have (sRGB, as brand colours are): 24 hues, full and half saturation, lightness 20–90 %, the greys, some brands. */
const ACCENTS = [
  ...[20, 30, 40, 50, 60, 70, 80, 90].flatMap((l) => [100, 50].flatMap((s) => Array.from({ length: 24 }, (_, i) => `hsl(${i * 15} ${s}% ${l}%)`))),
  ...['#000', '#333', '#767676', '#808080', '#999', '#ccc', '#fff', '#00d1b2', '#ffdd57', '#0b57d0', '#00ff00', '#ff0000'],
];

describe('the accent colour', () => {
  for (const [bg, fg] of PAGES) {
    it(`stays readable on a page of ${fg} on ${bg}, for ${ACCENTS.length} accents`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="background: ${bg}; color: ${fg}; padding: 8px">
        <wcit-sign-button href="https://example.org/sign">Sign</wcit-sign-button>
        <wcit-sign-button href="https://example.org/sign" variant="outline">Sign</wcit-sign-button>
      </div>`);
      const [solid, outline] = [...page.querySelectorAll('wcit-sign-button')].map((el) => el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!);
      let worst = { on: Infinity, ink: Infinity, ring: Infinity };
      for (const accent of ACCENTS) {
        page.style.setProperty('--wcit-accent', accent);
        const on = contrast(toRGBA(getComputedStyle(solid!).color), backgroundBehind(solid!));
        const ink = contrast(toRGBA(getComputedStyle(outline!).color), backgroundBehind(outline!));
        const link = solid!.parentElement!;
        link.focus();
        const ring = contrast(toRGBA(getComputedStyle(link).outlineColor), backgroundBehind(link, true));
        expect(on, `label on ${accent}`).to.be.at.least(4.5);
        expect(ink, `${accent} as text on ${bg}`).to.be.at.least(4.5);
        expect(ring, `${accent} focus ring on ${bg}`).to.be.at.least(3);
        worst = { on: Math.min(worst.on, on), ink: Math.min(worst.ink, ink), ring: Math.min(worst.ring, ring) };
      }
      console.log(`${fg} on ${bg}: worst label on accent ${worst.on.toFixed(2)}, accent text ${worst.ink.toFixed(2)}, focus ring ${worst.ring.toFixed(2)}`);
    });
  }
});
