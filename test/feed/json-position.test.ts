import { expect } from '@open-wc/testing';
import { jsonErrorAt } from '../../src/feed/json-position.js';

describe('jsonErrorAt (where a broken feed breaks, in engines whose JSON.parse does not say)', () => {
  const cases: [string, string, string][] = [
    ['a feed cut short', '{"version": 1,\n  "id": "x",\n  "letter": {', 'line 3 column 14'],
    ['an unquoted name', '{\n  version: 1\n}', 'line 2 column 3'],
    ['a comma before }', '{"a": 1,\n}', 'line 2 column 1'],
    ['a comma before ]', '[1, 2,]', 'line 1 column 7'],
    ['a missing colon', '{"a" 1}', 'line 1 column 6'],
    ['a missing comma', '[1 2]', 'line 1 column 4'],
    ['a bad escape', '["a\\q"]', 'line 1 column 4'],
    ['a raw line break in a string', '["a\nb"]', 'line 1 column 4'],
    ['an unterminated string', '{"a": "b', 'line 1 column 9'],
    ['a leading zero', '[01]', 'line 1 column 3'],
    ['a misspelt literal', '{"a": [1, {"b": tru}]}', 'line 1 column 17'],
    ['text after the document', '{}\n}', 'line 2 column 1'],
    ['a web page', '<!doctype html>', 'line 1 column 1'],
    ['nothing', '', 'line 1 column 1'],
    ['only spaces', ' \n ', 'line 2 column 2'],
  ];
  for (const [what, text, at] of cases) {
    it(`${what}: ${at}`, () => {
      expect(() => JSON.parse(text), 'the case is not JSON').to.throw(SyntaxError);
      expect(jsonErrorAt(text)).to.equal(at);
    });
  }

  it('finds nothing in JSON', () => {
    for (const text of ['{}', ' [ ] ', '{"a": "x\\u00e9\\n", "b": [1, -2.5e3, true, false, null, {}]}', '"\u0645\u0631\u062d\u0628\u0627"', '0']) {
      expect(jsonErrorAt(text), text).to.equal('');
    }
  });

  it('counts columns in UTF-16 units, as the engines do', () => {
    expect(jsonErrorAt('{"n": "😀", x}')).to.equal('line 1 column 13');
  });
});
