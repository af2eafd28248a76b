/** The heading level `<wcit-letter>` uses for its `heading-level` (and the pre-rendered snippet for its option): 1–6, else 2. */
export const headingLevel = (n: number | null | undefined): number => {
  const r = Math.round(n ?? 2);
  return r >= 1 && r <= 6 ? r : 2;
};
