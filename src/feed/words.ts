/**
 * What a webmaster reads when a feed cannot be shown, in words. Only a page
 * whose feed has a problem needs them, so the bundle makes this module a
 * chunk of its own (wcit-words-<hash>.js beside wcit.js), which the loader
 * asks for then (`words` in loader.ts); wcit.js holds short codes. It imports
 * nothing, so a page that loads `wcit.js?ver=3` never runs a second copy of
 * wcit.js for it.
 */

/**
 * How a fetch failed (loader.ts's `fetchText`), by code: numbers, not an
 * enum, so that wcit.js never imports this module to name them.
 * - 0: `fetch` threw a TypeError (network, CSP or CORS); the detail is its message.
 * - 1: `fetch` threw something else (a script that replaced it); the detail is what.
 * - 2: an HTTP error; the detail is the status and its text.
 * - 3: the body broke off; the detail is the error.
 * - 4: the body is not UTF-8.
 * - 5: the body was not read in time, the detail being the limit in ms;
 * - 6: no answer in time, likewise.
 * - 7: anything else; the detail is the error.
 */
export type FetchFault = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

const limit = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`);

/**
 * Why a fetch failed, for a webmaster: what happened and, where there is one,
 * what the host should do. `the` names the file ("The feed at https://…").
 */
export function fetchFailed(the: string, code: FetchFault, detail?: unknown): string {
  switch (code) {
    case 0:
      // Browsers give CORS refusals and network faults the same opaque TypeError on purpose.
      return `${the} could not be reached (${detail}). Either the network failed, this page's Content-Security-Policy (connect-src) blocks it, or the host does not let other sites read it: it must send the header Access-Control-Allow-Origin: *.`;
    case 1:
      return `${the} could not be requested (${detail}).`;
    case 2:
      return `${the} answered ${String(detail).trim()}.`;
    case 3:
      return `${the} broke off while downloading (${detail}); try again later.`;
    case 4:
      return `${the} is not UTF-8: save it as UTF-8.`;
    case 5:
      return `${the} was still downloading after ${limit(detail as number)}.`;
    case 6:
      return `${the} did not answer within ${limit(detail as number)}.`;
    default:
      return `${the} could not be read (${detail}).`;
  }
}
