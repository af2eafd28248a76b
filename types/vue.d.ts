// Vue 3: `<wcit-letter>`, `<wcit-signatories>` and `<wcit-sign-button>` as
// GlobalComponents, as Vue's guide types custom elements (DefineCustomElement:
// Vue's HTML attributes and the element's props in `$props`, its events in
// `$emit`, so `@wcit-load` is typed and strictTemplates accepts `id`, `class`
// …). Props and events come from the manifest, through ./jsx.d.ts (generated).
// custom-element-vuejs-integration is not used: its types fail strictTemplates
// (no HTML attributes; events as `onwcit-load` props, which Vue never binds).
// Use: `import type {} from 'wcit-embed/vue';` once in the app, and tell Vue's
// compiler that `wcit-` tags are custom elements (isCustomElement).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WcitLetter, WcitSignButton, WcitSignatories } from '../dist/index.js';
import type { WcitLetterProps, WcitSignButtonProps, WcitSignatoriesProps } from './jsx.js';

/** The element's generated props, less its `on…` event props. */
type Props<P> = { [K in keyof P as K extends `on${string}` ? never : K]: P[K] };
/** Its events, from the generated `onwcit-…` props: `{ 'wcit-load': (e: CustomEvent<…>) => void }`. */
type Events<P> = { [K in keyof P as K extends `on${infer Name}` ? Name : never]-?: NonNullable<P[K]> };

type DefineCustomElement<Element extends HTMLElement, P> = new () => Element & {
  $props: HTMLAttributes & Partial<Props<P>> & PublicProps;
  $emit: EmitFn<Events<P>>;
};

declare module 'vue' {
  interface GlobalComponents {
    'wcit-letter': DefineCustomElement<WcitLetter, WcitLetterProps>;
    'wcit-signatories': DefineCustomElement<WcitSignatories, WcitSignatoriesProps>;
    'wcit-sign-button': DefineCustomElement<WcitSignButton, WcitSignButtonProps>;
  }
}
