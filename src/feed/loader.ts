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
import type { Issue } from './check.js';
import { readFeedCoded, readSignatoriesDocumentCoded } from './reader.js';
import type { Feed, FeedIssue, Signatory } from './types.js';
import type { FetchFault } from './words.js';

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

type Fetched = { ok: true; body: string } | { ok: false; message: string };

/** The reason our own timer aborts with, told apart from an abort by a listener that left. */
const TIMEOUT = {};


/**
 * The words for a fault, a feed's problems and where its JSON breaks
 * (words.ts: a chunk that only a page whose feed has a problem downloads), or
 * undefined when they cannot be had within 3 s (a self-hosted copy without
 * the chunk, a network fault): the fault is then told in short rather than
 * not at all, and never later than that.
 */
export const words = (): Promise<typeof import('./words.js') | undefined> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 3000);
    import('./words.js').then(resolve, () => resolve(undefined)).finally(() => clearTimeout(timer));
  });

/** A fault told in short, when its words cannot be had (`words`). */
const short = (the: string, fault: FetchFault, detail?: unknown) => `${the} could not be loaded (fault ${fault}${detail === undefined ? '' : ': ' + detail}).`;

/** Why `the` file ("The feed at https://…") cannot be shown, by `fault` (words.ts), in words or, without them, in short. */
const told = async (the: string, fault: FetchFault, detail?: unknown, body?: string): Promise<string> =>
  (await words())?.fetchFailed(the, fault, detail, body) ?? short(the, fault, detail);

/**
 * GETs `url` as text. A failure's message names the URL and says what
 * happened and, where there is one, what the host should do (words.ts).
 * Settles within `timeoutMs` (and the time those words take to arrive)
 * whatever the page's `fetch` does (one that never settles, ignores the
 * abort, or throws), and never rejects. After an abort by anyone but the
 * timer, the result means nothing (`load` checks the signal).
 */
function fetchText(url: string, what: string, controller: AbortController, revalidate: boolean, timeoutMs: number, get = fetch): Promise<Fetched> {
  const the = `The ${what} at ${url}`,
    fail = async (fault: FetchFault, detail?: unknown): Promise<Fetched> => ({ ok: false, message: await told(the, fault, detail) });
  let timer: ReturnType<typeof setTimeout> | undefined,
    // Headers arrived: from here a failure is the body's, never CORS.
    answered = false;
  const run = async (): Promise<Fetched> => {
    let response: Response;
    try {
      response = await get(url, {
        signal: controller.signal,
        // fetch's default credentials mode, 'same-origin', on purpose: it is what a
        // <link rel=preload as=fetch crossorigin> hint requests, so the browser
        // uses the hint's response instead of fetching twice ('omit' never
        // matches one). A feed on another origin still gets no cookies.
        cache: revalidate ? 'no-cache' : 'default',
      });
    } catch (error) {
      // Browsers give CORS refusals and network faults the same opaque
      // TypeError on purpose; anything else came from a script that replaced fetch.
      return error instanceof TypeError ? fail(0, error.message) : fail(1, error);
    }
    answered = true;
    if (!response.ok) return fail(2, response.status + ' ' + response.statusText);
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return fail(3, error);
    }
    // text() decodes as UTF-8 whatever the file is, replacing what is not
    // UTF-8 (UTF-16's BOM, Latin-1's accents) with U+FFFD, and JSON.parse
    // would then blame a token. U+FFFD in a feed is such an accident.
    return body.includes('\ufffd') ? fail(4) : { ok: true, body };
  };
  return Promise.race([
    run().catch((error) => fail(7, error)),
    new Promise<Fetched>((resolve) => {
      timer = setTimeout(() => {
        resolve(fail(answered ? 5 : 6, timeoutMs));
        controller.abort(TIMEOUT);
      }, timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
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

/**
 * An issue without its words, when their chunk cannot be loaded (a copy of
 * wcit.js without the files beside it, a page gone offline): its path, the
 * path inside a dropped part (`.name`) and its kind (`Issue`, check.ts).
 */
const unworded = (i: Issue): FeedIssue => ({ path: i.p, message: `${i.r ? i.r.slice(1) + ': ' : ''}invalid (${i.k})` });

/**
 * What a fetched body holds, read by `read` (the feed's reader or the split
 * list's, both in slices, so a 100,000-name list never blocks the page), or
 * why it cannot be shown. JSON.parse errors name the line and column where
 * the JSON breaks (found by `jsonErrorAt` where the browser's message does not
 * say). The reader's issues are data; only when there are any are the words
 * downloaded, then the warnings printed in order, before the result is given.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function interpret(url: string, what: string, fetched: Fetched, read: typeof readFeedCoded | typeof readSignatoriesDocumentCoded): Promise<any> {
  if (!fetched.ok) return { ok: false, url, message: fetched.message };
  const the = `The ${what} at ${url}`;
  let json;
  try {
    json = JSON.parse(fetched.body);
  } catch (error) {
    return { ok: false, url, message: await told(the, 8, (error as Error).message, fetched.body) };
  }
  const issues: Issue[] = [],
    r = await read(json, (issue) => void issues.push(issue));
  // Refused, there are no warnings: the one issue is the refusal.
  if (!r.ok) issues.push(r.issue);
  // The words are asked for once, and only when there is something to say.
  const w = issues[0] ? await words() : undefined;
  let said: FeedIssue[];
  try {
    said = issues.map(w ? w.explain : unworded);
  } catch {
    // An explain that throws (it should not): the issues in short.
    said = issues.map(unworded);
  }
  const refusal = said[0] && `${where(said[0])}: ${said[0].message}`;
  if (!r.ok) return { ok: false, url, message: w ? w.fetchFailed(the, 9, refusal) : short(the, 9, refusal) };
  said.forEach(warner(url));
  return { url, ...r };
}

/** Never rejects: `fetchText` and the reader end every fault as a result. */
async function load(url: string, entry: Entry, revalidate: boolean, timeoutMs: number, get?: typeof fetch): Promise<void> {
  if (entry.inflight) return;
  const controller = (entry.inflight = new AbortController());
  const fetched = await fetchText(url, 'feed', controller, revalidate, timeoutMs, get);
  // Nobody listens any more (an abort by our own timer is a result to tell).
  const gone = () => controller.signal.aborted && controller.signal.reason !== TIMEOUT;
  // The same body (a 304 answered from the browser's cache): nothing to tell. The
  // request counts as in flight until it is read, so no second one starts meanwhile.
  const result: FeedResult | undefined =
    gone() || (fetched.ok && fetched.body === entry.body) ? undefined : await interpret(url, 'feed', fetched, readFeedCoded);
  if (entry.inflight === controller) entry.inflight = undefined;
  if (!result || gone()) return;
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
  let url: string;
  try {
    url = new URL(feed.signatoriesUrl, feedUrl).href;
  } catch {
    // The reader checks the URL; a page's own feed object may not have been read.
    return Promise.resolve({ ok: false, url: feed.signatoriesUrl, message: `the signatory list's address is not a URL: ${feed.signatoriesUrl}` });
  }
  let pending = lists.get(url);
  if (!pending) {
    pending = fetchText(url, 'signatory list', new AbortController(), false, options.timeout ?? DEFAULT_TIMEOUT_MS).then(async (fetched) => {
      const r = await interpret(url, 'signatory list', fetched, readSignatoriesDocumentCoded);
      return r.ok ? { ok: true, url, signatories: r.document.signatories } : r;
    });
    lists.set(url, pending);
    // A failure is not kept: asking again tries again.
    void pending.then((r) => r.ok || lists.delete(url));
  }
  return pending;
}
