import { parse } from 'csv-parse/sync';
import type { Signatory } from '../feed/types.js';
import { countryMeant, countryProblem } from './countries.js';
import type { SourceIssue } from './issues.js';

/**
 * signatories.csv → Signatory[].
 *
 * The first row names the columns; `name` is required, and the others, in
 * any order, are `kind`, `country`, `affiliation`, `url`, `signed`. Rows are
 * signatories in the order the campaign publishes them. Cells are trimmed;
 * an empty cell leaves the field out. `kind` is `organization` (also the
 * default, so an empty cell means it and the feed leaves it out) or
 * `individual`; `country` is an ISO 3166-1 alpha-2 code, empty for
 * international bodies; a lowercase code, a usual alias ("UK") or a country's
 * name ("Germany", "Alemania") is read as its code, with a warning. Rows
 * whose cells are all empty are skipped (the trailing ",,,,," a spreadsheet
 * exports). A signatory given twice (the same name, affiliation and
 * country, also when they differ only in case, spacing or Unicode
 * compatibility forms such as full-width letters) is published once: the
 * later row is left out with a warning naming both lines.
 *
 * Spreadsheets come from sign-on tools and office suites, so the header is
 * read as they write it: any case, the names those tools use (see
 * HEADER_NAMES: "Organisation", "Full name", "Country code", "Website",
 * "Type", "Date signed"…), a trailing "*" or "(optional)", and "First name"
 * with "Last name" joined into the name. An "Organisation" column is the
 * signatory's name when there is no name column, and the affiliation of the
 * people named when there is; with no kind column, a row that names a
 * person this way (first and last name, or a name and an organisation) is an
 * individual's. Other columns are left out of the feed (an
 * export's e-mail addresses must never be published) with one warning each,
 * unless `columns` maps them: `{"Org name": "name", "Email": null}`.
 * Separators are commas, semicolons (Excel in much of Europe) or tabs, found
 * from the header row.
 */
