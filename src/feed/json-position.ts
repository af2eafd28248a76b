// Where a JSON text breaks, for engines whose SyntaxError does not say
// (WebKit: "JSON Parse error: Expected '}'"). Run only after JSON.parse failed.

// A string up to its closing quote (JSON forbids raw control characters in
// it), a number, or a literal.
// eslint-disable-next-line no-control-regex
const SCALAR = /"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * `line L column C` (from 1) of the first character of `text` that cannot
 * continue a JSON document (RFC 8259), the end when it stops too soon; ''
 * when it is JSON or too deeply nested to scan.
 */
export function jsonErrorAt(text: string): string {
  let i = 0;
  // A mismatch throws its offset: the scan stops at the first one.
  const eat = (token: RegExp | string) => {
    if (typeof token == 'string') {
      if (text[i] != token) throw i;
      i++;
    } else {
      token.lastIndex = i;
      if (!token.test(text)) throw i;
      i = token.lastIndex;
    }
  };
  const value = (): void => {
    eat(SPACE);
    const open = text[i];
    if (open == '{' || open == '[') {
      i++;
      eat(SPACE);
      if (text[i] != (open == '{' ? '}' : ']')) {
        do {
          if (open == '{') {
            eat(SPACE);
            if (text[i] != '"') throw i;
            value();
            eat(SPACE);
            eat(':');
          }
          value();
          eat(SPACE);
        } while (text[i] == ',' && ++i);
      }
      eat(open == '{' ? '}' : ']');
    } else {
      eat(SCALAR);
      if (open == '"') eat('"');
    }
  };
  try {
    value();
    eat(SPACE);
    if (text[i]) throw i;
    return '';
  } catch (offset) {
    if (typeof offset != 'number') return '';
    const lines = text.slice(0, offset).split('\n');
    return `line ${lines.length} column ${lines[lines.length - 1].length + 1}`;
  }
}
