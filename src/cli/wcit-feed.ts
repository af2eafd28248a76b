#!/usr/bin/env node
/**
 * wcit-feed: start, build, preview and check a campaign's letter feed
 * (format v1), and the host that serves it.
 *
 * Usage:
 *   wcit-feed init <dir>                         start a campaign folder
 *   wcit-feed build <dir> --out <feed.json> [options]
 *   wcit-feed preview <dir> [--port <n>] [--columns <map>]
 *   wcit-feed validate <file.json> [--signatories] [--strict]
 *   wcit-feed check-host <feed URL> [--origin <url>]
 *   wcit-feed embed <feed.json | feed URL> --src <URL> [options]
 *   wcit-feed <command> --help                   one command's options
 *   wcit-feed --version
 *   wcit-feed --help
 *
 * In a project that installed wcit-embed, run it as `npx wcit-feed …`.
 *
 * init writes campaign.json, letter.en.md, signatories.csv and README.txt
 * into <dir> (new or empty): a campaign that builds as it is, with notes on
 * what goes where.
 *
 * build reads <dir>:
 *   campaign.json      {"id", "defaultLanguage", "signOn": {"url", "closes", "goal"},
 *                      "fullListUrl", "updated", "columns"}; only id and
 *                      defaultLanguage are required, and "$comment" is allowed
 *                      for notes
 *   letter.<lang>.md   the letter in one language (letter.en.md, letter.es-AR.md):
 *                      a first line "# Title", or front matter (title, summary,
 *                      closing) between "---" lines; then Markdown: paragraphs,
 *                      headings, lists, **bold**, *italic*, [links](https://…)
 *   signatories.csv    a header row, then one signatory a row, in order. The
 *                      columns are name, kind, country, affiliation, url,
 *                      signed (only name is required), in any case and order,
 *                      and the names sign-on tools export (Organisation,
 *                      Full name, Country code, Website, Type, Date…); commas,
 *                      semicolons or tabs; UTF-8, with or without a BOM.
 *                      Other columns are reported and left out (never
 *                      published), or mapped with "columns" in campaign.json
 *                      or --columns
 * checks everything strictly, and writes the feed as JSON.
 *
 * build options:
 *   --out <file>              where to write the feed (required)
 *   --schema <file>           also write the feed's JSON Schema (draft 2020-12)
 *   --split-threshold <n>     split the list when there are more than n
 *                             signatories (default 1000)
 *   --inline <n>              how many signatories a split feed keeps inline
 *                             (default 100)
 *   --signatories-out <file>  where a split feed's complete list goes (default
 *                             <id>-signatories.json next to the feed); the feed's
 *                             signatoriesUrl is its path relative to the feed
 *   --columns <map>           name the CSV's other columns, e.g.
 *                             --columns "Org name=name,Where=country,Email="
 *                             (an empty target leaves a column out quietly)
 *   --fix                     write signatories.fixed.csv beside
 *                             signatories.csv with the fixes the build
 *                             applied (country codes, duplicates left out),
 *                             and say which rows changed
 *   --format <text|json>      json: print one JSON report on stdout (ok,
 *                             errors, warnings, every issue with its file and
 *                             line, what was written), for CI
 *
 * build reads spreadsheet habits as meant, each with a warning: a country as
 * "de", "UK" or "Germany" becomes DE or GB; a signatory given twice (also in
 * another case, spacing or full-width letters) is published once, the later
 * row left out and both lines named; letter.ES.md is the language "es".
 * The same warning about many rows is shown three times, then counted ("and
 * 13,370 more like this"). A split feed's complete list is written compact.
 *
 * preview builds <dir> in memory and serves it on http://localhost:<port>/
 * (default 8080; 0 picks a free port) with a page showing the letter, the
 * counter, the sign button and the list as members' sites will. It rebuilds
 * when a file is saved, and shows problems in the terminal and on the page.
 * It answers only requests for its own address (no other site can read the
 * draft).
 *   --port <n>                the port (default 8080; 0 picks a free one)
 *   --columns <map>           name the CSV's other columns, as for build
 *
 * check-host fetches a published feed as a member's page will (from another
 * origin, no cookies) and checks what decides whether members' sites work:
 * the CORS header, status and redirects, content type, JSON and every
 * violation of the format, compression, ETag/Last-Modified, Cache-Control and
 * size; for a split feed, its list too. Each finding comes with its fix.
 * It reads at most 128 MB (decompressed) and stops after 30 seconds however
 * slowly the host answers; it never follows a redirect to a link-local or
 * (from a public address) a private one.
 *   --origin <url>            the member's page to fetch as (default
 *                             https://member.example)
 * Exit status 0 when members' sites will work (warnings allowed), else 1.
 *
 * validate checks a feed strictly and prints every violation with its JSON
 * path. Fields the format does not define (fullListURL, signOn.Goal, a
 * signatory's Country) are named as warnings: readers ignore them, so their
 * values never reach a member's page.
 *   --strict                  fields the format does not define are errors
 *                             (exit status 1), for CI
 *   --signatories             check a split list ({"version": 1,
 *                             "signatories": […]}) instead of a feed
 *
 * In letter.<lang>.md the closing ("Sincerely,") is the front matter's
 * "closing:", not a paragraph, and the signatories are not in it. Markdown the
 * feed cannot hold (images, tables, code, quotes, raw HTML, nested lists,
 * headings in lists) is an error, never dropped.
 *
 * embed prints a member's snippet with the letter, the count and the sign-on
 * link pre-rendered, readable before (and without) the script. It first runs
 * check-host on the feed at --src: when members' pages could not read it (no
 * CORS, a sign-in, …) it prints the fixes and writes no snippet (exit 1); when
 * nothing answers there yet, it says so and writes the snippet.
 *   --src <URL>               the published feed's full address, which the
 *                             elements read (default: the input, when it is
 *                             a URL); a path on this computer is refused
 *   --elements <list>         letter,signatories,button (default: all three)
 *   --lang <tag>              the letter's language (default: the feed's own)
 *   --collapsed               the letter folded after its first paragraph
 *   --heading-level <1-6>     level of the letter's title (default 2)
 *   --list                    the list of signatories instead of the count
 *   --script <URL>            wcit.js (default: this version on jsDelivr);
 *                             its sha384 goes into integrity=
 *   --integrity <sha384-…>    use this instead of hashing the script
 *   --no-prerender            the plain snippet (the tags, script and hint)
 *   --no-preload              without the hint that fetches the feed early
 *   --no-style                without the <style> that holds the elements'
 *                             boxes before the script (for a CSP that
 *                             refuses inline styles)
 *   --out <file>              write the snippet there instead of stdout
 *
 * Problems are printed as FILE:LINE: message, all of them, not just the first.
 * Exit status: 0 success (warnings allowed), 1 problems found, 2 bad usage.
 */
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';
import { feedJsonSchema } from './json-schema.js';
import { signatoryTotal, validateFeed, validateSignatoriesDocument } from '../feed/read.js';
import type { Feed, SignatoriesDocument } from '../feed/types.js';
import { buildFeed, defaultSignatoriesFile, parseJson } from './build.js';
import { checkHost } from './check-host.js';
import { UsageError, count, outputFile, type Command } from './command.js';
import { parseColumnMap } from './csv.js';
import { embed } from './embed.js';
import { init } from './init.js';
import { formatIssue, type SourceIssue } from './issues.js';
import { preview } from './preview.js';
import { unknownFields } from './unknown-fields.js';
import { fileProblem, printable, terminalProgress } from './terminal.js';

