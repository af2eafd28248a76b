// Fails when custom-elements.json, or a file generated from it (the JSX typings
// types/jsx.d.ts that the React, Vue and Svelte typings build on, VS Code's
// custom data), no longer matches the source: regenerates them into a
// temporary folder and compares. Fix with `npm run analyze`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['custom-elements.json', 'types/jsx.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'];

// The analyzer resolves outdir against the working directory.
const out = join('node_modules', '.cache', `cem-check-${process.pid}`);
try {
  execFileSync('npx', ['cem', 'analyze'], { env: { ...process.env, CEM_OUTDIR: out }, stdio: 'pipe' });
  const read = (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined; // missing counts as stale
    }
  };
  const stale = GENERATED.filter((file) => read(join(out, file)) !== read(file) || read(file) === undefined);
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${GENERATED.join(', ')}: fresh.`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
