// The gallery's Tailwind page ships the CSS Tailwind 3 generated from it; a
// class added to the page without regenerating would silently not style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs build script, no types.
import { buildTailwind } from '../../build/gallery-css.mjs';

test('demo/gallery/tailwind.css is what Tailwind 3 makes of tailwind.html (npm run gallery:css)', async () => {
  assert.equal(readFileSync('demo/gallery/tailwind.css', 'utf8'), await buildTailwind());
});
