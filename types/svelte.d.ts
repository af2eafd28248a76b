// Svelte 5: `<wcit-letter>`, `<wcit-signatories>` and `<wcit-sign-button>` in
// Svelte's element typings, with Svelte's own HTML attributes and the
// elements' props and `onwcit-*` event attributes as generated from the
// manifest (./jsx.d.ts: Svelte 5 wires `onwcit-load` as React 19 does).
// Use: `import type {} from 'wcit-embed/svelte';` once in the app.
import type { HTMLAttributes } from 'svelte/elements';
import type { WcitLetter } from '../dist/elements/wcit-letter.js';
import type { WcitSignButton } from '../dist/elements/wcit-sign-button.js';
import type { WcitSignatories } from '../dist/elements/wcit-signatories.js';
import type { WcitLetterProps, WcitSignButtonProps, WcitSignatoriesProps } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'wcit-letter': HTMLAttributes<WcitLetter> & WcitLetterProps;
    'wcit-signatories': HTMLAttributes<WcitSignatories> & WcitSignatoriesProps;
    'wcit-sign-button': HTMLAttributes<WcitSignButton> & WcitSignButtonProps;
  }
}
