/**
 * `npm run build:wordpress`: the WordPress plugin as an installable zip
 * (Plugins → Add New → Upload), dist/wcit-embed.zip, made from wordpress/
 * and the same dist/ the npm package ships, so the plugin always carries the
 * matching script and feed:
 *
 *   wcit-embed/assets/wcit.js           the script-tag bundle, as built
 *   wcit-embed/assets/wcit-*.js         its chunks (languages, the full list, a feed's problems in words), beside it
 *   wcit-embed/assets/wcit-2012.json    the default feed, beside it (the bundle reads it there)
 *   wcit-embed/assets/wcit-embed.css    the "keep the page still" rules of src/cli/embed (reserveCss)
 *   wcit-embed/assets/prerendered.json  the bundled feed's letter, count and link as HTML,
 *                                       by src/cli/embed, the renderer of `wcit-feed embed`
 *
 * Run after `npm run build` (it reads dist/). Fails on anything missing
 * rather than writing a plugin that would not work.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogues, embedSnippet, reserveCss, type EmbedElement, type EmbedOptions } from '../src/cli/embed/index.js';
import { readFeed } from '../src/feed/read.js';

const PLUGIN = 'wcit-embed';
const OUT = 'dist/wcit-embed.zip';

function fail(message: string): never {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

const need = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    return fail(`${file} is missing: run npm run build first.`);
  }
};

// The plugin's version is the package's: a plugin saying 0.1.0 with another bundle inside would mislead.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const main = readFileSync('wordpress/wcit-embed.php', 'utf8');
for (const [what, pattern] of [['Version header', /^ \* Version: +(\S+)$/m], ['WCIT_EMBED_VERSION', /'WCIT_EMBED_VERSION', '([^']+)'/]] as const) {
  const found = main.match(pattern)?.[1];
  if (found !== version) fail(`wordpress/wcit-embed.php: its ${what} is ${found ?? 'missing'}, package.json says ${version}.`);
}

const feedJson = need('dist/wcit-2012.json');
const read = readFeed(JSON.parse(feedJson.toString('utf8')));
if (!read.ok) fail(`dist/wcit-2012.json: ${read.issue.path}: ${read.issue.message}`);
const feed = read.feed;
await catalogues;

/** The children `embedSnippet` puts inside one element: what the plugin prints inside its tag. */
function inner(element: EmbedElement, options: Partial<EmbedOptions>): string {
  const snippet = embedSnippet(feed, { src: 'x', elements: [element], style: false, preload: false, ...options });
  const tag = { letter: 'wcit-letter', signatories: 'wcit-signatories', button: 'wcit-sign-button' }[element];
  const match = snippet.match(new RegExp(`^<${tag}[^>]*>([\\s\\S]*)</${tag}>\\n$`));
  if (!match) fail(`embedSnippet wrote a ${tag} this build does not understand:\n${snippet}`);
  return match[1]!;
}

const languages: Record<string, Record<string, unknown>> = {};
for (const lang of Object.keys(feed.letter)) {
  const letter: Record<string, string> = {};
  for (let level = 1; level <= 6; level++) {
    letter[String(level)] = inner('letter', { lang, headingLevel: level });
    letter[`${level}c`] = inner('letter', { lang, headingLevel: level, collapsed: true });
  }
  languages[lang] = {
    letter,
    compact: inner('signatories', { lang }),
    list: inner('signatories', { lang, list: true }),
    button: inner('button', { lang }),
  };
}
const prerendered = JSON.stringify({ default: feed.defaultLanguage, languages });

// Pre-rendered elements hold their own boxes (reserveCss leaves them out for
// `wcit-feed embed`'s snippet); here one stylesheet serves both, so the count's
// and the collapsed letter's rules apply to empty elements only.
const empty = reserveCss({ elements: ['letter', 'signatories'], collapsed: true, prerender: false });
if (!empty.includes(':not(:defined)')) fail('reserveCss no longer writes :not(:defined) rules: update this build.');
const css = [
  '/* Keeps the page still while wcit.js loads: the boxes the elements will have (src/cli/embed reserveCss). */',
  reserveCss({ elements: ['button'], prerender: true }),
  empty.replaceAll(':not(:defined)', ':not(:defined):empty'),
  '',
].join('\n');

const files = new Map<string, Buffer>();
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.set(`${PLUGIN}/${relative('wordpress', path)}`, readFileSync(path));
  }
};
walk('wordpress');
files.set(`${PLUGIN}/assets/wcit.js`, need('dist/wcit.js'));
// Its chunks, which it imports from beside itself: the languages but English, the full list's search and paging, and the words for a feed's problems.
for (const name of readdirSync('dist').filter((name) => /^wcit-.+-[\w-]{8}\.js$/.test(name))) files.set(`${PLUGIN}/assets/${name}`, need(`dist/${name}`));
files.set(`${PLUGIN}/assets/wcit-2012.json`, feedJson);
files.set(`${PLUGIN}/assets/wcit-embed.css`, Buffer.from(css));
files.set(`${PLUGIN}/assets/prerendered.json`, Buffer.from(prerendered));

writeFileSync(OUT, zip(files));
console.log(`build:wordpress: ${OUT}, ${files.size} files, ${statSync(OUT).size.toLocaleString('en')} B`);

/**
 * A plain zip (deflate, no extras): what WordPress's unzip (ZipArchive or
 * PclZip) reads. Written here rather than by `zip`, which a fresh CI machine
 * may lack, or a dependency, for forty lines. Times are a fixed date so the
 * same input gives the same bytes.
 */
function zip(entries: Map<string, Buffer>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2012 - 1980) << 9) | (12 << 5) | 3; // 2012-12-03, the day WCIT opened
  for (const [name, data] of entries) {
    const deflated = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(deflated.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by Unix, 3.0
    head.copy(entry, 6, 4, 30);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, deflated);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + deflated.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}
