/**
 * The member's snippet with the content pre-rendered: the letter, the count
 * line and the sign-on link as plain HTML inside the elements, then the
 * script tag and the hint that starts the feed's download early. A pure
 * function (no Node, no DOM), so the CLI (`wcit-feed embed`) and the web
 * configurator produce the same bytes.
 *
 * Why light DOM, not declarative shadow DOM: the text must survive strict
 * pages and CMSs (no `<template>`, no inline script, no `<style>` required;
 * the snippet's one `<style>` only holds the button's box and can go),
 * be read by search engines and by readers without scripts, and keep its
 * boxes when the script arrives. Light-DOM content styled by the page itself
 * does all of that; the elements then keep showing it through their slot
 * (`<wcit-letter>` while its fingerprint matches the live feed,
 * `<wcit-signatories compact>` patching only the count's text), so the
 * upgrade moves nothing. Measured figures and the trade-offs: src/cli/embed/README.md.
 *
 * Feed text is always text here too: every string is escaped, and a URL
 * becomes an `href` only after the scheme check the elements use.
 */
import { isSafeHref } from '../../feed/check.js';
import { signatoryTotal } from '../../feed/read.js';
import { LINK, WEB } from '../../feed/schema.js';
import { lookupLanguage } from '../../feed/language.js';
import type { Block, Feed, Inline } from '../../feed/types.js';
import { UI_LANGUAGES, catalogueFor, countryName, msg, textDirection, uiLanguage } from '../../i18n/runtime.js';
import { countSentence, goalText } from '../../shared/count-sentence.js';
import { headingLevel } from '../../shared/heading-level.js';
import { letterKey } from '../../shared/letter-key.js';

/**
 * Every interface language's words: the browser bundle has English inside and
 * loads the others as chunks on demand, but a snippet may be written in any of
 * them, so whoever calls `embedSnippet` or `missingNote` in a language other
 * than English awaits this first (the CLI, the configurator, the plugin's build).
 */
export const catalogues: Promise<unknown> = Promise.all(UI_LANGUAGES.map(catalogueFor));

/** The elements a snippet can hold, in the order they appear. */
export const EMBED_ELEMENTS = ['letter', 'signatories', 'button'] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];
/**
 * The plain snippet's order (no pre-rendered content): the count and the
 * button first, as the configurator writes them, so they keep their exact
 * boxes in view from the first paint while the letter holds a screen below.
 */
export const PLAIN_ORDER: readonly EmbedElement[] = ['signatories', 'button', 'letter'];
/** The letter right after the button gets the elements' spacing above its title (as the configurator's snippet does). */
const LETTER_AFTER_BUTTON = 'wcit-sign-button+wcit-letter{display:block;margin-block-start:var(--wcit-spacing,1em)}';

export interface EmbedOptions {
  /** The hosted feed's URL, which the elements read (absolute, or relative to the member's page). */
  src: string;
  /** Which elements, in snippet order (default: all three). */
  elements?: readonly EmbedElement[];
  /** The letter's language (BCP 47; the closest the feed has, else its `defaultLanguage`). */
  lang?: string;
  /** The letter shows its title and opening paragraph, the rest behind a toggle. */
  collapsed?: boolean;
  /** Level of the letter's title, 1–6 (default 2). */
  headingLevel?: number;
  /** `<wcit-signatories>` as the full list instead of the one-line count. */
  list?: boolean;
  /** URL of `wcit.js` (default: none, no script tag). */
  script?: string;
  /** Subresource Integrity of the script (`sha384-…`); adds `crossorigin="anonymous"`. */
  integrity?: string;
  /** Pre-render the content (default true); false gives the plain snippet with the same tags. */
  prerender?: boolean;
  /** A `<link rel="preload">` that starts the feed's download with the page's (default true). */
  preload?: boolean;
  /**
   * A `<style>` that holds the boxes the elements will have, before the script
   * defines them (default true; see `reserveCss`). A page whose
   * Content-Security-Policy refuses inline styles leaves it out: the snippet
   * works the same, and the line may move when the script arrives.
   */
  style?: boolean;
}

