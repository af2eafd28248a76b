/**
 * A problem found in a feed's sources: where it is (file and, when known, the
 * 1-based line) and what is wrong. Errors stop the build; warnings do not.
 */
export interface SourceIssue {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** The 1-based column on that line, when known (a JSON syntax error). */
  column?: number;
  message: string;
}

/** `file:line: message`, the form editors and CI logs turn into links. */
export function formatIssue(issue: SourceIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return `${where}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

export const hasErrors = (issues: readonly SourceIssue[]): boolean =>
  issues.some((issue) => issue.severity === 'error');
