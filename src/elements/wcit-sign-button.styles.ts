import { css } from 'lit';

/**
 * A link that looks like a button in the member's accent colour. Sizes scale
 * the font, so padding (in `em`) follows. Hover underlines and active darkens:
 * cues that do not rest on colour alone, and survive forced colours.
 * The label is white or black, whichever reads on the accent
 * (`--_on`); the outline variant's text and border are the
 * accent made readable on the page (`--_ink`). The label's colour sits on the
 * link's children, not on the link: the link keeps the page's colour, so its
 * focus ring is the readable accent with a band of the page's opposite
 * between it and the button. Label and count wrap as two centred, balanced
 * lines when they do not fit on one.
 */
export const signButtonStyles = css`
  /* The label on the accent: white or black, whichever contrasts more with
     it (at worst 4.58:1): what contrast-color() does, written as the shared
     styles' --_opp is, with relative colours, for the browsers of the support
     policy that predate contrast-color() (older Chrome and Edge, Firefox ESR 140). */
  :host {
    --_a: var(--wcit-accent, #0b57d0);
    --_on: color(from var(--_a) xyz-d65 calc(.9505*clamp(0,(.179 - y)*1e5,1)) clamp(0,(.179 - y)*1e5,1) calc(1.089*clamp(0,(.179 - y)*1e5,1)));
  }
  [part~='button'] {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.25em 0.6em;
    padding: 0.55em 1.2em;
    border: 2px solid var(--_a);
    border-radius: var(--wcit-radius, 0.375em);
    background: var(--_a);
    color: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-wrap: balance;
    text-decoration: none;
    transition: filter 0.15s;
  }
  [part~='button'] > * {
    color: var(--wcit-accent-contrast, var(--_on));
  }
  a:focus-visible {
    outline-color: var(--wcit-focus-color, var(--_ink));
  }
  :host([variant='outline']) a {
    background: none;
    border-color: var(--_ink);
  }
  :host([variant='outline']) a > * {
    color: var(--_ink);
  }
  :host([size='small']) [part~='button'] {
    font-size: 0.875em;
  }
  :host([size='large']) [part~='button'] {
    font-size: 1.25em;
  }
  a:hover > * {
    text-decoration: underline;
  }
  a:active {
    filter: brightness(0.85);
  }
  .placeholder {
    visibility: hidden;
  }
  [part='count'] {
    font-weight: 400;
  }
  [part='closed'] {
    margin: 0;
  }
  @media (forced-colors: active) {
    a {
      border-color: LinkText;
    }
  }
`;
