import type {
  WcitLetter,
  WcitSignButton,
  WcitSignatories,
  WcitLoadDetail,
  WcitErrorDetail,
  WcitSignClickDetail,
} from "../dist/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type WcitLetterProps = {
  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  src?: WcitLetter["src"] | undefined;
  /** Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6. */
  "heading-level"?: WcitLetter["headingLevel"] | undefined;
  /** Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6. */
  headingLevel?: WcitLetter["headingLevel"] | undefined;
  /** Shows only the title and opening paragraph, with a button that reveals the rest in place. Print shows it all. */
  collapsed?: WcitLetter["collapsed"] | undefined;

  /** The feed was read; `detail.feed` is the parsed feed. Bubbles, composed. */
  "onwcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed. */
  "onwcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;
};

export type WcitLetterSolidJsProps = {
  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  "prop:src"?: WcitLetter["src"] | undefined;
  /** Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6. */
  "attr:heading-level"?: WcitLetter["headingLevel"] | undefined;
  /** Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6. */
  "prop:headingLevel"?: WcitLetter["headingLevel"] | undefined;
  /** Shows only the title and opening paragraph, with a button that reveals the rest in place. Print shows it all. */
  "prop:collapsed"?: WcitLetter["collapsed"] | undefined;
  /** The feed was read; `detail.feed` is the parsed feed. Bubbles, composed. */
  "on:wcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed. */
  "on:wcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type WcitSignButtonProps = {
  /** URL of the feed (absolute or relative to the page). */
  src?: WcitSignButton["src"] | undefined;
  /** The member's own (e.g. translated) sign-on page, instead of the feed's; absolute or relative to the page; only `https:`/`http:` URLs, anything else is ignored. */
  href?: WcitSignButton["href"] | undefined;
  /** `_blank` opens a new tab (with `rel="noopener noreferrer"`); anything else, the same tab. */
  target?: WcitSignButton["target"] | undefined;
  /** Attribution, off by default: when set, the link carries `?ref=VALUE` so the organiser sees which member sent a signer. */
  attribution?: WcitSignButton["attribution"] | undefined;
  /** The query parameter that carries `attribution`. */
  "ref-param"?: WcitSignButton["refParam"] | undefined;
  /** The query parameter that carries `attribution`. */
  refParam?: WcitSignButton["refParam"] | undefined;
  /** Shows the number of signatories next to the label. */
  "show-count"?: WcitSignButton["showCount"] | undefined;
  /** Shows the number of signatories next to the label. */
  showCount?: WcitSignButton["showCount"] | undefined;
  /** `small`, `medium` or `large`; anything else means `medium`. */
  size?: WcitSignButton["size"] | undefined;
  /** `solid` or `outline`; anything else means `solid`. */
  variant?: WcitSignButton["variant"] | undefined;

  /** Before navigation; bubbles, composed, cancelable; `detail.url` is the link's URL. `preventDefault()` stops the navigation. */
  "onwcit-sign-click"?:
    ((e: CustomEvent<WcitSignClickDetail>) => void) | undefined;
  /** The feed was read; `detail.feed` is the parsed feed. */
  "onwcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why. */
  "onwcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;
};

