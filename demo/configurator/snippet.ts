/**
 * The member's snippet, made from an EmbedConfig and nothing else, so the
 * preview (the same markup in a blank page) shows exactly what will be pasted.
 */
import { ATTRIBUTION_ATTRIBUTE, type EmbedConfig } from './options.js';
import { parseHex, readableOn, toHex } from './contrast.js';
import { msg } from '../../src/shared/i18n.js';

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
 * text]: the fallback link's text in the elements' language (English when
 * they follow the page's). The sign button uses its children's text as its
 * label, so it gets a fallback only in a chosen language, where that text is
 * its own label.
 */
export function elementsOf(config: EmbedConfig): [tag: string, attrs: Attrs, fallback: string][] {
  const say = (key: 'readFullLetter' | 'fullList' | 'signLetter') => msg(config.lang || 'en', key);
  const shared: Attrs = [];
  if (config.src.trim()) shared.push(['src', config.src.trim()]);
  if (config.lang) shared.push(['lang', config.lang]);
  const out: [string, Attrs, string][] = [];
  if (config.letter) {
    const attrs: Attrs = [...shared];
    if (config.headingLevel !== 2) attrs.push(['heading-level', String(config.headingLevel)]);
    if (config.collapsed) attrs.push(['collapsed', true]);
    out.push(['wcit-letter', attrs, say('readFullLetter')]);
  }
  if (config.count) out.push(['wcit-signatories', [...shared, ['compact', true]], say('fullList')]);
  if (config.list) out.push(['wcit-signatories', [...shared], say('fullList')]);
  if (config.button) {
    const attrs: Attrs = [...shared];
    if (config.showCount) attrs.push(['show-count', true]);
    if (config.attribution.trim()) attrs.push([ATTRIBUTION_ATTRIBUTE, config.attribution.trim()]);
    out.push(['wcit-sign-button', attrs, config.lang ? say('signLetter') : '']);
  }
  return out;
}

const attrText = (attrs: Attrs) => attrs.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');

/** The elements' markup, with the member's fallback link inside each. */
export function elementsHtml(config: EmbedConfig): string {
  const fallback = config.fallbackUrl.trim();
  return elementsOf(config)
    .map(([tag, attrs, text]) => `<${tag}${attrText(attrs)}>${fallback && text ? `<a href="${escapeAttr(fallback)}">${escapeAttr(text)}</a>` : ''}</${tag}>`)
    .join('\n');
}

/** The label colour the configurator writes: the member's, else black or white, whichever reads on the accent. */
export function accentContrastOf(config: EmbedConfig): string {
  if (config.accentContrast) return config.accentContrast;
  const accent = parseHex(config.accent);
  return accent ? toHex(readableOn(accent)) : '';
}

/** The theming rule, when the member picked colours. */
export function styleBlock(config: EmbedConfig): string {
  if (!config.accent) return '';
  const declarations = [`--wcit-accent: ${config.accent};`, `--wcit-accent-contrast: ${accentContrastOf(config)};`];
  return `<style>\n  wcit-letter, wcit-signatories, wcit-sign-button { ${declarations.join(' ')} }\n</style>`;
}

/** The snippet to paste: script tag, theming rule, elements. */
export function htmlSnippet(config: EmbedConfig, release: Release, src = scriptUrl(config, release)): string {
  return [scriptTag(src, release), styleBlock(config), elementsHtml(config)].filter(Boolean).join('\n');
}

/** The elements as JSX/template markup (no fallback links: the framework's app is the page). */
function frameworkMarkup(config: EmbedConfig, indent: string): string {
  return elementsOf(config)
    .map(([tag, attrs]) => `${indent}<${tag}${attrText(attrs)}></${tag}>`)
    .join('\n');
}

/** Framework recipes for the same configuration, keyed by the tab's name. */
export function frameworkSnippets(config: EmbedConfig): Record<string, string> {
  const style = config.accent
    ? `\n/* In your global stylesheet: */\n/* wcit-letter, wcit-signatories, wcit-sign-button { --wcit-accent: ${config.accent}; --wcit-accent-contrast: ${accentContrastOf(config)}; } */`
    : '';
  return {
    React: `// npm install wcit-embed\nimport 'wcit-embed';\n\nexport function Letter() {\n  return (\n    <>\n${frameworkMarkup(config, '      ')}\n    </>\n  );\n}${style}`,
    Vue: `<!-- npm install wcit-embed; in vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wcit-') } } }) -->\n<script setup lang="ts">\nimport 'wcit-embed';\n</script>\n\n<template>\n${frameworkMarkup(config, '  ')}\n</template>`,
    Svelte: `<!-- npm install wcit-embed -->\n<script lang="ts">\n  import 'wcit-embed';\n</script>\n\n${frameworkMarkup(config, '')}`,
    Angular: `// npm install wcit-embed\nimport { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';\nimport 'wcit-embed';\n\n@Component({\n  selector: 'app-letter',\n  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n  template: \`\n${frameworkMarkup(config, '    ')}\n  \`,\n})\nexport class LetterComponent {}`,
  };
}
