// The words for a feed's problems (src/feed/words.ts), apart from the reader
// that records them as data: what read.test.ts and validate.test.ts do not
// reach through a feed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateFeed } from '../../src/feed/read.js';
import { TEXT_MAX as CHECKED_MAX } from '../../src/feed/schema.js';
import { TEXT_MAX, explain, shown } from '../../src/feed/words.js';

describe('the words for a feed\'s problems', () => {
  it('say the longest text the reader checks for (words.ts keeps its own copy, to import nothing)', () => {
    assert.equal(TEXT_MAX, CHECKED_MAX);
    const [issue] = validateFeed({ version: 1, id: 'x', defaultLanguage: 'en', letter: { en: { title: 'T', body: [{ type: 'paragraph', content: ['x'.repeat(TEXT_MAX + 1)] }] } }, signatories: [] });
    assert.equal(issue?.message, `expected a string of at most ${TEXT_MAX} characters, got "${'x'.repeat(40)}…"`);
  });

  it('show a value as JSON, a long string cut at 40 characters, and what is not a primitive by its kind', () => {
    assert.equal(shown('x'.repeat(40)), JSON.stringify('x'.repeat(40)));
    assert.equal(shown('x'.repeat(41)), `"${'x'.repeat(40)}…"`);
    assert.equal(shown([1]), 'an array');
    assert.equal(shown({ a: 1 }), 'an object');
    assert.equal(shown(null), 'null');
    assert.equal(shown(Infinity), 'a number beyond ±1.8e308');
    assert.equal(shown(-Infinity), 'a number beyond ±1.8e308');
    assert.equal(shown(1.5), '1.5');
  });

  it('name the path inside a part left out, and the reader\'s own failure as it was thrown', () => {
    assert.deepEqual(explain({ p: 'signatories[3]', r: '.name', k: 's', s: { t: 's', min: 1, max: 200 } }), {
      path: 'signatories[3]',
      message: 'name: missing, expected a string of 1 to 200 characters',
    });
    assert.deepEqual(explain({ p: 'signatories[3]', r: '', k: 'o', s: { t: 'o' }, v: 42 }), { path: 'signatories[3]', message: 'expected an object, got 42' });
    assert.deepEqual(explain({ p: '', k: 'E', v: new RangeError('Maximum call stack size exceeded') }), {
      path: '',
      message: 'RangeError: Maximum call stack size exceeded',
    });
  });
});
