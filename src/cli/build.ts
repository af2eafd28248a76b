import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { validateFeed, validateSignatoriesDocument } from '../feed/read.js';
import type { FeedIssue } from '../feed/types.js';
import type { Feed, LetterText, SignatoriesDocument, Signatory } from '../feed/types.js';
import { CSV_COLUMNS, decodeCsv, parseSignatoriesCsv, type ColumnMap } from './csv.js';
import type { SourceIssue } from './issues.js';
import { parseLetter, type LetterLines } from './markdown.js';

/**
 * Builds a v1 feed from a source folder, reading files but writing none:
 *
 *   campaign.json      id, defaultLanguage, and optionally updated, signOn,
 *                      fullListUrl (and a "$comment" for people)
 *   letter.<lang>.md   the letter in each language (see markdown.ts)
 *   signatories.csv    the signatories, in order (see csv.ts)
 *
 * Every problem is collected, each with its file and line, and the assembled
 * feed is then checked with the same strict validator that `validate` uses,
 * its complaints mapped back to the line they came from.
 */

/** More signatories than this, and the builder splits the list. */
export const DEFAULT_SPLIT_THRESHOLD = 1000;
/**
 * How many names a split feed keeps inline: enough for a compact widget's
 * first screen and a "show all" button, small enough that a feed on a
 * thousand sites stays a few kilobytes.
 */
export const DEFAULT_INLINE_COUNT = 100;

export const CAMPAIGN_FILE = 'campaign.json';
export const SIGNATORIES_FILE = 'signatories.csv';
const LETTER_FILE = /^letter\.([^.]+)\.md$/;
const CAMPAIGN_KEYS = ['$comment', 'id', 'defaultLanguage', 'updated', 'signOn', 'fullListUrl', 'columns'];

export interface BuildOptions {
  /** Split when there are more signatories than this. */
  splitThreshold?: number;
  /** How many signatories a split feed inlines. */
  inlineCount?: number;
  /**
   * The feed's `signatoriesUrl` when split, or a function of the campaign id
   * giving it; default `<id>-signatories.json`.
   */
  signatoriesUrl?: string | ((id: string) => string);
  /** Return signatories.csv with the fixes applied (`csvFix`), for `--fix`. */
  fix?: boolean;
  /** Told how many CSV rows have been read, every 10,000. */
  progress?: (rows: number) => void;
  /** Header names of signatories.csv → feed columns (null: leave out quietly); the --columns option, over campaign.json's "columns". */
  columns?: ColumnMap;
}

export interface BuildResult {
  /** Absent when there are errors. */
  feed?: Feed;
  /** The complete list, when the feed was split. */
  signatoriesDocument?: SignatoriesDocument;
  /** Errors and warnings, in file order. */
  issues: SourceIssue[];
  /** signatories.csv with the fixes the build applied (see csv.ts), when there were any; `--fix` writes it. */
  csvFix?: { file: string; text: string; changed: number[]; dropped: number[] };
}

export const defaultSignatoriesFile = (id: string): string => `${id}-signatories.json`;

