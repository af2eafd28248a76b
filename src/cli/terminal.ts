/**
 * What the CLI prints, made safe for a terminal, and the words for the
 * mistakes Node reports as codes (EISDIR, ENOENT, ECONNREFUSED…).
 *
 * Everything a message quotes can come from someone else: a campaign folder,
 * a feed, an HTTP reason phrase. A control character in it (ESC starts the
 * sequences that clear the screen, move the cursor or hide text; CR
 * overwrites a line) is shown escaped, as `\u001b`, never sent to the
 * terminal; so are the bidirectional overrides that reorder what is read.
 */

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character but newline and tab written as `\uXXXX`. */
export const printable = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A Node error with its code (and, for the file system, its path). */
export interface CodedError extends Error {
  code?: string;
  path?: string;
  hostname?: string;
  syscall?: string;
}

const FILE_WORDS: Record<string, string> = {
  EISDIR: 'is a folder, not a file: give the name of the file to write or read in it',
  ENOENT: 'no such file or folder: check the name and the folder it is in',
  ENOTDIR: 'part of this path is a file, not a folder: check the path',
  EEXIST: 'already exists: choose another name, or move it away first',
  EACCES: 'permission denied: choose a place you may write to, or ask whoever owns it',
  EPERM: 'not permitted: choose a place you may write to, or ask whoever owns it',
  EROFS: 'is on a read-only disk: choose another place',
  ENOSPC: 'the disk is full: free some space and run the command again',
  EMFILE: 'too many files open: close some programs and run the command again',
  ELOOP: 'is a link that points back to itself: replace it with the file',
  ENAMETOOLONG: 'the name is too long: choose a shorter one',
};

/** `public: is a folder, not a file: …` for a file-system error, else undefined. */
export function fileProblem(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as CodedError;
  if (!code || path === undefined || !FILE_WORDS[code]) return undefined;
  return `${path}: ${FILE_WORDS[code]}`;
}

/** Why a fetch of `url` failed, in words an organiser can act on. */
export function networkProblem(error: unknown, url: string): string {
  const err = (error ?? {}) as CodedError & { cause?: CodedError };
  // fetch() wraps the socket's error as its cause.
  const { code, message } = err.cause?.code ? err.cause : err;
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the URL as given
  }
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `no such host as ${host} (check the spelling of the address, and that this computer is online)`;
    case 'ECONNREFUSED':
      return `${host} refused the connection: nothing answers at that address and port (is the server running? is the port right?)`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `${host} closed the connection before answering (try again; if it goes on, the host is refusing this kind of request)`;
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${host} cannot be reached from this computer (check that it is online, and any firewall or proxy)`;
    case 'CERT_HAS_EXPIRED':
      return `${host}'s HTTPS certificate has expired: browsers refuse it too; the host must renew it`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${host}'s HTTPS certificate is not one browsers trust (${code}): members' pages cannot load it either`;
    default:
      return message || String(error);
  }
}

/** Where progress goes: stderr, or in a test, anything with `isTTY` and `write`. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Progress of a long build on a terminal: once `after` ms have passed, one
 * line rewritten in place ("reading signatories.csv: 120,000 rows…"), cleared
 * at the end. Nothing when the stream is a file or a pipe (CI logs stay clean).
 */
export function terminalProgress(
  stream: ProgressStream = process.stderr,
  after = 2000,
  now = Date.now,
): { rows: (n: number) => void; done: () => void } {
  const started = now();
  let shown = false;
  return {
    rows: (n) => {
      if (!stream.isTTY || now() - started < after) return;
      stream.write(`\rreading signatories.csv: ${n.toLocaleString('en')} rows…`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
