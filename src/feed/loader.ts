/**
 * The one loader every element on a page shares.
 *
 * - One request per absolute feed URL per page, however many elements ask and
 *   whenever they ask: a feed that loaded is kept for the page's lifetime.
 * - A request nobody wants any more is aborted (checked a microtask after the
 *   last listener leaves, so an element moved in the DOM keeps its request).
 * - Faults become values with a message a webmaster understands, never
 *   exceptions thrown into the host page.
 * - Only simple GETs: no custom header (static hosts answer no CORS
 *   preflight), no cookies, nothing stored. Revalidation goes through the
 *   browser's HTTP cache (`cache: 'no-cache'` makes the browser itself send
 *   If-None-Match / If-Modified-Since and reuse the cached body on a 304).
 *
 * No DOM and no Lit here beyond `fetch`, so Node tools can use it too.
 */
import { readFeed, readSignatoriesDocument, type FeedIssue } from './read.js';
import type { Feed, Signatory } from './types.js';

export type FeedResult = { ok: true; url: string; feed: Feed } | { ok: false; url: string; message: string };
export type SignatoriesResult =
  | { ok: true; url: string; signatories: Signatory[] }
  | { ok: false; url: string; message: string };

export type FeedListener = (result: FeedResult) => void;

/** How long a feed may take before the request is given up. */
export const DEFAULT_TIMEOUT_MS = 15_000;

interface Entry {
  listeners: Set<FeedListener>;
  /** The last result, given at once to listeners that arrive later. */
  result?: FeedResult;
  /** The body the result came from: a revalidation that returns it unchanged notifies nobody. */
  body?: string;
  /** The request in flight, if any. */
  inflight?: AbortController;
}

const feeds = new Map<string, Entry>();
const lists = new Map<string, Promise<SignatoriesResult>>();

/** Thrown into `fetch` by our own timer, so a timeout is told apart from a plain abort. */
class Timeout extends Error {}

type Fetched = { ok: true; body: string } | { ok: false; message: string; aborted?: boolean };

/**
 * GETs `url` as text. The messages name the URL and say what happened and,
 * where there is one, what the host should do.
 */
