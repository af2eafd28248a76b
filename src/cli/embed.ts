/**
 * `wcit-feed embed`: prints a member's snippet with the letter, the count and
 * the sign-on link pre-rendered (see src/cli/embed/index.ts for what it holds and
 * why). The input is only the content to pre-render; `--src` is the hosted
 * feed the elements will read (by default the input itself when it is a URL).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { EMBED_ELEMENTS, catalogues, embedSnippet, missingNote, type EmbedElement } from './embed/index.js';
import { readFeed } from '../feed/read.js';
import type { Feed } from '../feed/types.js';
import { MEMBER_ORIGIN, fetchAsMember, get, report } from './check-host.js';
import { worksForMembers } from './host-check.js';
import { UsageError, outputFile } from './command.js';
import { networkProblem } from './terminal.js';

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

/** The script, fetched with check-host's caps (size, deadline); an error says what went wrong in words. */
async function fetchScript(url: string): Promise<Uint8Array> {
  let answer;
  try {
    answer = await get(url, MEMBER_ORIGIN);
  } catch (err) {
    throw new Error(networkProblem(err, url));
  }
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status} ${answer.statusText}`.trim());
  return answer.raw;
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
  // A member's page reads the feed from the organiser's host: a path on this computer means nothing there.
  if (!isUrl(src))
    throw new UsageError(`--src takes the published feed's full address (https://…/feed.json), not "${src}": members' pages cannot read a file on this computer`);
  // Without --elements, all three, in the order embedSnippet gives them.
  const elements = (values.elements ?? EMBED_ELEMENTS.join(',')).split(',').map((e) => e.trim()) as EmbedElement[];
  const unknown = elements.filter((e) => !EMBED_ELEMENTS.includes(e));
  if (unknown.length || !elements.length) {
    throw new UsageError(`--elements takes a comma-separated list of ${EMBED_ELEMENTS.join(', ')}, not "${values.elements}"`);
  }
  // `--out -` is standard output, as without --out.
  if (values.out == '-') delete values.out;
  outputFile('out', values.out, 'snippet.html');
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) throw new UsageError(`--heading-level takes 1 to 6, not "${level}"`);

  // The host check, as check-host runs it, on the feed the snippet points at: a snippet
  // whose feed members' pages cannot read fails on every member's site.
  const checked = await fetchAsMember(src, MEMBER_ORIGIN);
  const fetchedText = isUrl(input) && input === src && !('error' in checked) && checked.body !== undefined ? (typeof checked.body == 'string' ? checked.body : new TextDecoder().decode(checked.body)) : undefined;
  if ('error' in checked || checked.status === 404) {
    const why = 'error' in checked ? checked.error : 'nothing is published there (404)';
    if (isUrl(input)) {
      console.error(`${input}: cannot read the feed: ${why}`);
      return 1;
    }
    console.error(`embed: could not check the host at ${src}: ${why}. Once the feed is published there, run wcit-feed check-host ${src}`);
  } else {
    const { findings } = report('feed', checked, MEMBER_ORIGIN, (line) => console.error(line));
    if (!worksForMembers(findings)) {
      console.error(`\nembed: members' sites could not read the feed at ${src}, so the snippet would fail on every one of them: fix the host first (wcit-feed check-host ${src} checks it again). No snippet written.`);
      return 1;
    }
  }

  let text: string;
  try {
    text = fetchedText ?? (isUrl(input) ? new TextDecoder().decode(await fetchScript(input)) : readFileSync(input, 'utf8'));
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
  if (!script) {
    const published = publishedScript();
    script = published.url;
    try {
      integrity ??= sri(readFileSync(published.local));
    } catch {
      // Only a copy of wcit-feed run from the source, not an installed one, lacks dist/wcit.js.
      console.error(
        `embed: this copy of wcit-feed has no wcit.js to take the fingerprint (integrity) of the published script from. ` +
          `Run it from the installed package (npx wcit-feed embed …), or pass --script with the address of wcit.js.`,
      );
      return 1;
    }
  } else if (!integrity && isUrl(script)) {
    try {
      integrity = sri(await fetchScript(script));
    } catch (err) {
      console.error(
        `embed: could not download the script at ${script} to take its fingerprint (integrity): ${(err as Error).message}. ` +
          `Check the address, or leave --script out to use the published wcit.js.`,
      );
      return 1;
    }
  }

  await catalogues;
  const snippet = embedSnippet(feed, {
    src,
    ...(values.elements === undefined ? {} : { elements }),
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
