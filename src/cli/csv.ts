import { parse } from 'csv-parse/sync';
import type { Signatory } from '../feed/types.js';
import { countryProblem } from './countries.js';
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
 * international bodies. Rows whose cells are all empty are skipped (the
 * trailing ",,,,," a spreadsheet exports). A name given twice is a warning.
 */
export const CSV_COLUMNS = ['name', 'kind', 'country', 'affiliation', 'url', 'signed'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export interface ParsedSignatories {
  signatories: Signatory[];
  /** the 1-based line each signatory starts on, by index */
  lines: number[];
  issues: SourceIssue[];
}

interface RecordWithInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Common mistakes in the kind column, and what was meant. */
const KIND_ALIASES: Record<string, Signatory['kind']> = {
  organisation: 'organization',
  org: 'organization',
  organization: 'organization',
  group: 'organization',
  individual: 'individual',
  person: 'individual',
  personal: 'individual',
};

export function parseSignatoriesCsv(source: string, file: string): ParsedSignatories {
  const issues: SourceIssue[] = [];
  const signatories: Signatory[] = [];
  const lines: number[] = [];
  const issue = (severity: SourceIssue['severity'], line: number, message: string) =>
    issues.push({ severity, file, line, message });

  let records: RecordWithInfo[];
  try {
    records = parse(source, {
      bom: true,
      skip_empty_lines: true,
      // Reported below with the line, alongside every other problem, rather
      // than as one exception that hides the rest.
      relax_column_count: true,
      info: true,
      raw: true,
    }) as unknown as RecordWithInfo[];
  } catch (err) {
    const { message, lines: at } = err as Error & { lines?: number };
    issues.push({ severity: 'error', file, ...(at ? { line: at } : {}), message: `not valid CSV: ${message}` });
    return { signatories, lines, issues };
  }

  // info.lines is the line a record ends on; count back over the newlines
  // inside it (quoted multi-line cells) to the line it starts on.
  const startLine = ({ raw, info }: RecordWithInfo): number =>
    info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);

  if (records.length === 0) {
    issues.push({ severity: 'error', file, message: `the file is empty: its first row must name the columns (${CSV_COLUMNS.join(',')})` });
    return { signatories, lines, issues };
  }

  const [header, ...rows] = records;
  const headerLine = startLine(header);
  const columns: (Column | undefined)[] = [];
  header.record.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      if (columns.includes(name as Column)) issue('error', headerLine, `column "${name}" is given twice`);
      columns.push(name as Column);
    } else {
      issue(
        'error',
        headerLine,
        name === ''
          ? `column ${index + 1} has no name (expected ${CSV_COLUMNS.join(', ')})`
          : `unknown column "${cell.trim()}" (expected ${CSV_COLUMNS.join(', ')})`,
      );
      columns.push(undefined);
    }
  });
  if (!columns.includes('name')) {
    issue('error', headerLine, `the first row must name the columns, and one of them must be "name" (got "${header.record.join(',')}")`);
    return { signatories, lines, issues };
  }

  const firstLineOfName = new Map<string, number>();
  for (const row of rows) {
    const line = startLine(row);
    const cells = row.record.map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) continue;
    if (cells.length !== columns.length) {
      issue('error', line, `this row has ${cells.length} cells but the header has ${columns.length} (check for a missing or extra comma, or quote cells that contain commas)`);
      continue;
    }
    const cell = (column: Column): string => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : cells[index];
    };

    const name = cell('name');
    if (name === '') {
      issue('error', line, 'empty name');
      continue;
    }
    const signatory: Signatory = { name };

    const kind = cell('kind');
    if (kind !== '') {
      const meant = KIND_ALIASES[kind.toLowerCase()];
      if (kind === 'individual') signatory.kind = 'individual';
      else if (kind !== 'organization') {
        issue('error', line, `kind "${kind}" is not "organization" or "individual"${meant ? ` (use ${meant})` : ' (leave it empty for an organization)'}`);
      }
    }

    const country = cell('country');
    if (country !== '') {
      const problem = countryProblem(country);
      if (problem) issue('error', line, problem);
      else signatory.country = country;
    }

    // The format's own checks (lengths, URL schemes, dates) run on the whole
    // feed in build.ts and are mapped back to this line.
    for (const field of ['affiliation', 'url', 'signed'] as const) {
      const value = cell(field);
      if (value !== '') signatory[field] = value;
    }

    const key = name.normalize('NFC').toLowerCase();
    const first = firstLineOfName.get(key);
    if (first !== undefined) issue('warning', line, `"${name}" is also on line ${first}`);
    else firstLineOfName.set(key, line);

    signatories.push(signatory);
    lines.push(line);
  }
  return { signatories, lines, issues };
}