async function fetchText(url: string, what: string, controller: AbortController, revalidate: boolean, timeoutMs: number, get = fetch): Promise<Fetched> {
  const timer = setTimeout(() => controller.abort(new Timeout()), timeoutMs);
  try {
    const response = await get(url, {
      signal: controller.signal,
      // fetch's default credentials mode, 'same-origin', on purpose: it is what a
      // <link rel=preload as=fetch crossorigin> hint requests, so the browser
      // uses the hint's response instead of fetching twice ('omit' never
      // matches one). A feed on another origin still gets no cookies.
      cache: revalidate ? 'no-cache' : 'default',
    });
    if (!response.ok) {
      return { ok: false, message: `The ${what} at ${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
    }
    return { ok: true, body: await response.text() };
  } catch (error) {
    if (controller.signal.reason instanceof Timeout) {
      const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
      return { ok: false, message: `The ${what} at ${url} did not answer within ${limit}.` };
    }
    if (controller.signal.aborted) return { ok: false, message: 'aborted', aborted: true };
    // Browsers give CORS refusals and network faults the same opaque TypeError on purpose.
    return {
      ok: false,
      message:
        `The ${what} at ${url} could not be reached (${String((error as Error)?.message ?? error)}). ` +
        'Either the network failed or the host does not let other sites read it: it must send the header Access-Control-Allow-Origin: *.',
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Parses JSON, naming where it breaks (browsers put the position in their messages). */
function parse(url: string, what: string, body: string): { ok: true; json: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (error) {
    const hint = /^\s*</.test(body) ? ' It looks like a web page: check the URL.' : '';
    return { ok: false, message: `The ${what} at ${url} is not valid JSON: ${(error as Error).message}.${hint}` };
  }
}

const where = (issue: FeedIssue) => issue.path || 'feed';

function warner(url: string) {
  return (issue: FeedIssue) => console.warn(`wcit-embed: ${url}: ${where(issue)}: ${issue.message} (left out)`);
}

function notify(entry: Entry, result: FeedResult) {
  entry.result = result;
  if (!result.ok) console.error(`wcit-embed: ${result.message}`);
  for (const listener of [...entry.listeners]) listener(result);
}

/** The feed in a body, or why it cannot be shown. */
function interpret(url: string, body: string): FeedResult {
  const parsed = parse(url, 'feed', body);
  if (!parsed.ok) return { ok: false, url, message: parsed.message };
  const read = readFeed(parsed.json, warner(url));
  if (!read.ok) return { ok: false, url, message: `The feed at ${url} was refused: ${where(read.issue)}: ${read.issue.message}.` };
  return { ok: true, url, feed: read.feed };
}

async function load(url: string, entry: Entry, revalidate: boolean, timeoutMs: number, get?: typeof fetch): Promise<void> {
  if (entry.inflight) return;
  const controller = (entry.inflight = new AbortController());
  const fetched = await fetchText(url, 'feed', controller, revalidate, timeoutMs, get);
  if (entry.inflight === controller) entry.inflight = undefined;
  if (!fetched.ok && fetched.aborted) return;
  // The same body (a 304 answered from the browser's cache): nothing to tell.
  if (fetched.ok && fetched.body === entry.body) return;
  const result: FeedResult = fetched.ok ? interpret(url, fetched.body) : { ok: false, url, message: fetched.message };
  // A revalidation that fails, or finds a broken feed, keeps showing the feed we have.
  if (!result.ok && revalidate && entry.result?.ok) return void console.warn(`wcit-embed: ${result.message} (still showing the feed read before)`);
  if (fetched.ok && result.ok) entry.body = fetched.body;
  notify(entry, result);
  // A failure is not kept: an element that asks later tries again.
  if (!result.ok) entry.result = undefined;
}

export interface LoadOptions {
  /** Milliseconds before the request is given up (default 15 s). */
  timeout?: number;
  /** Reads the feed in place of `fetch` (the npm package's default feed comes from a module). */
  fetch?: typeof fetch;
}

/**
 * Listens to the feed at `url` (absolute): `listener` is called with the
 * result, and again whenever a revalidation finds the feed changed. Returns
 * the function that stops listening.
 */
export function subscribe(url: string, listener: FeedListener, options: LoadOptions = {}): () => void {
  let entry = feeds.get(url);
  if (!entry) feeds.set(url, (entry = { listeners: new Set() }));
  entry.listeners.add(listener);
  const known = entry.result;
  if (known) queueMicrotask(() => entry.listeners.has(listener) && entry.result === known && listener(known));
  else void load(url, entry, false, options.timeout ?? DEFAULT_TIMEOUT_MS, options.fetch);
  return () => {
    entry.listeners.delete(listener);
    queueMicrotask(() => {
      if (entry.listeners.size > 0) return;
      entry.inflight?.abort();
      entry.inflight = undefined;
      // Keep a loaded feed for elements added later; forget one that never loaded.
      if (!entry.result) feeds.delete(url);
    });
  };
}

/**
 * Asks the browser whether the feed changed (a conditional request through
 * its HTTP cache). Listeners hear only of a changed feed. One revalidation
 * per URL at a time, however many elements ask.
 */
export function revalidate(url: string, options: LoadOptions = {}): Promise<void> {
  const entry = feeds.get(url);
  if (!entry || entry.listeners.size === 0) return Promise.resolve();
  return load(url, entry, true, options.timeout ?? DEFAULT_TIMEOUT_MS, options.fetch);
}

/**
 * The complete list of a split feed (`signatoriesUrl`, resolved against the
 * feed's own URL), fetched once per page and checked like the feed itself.
 * Call it only when a person asks for more than the inline names.
 */
export function loadSignatories(feedUrl: string, feed: Feed, options: LoadOptions = {}): Promise<SignatoriesResult> {
  if (!feed.signatoriesUrl) return Promise.resolve({ ok: true, url: feedUrl, signatories: feed.signatories });
  const url = new URL(feed.signatoriesUrl, feedUrl).href;
  let pending = lists.get(url);
  if (!pending) {
    pending = (async (): Promise<SignatoriesResult> => {
      const what = 'signatory list';
      const fetched = await fetchText(url, what, new AbortController(), false, options.timeout ?? DEFAULT_TIMEOUT_MS);
      const parsed = fetched.ok ? parse(url, what, fetched.body) : fetched;
      if (!parsed.ok) return { ok: false, url, message: parsed.message };
      const read = readSignatoriesDocument(parsed.json, warner(url));
      if (!read.ok) return { ok: false, url, message: `The ${what} at ${url} was refused: ${where(read.issue)}: ${read.issue.message}.` };
      return { ok: true, url, signatories: read.document.signatories };
    })();
    lists.set(url, pending);
    // A failure is not kept: asking again tries again.
    void pending.then((r) => r.ok || lists.delete(url));
  }
  return pending;
}
