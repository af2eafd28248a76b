// Where a JSON text breaks, for engines whose SyntaxError does not say
// (WebKit: "JSON Parse error: Expected '}'"). Run only after JSON.parse failed.

// JSON forbids raw control characters in a string.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * `line L column C` (from 1) of the first character of `text` that cannot
 * continue a JSON document (RFC 8259), the end when it stops too soon; ''
 * when it is JSON or too deeply nested to scan.
 */
export function jsonErrorAt(text: string): string {
  let i = 0;
  // A mismatch throws its offset: the scan stops at the first one.
  const token = (re: RegExp | string) => {
    if (typeof re == 'string') {
      if (text[i] != re) throw i;
      i++;
    } else {
      re.lastIndex = i;
      if (!re.test(text)) throw i;
      i = re.lastIndex;
    }
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    token(STRING);
    token('"');
  };
  const value = (): void => {
    space();
    const open = text[i];
    if (open == '"') return string();
    if (open != '{' && open != '[') return token(SCALAR);
    const close = open == '{' ? '}' : ']';
    i++;
    space();
    if (text[i] == close) return void i++;
    for (;;) {
      if (open == '{') {
        space();
        string();
        space();
        token(':');
      }
      value();
      space();
      if (text[i] != ',') return token(close);
      i++;
    }
  };
  try {
    value();
    space();
    if (i < text.length) throw i;
    return '';
  } catch (offset) {
    if (typeof offset != 'number') return '';
    const lines = text.slice(0, offset).split('\n');
    return `line ${lines.length} column ${lines[lines.length - 1].length + 1}`;
  }
}
