import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Inline } from '../../src/feed/types.js';
import { formatIssue, type SourceIssue } from '../../src/cli/issues.js';

export const REPO_ROOT = new URL('../../', import.meta.url);

export const CAMPAIGN = `{
  "id": "test-letter",
  "defaultLanguage": "en",
  "signOn": { "url": "https://example.org/sign" }
}
`;

export const LETTER = `---
title: A test letter
closing: Sincerely,
---

**We write to urge you.**

Second paragraph.
`;

export const SIGNATORIES = `name,kind,country,affiliation,url,signed
Derechos Digitales,,CL,,,
Reporters Without Borders,,,,,
`;

/**
 * A source folder in the system's temp dir with the given files (a valid
 * campaign unless overridden; `null` leaves a file out), removed after the
 * test file has run.
 */
export function sourceDir(files: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'wcit-feed-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const all: Record<string, string | null> = {
    'campaign.json': CAMPAIGN,
    'letter.en.md': LETTER,
    'signatories.csv': SIGNATORIES,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) if (text !== null) writeFileSync(join(dir, name), text);
  return dir;
}

/** An empty temp folder, removed after the test file has run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wcit-out-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Issues as the CLI prints them, for asserting on what a person reads. */
export const printed = (issues: readonly SourceIssue[]): string[] => issues.map(formatIssue);

export const textOf = (content: readonly Inline[]): string =>
  content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
