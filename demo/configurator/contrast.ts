/**
 * WCAG 2.x contrast, for the configurator's live colour check: text needs
 * 4.5:1 against what is behind it (1.4.3), a focus ring 3:1 (1.4.11).
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

export type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` → [r, g, b] in 0–255; undefined for anything else. */
export function parseHex(value: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG's definition, sRGB). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** Black or white, whichever reads better on `background`. */
export const readableOn = (background: Rgb): Rgb => (contrast(background, BLACK) > contrast(background, WHITE) ? BLACK : WHITE);

// OKLab (Björn Ottosson, https://bottosson.github.io/posts/oklab/), for the
// elements' own rule: text in the accent is drawn at an OKLCH lightness of at
// most 0.48 on a light page and at least 0.76 on a dark one (issue #15).

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.max(c, 0) ** (1 / 2.4) - 0.055);

/** sRGB → OKLab [L, a, b]. */
export function oklab([r8, g8, b8]: Rgb): [number, number, number] {
  const [r, g, b] = [r8, g8, b8].map(toLinear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab → sRGB, each channel clipped to the gamut (as browsers show an out-of-gamut colour). */
export function fromOklab([L, a, b]: [number, number, number]): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return rgb.map((c) => Math.min(255, Math.max(0, Math.round(fromLinear(c))))) as Rgb;
}

/** The colour the elements draw text in the accent with: its OKLCH lightness capped at 0.48 (light page) or raised to 0.76 (dark page). */
export function inkOf(accent: Rgb, darkPage: boolean): Rgb {
  const [L, a, b] = oklab(accent);
  const target = darkPage ? Math.max(L, 0.76) : Math.min(L, 0.48);
  return target === L ? accent : fromOklab([target, a, b]);
}
