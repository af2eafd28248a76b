/**
 * What every `wcit-feed` command shares: its shape, and the error for bad
 * usage (exit status 2, with a pointer to --help).
 */

/** A command takes its arguments and gives the exit status: 0 success, 1 problems found. */
export type Command = (args: string[]) => number | Promise<number>;

/** Wrong arguments: printed with "Run with --help for usage.", exit status 2. */
export class UsageError extends Error {}

/** `1 signatory`, `2 signatories`. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
