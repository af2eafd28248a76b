import { css } from 'lit';

/**
 * What all three elements share: they inherit the page's font and colour so
 * they look native; spacing, radius and accent come from `--wcit-*` custom
 * properties with fallbacks; focus stays visible in forced-colours mode;
 * motion stops for readers who ask for less.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--wcit-link-color, inherit);
  }
  :focus-visible {
    outline: 2px solid var(--wcit-focus-color, var(--wcit-accent, #0b57d0));
    outline-offset: 2px;
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
