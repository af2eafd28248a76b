// What several browser tests ask of the page and of the test feed host
// (test/server/feed-server.mjs).

/** Text as a reader sees it: whitespace runs collapsed, ends trimmed. */
export const text = (node: Node | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim();

/** One request the host saw for a key, as its /api/log reports it. */
export interface LoggedRequest {
  status?: number;
  method?: string;
  aborted?: boolean;
  headers?: Record<string, string>;
}

/** Every request the test host saw for feed URLs carrying `key=…`, in order. */
export async function requestLog(key: string): Promise<LoggedRequest[]> {
  const res = await fetch(`/api/log?key=${key}`);
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

/** Resolves once the test host has received a request for `key` (answered or still waiting on its delay). */
export async function requestArrived(key: string): Promise<void> {
  for (;;) {
    const res = await fetch(`/api/arrived?key=${key}`);
    if (((await res.json()) as { count: number }).count > 0) return;
  }
}

/** The test host's second origin (another port), which answers no CORS preflight. */
export async function crossOrigin(): Promise<string> {
  const res = await fetch('/api/origins');
  return ((await res.json()) as { cross: string }).cross;
}

/** The engine running the tests (MiniBrowser's user agent names Safari and AppleWebKit only). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Skips the running test in `where`, for what that engine's test driver truly
 * cannot do (never for a defect of ours), saying why in the run's log.
 */
export function skipIn(test: Mocha.Context, where: typeof engine, why: string): void {
  if (engine !== where) return;
  console.info(`skipped in ${where}: ${test.test?.fullTitle()}: ${why}`);
  test.skip();
}