/**
 * Boxes known before the feed, as the elements draw them while it loads (the
 * numbers are their styles'; test/cli/embed.test.ts compares the boxes
 * before and after the upgrade on pages of several fonts and line heights):
 * the sign button's line height, padding and border at each size, the
 * compact count's line and the space after it, the collapsed letter's 12em.
 * An undefined element has no style of its own, so without these its box
 * appears only when the script runs, after the page's first paint, and moves
 * what follows. `scripting: enabled`: a reader with scripts off gets no empty
 * space, and the fallback content or pre-rendered text sits inside the box.
 *
 * The full letter's height comes with the feed, but while it loads its
 * placeholder reaches the bottom of the screen (wcit-letter.ts), and a letter
 * is rarely shorter: so it holds a screen (100vh, at least what the
 * placeholder takes) and what follows stays off screen from the first paint
 * until the letter is there (CLS with a 700 ms feed, 1,280 px: 0.087 without,
 * 0 with; `npm run bench -- cls`). Where the script never comes (blocked, or
 * stripped by a CMS) that space is given back after 10 s, so the fallback
 * link is not left above a screen of nothing.
 */
const RESERVE = {
  button:
    'wcit-sign-button:not(:defined){display:block;min-block-size:calc(2.35em + 4px)}' +
    'wcit-sign-button[size=small]:not(:defined){min-block-size:calc(2.05625em + 4px)}' +
    'wcit-sign-button[size=large]:not(:defined){min-block-size:calc(2.9375em + 4px)}',
  counter: 'wcit-signatories[compact]:not(:defined){display:block;min-block-size:1lh;margin-block-end:var(--wcit-spacing,1em)}',
  collapsed: 'wcit-letter[collapsed]:not(:defined){display:block;min-block-size:12em}',
  letter:
    'wcit-letter:not([collapsed]):not(:defined){display:block;min-block-size:100vh;animation:wcit-reserved 0s 10s forwards}' +
    '@keyframes wcit-reserved{to{min-block-size:0}}',
};

/**
 * The CSS that reserves the chosen elements' boxes before the script runs
 * (empty when nothing is knowable): pre-rendered content holds its own box,
 * so then only the button needs it (its link becomes a button). A full
 * letter holds a screen (see RESERVE): a snippet that leads with the count
 * and the button (as the configurator's does) keeps them in view meanwhile.
 */