/** The block above, so `--help` and the docs cannot drift apart. */
function usage(): string {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const block = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/^ \* ?/, '').replace(/^ \*$/, ''))
    .join('\n')
    .trim();
}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function write(path: string, text: string): void {
  mkdirSync(dirname(path) || '.', { recursive: true });
  writeFileSync(path, text);
}

/**
 * The complete list, compact (it is for machines, and "Show all" downloads
 * every byte), written a thousand names at a time so that a 300,000-name list
 * is never one 70 MB string in memory.
 */
function writeList(path: string, document: SignatoriesDocument): void {
  mkdirSync(dirname(path) || '.', { recursive: true });
  const fd = openSync(path, 'w');
  try {
    const { signatories } = document;
    writeSync(fd, '{"version":1,"signatories":[');
    for (let i = 0; i < signatories.length; i += 1000)
      writeSync(fd, (i ? ',' : '') + signatories.slice(i, i + 1000).map((s) => JSON.stringify(s)).join(','));
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
}

function positiveInt(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

/** The same complaint about another row: quoted values and numbers masked. */
const kindOf = (issue: SourceIssue) => `${issue.severity}\0${issue.file}\0${issue.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, 'N')}`;
/** How many of one kind of complaint are printed before "and N more like this". */
const SHOWN_PER_KIND = 3;

/**
 * Prints every issue, except that after the first three of one kind (the
 * same message about other rows: "country "de" read as DE") the rest are
 * counted: "and 13,370 more like this".
 */
function printIssues(issues: readonly SourceIssue[]): { errors: number; warnings: number } {
  const seen = new Map<string, { count: number; example: SourceIssue }>();
  for (const issue of issues) {
    const kind = kindOf(issue);
    const entry = seen.get(kind) ?? { count: 0, example: issue };
    seen.set(kind, entry);
    if (++entry.count <= SHOWN_PER_KIND) console.error(formatIssue(issue));
  }
  for (const { count: n, example } of seen.values()) {
    if (n > SHOWN_PER_KIND)
      console.error(`${example.file}: ${example.severity === 'warning' ? 'warning: ' : ''}and ${(n - SHOWN_PER_KIND).toLocaleString('en')} more like this (${example.message.replace(/^(.{60}).+$/, '$1…')})`);
  }
  return {
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
  };
}

function build(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      schema: { type: 'string' },
      'split-threshold': { type: 'string' },
      inline: { type: 'string' },
      'signatories-out': { type: 'string' },
      columns: { type: 'string' },
      fix: { type: 'boolean' },
      format: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('build takes one source folder');
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format takes text or json, not "${values.format}"`);
  const json = values.format === 'json';
  if (!values.out) throw new UsageError('build needs --out <feed.json>');
  const [sourceDir] = positionals;
  const out = values.out;
  outputFile('out', out, 'feed.json');
  outputFile('schema', values.schema, 'feed-v1.schema.json');
  outputFile('signatories-out', values['signatories-out'], 'signatories.json');
  const splitThreshold = positiveInt('split-threshold', values['split-threshold']);
  const inlineCount = positiveInt('inline', values.inline);
  const columns = values.columns === undefined ? undefined : parseColumnMap(values.columns);
  if (columns && 'error' in columns) throw new UsageError(columns.error);

  // The default file name needs the campaign id, known once the sources are
  // read; the URL is the list's path relative to the feed, with / on Windows too.
  const signatoriesOutFor = (id: string) => values['signatories-out'] ?? join(dirname(out), defaultSignatoriesFile(id));
  const signatoriesUrl = (id: string) => relative(dirname(out), signatoriesOutFor(id)).split(sep).join('/');
  const progress = terminalProgress();
  const result = buildFeed(sourceDir, { splitThreshold, inlineCount, signatoriesUrl, fix: values.fix, progress: progress.rows, ...(columns ? { columns: columns.columns } : {}) });

  progress.done();
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (!json) printIssues(result.issues);
  // --fix: the spreadsheet with the fixes the build applied, beside the original, for the organiser to check and keep.
  let fixed: { file: string; changed: number[]; dropped: number[] } | undefined;
  if (values.fix && result.csvFix) {
    const { file, text, changed, dropped } = result.csvFix;
    const path = file.replace(/\.csv$/i, '.fixed.csv');
    write(path, text);
    fixed = { file: path, changed, dropped };
    if (!json) {
      const lines = (l: number[]) => `line${l.length > 1 ? 's' : ''} ${l.slice(0, 10).join(', ')}${l.length > 10 ? `… (${l.length.toLocaleString('en')} in all)` : ''}`;
      const parts = [changed.length && `${count(changed.length, 'row')} changed (${lines(changed)})`, dropped.length && `${count(dropped.length, 'duplicate row')} left out (${lines(dropped)})`].filter(Boolean);
      console.error(`wrote ${path}: ${parts.join('; ')}. Check it, then replace ${basename(file)} with it.`);
    }
  } else if (values.fix && !json) console.error('--fix: nothing to fix in signatories.csv');
  /** The machine-readable report (--format json), for CI: every issue, and what was written. */
  const report = (written: Record<string, unknown>) =>
    json && console.log(JSON.stringify({ ok: errors === 0 && !!result.feed, errors, warnings, issues: result.issues, ...(fixed && { fixed }), ...written }, null, 2));
  if (!result.feed || errors > 0) {
    report({});
    if (!json) console.error(`${count(errors, 'error')}${warnings ? `, ${count(warnings, 'warning')}` : ''}; nothing written`);
    return 1;
  }
  const { feed, signatoriesDocument } = result;
  write(out, toJson(feed));
  const languages = count(Object.keys(feed.letter).length, 'language');
  let summary = `wrote ${out}: ${count(signatoryTotal(feed), 'signatory', 'signatories')}, ${languages}`;
  const written: Record<string, unknown> = { feed: out, signatories: signatoryTotal(feed), languages: Object.keys(feed.letter) };
  if (signatoriesDocument) {
    const listPath = signatoriesOutFor(feed.id);
    writeList(listPath, signatoriesDocument);
    summary += ` (${feed.signatories.length.toLocaleString('en')} inline, all in ${listPath})`;
    written.list = listPath;
  }
  if (values.schema) {
    write(values.schema, toJson(feedJsonSchema()));
    summary += `; schema ${values.schema}`;
    written.schema = values.schema;
  }
  if (json) report(written);
  else console.log(summary);
  return 0;
}

function validate(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { signatories: { type: 'boolean' }, strict: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('validate takes one JSON file');
  const [path] = positionals;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    console.error(fileProblem(err) ?? `${path}: cannot read: ${(err as Error).message}`);
    return 1;
  }
  const parsed = parseJson(text);
  if ('error' in parsed) {
    console.error(`${path}${parsed.line ? `:${parsed.line}:${parsed.column}` : ''}: not valid JSON: ${parsed.error}`);
    return 1;
  }
  const issues = values.signatories ? validateSignatoriesDocument(parsed.value) : validateFeed(parsed.value);
  // The document itself has the empty path; read.ts asks for it to be shown as "feed".
  for (const { path: at, message } of issues) console.error(`${path}: ${at || 'feed'}: ${message}`);
  // Fields the format does not define: readers ignore them, so a value put there by mistake vanishes.
  const unknown = unknownFields(parsed.value, values.signatories);
  const kind = values.strict ? 'error' : 'warning';
  for (const { path: at, meant } of unknown)
    console.error(`${path}: ${at}: ${kind}: not a field of the feed format v1, so readers ignore it${meant ? ` (did you mean ${meant}?)` : ''}`);
  const refused = issues.length + (values.strict ? unknown.length : 0);
  if (refused > 0) {
    const parts = [issues.length && count(issues.length, 'violation'), values.strict && unknown.length && count(unknown.length, 'unknown field')].filter(Boolean);
    console.error(`${path}: ${parts.join(' and ')} of the feed format v1`);
    return 1;
  }
  if (unknown.length) console.error(`${path}: ${count(unknown.length, 'field')} the format does not define (warnings; --strict makes them errors)`);
  // Valid, so it is what the format says it is.
  const what = values.signatories
    ? `a valid signatories list (${count((parsed.value as SignatoriesDocument).signatories.length, 'signatory', 'signatories')})`
    : `a valid feed v1 (${count(signatoryTotal(parsed.value as Feed), 'signatory', 'signatories')}, ${count(Object.keys((parsed.value as Feed).letter).length, 'language')})`;
  console.log(`${path}: ${what}`);
  return 0;
}

/** The commands, by name: adding one is one line here. */
const COMMANDS: Record<string, Command> = {
  init,
  build,
  preview,
  validate,
  'check-host': checkHost,
  embed,
};

/** The part of the usage about one command: its usage line and its paragraphs. */
function commandUsage(command: string): string {
  const paragraphs = usage().split(/\n\s*\n/);
  const line = usage().split('\n').find((l) => l.trim().startsWith(`wcit-feed ${command} `));
  const own = paragraphs.filter((p) => p.startsWith(`${command} `));
  return [`Usage: ${line?.trim() ?? `wcit-feed ${command}`}`, ...own, paragraphs.at(-1)!].join('\n\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The command nearest to a mistyped one (at most two edits away), for "did you mean". */
function nearest(word: string): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  const [best] = Object.keys(COMMANDS)
    .map((name) => ({ name, d: distance(word.toLowerCase(), name) }))
    .sort((a, b) => a.d - b.d);
  return best && best.d <= 2 ? best.name : undefined;
}

/**
 * console.log and console.error with every control character escaped (see
 * terminal.ts), for as long as `run` takes.
 */
async function withPrintableConsole<T>(run: () => Promise<T>): Promise<T> {
  const { log, error } = console;
  console.log = (...args: unknown[]) => log(printable(format(...args)));
  console.error = (...args: unknown[]) => error(printable(format(...args)));
  try {
    return await run();
  } finally {
    console.log = log;
    console.error = error;
  }
}

export async function main(argv: string[]): Promise<number> {
  return withPrintableConsole(() => run(argv));
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v' || command === 'version') {
      console.log(version());
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
      if (command === undefined) {
        console.error(usage());
        return 2;
      }
      const about = command === 'help' ? rest[0] : command;
      console.log(about && Object.hasOwn(COMMANDS, about) ? commandUsage(about) : usage());
      return 0;
    }
    if (Object.hasOwn(COMMANDS, command)) return await COMMANDS[command](rest);
    const meant = nearest(command);
    throw new UsageError(`unknown command "${command}"${meant ? `: did you mean ${meant}?` : ` (the commands: ${Object.keys(COMMANDS).join(', ')})`}`);
  } catch (err) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const about = command && Object.hasOwn(COMMANDS, command) ? `wcit-feed ${command} --help` : '--help';
      console.error(`wcit-feed: ${(err as Error).message}\nRun ${about === '--help' ? 'with --help' : about} for usage.`);
      return 2;
    }
    // A file the command could not read or write: which, and what to do; never a stack trace.
    const problem = fileProblem(err);
    if (problem) {
      console.error(problem);
      return 1;
    }
    console.error(`wcit-feed: unexpected error: ${(err as Error).message ?? err}\nPlease report it, with the command you ran, at https://github.com/wcit-embed/wcit-embed/issues`);
    return 1;
  }
}

// Run when executed, not when imported by a test. npm runs a bin through a
// link (node_modules/.bin/wcit-feed), so compare real paths.
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
