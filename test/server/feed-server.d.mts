import type { Signatory } from '../../src/feed/types.js';

/** `n` synthetic signatories: names, 15 countries, every 5th an individual, every 7th international. */
export function generateSignatories(n: number, offset?: number): Signatory[];
export function feedMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
export function feedServerPlugin(): { name: string; serverStart(): Promise<void>; serverStop(): void };