export function buildFeed(sourceDir: string, options: BuildOptions = {}): BuildResult {
  const issues: SourceIssue[] = [];
  const file = (name: string) => join(sourceDir, name);
  const error = (name: string, message: string, line?: number) =>
    issues.push({ severity: 'error', file: name, ...(line === undefined ? {} : { line }), message });

  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) {
    error(sourceDir, 'no such folder (expected campaign.json, letter.<lang>.md and signatories.csv in it)');
    return { issues };
  }
  // A link out of the folder would publish a file of the organiser's (a
  // folder received from someone else can hold letter.de.md -> ../.env).
  const root = realpathSync(sourceDir);
  const names = readdirSync(sourceDir)
    .sort()
    .filter((name) => {
      if (!lstatSync(file(name)).isSymbolicLink()) return true;
      let target: string;
      try {
        target = realpathSync(file(name));
      } catch {
        error(file(name), 'is a link to a file that does not exist: replace it with the file itself');
        return false;
      }
      const inside = relative(root, target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
        error(file(name), `is a link to ${target}, outside the campaign folder: it is not read (copy the file into the folder if it belongs to the campaign)`);
        return false;
      }
      return true;
    });

  // campaign.json
  const campaignPath = file(CAMPAIGN_FILE);
  let campaignText = '';
  let campaign: Record<string, unknown> = {};
  let campaignParsed = false;
  if (!names.includes(CAMPAIGN_FILE)) {
    error(campaignPath, 'missing: it gives the feed\'s "id" and "defaultLanguage", e.g. {"id": "my-letter", "defaultLanguage": "en"}');
  } else {
    campaignText = readFileSync(campaignPath, 'utf8');
    const parsed = parseJson(campaignText);
    if ('error' in parsed) {
      issues.push({ severity: 'error', file: campaignPath, ...(parsed.line && { line: parsed.line, column: parsed.column }), message: `not valid JSON: ${parsed.error}` });
    } else if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      error(campaignPath, 'must hold a JSON object', 1);
    } else {
      campaign = parsed.value as Record<string, unknown>;
      campaignParsed = true;
      for (const key of Object.keys(campaign)) {
        if (!CAMPAIGN_KEYS.includes(key)) {
          error(campaignPath, `unknown field "${key}" (expected ${CAMPAIGN_KEYS.slice(1).join(', ')})`, jsonKeyLine(campaignText, [key]));
        }
      }
    }
  }

  // letter.<lang>.md
  const letter: Record<string, LetterText> = {};
  const letterLines = new Map<string, { file: string; lines: LetterLines }>();
  for (const name of names) {
    const match = LETTER_FILE.exec(name);
    if (!match) {
      if (/^letter.*\.(md|markdown)$/i.test(name)) {
        error(file(name), 'letter files are named letter.<lang>.md, with a BCP 47 language tag, e.g. letter.en.md or letter.es-AR.md');
      }
      continue;
    }
    const lang = canonicalTag(match[1]!);
    const path = file(name);
    // letter.es.md and letter.ES.md are one language: keeping either would lose the other without a word.
    const twin = letterLines.get(lang);
    if (twin) {
      error(path, `a second letter in "${lang}", beside ${basename(twin.file)}: keep one of the two files`);
      continue;
    }
    if (lang !== match[1]) issues.push({ severity: 'warning', file: path, message: `language "${match[1]}" read as "${lang}" (BCP 47 writes it so; rename the file letter.${lang}.md to silence this)` });
    const parsed = parseLetter(readFileSync(path, 'utf8'), path);
    issues.push(...parsed.issues);
    letterLines.set(lang, { file: path, lines: parsed.lines });
    if (parsed.letter) letter[lang] = parsed.letter;
  }
  if (letterLines.size === 0) error(file('letter.en.md'), 'missing: a campaign needs its letter in at least one language, in letter.<lang>.md');

  // A second copy a browser saved beside the first ("signatories (1).csv") is never read: say so.
  for (const name of names) {
    if (name !== SIGNATORIES_FILE && !name.endsWith('.fixed.csv') && /^signatories\b.*\.csv$/i.test(name)) {
      issues.push({
        severity: 'warning',
        file: file(name),
        message: `looks like another copy of ${SIGNATORIES_FILE} (a re-download?): only ${SIGNATORIES_FILE} is read; if this is the newer list, rename it ${SIGNATORIES_FILE}`,
      });
    }
  }

  // signatories.csv
  const csvPath = file(SIGNATORIES_FILE);
  let signatories: Signatory[] = [];
  let rowLines: number[] = [];
  let csvHeaders: Partial<Record<string, string>> = {};
  let csvFix: BuildResult['csvFix'];
  if (!names.includes(SIGNATORIES_FILE)) {
    error(csvPath, 'missing: a campaign with no signatories yet needs just the header row "name,kind,country,affiliation,url,signed"');
  } else {
    const bytes = readFileSync(csvPath);
    const problem = utf8Problem(bytes, csvPath);
    if (problem) {
      issues.push(problem);
    } else {
      const columns = { ...campaignColumns(campaign.columns, campaignPath, jsonKeyLine(campaignText, ['columns']), issues), ...options.columns };
      const columnsFrom = options.columns ? '--columns' : `${CAMPAIGN_FILE} "columns"`;
      const parsed = parseSignatoriesCsv(bytes, csvPath, { columns, columnsFrom, fix: options.fix, progress: options.progress });
      issues.push(...parsed.issues);
      signatories = parsed.signatories;
      rowLines = parsed.lines;
      csvHeaders = parsed.headers ?? {};
      if (parsed.fixed) csvFix = { file: csvPath, ...parsed.fixed };
    }
  }

  // Assemble in the order the format documents the fields, so the JSON reads
  // like the spec.
  const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
  const inline = options.inlineCount ?? DEFAULT_INLINE_COUNT;
  const split = signatories.length > threshold;
  const id = typeof campaign.id === 'string' ? campaign.id : '';
  const feed = {
    version: 1,
    id: campaign.id,
    ...(campaign.updated === undefined ? {} : { updated: campaign.updated }),
    defaultLanguage: campaign.defaultLanguage,
    letter,
    ...(campaign.signOn === undefined ? {} : { signOn: campaign.signOn }),
    signatories: split ? signatories.slice(0, inline) : signatories,
    ...(split
      ? { signatoryCount: signatories.length, signatoriesUrl: signatoriesUrlFor(id, options.signatoriesUrl) }
      : {}),
    ...(campaign.fullListUrl === undefined ? {} : { fullListUrl: campaign.fullListUrl }),
  };
  const signatoriesDocument = split ? { version: 1 as const, signatories } : undefined;

  // Where a path in the assembled feed came from.
  const locate = (path: string): { file: string; line?: number } => {
    const segments = parsePath(path);
    const [head, second, third, fourth, fifth, sixth] = segments;
    if (head === 'signatories' && typeof second === 'number') return { file: csvPath, line: rowLines[second] };
    if (head === 'signatories') return { file: csvPath };
    if (head === 'letter' && typeof second === 'string' && letterLines.has(second)) {
      const source = letterLines.get(second)!;
      const { lines } = source;
      if (third === 'title' || third === 'summary' || third === 'closing') {
        return { file: source.file, line: lines[third] ?? 1 };
      }
      if (third === 'body' && typeof fourth === 'number') {
        const item = fifth === 'items' && typeof sixth === 'number' ? lines.items[fourth]?.[sixth] : undefined;
        return { file: source.file, line: item ?? lines.blocks[fourth] };
      }
      return { file: source.file };
    }
    if (typeof head === 'string' && CAMPAIGN_KEYS.includes(head) && campaignText) {
      const line = jsonKeyLine(campaignText, segments.filter((s): s is string => typeof s === 'string'));
      return { file: campaignPath, ...(line === undefined ? {} : { line }) };
    }
    if (head === 'letter' || head === 'defaultLanguage') return { file: sourceDir };
    return { file: campaignPath };
  };
  const report = (found: FeedIssue[]) => {
    for (const { path, message } of found) {
      const at = locate(path);
      // A signatory's field is named by its column in the organiser's spreadsheet ("Website"), not its JSON path.
      const [head, index, field] = parsePath(path);
      const column = head === 'signatories' && typeof index === 'number' && typeof field === 'string' ? csvHeaders[field] : undefined;
      const where = column ? `column "${column}"` : path || 'feed';
      issues.push({ severity: 'error', file: at.file, ...(at.line === undefined ? {} : { line: at.line }), message: `${where}: ${message}` });
    }
  };

  // Validate even when the sources had errors: the rest of the problems are
  // worth seeing in the same run. Leave out only what the sources already
  // explained: a letter that failed to parse is missing from `letter`, and a
  // missing or broken campaign.json lacks every field.
  const failedLetters = [...letterLines.keys()].filter((lang) => !letter[lang]);
  const explained = (path: string): boolean => {
    const [head, second] = parsePath(path);
    const noLetters = Object.keys(letter).length === 0;
    if (head === 'letter') return noLetters || (second !== undefined && failedLetters.includes(String(second)));
    if (head === 'defaultLanguage' && (noLetters || failedLetters.includes(String(campaign.defaultLanguage)))) return true;
    return !campaignParsed && locate(path).file === campaignPath;
  };
  report(validateFeed(feed).filter(({ path }) => !explained(path)));
  if (signatoriesDocument) {
    // The inline names are the first of these and were reported above. One
    // signatory at a time: the validator's clean copy of a 300,000-name list
    // would double the memory the build needs.
    const { signatories: all } = signatoriesDocument;
    for (let i = inline; i < all.length; i++) {
      const found = validateSignatoriesDocument({ version: 1, signatories: [all[i]] });
      if (found.length) report(found.map((f) => ({ ...f, path: f.path.replace(/^signatories\[0\]/, `signatories[${i}]`) })));
    }
  }

  const unique = dedupe(issues);
  const fix = csvFix ? { csvFix } : {};
  if (unique.some((issue) => issue.severity === 'error')) return { issues: unique, ...fix };
  return { feed: feed as Feed, ...(signatoriesDocument ? { signatoriesDocument } : {}), issues: unique, ...fix };
}

