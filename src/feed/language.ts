/**
 * BCP 47 lookup (RFC 4647 §3.4), case-insensitive: the requested tag
 * (`es-AR`), then shorter and shorter prefixes of it (`es`), then `fallback`,
 * then the first available tag. Returns the tag as `available` spells it.
 */
export function lookupLanguage(requested: string | undefined, available: readonly string[], fallback: string): string {
  const find = (tag: string) => available.find((a) => a.toLowerCase() == tag.toLowerCase());
  let tag = (requested || '').replace(/_/g, '-');
  while (tag) {
    const hit = find(tag);
    if (hit) return hit;
    // Drop the last subtag, and a single-letter subtag left in front of it
    // (an extension or private-use marker such as "-x"): RFC 4647 §3.4.
    tag = tag.slice(0, Math.max(tag.lastIndexOf('-'), 0)).replace(/-.$/, '');
  }
  return find(fallback) ?? available[0] ?? fallback;
}
