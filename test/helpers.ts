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

/** The test host's second origin (another port), which answers no CORS preflight. */
export async function crossOrigin(): Promise<string> {
  const res = await fetch('/api/origins');
  return ((await res.json()) as { cross: string }).cross;
}
