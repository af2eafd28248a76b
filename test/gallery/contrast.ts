// Measured contrast, as WCAG 2 defines it, of what a reader actually sees:
// colours as the browser resolves them (any syntax: oklch(), color-mix(),
// relative colours, system colours) and the background actually behind a
// piece of text, found by walking up from it, through shadow roots to their
// hosts, compositing translucent backgrounds until an opaque one.
import { contrast as wcagContrast, luminance as wcagLuminance, type Rgb } from '../../demo/configurator/contrast.js';

export type RGBA = [r: number, g: number, b: number, a: number];

const canvases = new WeakMap<Document, CanvasRenderingContext2D>();

/** Any CSS colour the document's browser understands, as 8-bit sRGB and alpha 0–1 (a canvas resolves it, gamut-mapped as it is painted). */
export function toRGBA(color: string, doc: Document = document): RGBA {
  let ctx = canvases.get(doc);
  if (!ctx) {
    const canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    canvases.set(doc, ctx);
  }
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data as unknown as number[];
  // Unpremultiplied by the canvas already; alpha back to 0–1.
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
}

/** WCAG 2 relative luminance of an opaque sRGB colour (the configurator's formula). */
export const luminance = (c: RGBA): number => wcagLuminance(c.slice(0, 3) as Rgb);

/** WCAG 2 contrast ratio (1–21) of two opaque colours: the configurator's own formula, so the tests measure what it reports. */
export const contrast = (a: RGBA, b: RGBA): number => wcagContrast(a.slice(0, 3) as Rgb, b.slice(0, 3) as Rgb);

/** The parent in the flat tree as far as backgrounds go: the parent element, or a shadow root's host. */
function up(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/**
 * The opaque colour behind `el` (including `el`'s own background unless
 * `exclusive`): translucent backgrounds composited over what is behind them,
 * down to the first opaque one; the canvas (white, or the root's
 * `color-scheme` dark canvas) at the bottom.
 */
export function backgroundBehind(el: Element, exclusive = false): RGBA {
  const doc = el.ownerDocument;
  const layers: RGBA[] = [];
  for (let node: Element | null = exclusive ? up(el) : el; node; node = up(node)) {
    const layer = toRGBA(getComputedStyle(node).backgroundColor, doc);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  let color: RGBA = layers.at(-1)?.[3] === 1 ? layers.pop()! : canvasColor(doc);
  for (const layer of layers.reverse()) color = over(layer, color);
  return color;
}

/** The canvas under everything: white, or dark when the root's `color-scheme` is dark. */
function canvasColor(doc: Document): RGBA {
  const probe = doc.createElement('div');
  probe.style.background = 'Canvas';
  doc.documentElement.append(probe);
  const color = toRGBA(getComputedStyle(probe).backgroundColor, doc);
  probe.remove();
  return color;
}

/** Contrast of `el`'s text colour (composited, if translucent) with the background behind it. */
export function textContrast(el: Element): number {
  const bg = backgroundBehind(el);
  return contrast(over(toRGBA(getComputedStyle(el).color, el.ownerDocument), bg), bg);
}