export type WcitSignButtonSolidJsProps = {
  /** URL of the feed (absolute or relative to the page). */
  "prop:src"?: WcitSignButton["src"] | undefined;
  /** The member's own (e.g. translated) sign-on page, instead of the feed's; absolute or relative to the page; only `https:`/`http:` URLs, anything else is ignored. */
  "prop:href"?: WcitSignButton["href"] | undefined;
  /** `_blank` opens a new tab (with `rel="noopener noreferrer"`); anything else, the same tab. */
  "prop:target"?: WcitSignButton["target"] | undefined;
  /** Attribution, off by default: when set, the link carries `?ref=VALUE` so the organiser sees which member sent a signer. */
  "prop:attribution"?: WcitSignButton["attribution"] | undefined;
  /** The query parameter that carries `attribution`. */
  "attr:ref-param"?: WcitSignButton["refParam"] | undefined;
  /** The query parameter that carries `attribution`. */
  "prop:refParam"?: WcitSignButton["refParam"] | undefined;
  /** Shows the number of signatories next to the label. */
  "bool:show-count"?: WcitSignButton["showCount"] | undefined;
  /** Shows the number of signatories next to the label. */
  "prop:showCount"?: WcitSignButton["showCount"] | undefined;
  /** `small`, `medium` or `large`; anything else means `medium`. */
  "prop:size"?: WcitSignButton["size"] | undefined;
  /** `solid` or `outline`; anything else means `solid`. */
  "prop:variant"?: WcitSignButton["variant"] | undefined;
  /** Before navigation; bubbles, composed, cancelable; `detail.url` is the link's URL. `preventDefault()` stops the navigation. */
  "on:wcit-sign-click"?:
    ((e: CustomEvent<WcitSignClickDetail>) => void) | undefined;
  /** The feed was read; `detail.feed` is the parsed feed. */
  "on:wcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why. */
  "on:wcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type WcitSignatoriesProps = {
  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  src?: WcitSignatories["src"] | undefined;
  /** One line with the count (and the goal's progress bar) instead of the list. */
  compact?: WcitSignatories["compact"] | undefined;
  /** List mode: show the first N signatories and a "Show all N" button (a positive integer; anything else means no limit). */
  limit?: WcitSignatories["limit"] | undefined;
  /** List mode: show the search box and country filter even for a short list (a list over 25 always has them). */
  searchable?: WcitSignatories["searchable"] | undefined;
  /** Re-check the feed every N seconds while the tab is visible (at least 30; 0, a bad value or over a day: never). */
  refresh?: WcitSignatories["refresh"] | undefined;

  /** The feed was read (also after a refresh found it changed); `detail.feed` is the parsed feed. Bubbles, composed. */
  "onwcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed. */
  "onwcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;
};

