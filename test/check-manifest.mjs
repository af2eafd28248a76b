// Fails when custom-elements.json no longer matches the source: regenerates it
// into a temporary folder and compares. Fix with `npm run analyze`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves outdir against the working directory.
const out = join('node_modules', '.cache', `cem-check-${process.pid}`);
try {
  execFileSync('npx', ['cem', 'analyze'], { env: { ...process.env, CEM_OUTDIR: out }, stdio: 'pipe' });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is fresh.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