/** Why signatories.csv cannot be read as UTF-8, or undefined; its text is not kept (the parser reads the bytes). */
function utf8Problem(bytes: Uint8Array, file: string): SourceIssue | undefined {
  const decoded = decodeCsv(bytes, file);
  return 'issue' in decoded ? decoded.issue : undefined;
}

/** `ES` → `es`, `pt-br` → `pt-BR`, `zh-hant` → `zh-Hant`: a BCP 47 tag in its usual case. */
export const canonicalTag = (tag: string): string =>
  tag
    .split('-')
    .map((part, i) => (i == 0 ? part.toLowerCase() : part.length == 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.length == 2 ? part.toUpperCase() : part.toLowerCase()))
    .join('-');

/** campaign.json's "columns", checked: {"Header": "name" | … | null}. */
function campaignColumns(value: unknown, file: string, line: number | undefined, issues: SourceIssue[]): ColumnMap {
  if (value === undefined) return {};
  const error = (message: string) => issues.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), message });
  const expected = `"columns" maps the CSV's header names to the feed's columns, e.g. {"Organisation name": "name", "Email": null} (columns: ${CSV_COLUMNS.join(', ')}; null leaves one out)`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    error(expected);
    return {};
  }
  const columns: ColumnMap = {};
  for (const [header, column] of Object.entries(value)) {
    if (column === null || (typeof column === 'string' && (CSV_COLUMNS as readonly string[]).includes(column))) {
      columns[header] = column as ColumnMap[string];
    } else {
      error(`"columns": "${header}" maps to ${JSON.stringify(column)}; ${expected}`);
    }
  }
  return columns;
}

