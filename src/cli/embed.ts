/**
 * `wcit-feed embed`: prints a member's snippet with the letter, the count and
 * the sign-on link pre-rendered (see src/embed/index.ts for what it holds and
 * why). The input is only the content to pre-render; `--src` is the hosted
 * feed the elements will read (by default the input itself when it is a URL).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { EMBED_ELEMENTS, catalogues, embedSnippet, missingNote, type EmbedElement } from '../embed/index.js';
import { readFeed } from '../feed/read.js';
import type { Feed } from '../feed/types.js';
import { UsageError, outputFile } from './command.js';


const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The published bundle of this package's version, on the npm CDN most members already allow. */
function publishedScript(): { url: string; local: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return {
    url: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/wcit.js`,
    local: new URL('../../dist/wcit.js', import.meta.url).pathname,
  };
}

const sri = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`${what} at ${url} could not be reached: ${(err as Error).message}`);
  }
  if (!response.ok) throw new Error(`${what} at ${url} answered ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/** Runs `embed` with its arguments; resolves to the exit status. */
export async function embed(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      src: { type: 'string' },
      elements: { type: 'string' },
      lang: { type: 'string' },
      collapsed: { type: 'boolean' },
      'heading-level': { type: 'string' },
      list: { type: 'boolean' },
      script: { type: 'string' },
      integrity: { type: 'string' },
      'no-prerender': { type: 'boolean' },
      'no-preload': { type: 'boolean' },
      'no-style': { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('embed takes one feed (a JSON file or its URL)');
  const [input] = positionals as [string];
  const src = values.src ?? (isUrl(input) ? input : undefined);
  if (!src) throw new UsageError('embed needs --src <URL>: the address of the hosted feed the elements will read');
  const elements = (values.elements ?? EMBED_ELEMENTS.join(',')).split(',').map((e) => e.trim()) as EmbedElement[];
  const unknown = elements.filter((e) => !EMBED_ELEMENTS.includes(e));
  if (unknown.length || !elements.length) {
    throw new UsageError(`--elements takes a comma-separated list of ${EMBED_ELEMENTS.join(', ')}, not "${values.elements}"`);
  }
  outputFile('out', values.out, 'snippet.html');
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) throw new UsageError(`--heading-level takes 1 to 6, not "${level}"`);

  let text: string;
  try {
    text = isUrl(input) ? new TextDecoder().decode(await fetchBytes(input, 'The feed')) : readFileSync(input, 'utf8');
  } catch (err) {
    console.error(`${input}: cannot read: ${(err as Error).message}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    console.error(`${input}: not valid JSON: ${(err as Error).message}`);
    return 1;
  }
  // The elements' own reader: what they would drop is dropped here too, with the same warning.
  const read = readFeed(json, (issue) => console.error(`${input}: ${issue.path || 'feed'}: ${issue.message} (left out)`));
  if (!read.ok) {
    console.error(`${input}: ${read.issue.path || 'feed'}: ${read.issue.message}; the elements would refuse this feed`);
    return 1;
  }
  const feed: Feed = read.feed;

  // The script: the given URL, hashed as served; by default this version's published bundle, hashed from dist/.
  let script = values.script;
  let integrity = values.integrity;
  try {
    if (!script) {
      const published = publishedScript();
      script = published.url;
      integrity ??= sri(readFileSync(published.local));
    } else if (!integrity && isUrl(script)) {
      integrity = sri(await fetchBytes(script, 'The script'));
    }
  } catch (err) {
    console.error(`embed: cannot compute the script's integrity: ${(err as Error).message}. Run npm run build, or pass --integrity sha384-….`);
    return 1;
  }

  await catalogues;
  const snippet = embedSnippet(feed, {
    src,
    elements,
    lang: values.lang,
    collapsed: values.collapsed,
    headingLevel: level === undefined ? undefined : Number(level),
    list: values.list,
    script,
    integrity,
    prerender: !values['no-prerender'],
    preload: !values['no-preload'],
    style: !values['no-style'],
  });
  const note = missingNote(feed, values.lang, elements.includes('letter'));
  if (note) console.error(`embed: ${note}`);
  if (values.out) {
    mkdirSync(dirname(values.out) || '.', { recursive: true });
    writeFileSync(values.out, snippet);
    console.error(`wrote ${values.out}`);
  } else {
    process.stdout.write(snippet);
  }
  return 0;
}
