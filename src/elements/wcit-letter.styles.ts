import { css } from 'lit';

/**
 * The letter reads like the page's own text: font and colour are inherited
 * (baseStyles); only rhythm, the title's face and the accent are the
 * webmaster's to tune. Sizes do not follow `heading-level`: the level is for
 * the page's outline, not for looks.
 */
export const letterStyles = css`
  article,
  [part='placeholder'] {
    max-inline-size: var(--wcit-max-width, none);
  }
  article > *,
  #rest > * {
    margin-block: 0 var(--wcit-spacing, 1em);
  }
  [part='title'] {
    font-family: var(--wcit-title-font, inherit);
    font-size: var(--wcit-title-size, 1.5em);
    line-height: 1.2;
  }
  [part='heading'] {
    font-size: 1.15em;
  }
  [part='toggle'] {
    display: block;
    margin-block: 0 var(--wcit-spacing, 1em);
  }
  /* Loading: a few text-like bars in about the letter's space, so the page
     does not jump. Borders, not backgrounds: forced colours keep them. */
  [part='placeholder'] {
    display: flex;
    flex-direction: column;
    gap: 0.9em;
    min-block-size: 12em;
  }
  [part='placeholder'] span:not(.visually-hidden) {
    border-block-start: 1em solid;
    opacity: 0.12;
    animation: wcit-pulse 1.2s ease-in-out infinite alternate;
  }
  [part='placeholder'] span:nth-child(2) {
    border-block-start-width: 1.5em;
    inline-size: 60%;
  }
  [part='placeholder'] span:last-child {
    inline-size: 40%;
  }
  @keyframes wcit-pulse {
    to {
      opacity: 0.05;
    }
  }
  @media (forced-colors: active) {
    [part='placeholder'] span:not(.visually-hidden) {
      border-color: GrayText;
      opacity: 1;
    }
  }
  /* Paper has no button: print the whole letter. */
  @media print {
    #rest {
      display: block;
      content-visibility: visible;
    }
    [part='toggle'] {
      display: none;
    }
  }
`;