function signatoriesUrlFor(id: string, option: BuildOptions['signatoriesUrl']): string {
  if (typeof option === 'function') return option(id);
  return option ?? defaultSignatoriesFile(id);
}

/** `letter.en.body[3].items[0]`, `letter["es-AR"]` → ['letter', 'en', 'body', 3, 'items', 0]. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\['([^']*)'\]|\.?([^.[\]]+)/g;
  for (const match of path.matchAll(re)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(`"${match[2]}"`) as string);
    else if (match[3] !== undefined) segments.push(match[3]);
    else if (match[4] !== undefined) segments.push(match[4]);
  }
  return segments;
}

/**
 * JSON.parse with the line and column of a syntax error, and its message
 * without V8's "at position 182", which no editor shows.
 */
export function parseJson(text: string): { value: unknown } | { error: string; line?: number; column?: number } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const message = (err as Error).message;
    // V8 says "… in JSON at position N" (Node 20) or "… (line L column C)" (Node 22).
    const lineMatch = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let at: { line: number; column: number } | undefined;
    if (lineMatch) at = { line: Number(lineMatch[1]), column: Number(lineMatch[2]) };
    else if (position) {
      const before = text.slice(0, Number(position[1])).split('\n');
      at = { line: before.length, column: before.at(-1)!.length + 1 };
    }
    const error = message.replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { error, ...at };
  }
}

/**
 * The line of the key at `keys` (outermost first) in pretty-printed JSON,
 * found by searching for each key after the previous one: good enough for the
 * hand-written campaign.json, where each key starts a line.
 */
function jsonKeyLine(text: string, keys: string[]): number | undefined {
  let from = 0;
  let at = -1;
  for (const key of keys) {
    at = text.indexOf(`${JSON.stringify(key)}`, from);
    if (at < 0) return undefined;
    from = at + 1;
  }
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** Without repeats, by file and then line, so the report reads down each file. */
function dedupe(issues: SourceIssue[]): SourceIssue[] {
  const seen = new Set<string>();
  const files = [...new Set(issues.map((issue) => issue.file))];
  const order = (issue: SourceIssue) => [files.indexOf(issue.file), issue.line ?? 0];
  const sorted = [...issues].sort((a, b) => {
    const [fa, la] = order(a);
    const [fb, lb] = order(b);
    return fa - fb || la - lb;
  });
  return sorted.filter((issue) => {
    const key = `${issue.severity}\0${issue.file}\0${issue.line}\0${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
