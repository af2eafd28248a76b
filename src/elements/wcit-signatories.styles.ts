import { css } from 'lit';

/**
 * A list that reads like the page's own text (font and colour inherited by
 * baseStyles); the controls and buttons take the page's font too. Logical
 * properties only, so right-to-left pages mirror by themselves.
 */
export const signatoriesStyles = css`
  [part='signatories'] > *,
  [part='controls'] > * {
    margin-block: 0 var(--wcit-spacing, 1em);
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  /* The fields shrink with a narrow column (200 % text on a phone): a search
     input's own width is some 20 characters, wider than the screen there. */
  label {
    display: flex;
    flex-direction: column;
    max-inline-size: 100%;
  }
  input,
  select {
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* The menu's choices keep the system's colours, which are readable in the
     scheme the page declares (the field itself takes the page's colour). */
  option {
    color: CanvasText;
    background: Canvas;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    margin-block-end: 0.25em;
  }
  [part='affiliation'],
  [part='country'] {
    color: var(--wcit-secondary-color, inherit);
  }
  progress {
    display: block;
    inline-size: 100%;
    accent-color: var(--wcit-accent, auto);
  }
  /* Loading: one faint bar per line, about the list's space, so the page does
     not jump. A border, not a background: forced colours keep it. */
  [part='placeholder'] {
    min-block-size: 6em;
    border-block-start: 1em solid;
    opacity: 0.1;
  }
  /* Compact: exactly the count's line and the space after it, so nothing
     moves when it arrives (the goal's bar, if the feed has one, is not known yet). */
  .compact {
    min-block-size: 1lh;
    border: 0;
    margin-block-end: var(--wcit-spacing, 1em);
  }
  @media (forced-colors: active) {
    [part='placeholder'] {
      border-color: GrayText;
    }
  }
`;
