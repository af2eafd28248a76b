// `npm run release -- <patch|minor|major> [--publish]`: cuts a release, run by a
// maintainer on a clean checkout of the main branch (CONTRIBUTING.md, "Cutting
// a release"). It bumps the version (package.json and its lock), moves the
// changelog's "Unreleased" entries under the new version, points the pinned CDN
// URLs of the README and the guides at it, builds, packs, and prints the
// `integrity` value of each file a page loads. With --publish (and NPM_TOKEN
// set) it publishes the tarball with provenance; without, it stops after
// packing so the tarball can be checked first.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LEVELS = ['patch', 'minor', 'major'];

/** `0.1.0` bumped by `minor` → `0.2.0`. */
export function bump(version, level) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`package.json's version "${version}" is not x.y.z`);
  const [major, minor, patch] = m.slice(1).map(Number);
  if (level == 'major') return `${major + 1}.0.0`;
  if (level == 'minor') return `${major}.${minor + 1}.0`;
  if (level == 'patch') return `${major}.${minor}.${patch + 1}`;
  throw new Error(`the level is one of ${LEVELS.join(', ')}, not "${level}"`);
}

/** CHANGELOG.md with the entries under "## [Unreleased]" moved to "## [version] - date" (Keep a Changelog). */
export function changelogFor(text, version, date) {
  const m = /^## \[Unreleased\]\s*\n([\s\S]*?)(?=^## \[)/m.exec(text);
  if (!m) throw new Error('CHANGELOG.md has no "## [Unreleased]" section followed by a version');
  if (!m[1].trim()) throw new Error('CHANGELOG.md: nothing under "## [Unreleased]" to release');
  return text.replace(m[0], `## [Unreleased]\n\n## [${version}] - ${date}\n\n${m[1].trimEnd()}\n\n`);
}

/** `text` with every pinned `wcit-embed@<from>` URL pointed at `to`. */
export const pinVersions = (text, from, to) => text.replaceAll(`wcit-embed@${from}/`, `wcit-embed@${to}/`);

/** A file's Subresource Integrity value, as `integrity="…"` takes it. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The files whose CDN URLs name the version. */
export const pinnedFiles = () => ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function main(args) {
  const level = args.find((a) => !a.startsWith('--'));
  if (!LEVELS.includes(level)) {
    console.error(`release: say which version to cut: npm run release -- <${LEVELS.join('|')}> [--publish]`);
    process.exit(2);
  }
  const publish = args.includes('--publish');
  if (publish && !process.env.NPM_TOKEN) {
    console.error('release: --publish needs an npm token in NPM_TOKEN (an automation token of an owner of the package).');
    process.exit(2);
  }
  const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
  if (git('status', '--porcelain')) {
    console.error('release: the checkout has uncommitted changes; release from a clean checkout of main.');
    process.exit(1);
  }
  const sh = (command, ...a) => execFileSync(command, a, { stdio: 'inherit' });

  const from = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const to = bump(from, level);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync('CHANGELOG.md', changelogFor(readFileSync('CHANGELOG.md', 'utf8'), to, date));
  sh('npm', 'version', to, '--no-git-tag-version');
  for (const file of pinnedFiles()) writeFileSync(file, pinVersions(readFileSync(file, 'utf8'), from, to));
  sh('npm', 'run', 'build');
  sh('npm', 'run', 'size', '--', '--write');
  const tarball = execFileSync('npm', ['pack', '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1);

  console.log(`\nwcit-embed ${to}: ${tarball}\nintegrity of the files a page loads (for the CDN snippets):`);
  for (const file of readdirSync('dist').filter((f) => /^wcit(-[\w-]+)?\.js$/.test(f)).sort()) {
    console.log(`  dist/${file}  ${integrity(readFileSync(`dist/${file}`))}`);
  }
  if (publish) sh('npm', 'publish', tarball, '--provenance', '--access', 'public');
  else console.log(`\nNot published (add --publish). Check ${tarball}, then publish it the same way.`);
  console.log(`Then: git commit -am "Release ${to}" && git tag v${to} && git push --follow-tags`);
}

if (process.argv[1] == fileURLToPath(import.meta.url)) main(process.argv.slice(2));
