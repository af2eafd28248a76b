// `npm run size`: what every visitor of every member site downloads.
// Prints raw, gzip and brotli (quality 11, as CDNs serve static files) bytes of
// dist/wcit.js and fails above the budget. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 14 * 1024; // issue #2; the goal is 9 KiB with Lit included
const file = process.argv[2] ?? 'dist/wcit.js';

let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`size: ${file} is missing; run npm run build first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
}).length;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
console.log(`${file}: ${code.length} B raw, ${gzip} B gzip, ${brotli} B brotli (${kib(brotli)})`);
console.log(`budget: ${kib(BUDGET_BROTLI)} brotli, ${brotli <= BUDGET_BROTLI ? 'within' : 'OVER'} by ${kib(Math.abs(BUDGET_BROTLI - brotli))}`);
process.exit(brotli <= BUDGET_BROTLI ? 0 : 1);