export const CSV_COLUMNS = ['name', 'kind', 'country', 'affiliation', 'url', 'signed'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** What a header cell can stand for: a feed column, or a part of one. */
type Role = Column | 'organisation' | 'first name' | 'last name';

/**
 * Header names as sign-on tools and spreadsheets write them, after
 * `headerKey` (lower case, no accents, punctuation as spaces, no "*" or
 * "(optional)").
 */
const HEADER_NAMES: Record<string, Role> = {
  ...names('name', 'name', 'full name', 'your name', 'signatory', 'signatory name', 'signer', 'signer name', 'display name', 'nombre', 'nom'),
  ...names('first name', 'first name', 'firstname', 'given name', 'forename'),
  ...names('last name', 'last name', 'lastname', 'surname', 'family name'),
  ...names(
    'organisation',
    'organisation', 'organization', 'org', 'organisation name', 'organization name', 'org name', 'your organisation',
    'your organization', 'group', 'institution', 'organizacion', 'organisme',
  ),
  ...names('affiliation', 'affiliation', 'organisation for individuals', 'organization for individuals', 'title affiliation'),
  ...names('kind', 'kind', 'type', 'tipo', 'signatory type', 'signing as', 'sign as', 'signer type', 'category'),
  ...names('country', 'country', 'country code', 'nation', 'country region', 'country or region', 'pais', 'pays', 'land'),
  ...names('url', 'url', 'website', 'web site', 'web', 'site', 'homepage', 'home page', 'web address', 'link', 'organisation website', 'organization website', 'site web', 'sitio web'),
  ...names('signed', 'signed', 'date', 'fecha', 'date signed', 'signed on', 'signature date', 'signed at'),
};

function names(role: Role, ...keys: string[]): Record<string, Role> {
  return Object.fromEntries(keys.map((key) => [key, role]));
}

/** "Web-Site (optional) *" → "web site": how a header cell is looked up. */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((optional|required|opcional|facultatif)\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A column mapping: header (any case) → the column it holds, or null to leave it out quietly. */
export type ColumnMap = Record<string, Column | null>;

export interface CsvOptions {
  /** The campaign's own header names. */
  columns?: ColumnMap;
  /** Where the mapping came from, for messages: `campaign.json "columns"` or `--columns`. */
  columnsFrom?: string;
  /** Keep the rows, to return the cleaned copy (`fixed`); without it, rows are let go as they are read. */
  fix?: boolean;
  /** Called every 10,000 rows with the number read so far (for progress on a terminal). */
  progress?: (rows: number) => void;
}

/**
 * `"Org name=name,Email="` (the --columns option) → a ColumnMap, or the
 * message saying what is wrong with it.
 */
export function parseColumnMap(text: string): { columns: ColumnMap } | { error: string } {
  const columns: ColumnMap = {};
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.lastIndexOf('=');
    if (eq < 0) return { error: `--columns takes "Header=column" pairs separated by commas, not "${pair.trim()}"` };
    const header = pair.slice(0, eq).trim();
    const target = pair.slice(eq + 1).trim().toLowerCase();
    if (target !== '' && !(CSV_COLUMNS as readonly string[]).includes(target)) {
      return { error: `--columns: "${target}" is not a column of the feed (use ${CSV_COLUMNS.join(', ')}, or nothing to leave "${header}" out)` };
    }
    columns[header] = target === '' ? null : (target as Column);
  }
  return { columns };
}

/**
 * The text of a CSV file's bytes, or why it cannot be read: UTF-8 with or
 * without a BOM is read; UTF-16 (Excel's "Unicode text") and Latin-1 or
 * Windows-1252 (Excel's plain "CSV" on Windows) are refused with the line of
 * the first character that is not UTF-8 and how to save the file again,
 * rather than guessed at: a wrong guess would publish "MÃ©xico".
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string } | { issue: SourceIssue } {
  const resave = 'save it again as "CSV UTF-8" (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; LibreOffice: Character set "Unicode (UTF-8)")';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { severity: 'error', file, line: 1, message: `the file is UTF-16 text, not UTF-8: ${resave}` } };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // Find the line: decode line by line (a newline byte is never inside a UTF-8 sequence).
    let line = 1;
    let from = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(from, i));
      } catch {
        break;
      }
      line++;
      from = i + 1;
    }
    return {
      issue: { severity: 'error', file, line, message: `the file is not UTF-8 (probably Latin-1 or Windows-1252, as Excel saves "CSV" on Windows): ${resave}` },
    };
  }
}

/** The separator the header row uses most, outside quotes: comma, semicolon or tab. */
function delimiterOf(source: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of source) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

export interface ParsedSignatories {
  signatories: Signatory[];
  /** the 1-based line each signatory starts on, by index */
  lines: number[];
  issues: SourceIssue[];
  /** The header cell each field came from, as the file spells it ("Website"), for messages. */
  headers?: Partial<Record<Column, string>>;
  /**
   * The file with the fixes the tool knows applied (country codes, duplicate
   * rows left out), and the lines that changed; undefined when nothing changed.
   */
  fixed?: { text: string; changed: number[]; dropped: number[] };
}

/** How a name is compared for duplicates: compatibility forms folded (full-width letters, ligatures), case, spacing. */
export const sameKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A cell written back to CSV: quoted when it holds the separator, a quote or a line break. */
const csvCell = (cell: string, delimiter: string) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

interface RecordWithInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** What sign-on forms put in the kind column (lower-cased), and what it means. */
const KIND_ALIASES: Record<string, Signatory['kind']> = {
  organization: 'organization',
  organisation: 'organization',
  'an organization': 'organization',
  'an organisation': 'organization',
  org: 'organization',
  group: 'organization',
  ngo: 'organization',
  individual: 'individual',
  'an individual': 'individual',
  person: 'individual',
  personal: 'individual',
};

/**
 * Reads signatories.csv: `source` is its text, or its bytes (UTF-8, checked
 * by `decodeCsv` first), which a large file is best given as: the parser
 * reads bytes, and a 25 MB export is then never also a 50 MB string.
 */
export function parseSignatoriesCsv(source: string | Uint8Array, file: string, options: CsvOptions = {}): ParsedSignatories {
  const issues: SourceIssue[] = [];
  const signatories: Signatory[] = [];
  const lines: number[] = [];
  const issue = (severity: SourceIssue['severity'], line: number, message: string) =>
    issues.push({ severity, file, line, message });

  // The header row is in the first few kilobytes.
  const start = typeof source == 'string' ? source : new TextDecoder().decode(source.subarray(0, 65536));
  const delimiter = delimiterOf(start.replace(/^\uFEFF/, ''));
  // info.lines is the line a record ends on; count back over the newlines
  // inside it (quoted multi-line cells) to the line it starts on.
  const startLine = ({ raw, info }: RecordWithInfo): number =>
    info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);

  // Each row is handled as the parser reads it and then let go: a 300,000-row
  // export never exists as 300,000 parsed records at once (only the
  // signatories, and the rows themselves when --fix asks for the cleaned copy).
  let header: RecordWithInfo | undefined;
  let roles: (Role | null)[] | undefined;
  const at = (role: Role): number => roles!.indexOf(role);
  const headers: Partial<Record<Column, string>> = {};
  // The cleaned copy: every row as read, with the fixes applied; duplicates left out.
  const kept: RecordWithInfo[] = [];
  const changed: number[] = [];
  const dropped: number[] = [];
  // Each signatory's key → its index in `signatories` (a number, not an object per row).
  const firstOf = new Map<string, number>();

  const onHeader = (row: RecordWithInfo) => {
    header = row;
    kept.push(row);
    const headerLine = startLine(row);
    roles = headerRoles(row.record, options, (severity, message) => issue(severity, headerLine, message));
    roles?.forEach((role, i) => {
      if (role && (CSV_COLUMNS as readonly string[]).includes(role)) headers[role as Column] = row.record[i]!.trim();
      if (role === 'organisation') headers[at('name') < 0 && at('first name') < 0 ? 'name' : 'affiliation'] ??= row.record[i]!.trim();
    });
  };

  const onRow = (row: RecordWithInfo) => {
    if (!roles) return;
    const line = startLine(row);
    const cells = row.record.map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    if (options.fix) kept.push(row);
    if (cells.length !== roles.length) {
      issue('error', line, `this row has ${cells.length} cells but the header has ${roles.length} (check for a missing or extra separator, or quote cells that contain one)`);
      return;
    }
    const cell = (role: Role): string => (at(role) < 0 ? '' : cells[at(role)]);

    const name = cell('name') || [cell('first name'), cell('last name')].filter(Boolean).join(' ') || (at('name') < 0 ? cell('organisation') : '');
    if (name === '') {
      issue('error', line, 'empty name');
      return;
    }
    const signatory: Signatory = { name };

    const kind = cell('kind');
    if (kind !== '') {
      // Sign-on forms say "Organisation" or "Individual"; what they mean is clear.
      const meant = KIND_ALIASES[kind.toLowerCase()];
      if (meant === 'individual') signatory.kind = 'individual';
      else if (!meant) issue('error', line, `kind "${kind}" is not "organization" or "individual" (leave it empty for an organization)`);
    } else if (at('kind') < 0 && (cell('first name') || cell('last name') || (at('name') >= 0 && cell('name') && cell('organisation')))) {
      signatory.kind = 'individual';
    }

    let country = cell('country');
    if (country !== '') {
      const meant = countryMeant(country);
      if (meant) {
        issue('warning', line, `country "${country}" read as ${meant}`);
        row.record[at('country')] = meant;
        changed.push(line);
        country = meant;
      }
      const problem = countryProblem(country);
      if (problem) issue('error', line, problem);
      else signatory.country = country;
    }

    // The format's own checks (lengths, URL schemes, dates) run on the whole
    // feed in build.ts and are mapped back to this line.
    // With a name column, an "Organisation" column names the people's organisations.
    const affiliation = cell('affiliation') || (at('name') >= 0 || at('first name') >= 0 || at('last name') >= 0 ? cell('organisation') : '');
    if (affiliation !== '') signatory.affiliation = affiliation;
    for (const field of ['url', 'signed'] as const) {
      const value = cell(field);
      if (value !== '') signatory[field] = value;
    }

    // One signatory, one entry: a second row for the same one is left out, never counted twice.
    const key = [signatory.name, signatory.affiliation ?? '', signatory.country ?? ''].map(sameKey).join('\0');
    const index = firstOf.get(key);
    if (index !== undefined) {
      const first = { name: signatories[index]!.name, line: lines[index] };
      const how = first.name === name ? 'the same signatory' : `the same signatory, written differently ("${first.name}")`;
      issue('warning', line, `"${name}" is ${how} as on line ${first.line}: this row is left out, so no one is counted twice`);
      dropped.push(line);
      if (options.fix) kept.pop();
      return;
    }
    firstOf.set(key, signatories.length);

    signatories.push(signatory);
    lines.push(line);
  
  };

  let read = 0;
  try {
    parse(typeof source == 'string' ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength), {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      // Reported below with the line, alongside every other problem, rather
      // than as one exception that hides the rest.
      relax_column_count: true,
      info: true,
      raw: true,
      on_record: (row: unknown) => {
        if (options.progress && ++read % 10_000 == 0) options.progress(read);
        if (header) onRow(row as RecordWithInfo);
        else onHeader(row as RecordWithInfo);
        return null;
      },
    });
  } catch (err) {
    const { message, lines: errorLine } = err as Error & { lines?: number };
    return { signatories: [], lines: [], issues: [{ severity: 'error', file, ...(errorLine ? { line: errorLine } : {}), message: `not valid CSV: ${message}` }] };
  }
  if (!header) {
    issues.push({ severity: 'error', file, message: `the file is empty: its first row must name the columns (${CSV_COLUMNS.join(',')})` });
    return { signatories, lines, issues };
  }
  if (!roles) return { signatories, lines, issues };
  const fixed = options.fix && (changed.length || dropped.length) ? { text: '\uFEFF' + kept.map((r) => r.record.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n', changed: [...new Set(changed)], dropped } : undefined;
  return { signatories, lines, issues, headers, ...(fixed && { fixed }) };
}

/**
 * What each header cell holds, or undefined (after reporting why) when the
 * header has no name column. Unknown columns are warned about once and left out.
 */
function headerRoles(
  header: readonly string[],
  options: CsvOptions,
  report: (severity: SourceIssue['severity'], message: string) => void,
): (Role | null)[] | undefined {
  const mapping = new Map(Object.entries(options.columns ?? {}).map(([key, column]) => [headerKey(key), { key, column }]));
  const from = options.columnsFrom ?? '"columns"';
  const keys = header.map(headerKey);
  for (const [key, { key: given }] of mapping) {
    if (!keys.includes(key)) report('error', `${from} names the column "${given}", which is not in this file (its columns: ${header.map((c) => c.trim()).join(', ')})`);
  }
  const roles: (Role | null)[] = [];
  const firstOf = new Map<Role, string>();
  header.forEach((raw, index) => {
    const cell = raw.trim();
    const key = keys[index];
    const mapped = mapping.get(key);
    const role = mapped ? mapped.column : HEADER_NAMES[key];
    if (role === null) {
      roles.push(null);
      return;
    }
    if (role === undefined) {
      report(
        'warning',
        cell === ''
          ? `column ${index + 1} has no name and is left out`
          : `column "${cell}" is left out (not one of ${CSV_COLUMNS.join(', ')}): to keep it, map it with --columns "${cell}=<column>" or "columns" in campaign.json; "${cell}=" silences this`,
      );
      roles.push(null);
      return;
    }
    const first = firstOf.get(role);
    if (first !== undefined) {
      report('error', first.toLowerCase() === cell.toLowerCase() ? `column "${cell}" is given twice` : `columns "${first}" and "${cell}" both give the ${role}: map one of them to another column, or to nothing`);
      roles.push(null);
      return;
    }
    firstOf.set(role, cell);
    roles.push(role);
  });
  if (!['name', 'first name', 'last name', 'organisation'].some((role) => roles.includes(role as Role))) {
    report('error', `the first row must name the columns, and one of them must be "name" (got "${header.join(',')}")`);
    return undefined;
  }
  return roles;
}
