/**
 * Fields a feed holds that the format does not define (`fullListURL`,
 * `signOn.Goal`, a signatory's `Country`): readers ignore them (feeds may
 * grow, the format page says), so a value put there by mistake vanishes
 * without a word. `wcit-feed validate` names each one, as a warning, or an
 * error with `--strict`; the published JSON Schema with
 * `additionalProperties: false` on every object (`feedJsonSchema({ closed:
 * true })`) refuses the same ones.
 */
import { isObj, own } from '../feed/check.js';
import { feedSchema, signatoriesDocumentSchema, type Schema } from '../feed/schema.js';

export interface UnknownField {
  /** The field's JSON path, in the validator's style (`signatories[3].Country`). */
  path: string;
  /** The field the format defines with the same name in another case, if any (`fullListUrl`). */
  meant?: string;
}

/** Every field in `value` that `s` does not define, walking only the parts `s` describes. */
function walk(s: Schema, value: unknown, path: string, out: UnknownField[]): void {
  const at = (k: string | number) => (typeof k == 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k);
  const fields = (f: Readonly<Record<string, Schema>>, extra: string[] = []) => {
    const v = value as Record<string, unknown>;
    for (const k of Object.keys(v)) {
      if (Object.hasOwn(f, k)) walk(f[k]!, v[k], at(k), out);
      else if (!extra.includes(k)) {
        const meant = [...Object.keys(f), ...extra].find((name) => name.toLowerCase() == k.toLowerCase());
        out.push({ path: at(k), ...(meant && { meant }) });
      }
    }
  };
  switch (s.t) {
    case 'o':
      if (isObj(value)) fields(s.f!);
      break;
    case 't': {
      const tag = isObj(value) && own(value, s.d!),
        b = s.b as Record<string, Schema>;
      if (typeof tag == 'string' && Object.hasOwn(b, tag)) fields(b[tag]!.f!, [s.d!]);
      break;
    }
    case 'a':
      if (Array.isArray(value)) value.forEach((item, i) => walk(s.e!, item, at(i), out));
      break;
    case 'r':
      // The keys are data (language tags), not fields.
      if (isObj(value)) for (const k of Object.keys(value)) walk(s.e!, value[k], at(k), out);
      break;
    case '|':
      // The branch of the value's kind: an object goes to the object branch.
      for (const b of s.b as Schema[]) if ((b.t == 'o') == isObj(value)) return walk(b, value, path, out);
  }
}

/** The fields of a parsed feed (or, with `signatories`, a split list) that the format does not define. */
export function unknownFields(json: unknown, signatories?: boolean): UnknownField[] {
  const out: UnknownField[] = [];
  walk(signatories ? signatoriesDocumentSchema : feedSchema, json, '', out);
  return out;
}
