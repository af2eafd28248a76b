import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFeed } from '../../src/cli/build.js';
import { terminalProgress } from '../../src/cli/terminal.js';
import { sourceDir } from './helpers.js';

/** A stream that keeps what is written to it, a terminal or not. */
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe('progress of a long build', () => {
  it('is one line rewritten in place on a terminal, once two seconds have passed, and cleared at the end', () => {
    let clock = 0;
    const terminal = stream(true);
    const progress = terminalProgress(terminal, 2000, () => clock);
    progress.rows(10_000);
    assert.deepEqual(terminal.written, [], 'a build that ends quickly shows no progress');
    clock = 2500;
    progress.rows(20_000);
    progress.rows(30_000);
    progress.done();
    assert.deepEqual(terminal.written, ['\rreading signatories.csv: 20,000 rows…', '\rreading signatories.csv: 30,000 rows…', '\r\u001b[K']);
  });

  it('writes nothing to a file or a pipe, so CI logs stay clean', () => {
    let clock = 0;
    const pipe = stream(false);
    const progress = terminalProgress(pipe, 2000, () => clock);
    clock = 60_000;
    progress.rows(10_000);
    progress.done();
    assert.deepEqual(pipe.written, []);
  });

  it('is told by the builder every 10,000 rows of the CSV', () => {
    const csv = 'name\n' + Array.from({ length: 25_000 }, (_, i) => `Signatory ${i + 1}\n`).join('');
    const told: number[] = [];
    const { feed } = buildFeed(sourceDir({ 'signatories.csv': csv }), { progress: (n) => told.push(n) });
    assert.equal(feed?.signatoryCount, 25_000);
    assert.deepEqual(told, [10_000, 20_000]);
  });
});
