export interface Snippet {
  /** The fence's language, lower case; '' for none. */
  lang: string;
  code: string;
  /** The fence's line in README.md (1-based). */
  line: number;
  /** The reason given by a `<!-- readme-snippet: not run: … -->` comment before the fence. */
  skip?: string;
  /** The suite or fixture named by a `<!-- readme-snippet: run by PATH -->` comment, which runs it instead. */
  runBy?: string;
}
export const OUTPUT_LANGUAGES: Set<string>;
export function extractSnippets(markdown: string): Snippet[];
export function readmeSnippets(): Snippet[];
export function readmeSnippetsMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
/** The messages of the README's troubleshooting table, as written (URL, PATH and … stand for what varies). */
export function troubleshootingMessages(markdown?: string): string[];
