import { statSync } from 'node:fs';
import { join } from 'node:path';
/**
 * What every `wcit-feed` command shares: its shape, and the error for bad
 * usage (exit status 2, with a pointer to --help).
 */

/** A command takes its arguments and gives the exit status: 0 success, 1 problems found. */
export type Command = (args: string[]) => number | Promise<number>;

/** Wrong arguments: printed with "Run with --help for usage.", exit status 2. */
export class UsageError extends Error {}

/** `1 signatory`, `2 signatories`, `300,000 signatories`. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Refuses, before any work, an output path that is an existing folder
 * (`--out public/`), or `-`, which elsewhere means standard output but here
 * would make a file named "-": bad usage, with the file name that was
 * probably meant. (`embed` reads `--out -` as standard output before this.)
 */
export function outputFile(option: string, path: string | undefined, example: string): void {
  if (path === undefined) return;
  if (path == '-') throw new UsageError(`--${option} - : this writes a file, not standard output: give the file to write, e.g. --${option} ${example}`);
  let folder = /[/\\]$/.test(path);
  try {
    folder ||= statSync(path).isDirectory();
  } catch {
    // Not there yet: it will be written.
  }
  if (folder) throw new UsageError(`--${option} ${path} is a folder: give the file to write in it, e.g. --${option} ${join(path, example)}`);
}
