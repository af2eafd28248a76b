import type { Feed, Signatory } from '../src/feed/types.js';

/** `n` synthetic signatories: names, 15 countries, every 5th an individual, every 7th international. */
export function generateSignatories(n: number, offset?: number): Signatory[];
/** A feed of `n` generated signatories; with `listUrl`, `inline` of them inline and the rest in a split list. */
export function generatedFeed(options: {
  n: number;
  id?: string;
  title?: string;
  inline?: number;
  listUrl?: string;
  goal?: number;
}): Feed;
/** Answers with dist/wcit-2012.json, or a 404 that says to run `npm run build:feed`. */
export function sendDefaultFeed(res: import('node:http').ServerResponse, asModule?: boolean): Promise<void>;
