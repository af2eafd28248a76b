// The README's first snippet is what most webmasters copy: it must be the one
// that holds the page still (issue #21), which is what the embed configurator
// writes by default. Compared here with the configurator's own code for its
// default options with a self-hosted copy at /wcit/wcit.js (no integrity:
// a self-hosted copy's is the webmaster's to add), so a change to the
// configurator's default shows up here until the README follows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../demo/configurator/options.js';
import { htmlSnippet } from '../../demo/configurator/snippet.js';
import { readmeSnippets } from '../server/readme-snippets.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

describe("the README's first snippet", () => {
  const first = readmeSnippets().find((s) => s.file == 'README.md' && s.lang == 'html');

  it("is the configurator's default snippet for a self-hosted copy", () => {
    assert.ok(first, 'README.md has an HTML snippet');
    const expected = htmlSnippet({ ...DEFAULT_CONFIG, script: 'self', selfUrl: '/wcit/wcit.js' }, { version: pkg.version, integrity: '' });
    assert.equal(first.code.trim(), expected, `README.md:${first.line}: paste what the configurator writes by default (script: self)`);
  });

  it('holds the boxes from the first paint: its <style> comes before the elements, and the count and the button before the letter', () => {
    const code = first!.code;
    const at = (s: string) => code.indexOf(s);
    assert.ok(at('<style>') >= 0 && at('<style>') < at('<wcit-'), 'a <style> before the first element');
    assert.ok(at('<wcit-signatories compact') < at('<wcit-letter') && at('<wcit-sign-button') < at('<wcit-letter'), 'the count and the button before the letter');
    for (const rule of ['wcit-signatories[compact]:not(:defined)', 'wcit-sign-button:not(:defined)', 'wcit-letter:not([collapsed]):not(:defined)'])
      assert.ok(code.includes(rule), `reserves ${rule}`);
  });
});
