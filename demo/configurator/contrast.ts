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

/**
 * The colour nearest to `colour` (mixed toward black or white, whichever
 * direction gets there first) that reaches `ratio` against `background`;
 * undefined when neither does.
 */
export function nearestReaching(colour: Rgb, background: Rgb, ratio: number): Rgb | undefined {
  if (contrast(colour, background) >= ratio) return colour;
  const mix = (toward: Rgb, t: number) => colour.map((c, i) => c + (toward[i] - c) * t) as Rgb;
  for (let step = 1; step <= 100; step++) {
    for (const toward of [BLACK, WHITE]) {
      const candidate = mix(toward, step / 100).map(Math.round) as Rgb;
      if (contrast(candidate, background) >= ratio) return candidate;
    }
  }
  return undefined;
}
