// The files built from others, which the repository does not commit (npm runs
// this as `prepare`, after `npm install` or `npm ci`, so a fresh clone has
// them before anything else runs; run it again after editing their sources):
//
// - src/i18n/packed.ts and src/i18n/packed/*.ts, the catalogues packed for the
//   bundle, from src/i18n/<lang>.ts (also `npm run i18n`, which `npm start`
//   keeps current as catalogues change);
// - types/jsx.d.ts and vscode.{html,css}-custom-data.json, from the elements'
//   JSDoc as the analyzer reads it for custom-elements.json (which is committed,
//   and left as it is here: `npm run analyze` rewrites it);
// - demo/gallery/tailwind.css, from demo/gallery/tailwind.html (also
//   `npm run gallery:css`).
//
// CONTRIBUTING.md, "Generated files", lists every generated file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildTailwind } from './gallery-css.mjs';

const run = (command, args, env = {}) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

run('npx', ['tsx', 'build/i18n-pack.ts']);

// The analyzer writes every file into its outdir; only the ones made from the manifest are kept.
const out = join('node_modules', '.cache', `cem-generate-${process.pid}`);
try {
  run('npx', ['cem', 'analyze'], { CEM_OUTDIR: out });
  for (const file of ['types/jsx.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(out, file), file);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

writeFileSync('demo/gallery/tailwind.css', await buildTailwind());
console.log('generate: src/i18n/packed*, types/jsx.d.ts, vscode.*-custom-data.json, demo/gallery/tailwind.css');
