import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { callEdits } from '../../build/vite/message-keys.js';

const KEYS = ['showAll', 'showLess', 'goal'];

/** `code` with its msg() keys shortened, or the build's error. */
function shorten(code: string): string {
  const file = ts.createSourceFile('src/elements/x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = callEdits(ts, file, KEYS, (message) => {
    throw new Error(message);
  });
  for (const [start, end, text] of edits.reverse()) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

describe('the build shortens message keys (build/vite/message-keys.ts)', () => {
  it("shortens msg()'s key, and the literals of a ?: there, to their index in the list", () => {
    assert.equal(shorten(`msg(lang, 'goal', { n }); msg(lang, open ? 'showLess' : ('showAll'));`), `msg(lang, '2', { n }); msg(lang, open ? '1' : ('0'));`);
  });

  it('leaves every other string alone, even one that spells a key', () => {
    const code = `const goal = feed.signOn['goal']; el.part = 'showAll'; other(lang, 'goal');`;
    assert.equal(shorten(code), code);
  });

  it('fails the build, with file, line and column, on a key no catalogue has', () => {
    assert.throws(() => shorten(`\n  msg(lang, 'showAl');`), /^Error: src\/elements\/x\.ts:2:13: "showAl" is no message key/);
  });

  it('fails the build on a key it cannot check (a variable)', () => {
    assert.throws(() => shorten(`const k = 'goal';\nmsg(lang, k);`), /src\/elements\/x\.ts:2:11: msg\(\) takes its key as a string literal .*; got k$/);
  });
});
