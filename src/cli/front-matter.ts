import type { SourceIssue } from './issues.js';

/**
 * The front matter of a letter file: a block fenced by `---` lines at the top,
 * holding one `key: value` per line and `#` comments.
 *
 * This is deliberately not YAML: a value is the rest of the line, taken
 * literally (so `closing: Sincerely,` needs no quoting), or a JSON string
 * when it starts with `"` (for leading or trailing spaces). A YAML library
 * would bring types, anchors and the Norway problem to three text fields.
 */
export interface FrontMatter {
  /** key → value and the 1-based line it was on */
  fields: Map<string, { value: string; line: number }>;
  /** the 0-based line index where the body starts */
  bodyStart: number;
}

export function parseFrontMatter(
  lines: readonly string[],
  file: string,
  allowedKeys: readonly string[],
  issues: SourceIssue[],
): FrontMatter {
  const fields: FrontMatter['fields'] = new Map();
  const error = (line: number, message: string) => issues.push({ severity: 'error', file, line, message });

  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') {
    error(1, 'the file must start with front matter: a "---" line, "title: …", and another "---" line');
    return { fields, bodyStart: 0 };
  }
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trimEnd() === '---') {
      end = i;
      break;
    }
  }
  if (end < 0) {
    error(1, 'the front matter is not closed: add a "---" line after its last field');
    return { fields, bodyStart: lines.length };
  }

  for (let i = 1; i < end; i++) {
    const text = lines[i].trim();
    const line = i + 1;
    if (text === '' || text.startsWith('#')) continue;
    const match = /^([A-Za-z][\w-]*)\s*:(.*)$/.exec(text);
    if (!match) {
      error(line, `front matter lines are "key: value", not "${text}"`);
      continue;
    }
    const [, key, rawValue] = match;
    if (!allowedKeys.includes(key)) {
      error(line, `unknown front matter key "${key}" (expected ${allowedKeys.join(', ')})`);
      continue;
    }
    if (fields.has(key)) {
      error(line, `"${key}" is given twice (first on line ${fields.get(key)!.line})`);
      continue;
    }
    let value = rawValue.trim();
    if (value.startsWith('"')) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed !== 'string') throw new Error();
        value = parsed;
      } catch {
        error(line, `"${key}" starts with a quote but is not a valid JSON string: ${value}`);
        continue;
      }
    }
    if (value === '') {
      error(line, `"${key}" is empty (remove the line or give it a value)`);
      continue;
    }
    fields.set(key, { value, line });
  }
  return { fields, bodyStart: end + 1 };
}
