// React 19: `<wcit-letter>`, `<wcit-signatories>` and `<wcit-sign-button>` in
// React's JSX, with React's own HTML attributes and the elements' props and
// `onwcit-*` event props as generated from the manifest (./jsx.d.ts).
// Use: `import type {} from 'wcit-embed/react';` once in the app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WcitLetter } from '../dist/elements/wcit-letter.js';
import type { WcitSignButton } from '../dist/elements/wcit-sign-button.js';
import type { WcitSignatories } from '../dist/elements/wcit-signatories.js';
import type { WcitLetterProps, WcitSignButtonProps, WcitSignatoriesProps } from './jsx.js';

type ElementProps<T, Props> = DetailedHTMLProps<HTMLAttributes<T>, T> & Props;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wcit-letter': ElementProps<WcitLetter, WcitLetterProps>;
      'wcit-signatories': ElementProps<WcitSignatories, WcitSignatoriesProps>;
      'wcit-sign-button': ElementProps<WcitSignButton, WcitSignButtonProps>;
    }
  }
}
