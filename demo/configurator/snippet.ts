/**
 * The member's snippet, made from an EmbedConfig and nothing else, so the
 * preview (the same markup in a blank page) shows exactly what will be pasted.
 */
import { ATTRIBUTION_ATTRIBUTE, type EmbedConfig } from './options.js';
import { parseHex, readableOn, toHex } from './contrast.js';
import { msg } from '../../src/i18n/runtime.js';
import { embedSnippet, reserveCss, type EmbedElement, type EmbedOptions } from '../../src/cli/embed/index.js';
import type { Feed } from '../../src/feed/index.js';

/** The release the site was built from, pinned in every snippet. */
export interface Release {
  version: string;
  /** `sha384-…` of dist/wcit.js; '' when the site was served without a build. */
  integrity: string;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The published script's URL for each way of loading it. */
export function scriptUrl(config: EmbedConfig, release: Release): string {
  switch (config.script) {
    case 'jsdelivr':
      return `https://cdn.jsdelivr.net/npm/wcit-embed@${release.version}/dist/wcit.js`;
    case 'unpkg':
      return `https://unpkg.com/wcit-embed@${release.version}/dist/wcit.js`;
    default:
      return config.selfUrl.trim() || '/wcit/wcit.js';
  }
}

/** The script tag: pinned, with integrity (when known) and crossorigin. */
export function scriptTag(src: string, release: Release): string {
  const integrity = release.integrity ? ` integrity="${release.integrity}"` : '';
  return `<script type="module" src="${escapeAttr(src)}"${integrity} crossorigin="anonymous"></script>`;
}

type Attrs = [name: string, value: string | true][];

/**
 * The elements the configuration asks for, each as [tag, attributes, fallback
 * link]: every element gets one, so nothing is blank when the script is
 * blocked or the feed fails. The letter and the list link to a page to read
 * the letter, the sign button to the sign-on page, its link marked `data-wcit`
 * (the button uses it until the feed arrives and when it fails, and says its
 * label in the reader's language). The link's text is in the elements'
 * language; when they follow the page's, it is English and marked so.
 */
export function elementsOf(config: EmbedConfig): [tag: string, attrs: Attrs, fallback: string][] {
  const lang = config.lang ? '' : ' lang="en"';
  const fallback = (url: string, key: 'readFullLetter' | 'fullList' | 'signLetter', extra = '') =>
    url.trim() ? `<a href="${escapeAttr(url.trim())}"${extra}${lang}>${escapeAttr(msg(config.lang || 'en', key))}</a>` : '';
  const shared: Attrs = [];
  if (config.src.trim()) shared.push(['src', config.src.trim()]);
  if (config.lang) shared.push(['lang', config.lang]);
  // What holds its exact box before the feed leads (the count, the button), then the letter, which holds
  // a screen while it loads (reserveCss), then the list: the page stays still, and the call to action is
  // in view even when the script never comes.
  const out: [string, Attrs, string][] = [];
  if (config.count) out.push(['wcit-signatories', [...shared, ['compact', true]], fallback(config.fallbackUrl, 'fullList')]);
  if (config.button) {
    const attrs: Attrs = [...shared];
    if (config.showCount) attrs.push(['show-count', true]);
    if (config.attribution.trim()) attrs.push([ATTRIBUTION_ATTRIBUTE, config.attribution.trim()]);
    out.push(['wcit-sign-button', attrs, fallback(config.signUrl, 'signLetter', ' data-wcit')]);
  }
  if (config.letter) {
    const attrs: Attrs = [...shared];
    if (config.headingLevel !== 2) attrs.push(['heading-level', String(config.headingLevel)]);
    if (config.collapsed) attrs.push(['collapsed', true]);
    out.push(['wcit-letter', attrs, fallback(config.fallbackUrl, 'readFullLetter')]);
  }
  if (config.list) out.push(['wcit-signatories', [...shared], fallback(config.fallbackUrl, 'fullList')]);
  return out;
}

const attrText = (attrs: Attrs) => attrs.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');

/** The elements' markup, with the fallback link inside each. */
export function elementsHtml(config: EmbedConfig): string {
  return elementsOf(config)
    .map(([tag, attrs, fallback]) => `<${tag}${attrText(attrs)}>${fallback}</${tag}>`)
    .join('\n');
}

/** The label colour the configurator writes: the member's, else black or white, whichever reads on the accent. */
export function accentContrastOf(config: EmbedConfig): string {
  if (config.accentContrast) return config.accentContrast;
  const accent = parseHex(config.accent);
  return accent ? toHex(readableOn(accent)) : '';
}

/** The letter right after the sign button, as the snippet orders them (elementsOf). */
const LETTER_AFTER_BUTTON = 'wcit-sign-button + wcit-letter';

/**
 * The theming rule, when the member picked colours, and the rules that hold
 * the elements' boxes until the script runs (as `wcit-feed embed` writes
 * them, for what is known before the feed: src/cli/embed/index.ts).
 */
export function styleRules(config: EmbedConfig, prerender = false): string[] {
  const rules: string[] = [];
  if (config.accent) {
    const declarations = [`--wcit-accent: ${config.accent};`, `--wcit-accent-contrast: ${accentContrastOf(config)};`];
    rules.push(`wcit-letter, wcit-signatories, wcit-sign-button { ${declarations.join(' ')} }`);
  }
  const elements: EmbedElement[] = [...(config.letter ? (['letter'] as const) : []), ...(config.count ? (['signatories'] as const) : []), ...(config.button ? (['button'] as const) : [])];
  const reserve = reserveCss({ elements, collapsed: config.collapsed, prerender });
  if (reserve) rules.push(reserve);
  // The letter's title has no space above it of its own: after the button, the snippet gives it the elements' spacing
  // (from the first paint on, with or without the script, so nothing moves).
  if (config.button && config.letter) rules.push(`${LETTER_AFTER_BUTTON} { display: block; margin-block-start: var(--wcit-spacing, 1em); }`);
  return rules;
}

/**
 * Those rules as the snippet carries them: a `<style>`, or, for a site whose
 * Content-Security-Policy refuses inline styles, a comment naming them for
 * the site's stylesheet (where that policy allows them).
 */
export function styleBlock(config: EmbedConfig, prerender = false): string {
  const rules = styleRules(config, prerender).map((r) => `  ${r}`);
  if (!rules.length) return '';
  return config.inlineStyle
    ? `<style>\n${rules.join('\n')}\n</style>`
    : `<!-- Add these rules to your site's stylesheet (its Content-Security-Policy refuses a <style> here):\n${rules.join('\n')}\n-->`;
}

/**
 * The snippet to paste, in `wcit-feed embed`'s order: the style (the reserved
 * space, colours) first, so the boxes are held from the first paint, then the
 * elements, then the script tag (a module runs after the page is parsed
 * wherever it sits; after the content, its download does not compete with the
 * page's text).
 */
export function htmlSnippet(config: EmbedConfig, release: Release, src = scriptUrl(config, release)): string {
  return [styleBlock(config), elementsHtml(config), scriptTag(src, release)].filter(Boolean).join('\n');
}

/** The default feed as published beside a script URL (`…/dist/wcit.js` → `…/dist/wcit-2012.json`). */
export const defaultFeedBeside = (script: string): string => script.replace(/[^/]*$/, 'wcit-2012.json');

/**
 * The pre-rendered variant, as `wcit-feed embed` writes it (issue #14's
 * embedSnippet): the feed's letter, count and sign-on link as plain HTML
 * inside the elements, readable without scripts and by search engines, and
 * kept where a CMS strips the script. `feedUrl` is what the elements will read
 * (by default the member's feed, else the default feed beside the script).
 */
export function prerenderedSnippet(
  config: EmbedConfig,
  release: Release,
  feed: Feed,
  { script = scriptUrl(config, release), feedUrl = config.src.trim() || defaultFeedBeside(script) } = {},
): string {
  const common: EmbedOptions = {
    src: feedUrl,
    headingLevel: config.headingLevel,
    collapsed: config.collapsed,
    prerender: true,
    preload: false,
    style: false,
    ...(config.lang ? { lang: config.lang } : {}),
  };
  // In the plain snippet's order (elementsOf).
  const parts: EmbedOptions[] = [];
  if (config.count) parts.push({ ...common, elements: ['signatories'] });
  if (config.button) parts.push({ ...common, elements: ['button'] });
  if (config.letter) parts.push({ ...common, elements: ['letter'] });
  if (config.list) parts.push({ ...common, elements: ['signatories'], list: true });
  const extra = [...(config.showCount ? [' show-count'] : []), ...(config.attribution.trim() ? [` ${ATTRIBUTION_ATTRIBUTE}="${escapeAttr(config.attribution.trim())}"`] : [])].join('');
  const elements = parts.map((options) => embedSnippet(feed, options).trim().replace('<wcit-sign-button', `<wcit-sign-button${extra}`));
  // As embedSnippet orders them: the content first, then the script, then the feed's hint (made by embedSnippet alone).
  const hint = embedSnippet(feed, { src: feedUrl, elements: [], preload: true, style: false }).trim();
  return [styleBlock(config, true), ...elements, scriptTag(script, release), hint].filter(Boolean).join('\n');
}

/**
 * The elements as a framework template writes them: numbers as expressions
 * (`heading-level={3}`, Vue `:heading-level="3"`), booleans bare, text quoted.
 */
function frameworkMarkup(config: EmbedConfig, indent: string, number: (name: string, value: string) => string): string {
  return elementsOf(config)
    .map(([tag, attrs, fallback]) => {
      const text = attrs.map(([n, v]) => (v === true ? ` ${n}` : /^\d+$/.test(v) && n === 'heading-level' ? ` ${number(n, v)}` : ` ${n}="${escapeAttr(v)}"`)).join('');
      return `${indent}<${tag}${text}>${fallback}</${tag}>`;
    })
    .join('\n');
}

/**
 * The same choices as the README's framework recipes (issue #12), which the
 * consumer suite runs in fixture apps (test/consumers/fixtures/), keyed by
 * the tab's name. The colours go in the app's stylesheet.
 */
export function frameworkSnippets(config: EmbedConfig): Record<string, string> {
  const jsx = (n: string, v: string) => `${n}={${v}}`;
  const style = config.accent
    ? `\n\n/* In the app's stylesheet: */\n/* wcit-letter, wcit-signatories, wcit-sign-button { --wcit-accent: ${config.accent}; --wcit-accent-contrast: ${accentContrastOf(config)}; } */`
    : '';
  return {
    React: `// npm install wcit-embed\nimport 'wcit-embed';\nimport type {} from 'wcit-embed/react';\n\nexport const Campaign = () => (\n  <>\n${frameworkMarkup(config, '    ', jsx)}\n  </>\n);${style}`,
    Vue: `<!-- npm install wcit-embed; in main.ts: import 'wcit-embed';\n     in vite.config.ts: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wcit-') } } }) -->\n<script setup lang="ts">\nimport type {} from 'wcit-embed/vue';\n</script>\n\n<template>\n${frameworkMarkup(config, '  ', (n, v) => `:${n}="${v}"`)}\n</template>`,
    Svelte: `<!-- npm install wcit-embed; in main.ts: import 'wcit-embed'; -->\n<script lang="ts">\n  import type {} from 'wcit-embed/svelte';\n</script>\n\n${frameworkMarkup(config, '', jsx)}`,
    Angular: `// npm install wcit-embed; in main.ts: import 'wcit-embed';\nimport { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';\n\n@Component({\n  selector: 'app-campaign',\n  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n  template: \`\n${frameworkMarkup(config, '    ', (_, v) => `[headingLevel]="${v}"`)}\n  \`,\n})\nexport class Campaign {}`,
    'TypeScript + bundler': `// npm install wcit-embed; in your entry module:\nimport 'wcit-embed';\n\n// and in the page's HTML:\n${frameworkMarkup(config, '// ', (n, v) => `${n}="${v}"`)}`,
  };
}
