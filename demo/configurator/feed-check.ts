/**
 * The configurator's live feed check: what a member's page will meet when it
 * reads the feed, found the way that page finds it (a cross-origin GET with no
 * cookies). The judgement and its words are `wcit-feed check-host`'s
 * (src/cli/host-check.ts, issue #13), given what the browser lets a page
 * see; what it hides from pages (the CORS and ETag headers, compression, each
 * redirect) is left to check-host, and the page says so.
 */
import { checkHostResponse, type HostResponse } from '../../src/cli/host-check.js';
import { readFeed, signatoryTotal, type Feed } from '../../src/feed/index.js';

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

/** check-host's topics that a page cannot judge from what the browser shows it, and the organiser's own (fields the format does not define). */
const UNSEEN = new Set(['CORS', 'compression', 'revalidation', 'redirect', 'fields']);

const ok = (message: string): Finding => ({ level: 'ok', message });
const warning = (message: string): Finding => ({ level: 'warning', message });
const error = (message: string): Finding => ({ level: 'error', message });

/** One document (the feed or its split list), fetched as members' pages fetch it and judged by check-host's rules. */
async function checkDocument(url: string, what: 'feed' | 'list', findings: Finding[]): Promise<{ listUrl?: string; body?: string }> {
  const name = what === 'feed' ? 'feed' : 'signatory list';
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    // The elements' own words (src/feed/loader.ts): a browser tells a CORS refusal from a network fault to nobody.
    findings.push(
      error(
        `The ${name} at ${url} could not be reached (${(e as Error).message}). Either the network failed, this page's Content-Security-Policy (connect-src) blocks it, or the host does not let other sites read it: it must send the header Access-Control-Allow-Origin: *.`,
      ),
    );
    return {};
  }
  const body = await response.text();
  const host: HostResponse = {
    url: response.url || url,
    status: response.status,
    statusText: response.statusText,
    headers: Object.fromEntries(response.headers),
    body,
  };
  const check = checkHostResponse(host, what, location.origin);
  for (const finding of check.findings) {
    if (finding.severity === 'ok' || UNSEEN.has(finding.topic)) continue;
    findings.push({ level: finding.severity, message: `${finding.message}${finding.fix ? `: ${finding.fix}` : ''}.` });
  }
  if (response.redirected) {
    findings.push(warning(`${url} redirects to ${response.url}: every page view pays an extra request. Give members the final address.`));
  }
  if (response.ok && new URL(host.url).origin === location.origin) {
    findings.push(
      warning(
        `The ${name} is on this site's own address, so whether other sites may read it (Access-Control-Allow-Origin) cannot be seen from here: run npx wcit-feed check-host ${host.url}.`,
      ),
    );
  } else if (response.ok) {
    findings.push(ok(`Other sites may read the ${name} (Access-Control-Allow-Origin).`));
  }
  return { ...(check.listUrl ? { listUrl: check.listUrl } : {}), ...(response.ok ? { body } : {}) };
}

/** Checks the feed at `input` (absolute, or relative to the page). */
export async function checkFeed(input: string, base = document.baseURI): Promise<FeedCheck> {
  const url = new URL(input, base).href;
  const findings: Finding[] = [];
  if (!/^https?:$/.test(new URL(url).protocol)) {
    return { url, findings: [error(`${url} is not a web address: members' pages can only read a feed over https: (or http:).`)] };
  }
  const { listUrl, body } = await checkDocument(url, 'feed', findings);
  let feed: Feed | undefined;
  try {
    const read = body === undefined ? undefined : readFeed(JSON.parse(body));
    if (read?.ok) feed = read.feed;
  } catch {
    // check-host has said why.
  }
  if (feed && listUrl) await checkDocument(listUrl, 'list', findings);
  if (feed && !findings.some((f) => f.level === 'error')) {
    const languages = Object.keys(feed.letter).join(', ');
    findings.unshift(ok(`Members' pages can read this feed: "${feed.letter[feed.defaultLanguage]?.title}", ${signatoryTotal(feed)} signatories, letter in ${languages}.`));
  }
  findings.push(ok('Compression and ETag are not visible to a page: npx wcit-feed check-host URL checks them too.'));
  return { url, findings, ...(feed ? { feed } : {}) };
}
