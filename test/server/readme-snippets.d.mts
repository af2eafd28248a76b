export interface Snippet {
  /** The document's path from the repository's root: `README.md`, `docs/webmasters.md`. */
  file: string;
  /** The fence's language, lower case; '' for none. */
  lang: string;
  code: string;
  /** The fence's line in its document (1-based). */
  line: number;
  /** The reason given by a `<!-- readme-snippet: not run: … -->` comment before the fence. */
  skip?: string;
  /** The suite or fixture named by a `<!-- readme-snippet: run by PATH -->` comment, which runs it instead. */
  runBy?: string;
}
export const OUTPUT_LANGUAGES: Set<string>;
/** The documents whose snippets are tested: README.md, CONTRIBUTING.md, then docs/*.md by name. */
export function documents(): string[];
export function extractSnippets(markdown: string, file?: string): Snippet[];
/** The snippets of the README and of every guide in docs/. */
export function readmeSnippets(): Snippet[];
export function readmeSnippetsMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
/** The messages of docs/webmasters.md's troubleshooting table, as written (URL, PATH and … stand for what varies). */
export function troubleshootingMessages(markdown?: string): string[];
