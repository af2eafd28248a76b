import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { fromRoot } from './paths.js';

/**
 * Message keys as the bundle's catalogues know them: the bundle spells each
 * key in the list of keys (src/i18n/packed.ts) and again where it is used,
 * ~100 B brotli of names no visitor reads. Here each becomes its index in
 * base 36 ('0'…'m'), in that list and in the key argument of every `msg()`
 * call under src/ — a string literal, or a `?:` choosing between literals;
 * anything else there, or a key no catalogue has, fails the build with its
 * file and line (at run time it would show the wrong text, silently). Other
 * strings are left alone, whatever they spell. The npm modules keep the names.
 */
export const shortMessageKeys = (): Plugin => ({
  name: 'wcit-short-message-keys',
  // Before Vite strips the types, so that lines are the source's.
  enforce: 'pre',
  async transform(code, id) {
    const inList = /[\\/]src[\\/]i18n[\\/]packed\.ts$/.test(id);
    if (!inList && !(/[\\/]src[\\/].+\.ts$/.test(id) && code.includes('msg('))) return;
    const packed = await readFile(fromRoot('src/i18n/packed.ts'), 'utf8');
    const keys = /export const keys = '([\w ]+)'/.exec(packed)?.[1]?.split(' ');
    if (!keys) return this.error('src/i18n/packed.ts has no list of keys: run npm run i18n');
    const { default: ts } = await import('typescript');
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const edits = inList ? listEdits(ts, file, keys) : callEdits(ts, file, keys, (message) => this.error(message));
    // (`npm run size -- --parts` builds with no catalogues at all.)
    if (inList && !edits.length && code.includes(keys[0]!)) return this.error('src/i18n/packed.ts: the list of keys was not found');
    for (const [start, end, text] of edits.reverse()) code = code.slice(0, start) + text + code.slice(end);
    return code;
  },
});

type TS = typeof import('typescript');
type Edit = [start: number, end: number, text: string];
const short = (keys: string[], key: string) => `'${keys.indexOf(key).toString(36)}'`;

/** The list of keys in packed.ts, each key shortened. */
function listEdits(ts: TS, file: import('typescript').SourceFile, keys: string[]): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: import('typescript').Node): void => {
    if (ts.isStringLiteral(node) && node.text == keys.join(' ')) edits.push([node.getStart(file), node.end, `'${keys.map((k) => short(keys, k).slice(1, -1)).join(' ')}'`]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

/** The key argument of each `msg(lang, key, …)` call, shortened; `fail` on a key that is not a literal or not known. */
export function callEdits(ts: TS, file: import('typescript').SourceFile, keys: string[], fail: (message: string) => never): Edit[] {
  const edits: Edit[] = [];
  const where = (node: import('typescript').Node) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${file.fileName}:${line + 1}:${character + 1}`;
  };
  const key = (node: import('typescript').Expression): void => {
    if (ts.isParenthesizedExpression(node)) return key(node.expression);
    if (ts.isConditionalExpression(node)) return (key(node.whenTrue), key(node.whenFalse));
    if (!ts.isStringLiteral(node)) fail(`${where(node)}: msg() takes its key as a string literal (or a ?: of literals), so the build can check and shorten it; got ${node.getText(file)}`);
    if (!keys.includes(node.text)) fail(`${where(node)}: "${node.text}" is no message key (src/i18n/en.ts lists them)`);
    edits.push([node.getStart(file), node.end, short(keys, node.text)]);
  };
  const visit = (node: import('typescript').Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text == 'msg' && node.arguments[1]) key(node.arguments[1]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => a[0] - b[0]);
}
