/**
 * The configurator's live feed check: what a member's page will meet when it
 * reads the feed, found the way that page finds it (a cross-origin GET with no
 * cookies) and said in the words of the elements' `wcit-error` messages and
 * of `wcit-feed check-host`. A browser cannot see everything check-host sees
 * (compression, an ETag the host does not expose): those are left to it.
 */
import { readFeed, readSignatoriesDocument, signatoryTotal, validateFeed, validateSignatoriesDocument, type Feed } from '../../src/feed/index.js';

export interface Finding {
  level: 'ok' | 'warning' | 'error';
  message: string;
}

export interface FeedCheck {
  /** The absolute URL that was checked. */
  url: string;
  findings: Finding[];
  /** The feed, when members' pages can show it. */
  feed?: Feed;
}

/** Above this a feed costs every visitor noticeably; split the list (`wcit-feed build --split-threshold`). */
const LARGE_BYTES = 1_000_000;

const ok = (message: string): Finding => ({ level: 'ok', message });
const warning = (message: string): Finding => ({ level: 'warning', message });
const error = (message: string): Finding => ({ level: 'error', message });

/** One document (the feed or its split list), checked as members' pages will read it. */
async function checkDocument(url: string, what: string, findings: Finding[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    findings.push(
      error(
        `The ${what} at ${url} could not be reached (${(e as Error).message}). Either the network failed or the host does not let other sites read it: it must send the header Access-Control-Allow-Origin: *.`,
      ),
    );
    return undefined;
  }
  if (response.redirected) {
    findings.push(warning(`The ${what} at ${url} redirects to ${response.url}: every visitor pays for the extra round trip. Give members the final URL.`));
  }
  if (!response.ok) {
    findings.push(error(`The ${what} at ${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`));
    return undefined;
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    findings.push(warning(`The ${what} is served as "${type || 'no Content-Type'}"; serve it as application/json.`));
  }
  const cache = response.headers.get('Cache-Control');
  if (cache === null) findings.push(warning(`The ${what} has no Cache-Control header; a short max-age (e.g. max-age=300) spares the host and the readers.`));
  const body = await response.text();
  const bytes = new TextEncoder().encode(body).length;
  if (bytes > LARGE_BYTES) {
    findings.push(warning(`The ${what} is ${(bytes / 1e6).toFixed(1)} MB: every visitor downloads it. Split the list (wcit-feed build --split-threshold).`));
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    const hint = /^\s*</.test(body) ? ' It looks like a web page: check the URL.' : '';
    findings.push(error(`The ${what} at ${url} is not valid JSON: ${(e as Error).message}.${hint}`));
    return undefined;
  }
}

/** Checks the feed at `input` (absolute, or relative to the page). */
export async function checkFeed(input: string, base = document.baseURI): Promise<FeedCheck> {
  const url = new URL(input, base).href;
  const findings: Finding[] = [];
  if (!/^https?:$/.test(new URL(url).protocol)) {
    return { url, findings: [error(`${url} is not a web address: members' pages can only read a feed over https: (or http:).`)] };
  }
  const json = await checkDocument(url, 'feed', findings);
  if (json === undefined) return { url, findings };
  // The elements read leniently: a refused feed shows the fallback; a bad
  // optional part is left out of what members' pages show.
  const read = readFeed(json);
  if (!read.ok) {
    findings.push(error(`The feed at ${url} was refused: ${read.issue.path || 'feed'}: ${read.issue.message}.`));
    return { url, findings };
  }
  for (const issue of validateFeed(json)) findings.push(warning(`${issue.path || 'feed'}: ${issue.message} (members' pages leave it out).`));
  const feed = read.feed;
  if (feed.signatoriesUrl) {
    const listUrl = new URL(feed.signatoriesUrl, url).href;
    const list = await checkDocument(listUrl, 'signatory list', findings);
    if (list !== undefined) {
      const readList = readSignatoriesDocument(list);
      if (!readList.ok) findings.push(error(`The signatory list at ${listUrl} was refused: ${readList.issue.path || 'document'}: ${readList.issue.message}.`));
      else for (const issue of validateSignatoriesDocument(list)) findings.push(warning(`signatory list: ${issue.path}: ${issue.message} (left out).`));
    }
  }
  if (!findings.some((f) => f.level === 'error')) {
    const languages = Object.keys(feed.letter).join(', ');
    findings.unshift(ok(`Members' pages can read this feed: "${feed.letter[feed.defaultLanguage]?.title}", ${signatoryTotal(feed)} signatories, letter in ${languages}.`));
  }
  return { url, findings, feed };
}