export function reserveCss(o: Pick<EmbedOptions, 'elements' | 'collapsed' | 'list' | 'prerender'>): string {
  const elements = o.elements ?? EMBED_ELEMENTS;
  const pre = o.prerender !== false;
  const rules = [
    ...(elements.includes('letter') && !pre ? [o.collapsed ? RESERVE.collapsed : RESERVE.letter] : []),
    ...(elements.includes('signatories') && !o.list && !pre ? [RESERVE.counter] : []),
    ...(elements.includes('button') ? [RESERVE.button] : []),
  ];
  return rules.length ? `@media (scripting:enabled){${rules.join('')}}` : '';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escaped for text and for double-quoted attribute values alike. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const attr = (name: string, value: string | number | boolean | undefined): string =>
  value === undefined || value === false ? '' : value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;

function inline(i: Inline): string {
  if (typeof i == 'string') return escapeHtml(i);
  let t = escapeHtml(i.text);
  if (i.em) t = `<em>${t}</em>`;
  if (i.strong) t = `<strong>${t}</strong>`;
  return i.href && isSafeHref(i.href, LINK) ? `<a${attr('href', i.href)}>${t}</a>` : t;
}

function block(b: Block, level: number): string {
  if (b.type == 'list') {
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${b.items.map((item) => `<li>${item.map(inline).join('')}</li>\n`).join('')}</${tag}>`;
  }
  const content = b.content.map(inline).join('');
  return b.type == 'heading' ? `<h${level}>${content}</h${level}>` : `<p>${content}</p>`;
}

/** The letter's language: the closest the feed has to `lang`, as `<wcit-letter>` chooses it. */
export const letterLanguage = (feed: Feed, lang?: string): string => lookupLanguage(lang, Object.keys(feed.letter), feed.defaultLanguage);

const primary = (t: string) => t.split(/[-_]/)[0]!.toLowerCase();

/** Whether the package's catalogues speak `lang` (else its interface text is English). */
const spoken = (lang: string): boolean => primary(uiLanguage(lang)) == primary(lang);

/**
 * `lang="en"` where interface text in a language without a catalogue (de, say)
 * falls back to English inside an element marked with that language, so a
 * screen reader reads the English words with an English voice, as the
 * elements' own text is marked; nothing where the catalogue has it.
 */
const saidIn = (ui: string): string => (spoken(ui) ? '' : attr('lang', 'en'));

function letter(feed: Feed, tag: string, ui: string, o: EmbedOptions): string {
  const text = feed.letter[tag]!;
  const level = headingLevel(o.headingLevel);
  const blocks = text.body.map((b) => block(b, Math.min(level + 1, 6)));
  const rest = [...blocks.slice(1), ...(text.closing ? [`<p>${escapeHtml(text.closing)}</p>`] : [])];
  // Collapsed: <details> folds the rest without a script (and find in page opens it); its summary is interface text.
  const folded =
    o.collapsed && rest.length
      ? [`<details>\n<summary${attr('lang', spoken(ui) ? (ui == tag ? undefined : ui) : primary(tag) == 'en' ? undefined : 'en')}>${escapeHtml(msg(ui, 'readFullLetter'))}</summary>`, ...rest, '</details>']
      : rest;
  return [
    `<article${attr('lang', tag)}${attr('dir', textDirection(tag))}${attr('data-wcit', letterKey(tag, text))}>`,
    `<h${level}>${escapeHtml(text.title)}</h${level}>`,
    ...blocks.slice(0, 1),
    ...folded,
    '</article>',
  ].join('\n');
}

function signatories(feed: Feed, lang: string, o: EmbedOptions): string {
  const n = signatoryTotal(feed);
  if (!o.list) {
    const goal = feed.signOn?.goal;
    // The bar reads as the live element's does: "60 signatories, goal: 1,000", not a percentage.
    const bar = goal
      ? `\n<p${saidIn(lang)}><label><progress max="${goal}" value="${Math.min(n, goal)}"${attr('aria-valuetext', goalText(feed, lang, goal))}></progress> ${escapeHtml(msg(lang, 'goal', { goal }))}</label></p>`
      : '';
    return `<p data-wcit${saidIn(lang)}>${escapeHtml(countSentence(feed, lang))}</p>${bar}`;
  }
  const items = feed.signatories.map((s) => {
    const name = s.url && isSafeHref(s.url, WEB) ? `<a${attr('href', s.url)}>${escapeHtml(s.name)}</a>` : escapeHtml(s.name);
    return `<li>${name}${s.affiliation ? `, ${escapeHtml(s.affiliation)}` : ''}${s.country ? ` (${escapeHtml(countryName(lang, s.country))})` : ''}</li>`;
  });
  const full = feed.fullListUrl && isSafeHref(feed.fullListUrl, WEB) ? `\n<p${saidIn(lang)}><a${attr('href', feed.fullListUrl)}>${escapeHtml(msg(lang, 'fullList'))}</a></p>` : '';
  return `<p data-wcit${saidIn(lang)}>${escapeHtml(msg(lang, 'signatoryTotal', { n }))}</p>\n<ul>\n${items.join('\n')}\n</ul>${full}`;
}

/** Where a reader can read the letter and see who signed without the script: the full list's page, else the sign-on page. */
const readUrl = (feed: Feed): string | undefined => [feed.fullListUrl, feed.signOn?.url].find((u) => u && isSafeHref(u, WEB));

/**
 * The sign-on link, `data-wcit`: shown as it is without the script, and the
 * button's link before the feed arrives and when it fails, so the call to
 * action never leaves a gap; the element says its label in the reader's
 * language.
 */
function button(feed: Feed, lang: string): string {
  const url = feed.signOn?.url;
  const label = escapeHtml(msg(lang, 'signLetter'));
  return url && isSafeHref(url, WEB) ? `<a${attr('href', url)} data-wcit${saidIn(lang)}>${label}</a>` : '';
}

/** A plain link as an element's fallback content (shown when the script or the feed fails). */
function link(url: string | undefined, text: string, lang: string): string {
  return url ? `<a${attr('href', url)}${saidIn(lang)}>${escapeHtml(text)}</a>` : '';
}

/**
 * What the snippet cannot give in the language asked for: today the letter,
 * when the feed has no text in that language (it is then shown in the feed's
 * own, marked with its `lang`). Empty when nothing is missing or no language
 * was asked for. The interface text comes from the package's catalogues.
 */
export function missingInLanguage(feed: Feed, lang: string | undefined): { letter?: string; interface?: string } {
  if (!lang) return {};
  const tag = letterLanguage(feed, lang);
  return { ...(primary(tag) == primary(lang) ? {} : { letter: tag }), ...(spoken(lang) ? {} : { interface: 'en' }) };
}

const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** "The feed has no Spanish letter: …", for the snippet's comment and the tools' output; '' when nothing is missing. */
export function missingNote(feed: Feed, lang: string | undefined, withLetter = true): string {
  const missing = missingInLanguage(feed, lang);
  if (!withLetter) delete missing.letter;
  // Nothing missing, nothing to say: and no Intl.DisplayNames to build (its first use costs a slow phone half a second).
  if (!missing.letter && !missing.interface) return '';
  const name = languageName(lang ?? '');
  const ui = missing.interface
    ? `this package has no ${name} interface text: the buttons, count and links are in English (marked lang="en")`
    : `the buttons, count and links are in ${name}`;
  if (missing.letter) return `The feed has no ${name} letter: the letter stays in ${languageName(missing.letter)} (marked lang="${missing.letter}"); ${ui}.`;
  return missing.interface ? `${ui[0]!.toUpperCase()}${ui.slice(1)}.` : '';
}

/**
 * The snippet for `feed` (as `readFeed` returns it): the chosen elements with
 * their content pre-rendered in the letter's language, then the script tag
 * when `script` is given and a preload hint for the feed. Every element carries
 * that language as `lang`, so the upgraded elements choose what was rendered.
 */
export function embedSnippet(feed: Feed, options: EmbedOptions): string {
  const o = options;
  const tag = letterLanguage(feed, o.lang);
  // The interface language: the one asked for (the catalogues have it, or English), else the letter's.
  const ui = o.lang || tag;
  const pre = o.prerender !== false;
  const src = attr('src', o.src) + attr('lang', ui);
  const lines: string[] = [];
  const elements = o.elements ?? (pre ? EMBED_ELEMENTS : PLAIN_ORDER);
  const note = missingNote(feed, o.lang, elements.includes('letter'));
  if (note && pre) lines.push(`<!-- ${note.replace(/--/g, '- -')} -->`);
  const after = elements.indexOf('button');
  const spacing = !pre && after >= 0 && elements[after + 1] == 'letter' ? LETTER_AFTER_BUTTON : '';
  const reserve = o.style === false ? '' : reserveCss({ ...o, elements }) + spacing;
  if (reserve) lines.push(`<style>${reserve}</style>`);
  const level = o.headingLevel === undefined ? '' : attr('heading-level', headingLevel(o.headingLevel));
  const read = readUrl(feed);
  for (const element of elements) {
    if (element == 'letter') {
      const content = pre ? letter(feed, tag, ui, o) : link(read, msg(ui, 'readFullLetter'), ui);
      lines.push(`<wcit-letter${src}${level}${attr('collapsed', !!o.collapsed)}>\n${content}\n</wcit-letter>`);
    } else if (element == 'signatories') {
      const content = pre ? signatories(feed, ui, o) : link(read, msg(ui, 'fullList'), ui);
      lines.push(`<wcit-signatories${src}${attr('compact', !o.list)}>\n${content}\n</wcit-signatories>`);
    } else {
      lines.push(`<wcit-sign-button${src}>${button(feed, ui)}</wcit-sign-button>`);
    }
  }
  // The hints come after the content: requests the preload scanner starts
  // share a slow line with the rest of the page's HTML, and the letter's
  // bytes should come first. They are found as soon as their bytes arrive.
  // Measured (test/bench/embed.bench.mjs, letter painted against the static
  // page, 4× CPU, 150 ms RTT, 1.6 Mb/s, median of 15): with the preload
  // ×1.02 and ×0.95 (1,280 and 360 px), without it the same, so the hint
  // costs the letter nothing and brings the live count and link sooner.
  if (o.script) {
    const integrity = o.integrity ? attr('integrity', o.integrity) + attr('crossorigin', 'anonymous') : '';
    lines.push(`<script type="module"${attr('src', o.script)}${integrity}></script>`);
  }
  // The loader's request is a CORS GET with credentials 'same-origin', which is what crossorigin="anonymous" asks for: one request, not two.
  if (o.preload !== false) lines.push(`<link rel="preload"${attr('href', o.src)} as="fetch" crossorigin="anonymous">`);
  return `${lines.join('\n')}\n`;
}
