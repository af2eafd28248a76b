import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, tempDir } from '../cli/helpers.js';

/**
 * The organiser's path on a fresh machine: the package as npm publishes it,
 * installed into an empty folder, and `npx wcit-feed` from there with
 * nothing else installed (no tsx, no TypeScript). The tarball is packed from
 * this checkout's dist/, with the CLI compiled afresh (`npm test` builds the
 * rest first); npm's cache makes the install quick and offline.
 */
const root = fileURLToPath(REPO_ROOT);
// npm run by npm (npm test) passes its settings down in npm_config_* variables; this install is the organiser's own.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package', () => {
  it('installs into an empty folder, where npx wcit-feed init, build and validate work', () => {
    assert.ok(existsSync(join(root, 'dist', 'wcit.js')), 'run npm run build first');
    npm(['run', 'build:cli'], root);
    const packs = tempDir();
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packs], root)) as { filename: string; files: { path: string }[] }[];
    const files = packed.files.map((file) => file.path);
    assert.ok(files.includes('dist/cli/wcit-feed.js'));
    assert.ok(files.includes('dist/wcit.js'), 'the preview page loads the package\'s own bundle');
    assert.ok(!files.some((path) => path.startsWith('src/') || path.startsWith('test/')));

    const project = join(tempDir(), 'organiser');
    mkdirSync(project);
    // As an app installs it for production: the elements' dependencies only.
    npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(packs, packed.filename)], project);
    assert.equal(existsSync(join(project, 'node_modules', 'tsx')), false);
    assert.equal(existsSync(join(project, 'node_modules', 'typescript')), false);
    // The organiser's libraries are inside the CLI's build, not installed beside the elements.
    assert.equal(existsSync(join(project, 'node_modules', 'markdown-it')), false, 'markdown-it installed with the elements');
    assert.equal(existsSync(join(project, 'node_modules', 'csv-parse')), false, 'csv-parse installed with the elements');
    assert.ok(existsSync(join(project, 'node_modules', 'lit')), 'the elements\' own dependency is installed');

    // --no: never fetch a package of that name from the registry if the bin were missing.
    const npx = (...args: string[]) => spawnSync('npx', ['--no', '--', 'wcit-feed', ...args], { cwd: project, env, encoding: 'utf8' });
    const version = npx('--version');
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, version.stderr);
    const init = npx('init', 'camp');
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /^Created camp with:/);
    const build = npx('build', 'camp', '--out', 'feed.json');
    assert.equal(build.stderr, '');
    assert.equal(build.stdout, 'wrote feed.json: 2 signatories, 1 language\n');
    const validate = npx('validate', 'feed.json');
    assert.equal(validate.stdout, 'feed.json: a valid feed v1 (2 signatories, 1 language)\n');
    assert.equal(JSON.parse(readFileSync(join(project, 'feed.json'), 'utf8')).id, 'camp');
    assert.match(npx('help').stdout, /^wcit-feed: start, build, preview and check/);
  });
});
