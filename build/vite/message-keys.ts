import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { fromRoot } from './paths.js';

/**
 * Message keys as the bundle's catalogues know them: the bundle spells each
 * key in the list of keys (src/i18n/packed.ts) and again where it is used,
 * ~100 B brotli of names no visitor reads. Here each becomes its index in
 * base 36 ('0'…'m'), in that list and in the string literals of src/elements,
 * src/shared and the i18n runtime (src/i18n/runtime.ts) that equal a key (`msg(lang, 'showAll')`; text in html`` and
 * css`` templates is no string literal). The npm modules keep the names.
 */
export const shortMessageKeys = (): Plugin => ({
  name: 'wcit-short-message-keys',
  async transform(code, id) {
    const inList = /[\\/]src[\\/]i18n[\\/]packed\.ts$/.test(id);
    if (!inList && !/[\\/]src[\\/](?:(?:elements|shared)[\\/][\w.-]+|i18n[\\/]runtime)\.ts$/.test(id)) return;
    const packed = await readFile(fromRoot('src/i18n/packed.ts'), 'utf8');
    const keys = /export const keys = '([\w ]+)'/.exec(packed)?.[1]?.split(' ');
    if (!keys) return this.error('src/i18n/packed.ts has no list of keys: run npm run i18n');
    const short = (key: string) => keys.indexOf(key).toString(36);
    const { default: ts } = await import('typescript');
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const edits: [number, number, string][] = [];
    const visit = (node: import('typescript').Node): void => {
      if (ts.isStringLiteral(node)) {
        if (inList ? node.text == keys.join(' ') : keys.includes(node.text)) {
          edits.push([node.getStart(file), node.end, `'${inList ? keys.map(short).join(' ') : short(node.text)}'`]);
        }
      } else ts.forEachChild(node, visit);
    };
    visit(file);
    // (`npm run size -- --parts` builds with no catalogues at all.)
    if (inList && !edits.length && code.includes(keys[0]!)) return this.error('src/i18n/packed.ts: the list of keys was not found');
    for (const [start, end, text] of edits.reverse()) code = code.slice(0, start) + text + code.slice(end);
    return code;
  },
});