export type WcitSignatoriesSolidJsProps = {
  /** URL of the feed (absolute or relative to the page); none reads the default feed beside the script. */
  "prop:src"?: WcitSignatories["src"] | undefined;
  /** One line with the count (and the goal's progress bar) instead of the list. */
  "prop:compact"?: WcitSignatories["compact"] | undefined;
  /** List mode: show the first N signatories and a "Show all N" button (a positive integer; anything else means no limit). */
  "prop:limit"?: WcitSignatories["limit"] | undefined;
  /** List mode: show the search box and country filter even for a short list (a list over 25 always has them). */
  "prop:searchable"?: WcitSignatories["searchable"] | undefined;
  /** Re-check the feed every N seconds while the tab is visible (at least 30; 0, a bad value or over a day: never). */
  "prop:refresh"?: WcitSignatories["refresh"] | undefined;
  /** The feed was read (also after a refresh found it changed); `detail.feed` is the parsed feed. Bubbles, composed. */
  "on:wcit-load"?: ((e: CustomEvent<WcitLoadDetail>) => void) | undefined;
  /** The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed. */
  "on:wcit-error"?: ((e: CustomEvent<WcitErrorDetail>) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The coalition's letter, rendered as the page's own text: title, body
   * (paragraphs, headings, lists, with strong, emphasis and links) and closing,
   * in the language of the element (its `lang`, else the closest ancestor's,
   * else the feed's `defaultLanguage`). The `<article>` carries that language
   * and its direction, so Arabic or Urdu text reads right to left.
   *
   * Links in the letter open in the same tab; only `https:`, `http:` and
   * `mailto:` addresses become links. Feed text is always text, never HTML.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page); none reads the default feed beside the script.
   * - `heading-level`/`headingLevel`: Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6.
   * - `collapsed`: Shows only the title and opening paragraph, with a button that reveals the rest in place. Print shows it all.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-load`: The feed was read; `detail.feed` is the parsed feed. Bubbles, composed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content (e.g. a link to the letter), shown only when the feed cannot be loaded. A pre-rendered letter (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown instead of the placeholder, and is kept as it is when the live feed has the same text.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-letter', registry: CustomElementRegistry = customElements) => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-spacing`: Space after each block. (default: `1em`)
   * - `--wcit-title-font`: Font family of the title. (default: `inherit`)
   * - `--wcit-title-size`: Font size of the title. (default: `1.5em`)
   * - `--wcit-max-width`: Maximum inline size of the letter. (default: `none`)
   * - `--wcit-accent`: Text and border colour of the toggle button, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `inherit`)
   * - `--wcit-radius`: Corner radius of the toggle button. (default: `0.3em`)
   * - `--wcit-link-color`: Colour of links in the letter. (default: `inherit`)
   * - `--wcit-focus-color`: Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `letter`: The `<article>` holding the letter.
   * - `title`: The letter's title (`<h2>` by default; see `heading-level`).
   * - `heading`: A section heading inside the letter (one level below the title).
   * - `paragraph`: A paragraph of the body.
   * - `list`: A list (`<ul>` or `<ol>`).
   * - `item`: A list item.
   * - `link`: A link in the letter's text.
   * - `closing`: The closing line ("Sincerely,").
   * - `toggle`: The "Read the full letter" / "Show less" button (collapsed mode).
   * - `rest`: The part of the letter that the toggle shows and hides (collapsed mode).
   * - `placeholder`: The quiet placeholder shown while the feed loads ("Loading the letter…" in a status region).
   * - `error`: "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
   */
  "wcit-letter": Partial<WcitLetterProps & BaseProps<WcitLetter> & BaseEvents>;

  /**
   * The call to action that leads to the sign-on page: a real link (`<a href>`)
   * to the feed's `signOn.url`, labelled "Sign the letter" in the reader's
   * language, optionally with the count of signatories. After `signOn.closes`
   * it is no longer a link but a sentence saying when the sign-on closed (and
   * the element re-renders by itself at that instant if the page stays open).
   *
   * The light-DOM children serve twice. While there is a link to show, their
   * text (not their markup, so a member's own `<a>` never ends up nested in
   * ours) is the link's label, replacing "Sign the letter". When there is no
   * link to show (the feed failed, or has no `signOn`, and no `href` is set),
   * the children themselves are shown as they are: make them a plain link to
   * the sign-on page and the page stays useful. With `href` set, the link shows
   * in every state, even before the feed arrives or when it fails; a closed
   * sign-on in the feed still wins. While the feed loads with no `href`, an
   * invisible, unfocusable placeholder of the button's size holds its place.
   *
   * Privacy: no request but the feed's; `attribution` is off by default and
   * only adds the member's own value to the link, never anything about the
   * visitor. (Its first name, the `ref` attribute, still works in plain HTML
   * but is deprecated: React, Vue, Preact and Solid reserve `ref`.)
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page).
   * - `href`: The member's own (e.g. translated) sign-on page, instead of the feed's; absolute or relative to the page; only `https:`/`http:` URLs, anything else is ignored.
   * - `target`: `_blank` opens a new tab (with `rel="noopener noreferrer"`); anything else, the same tab.
   * - `attribution`: Attribution, off by default: when set, the link carries `?ref=VALUE` so the organiser sees which member sent a signer.
   * - `ref-param`/`refParam`: The query parameter that carries `attribution`.
   * - `show-count`/`showCount`: Shows the number of signatories next to the label.
   * - `size`: `small`, `medium` or `large`; anything else means `medium`.
   * - `variant`: `solid` or `outline`; anything else means `solid`.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-sign-click`: Before navigation; bubbles, composed, cancelable; `detail.url` is the link's URL. `preventDefault()` stops the navigation.
   * - `wcit-load`: The feed was read; `detail.feed` is the parsed feed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The link's label (its text is used, except a link marked `data-wcit`, whose text is ours and is said in the reader's language instead); shown as-is as fallback content when there is no link to show. A pre-rendered link (`<a data-wcit href>`, as `wcit-feed embed` writes it) makes the button live before the feed arrives.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-sign-button', registry: CustomElementRegistry = customElements) => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-accent`: The button's colour: its background (solid), or its text and border (outline), kept readable on the page: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `#0b57d0`)
   * - `--wcit-accent-contrast`: Text colour on the solid button; by default white or black, whichever reads better on the accent (at least 4.58:1). (default: `white or black`)
   * - `--wcit-radius`: Corner radius of the button. (default: `0.375em`)
   * - `--wcit-focus-color`: Focus ring colour (by default the label's colour, with a band of the opposite, black or white, inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: The link (and the invisible placeholder while loading).
   * - `label`: The label inside the link.
   * - `count`: The count inside the link, with `show-count`.
   * - `closed`: The sentence that replaces the link once the sign-on has closed.
   * - `error`: "Could not be loaded." (a status message), when the feed failed and there is no fallback content or `href`.
   */
  "wcit-sign-button": Partial<
    WcitSignButtonProps & BaseProps<WcitSignButton> & BaseEvents
  >;

  /**
   * Who signed the letter. By default, the list: every signatory in the feed's
   * order with the country's name in the reader's language (from the browser's
   * `Intl`), individuals with their affiliation, a link where the feed gives a
   * safe (http/https) address, a total line and a link to the campaign's full
   * list. Long lists (over 25, or with `searchable`) get a search box that
   * ignores case and accents and a country filter; rows come 100 at a time, so
   * 100,000 signatories stay fast. A split feed (`signatoriesUrl`) shows its
   * inline names at once and fetches the complete list only when a person asks
   * for more (show all, search, filter).
   *
   * With `compact`, one line: "18 organisations have signed" (plurals and
   * digits in the reader's language), and a progress bar toward the feed's
   * `signOn.goal`. The compact line never fetches a split feed's list.
   *
   * With `refresh`, the count stays live: the feed is re-checked with
   * conditional requests while the tab is visible, and a changed count is
   * announced politely to screen readers, without moving focus.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page); none reads the default feed beside the script.
   * - `compact`: One line with the count (and the goal's progress bar) instead of the list.
   * - `limit`: List mode: show the first N signatories and a "Show all N" button (a positive integer; anything else means no limit).
   * - `searchable`: List mode: show the search box and country filter even for a short list (a list over 25 always has them).
   * - `refresh`: Re-check the feed every N seconds while the tab is visible (at least 30; 0, a bad value or over a day: never).
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-load`: The feed was read (also after a refresh found it changed); `detail.feed` is the parsed feed. Bubbles, composed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content (e.g. a link to the list), shown only when the feed cannot be loaded. A pre-rendered count or list (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown until the feed arrives; then only the count's text changes.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-signatories', registry: CustomElementRegistry = customElements) => void`: undefined
   * - `revalidate() => Promise<void>`: Checks the feed now (a conditional request, so an unchanged feed costs a 304); a changed count is shown and announced. `refresh` calls it on its timer.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-spacing`: Space between the blocks (controls, total, list, buttons). (default: `1em`)
   * - `--wcit-accent`: Colour of the progress bar, and of the buttons' text and border, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `inherit`)
   * - `--wcit-radius`: Corner radius of the buttons and fields. (default: `0.3em`)
   * - `--wcit-secondary-color`: Colour of countries and affiliations. (default: `inherit`)
   * - `--wcit-link-color`: Colour of links. (default: `inherit`)
   * - `--wcit-focus-color`: Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `signatories`: The wrapper of either mode; carries the interface language and direction.
   * - `controls`: The row holding the search box and the country filter.
   * - `search`: The search box (`<input type="search">`).
   * - `filter`: The country filter (`<select>`).
   * - `total`: The line with the total and the number of countries.
   * - `list`: The list (`<ul>`).
   * - `item`: One signatory (`<li>`).
   * - `name`: The signatory's name (a link when the feed gives a safe address).
   * - `affiliation`: An individual's organisation.
   * - `country`: The country's name.
   * - `no-matches`: The sentence shown when nothing matches the search.
   * - `show-all`: The "Show all N" button (with `limit`, or for a split feed).
   * - `show-more`: The button that shows the next 100 rows.
   * - `full-list`: The link to the campaign's complete list (`fullListUrl`).
   * - `count`: Compact mode: the one-line count.
   * - `progress`: Compact mode: the `<progress>` bar toward the goal.
   * - `goal`: Compact mode: the "Goal: N" label of the bar.
   * - `placeholder`: The quiet placeholder shown while the feed loads ("Loading signatories…" in a status region).
   * - `error`: "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
   */
  "wcit-signatories": Partial<
    WcitSignatoriesProps & BaseProps<WcitSignatories> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * The coalition's letter, rendered as the page's own text: title, body
   * (paragraphs, headings, lists, with strong, emphasis and links) and closing,
   * in the language of the element (its `lang`, else the closest ancestor's,
   * else the feed's `defaultLanguage`). The `<article>` carries that language
   * and its direction, so Arabic or Urdu text reads right to left.
   *
   * Links in the letter open in the same tab; only `https:`, `http:` and
   * `mailto:` addresses become links. Feed text is always text, never HTML.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page); none reads the default feed beside the script.
   * - `heading-level`/`headingLevel`: Level of the title, 1–6 (any other value means 2); the letter's own headings are one level below, at most 6.
   * - `collapsed`: Shows only the title and opening paragraph, with a button that reveals the rest in place. Print shows it all.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-load`: The feed was read; `detail.feed` is the parsed feed. Bubbles, composed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content (e.g. a link to the letter), shown only when the feed cannot be loaded. A pre-rendered letter (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown instead of the placeholder, and is kept as it is when the live feed has the same text.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-letter', registry: CustomElementRegistry = customElements) => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-spacing`: Space after each block. (default: `1em`)
   * - `--wcit-title-font`: Font family of the title. (default: `inherit`)
   * - `--wcit-title-size`: Font size of the title. (default: `1.5em`)
   * - `--wcit-max-width`: Maximum inline size of the letter. (default: `none`)
   * - `--wcit-accent`: Text and border colour of the toggle button, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `inherit`)
   * - `--wcit-radius`: Corner radius of the toggle button. (default: `0.3em`)
   * - `--wcit-link-color`: Colour of links in the letter. (default: `inherit`)
   * - `--wcit-focus-color`: Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `letter`: The `<article>` holding the letter.
   * - `title`: The letter's title (`<h2>` by default; see `heading-level`).
   * - `heading`: A section heading inside the letter (one level below the title).
   * - `paragraph`: A paragraph of the body.
   * - `list`: A list (`<ul>` or `<ol>`).
   * - `item`: A list item.
   * - `link`: A link in the letter's text.
   * - `closing`: The closing line ("Sincerely,").
   * - `toggle`: The "Read the full letter" / "Show less" button (collapsed mode).
   * - `rest`: The part of the letter that the toggle shows and hides (collapsed mode).
   * - `placeholder`: The quiet placeholder shown while the feed loads ("Loading the letter…" in a status region).
   * - `error`: "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
   */
  "wcit-letter": Partial<
    WcitLetterProps &
      WcitLetterSolidJsProps &
      BaseProps<WcitLetter> &
      BaseEvents
  >;

  /**
   * The call to action that leads to the sign-on page: a real link (`<a href>`)
   * to the feed's `signOn.url`, labelled "Sign the letter" in the reader's
   * language, optionally with the count of signatories. After `signOn.closes`
   * it is no longer a link but a sentence saying when the sign-on closed (and
   * the element re-renders by itself at that instant if the page stays open).
   *
   * The light-DOM children serve twice. While there is a link to show, their
   * text (not their markup, so a member's own `<a>` never ends up nested in
   * ours) is the link's label, replacing "Sign the letter". When there is no
   * link to show (the feed failed, or has no `signOn`, and no `href` is set),
   * the children themselves are shown as they are: make them a plain link to
   * the sign-on page and the page stays useful. With `href` set, the link shows
   * in every state, even before the feed arrives or when it fails; a closed
   * sign-on in the feed still wins. While the feed loads with no `href`, an
   * invisible, unfocusable placeholder of the button's size holds its place.
   *
   * Privacy: no request but the feed's; `attribution` is off by default and
   * only adds the member's own value to the link, never anything about the
   * visitor. (Its first name, the `ref` attribute, still works in plain HTML
   * but is deprecated: React, Vue, Preact and Solid reserve `ref`.)
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page).
   * - `href`: The member's own (e.g. translated) sign-on page, instead of the feed's; absolute or relative to the page; only `https:`/`http:` URLs, anything else is ignored.
   * - `target`: `_blank` opens a new tab (with `rel="noopener noreferrer"`); anything else, the same tab.
   * - `attribution`: Attribution, off by default: when set, the link carries `?ref=VALUE` so the organiser sees which member sent a signer.
   * - `ref-param`/`refParam`: The query parameter that carries `attribution`.
   * - `show-count`/`showCount`: Shows the number of signatories next to the label.
   * - `size`: `small`, `medium` or `large`; anything else means `medium`.
   * - `variant`: `solid` or `outline`; anything else means `solid`.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-sign-click`: Before navigation; bubbles, composed, cancelable; `detail.url` is the link's URL. `preventDefault()` stops the navigation.
   * - `wcit-load`: The feed was read; `detail.feed` is the parsed feed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The link's label (its text is used, except a link marked `data-wcit`, whose text is ours and is said in the reader's language instead); shown as-is as fallback content when there is no link to show. A pre-rendered link (`<a data-wcit href>`, as `wcit-feed embed` writes it) makes the button live before the feed arrives.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-sign-button', registry: CustomElementRegistry = customElements) => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-accent`: The button's colour: its background (solid), or its text and border (outline), kept readable on the page: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `#0b57d0`)
   * - `--wcit-accent-contrast`: Text colour on the solid button; by default white or black, whichever reads better on the accent (at least 4.58:1). (default: `white or black`)
   * - `--wcit-radius`: Corner radius of the button. (default: `0.375em`)
   * - `--wcit-focus-color`: Focus ring colour (by default the label's colour, with a band of the opposite, black or white, inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `button`: The link (and the invisible placeholder while loading).
   * - `label`: The label inside the link.
   * - `count`: The count inside the link, with `show-count`.
   * - `closed`: The sentence that replaces the link once the sign-on has closed.
   * - `error`: "Could not be loaded." (a status message), when the feed failed and there is no fallback content or `href`.
   */
  "wcit-sign-button": Partial<
    WcitSignButtonProps &
      WcitSignButtonSolidJsProps &
      BaseProps<WcitSignButton> &
      BaseEvents
  >;

  /**
   * Who signed the letter. By default, the list: every signatory in the feed's
   * order with the country's name in the reader's language (from the browser's
   * `Intl`), individuals with their affiliation, a link where the feed gives a
   * safe (http/https) address, a total line and a link to the campaign's full
   * list. Long lists (over 25, or with `searchable`) get a search box that
   * ignores case and accents and a country filter; rows come 100 at a time, so
   * 100,000 signatories stay fast. A split feed (`signatoriesUrl`) shows its
   * inline names at once and fetches the complete list only when a person asks
   * for more (show all, search, filter).
   *
   * With `compact`, one line: "18 organisations have signed" (plurals and
   * digits in the reader's language), and a progress bar toward the feed's
   * `signOn.goal`. The compact line never fetches a split feed's list.
   *
   * With `refresh`, the count stays live: the feed is re-checked with
   * conditional requests while the tab is visible, and a changed count is
   * announced politely to screen readers, without moving focus.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the feed (absolute or relative to the page); none reads the default feed beside the script.
   * - `compact`: One line with the count (and the goal's progress bar) instead of the list.
   * - `limit`: List mode: show the first N signatories and a "Show all N" button (a positive integer; anything else means no limit).
   * - `searchable`: List mode: show the search box and country filter even for a short list (a list over 25 always has them).
   * - `refresh`: Re-check the feed every N seconds while the tab is visible (at least 30; 0, a bad value or over a day: never).
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `wcit-load`: The feed was read (also after a refresh found it changed); `detail.feed` is the parsed feed. Bubbles, composed.
   * - `wcit-error`: The feed could not be read; `detail.message` says why, for a webmaster. Bubbles, composed.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content (e.g. a link to the list), shown only when the feed cannot be loaded. A pre-rendered count or list (a child marked `data-wcit`, as `wcit-feed embed` writes it) stays shown until the feed arrives; then only the count's text changes.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag = 'wcit-signatories', registry: CustomElementRegistry = customElements) => void`: undefined
   * - `revalidate() => Promise<void>`: Checks the feed now (a conditional request, so an unchanged feed costs a 304); a changed count is shown and announced. `refresh` calls it on its timer.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--wcit-spacing`: Space between the blocks (controls, total, list, buttons). (default: `1em`)
   * - `--wcit-accent`: Colour of the progress bar, and of the buttons' text and border, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. (default: `inherit`)
   * - `--wcit-radius`: Corner radius of the buttons and fields. (default: `0.3em`)
   * - `--wcit-secondary-color`: Colour of countries and affiliations. (default: `inherit`)
   * - `--wcit-link-color`: Colour of links. (default: `inherit`)
   * - `--wcit-focus-color`: Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it). (default: `currentColor`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `signatories`: The wrapper of either mode; carries the interface language and direction.
   * - `controls`: The row holding the search box and the country filter.
   * - `search`: The search box (`<input type="search">`).
   * - `filter`: The country filter (`<select>`).
   * - `total`: The line with the total and the number of countries.
   * - `list`: The list (`<ul>`).
   * - `item`: One signatory (`<li>`).
   * - `name`: The signatory's name (a link when the feed gives a safe address).
   * - `affiliation`: An individual's organisation.
   * - `country`: The country's name.
   * - `no-matches`: The sentence shown when nothing matches the search.
   * - `show-all`: The "Show all N" button (with `limit`, or for a split feed).
   * - `show-more`: The button that shows the next 100 rows.
   * - `full-list`: The link to the campaign's complete list (`fullListUrl`).
   * - `count`: Compact mode: the one-line count.
   * - `progress`: Compact mode: the `<progress>` bar toward the goal.
   * - `goal`: Compact mode: the "Goal: N" label of the bar.
   * - `placeholder`: The quiet placeholder shown while the feed loads ("Loading signatories…" in a status region).
   * - `error`: "Could not be loaded." (a status message), when the feed failed and the element has no fallback content.
   */
  "wcit-signatories": Partial<
    WcitSignatoriesProps &
      WcitSignatoriesSolidJsProps &
      BaseProps<WcitSignatories> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Space after each block. */
  "--wcit-spacing"?: string | undefined;
  /** Font family of the title. */
  "--wcit-title-font"?: string | undefined;
  /** Font size of the title. */
  "--wcit-title-size"?: string | undefined;
  /** Maximum inline size of the letter. */
  "--wcit-max-width"?: string | undefined;
  /** Text and border colour of the toggle button, kept readable: at most OKLCH lightness 0.48 on a light page, at least 0.76 on a dark one. */
  "--wcit-accent"?: string | undefined;
  /** Corner radius of the toggle button. */
  "--wcit-radius"?: string | undefined;
  /** Colour of links in the letter. */
  "--wcit-link-color"?: string | undefined;
  /** Colour of the focus ring (by default the focused control's own text colour, with a black or white band inside it). */
  "--wcit-focus-color"?: string | undefined;
  /** Text colour on the solid button; by default white or black, whichever reads better on the accent (at least 4.58:1). */
  "--wcit-accent-contrast"?: string | undefined;
  /** Colour of countries and affiliations. */
  "--wcit-secondary-color"?: string | undefined;
};
