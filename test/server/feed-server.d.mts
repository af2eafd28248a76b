export { generateSignatories, generatedFeed, sendDefaultFeed } from '../../build/generated-feed.mjs';
export function feedMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
export function feedServerPlugin(): { name: string; serverStart(): Promise<void>; serverStop(): void };
