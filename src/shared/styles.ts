import { css } from 'lit';

/**
 * What all three elements share: they inherit the page's font and colour so
 * they look native; spacing, radius and accent come from `--wcit-*` custom
 * properties with fallbacks; focus stays visible in forced-colours mode;
 * motion stops for readers who ask for less.
 *
 * The accent stays readable whatever it is (CSS colour functions, no
 * script; text on the accent is the sign button's, see its styles).
 * `--_ink`, text (and the sign button's focus ring) in the accent on the
 * page, is the accent at an OKLCH lightness of at most 0.48 on a light page,
 * at least 0.76 on a dark one: ≥ 4.5:1 against white or #f5f5f5, #212529 or
 * darker, whatever the hue (test/gallery/accent.test.ts sweeps it). Whether
 * the page is dark is read from its text colour: `--_opp` is white on a light
 * page, black on a dark one. (It is what `contrast-color(currentColor)` gives,
 * white below the relative luminance 0.179, where white and black both read at
 * 4.58:1, written with relative colours, which every browser of the support
 * policy has: older Chrome and Edge and Firefox ESR 140 predate contrast-color();
 * `y` of XYZ is the luminance, and white is XYZ .9505 1 1.089.) A relative colour has one
 * origin, so the accent is mixed half and half with black made transparent
 * on a light page (alpha 1 - l), opaque on a dark one; the mix's alpha (½ or
 * 1) then says which page it is, and undoes the mix (premultiplied alpha:
 * channels × 2·alpha). Where the browser cannot, the text takes the page's
 * colour.
 */
export const baseStyles = css`
  /* Font, colour and line height need no rule: they inherit from the page,
     and a host rule would lose to the page's own rules anyway. */
  :host {
    display: block;
    /* A 10,000-letter word (or URL) wraps inside the element instead of widening the member's page. */
    overflow-wrap: anywhere;
    --_a: var(--wcit-accent, currentColor);
    /* Written tight: the minifier leaves custom properties' values as they are. */
    --_opp: color(from currentColor xyz-d65 calc(.9505*clamp(0,(.179 - y)*1e5,1)) clamp(0,(.179 - y)*1e5,1) calc(1.089*clamp(0,(.179 - y)*1e5,1)));
    --_ink: oklch(from color-mix(in oklab,var(--_a),oklab(from var(--_opp) 0 0 0/calc(1 - l))) clamp(1.52*alpha - .76,2*l*alpha,1.04*alpha - .04) calc(2*c*alpha) h/1);
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--wcit-link-color, inherit);
  }
  /* Buttons and fields belong to the page, light or dark, with or without
     color-scheme: its font and colour, no background of their own, a border
     in the text's colour; a button's text is the readable accent. */
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid;
    border-radius: var(--wcit-radius, 0.3em);
    padding: 0.3em 0.8em;
  }
  button {
    color: var(--_ink);
    cursor: pointer;
    overflow-wrap: inherit;
    max-width: 100%;
  }
  /* Two tones: the ring in the element's own text colour (readable on the
     page by construction: the page's link colour, the readable accent), and
     between it and the element a band of the opposite, white or black, so the
     ring stands apart from whatever it surrounds. */
  :focus-visible {
    outline: 2px solid var(--wcit-focus-color, currentColor);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_opp);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
