// Custom Elements Manifest analyzer: custom-elements.json comes from the
// elements' JSDoc (`npm run analyze`); `npm run analyze:check` fails when the
// committed file is stale.
export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*-define.ts', 'src/elements/*.styles.ts', 'src/elements/*-search.ts'],
  litelement: true,
  // package.json names ./custom-elements.json itself; the freshness check
  // writes elsewhere and must not rewrite that field.
  packagejson: false,
  outdir: process.env.CEM_OUTDIR ?? '.',
};
