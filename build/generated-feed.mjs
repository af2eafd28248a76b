// What the dev server (npm start) and the tests' feed host share: generated
// campaigns of any size, and the default feed as \`npm run build:feed\` wrote it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { feedModule } from './feed-module.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const COUNTRIES = ['CL', 'PL', 'AR', 'US', 'PK', 'FR', 'GB', 'IN', 'TN', 'CO', 'ES', 'DE', 'BR', 'MX', 'KE'];

export function generateSignatories(n, offset = 0) {
  const out = [];
  for (let i = offset; i < n; i++) {
    const country = i % 7 === 6 ? undefined : COUNTRIES[i % COUNTRIES.length];
    const s = i % 5 === 4
      ? { name: `Person ${i + 1}`, kind: 'individual', affiliation: `Institute ${i % 97}` }
      : { name: `${i % 3 === 0 ? 'Fundación' : 'Organisation'} ${i + 1}` };
    if (country) s.country = country;
    out.push(s);
  }
  return out;
}

/**
 * A feed of `n` generated signatories, for the test host, the demo and the
 * benchmark. With `listUrl`, only the first `inline` are in the feed and the
 * complete list is a split list at `listUrl`.
 */
export function generatedFeed({ n, id = 'generated', title = 'A large campaign', inline = n, listUrl, goal }) {
  return {
    version: 1,
    id,
    defaultLanguage: 'en',
    letter: { en: { title, body: [{ type: 'paragraph', content: [`${n} generated signatories.`] }] } },
    signOn: { url: 'https://example.org/sign', ...(goal ? { goal } : {}) },
    signatories: generateSignatories(listUrl ? Math.min(inline, n) : n),
    ...(listUrl ? { signatoryCount: n, signatoriesUrl: listUrl } : {}),
  };
}

/**
 * Answers a request for the default feed next to src/default-feed.ts (the dev
 * server's and the test runner's view of the source tree) with the feed that
 * `npm run build:feed` wrote.
 */
export async function sendDefaultFeed(res, asModule = false) {
  let body = await readFile(resolve(root, 'dist/wcit-2012.json')).catch(() => null);
  // src/default-feed.ts imports the feed as a module (build/feed-module.mjs writes dist's).
  if (body && asModule) body = feedModule(body.toString());
  const type = asModule ? 'text/javascript' : 'application/json';
  res.writeHead(body ? 200 : 404, { 'Content-Type': body ? type : 'text/plain' });
  res.end(body ?? 'Run npm run build:feed first.');
}
