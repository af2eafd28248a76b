import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs build script, no types.
import { bump, changelogFor, integrity, pinnedFiles, pinVersions } from '../../build/release.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('cutting a release (build/release.mjs)', () => {
  it('the pinned CDN URLs of the README and the guides name the package.json version', () => {
    const wrong: string[] = [];
    for (const file of pinnedFiles() as string[]) {
      for (const [url, pinned] of readFileSync(file, 'utf8').matchAll(/wcit-embed@([^/\s"'`]+)\//g)) if (pinned !== version) wrong.push(`${file}: ${url}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('bumps x.y.z by level, and refuses anything else', () => {
    assert.equal(bump('0.1.0', 'patch'), '0.1.1');
    assert.equal(bump('0.1.9', 'minor'), '0.2.0');
    assert.equal(bump('1.4.2', 'major'), '2.0.0');
    assert.throws(() => bump('0.1.0', 'huge'), /one of patch, minor, major, not "huge"/);
    assert.throws(() => bump('0.1.0-beta', 'patch'), /not x\.y\.z/);
  });

  it("moves the changelog's Unreleased entries under the new version, and refuses an empty release", () => {
    const log = '# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- A thing.\n\n## [0.1.0]\n\nFirst.\n';
    assert.equal(changelogFor(log, '0.1.1', '2026-12-06'), '# Changelog\n\n## [Unreleased]\n\n## [0.1.1] - 2026-12-06\n\n### Fixed\n\n- A thing.\n\n## [0.1.0]\n\nFirst.\n');
    assert.throws(() => changelogFor('# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n', '0.1.1', '2026-12-06'), /nothing under "## \[Unreleased\]"/);
  });

  it('repins only wcit-embed URLs, and gives integrity as browsers check it', () => {
    const html = '<script src="https://cdn.jsdelivr.net/npm/wcit-embed@0.1.0/dist/wcit.js"></script> other@0.1.0/x';
    assert.equal(pinVersions(html, '0.1.0', '0.2.0'), '<script src="https://cdn.jsdelivr.net/npm/wcit-embed@0.2.0/dist/wcit.js"></script> other@0.1.0/x');
    // printf abc | openssl dgst -sha384 -binary | openssl base64 -A
    assert.equal(integrity(Buffer.from('abc')), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  });
});
