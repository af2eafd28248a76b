import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { isSafeHref } from '../feed/check.js';
import { LINK } from '../feed/schema.js';
import type { Block, Inline, LetterText } from '../feed/types.js';
import { parseFrontMatter } from './front-matter.js';
import type { SourceIssue } from './issues.js';

/**
 * Markdown → LetterText.
 *
 * A letter file is front matter (see front-matter.ts) with `title`,
 * `summary` and `closing`, then the body in a small subset of CommonMark.
 * A letter as people write it, with no front matter and a first line
 * `# Title`, takes its title from that heading; with front matter, its
 * `title` wins and a first heading stays in the body. The body:
 *
 * - paragraphs → `paragraph` blocks; a paragraph that is all `**bold**` stays
 *   a paragraph, with one strong run (the letter's bold opening);
 * - ATX or setext headings of any level → `heading` blocks (the feed has one
 *   heading level, so `##` and `###` mean the same);
 * - `-`/`*`/`+` lists and `1.` lists → `list` blocks, one paragraph per item;
 * - inline: `**strong**`, `*em*`, `[text](https://…)` (http, https and
 *   mailto only), backslash escapes and entities.
 *
 * Everything else the feed cannot express is an error naming its line, never
 * dropped: images, tables, code, block quotes, rules, strikethrough, hard
 * line breaks, nested lists, headings or several paragraphs inside a list
 * item, lists that start at a number other than 1, and raw HTML (the feed's
 * text is always text; write `\<` for a literal "<").
 */
export interface LetterLines {
  title?: number;
  summary?: number;
  closing?: number;
  /** the line each body block starts on, by block index */
  blocks: number[];
  /** for list blocks, the line each item starts on */
  items: (number[] | undefined)[];
}

export interface ParsedLetter {
  /** undefined when the file has errors that leave no usable letter */
  letter?: LetterText;
  lines: LetterLines;
  issues: SourceIssue[];
}

const FRONT_MATTER_KEYS = ['title', 'summary', 'closing'] as const;

/** Names for the constructs the feed cannot express, as a writer knows them. */
const UNSUPPORTED: Record<string, string> = {
  blockquote_open: 'block quote',
  table_open: 'table',
  code_block: 'indented code block',
  fence: 'code block',
  html_block: 'raw HTML',
  hr: 'horizontal rule',
  image: 'image',
  code_inline: 'inline code',
  html_inline: 'raw HTML',
  s_open: 'strikethrough',
  hardbreak: 'hard line break',
};

const HINTS: Record<string, string> = {
  html_block: 'text is always text: use **bold**, *italic* and [links](https://…), and write \\< for a literal "<"',
  html_inline: 'text is always text: use **bold**, *italic* and [links](https://…), and write \\< for a literal "<"',
  hr: 'the closing goes in the front matter as "closing: …"',
  hardbreak: 'end the paragraph with a blank line instead',
  image: 'the feed carries text only; link to the image instead',
  table: 'the feed carries paragraphs, headings and lists only',
};

function createParser() {
  // html: true so that raw HTML is parsed as HTML and reported, rather than
  // passed through as literal "<b>" text the writer did not mean.
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Accept every link target here and judge it below, so a javascript: link
  // is an error with a line number instead of silently becoming plain text.
  md.validateLink = () => true;
  return md;
}

export function parseLetter(source: string, file: string): ParsedLetter {
  const issues: SourceIssue[] = [];
  const lines: LetterLines = { blocks: [], items: [] };
  const error = (line: number | undefined, message: string) =>
    issues.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), message });

  const sourceLines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  // Front matter is there when the file starts with "---"; otherwise the body starts at once.
  const hasFrontMatter = sourceLines[0]?.trimEnd() === '---';
  const front = hasFrontMatter ? parseFrontMatter(sourceLines, file, FRONT_MATTER_KEYS, issues) : { fields: new Map<string, { value: string; line: number }>(), bodyStart: 0 };
  let title = front.fields.get('title');
  const summary = front.fields.get('summary');
  const closing = front.fields.get('closing');
  if (!title && hasFrontMatter && front.bodyStart > 0) error(1, 'the front matter has no title: add a line "title: …"');
  lines.summary = summary?.line;
  lines.closing = closing?.line;

  const offset = front.bodyStart;
  const tokens = createParser().parse(sourceLines.slice(offset).join('\n'), {});
  const lineOf = (token: Token): number | undefined => (token.map ? token.map[0] + offset + 1 : undefined);

  const unsupported = (token: Token, line = lineOf(token), detail = '') => error(line, unsupportedMessage(token, detail));

  /** Index of the token closing the one opened at `i`. */
  const closeOf = (i: number): number => {
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      depth += tokens[j].nesting;
      if (depth === 0) return j;
    }
    return tokens.length - 1;
  };

  const inlineContent = (inline: Token, what: string): Inline[] => {
    const before = issues.length;
    const content = convertInline(inline, lineOf(inline) ?? offset + 1, file, issues);
    // A paragraph that held only an image is empty because of it: say so once.
    if (content.length === 0 && issues.length === before) error(lineOf(inline), `empty ${what}`);
    return content;
  };

  const frontMatterIssues = issues.length;
  const body: Block[] = [];
  // No front matter: the first line "# Title" is the title, not a body heading.
  let start = 0;
  if (!hasFrontMatter) {
    const first = tokens[0];
    if (first?.type === 'heading_open' && first.tag === 'h1' && lineOf(first) === firstTextLine(sourceLines)) {
      const content = inlineContent(tokens[1], 'title');
      title = { value: content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('').trim(), line: lineOf(first)! };
      start = closeOf(0) + 1;
    } else if (issues.length === 0) {
      error(1, 'the letter has no title: start it with a line "# Title", or with front matter ("---", "title: …", "---")');
    }
  }
  lines.title = title?.line;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    const line = lineOf(token);
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const type = token.type === 'heading_open' ? 'heading' : 'paragraph';
        lines.blocks[body.length] = line!;
        body.push({ type, content: inlineContent(tokens[i + 1], type) });
        i = closeOf(i);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = closeOf(i);
        const ordered = token.type === 'ordered_list_open';
        const start = token.attrGet('start');
        if (ordered && start !== null && Number(start) !== 1) {
          error(line, `unsupported Markdown: a numbered list starting at ${start} (the feed numbers every list from 1)`);
        }
        const items: Inline[][] = [];
        const itemLines: number[] = [];
        for (let j = i + 1; j < end; j++) {
          if (tokens[j].type !== 'list_item_open') continue;
          const itemEnd = closeOf(j);
          itemLines.push(lineOf(tokens[j])!);
          items.push(listItem(j, itemEnd));
          j = itemEnd;
        }
        lines.blocks[body.length] = line!;
        lines.items[body.length] = itemLines;
        body.push(ordered ? { type: 'list', ordered: true, items } : { type: 'list', items });
        i = end;
        break;
      }
      default:
        unsupported(token);
        if (token.nesting === 1) i = closeOf(i);
    }
  }

  /** An item holds exactly one paragraph; anything else is reported. */
  function listItem(open: number, close: number): Inline[] {
    let content: Inline[] | undefined;
    let reported = false;
    for (let k = open + 1; k < close; k++) {
      const token = tokens[k];
      reported ||= token.type !== 'paragraph_open';
      if (token.type === 'paragraph_open') {
        if (content) {
          error(lineOf(token), 'unsupported Markdown: a list item with more than one paragraph');
        } else {
          content = inlineContent(tokens[k + 1], 'list item');
        }
      } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        error(lineOf(token), 'unsupported Markdown: a nested list (the feed has one list level)');
      } else if (token.type === 'heading_open') {
        error(lineOf(token), 'unsupported Markdown: a heading inside a list');
      } else {
        unsupported(token, lineOf(token), ' inside a list');
      }
      if (token.nesting === 1) k = closeOf(k);
    }
    if (!content) {
      if (!reported) error(lineOf(tokens[open]), 'empty list item');
      return [];
    }
    return content;
  }

  if (body.length === 0 && issues.length === frontMatterIssues && (front.bodyStart > 0 || title)) {
    error(title && !hasFrontMatter ? title.line + 1 : offset + 1, `the letter has no text after the ${hasFrontMatter ? 'front matter' : 'title'}`);
  }

  const hasErrors = issues.some((issue) => issue.severity === 'error');
  if (hasErrors || !title) return { lines, issues };
  const letter: LetterText = {
    title: title.value,
    ...(summary ? { summary: summary.value } : {}),
    body,
    ...(closing ? { closing: closing.value } : {}),
  };
  return { letter, lines, issues };
}

/** The 1-based line of the first line with text, skipping blank lines. */
function firstTextLine(lines: readonly string[]): number {
  const index = lines.findIndex((line) => line.trim() !== '');
  return index + 1;
}

interface Run {
  text: string;
  strong: boolean;
  em: boolean;
  href: string | undefined;
}

/**
 * `unsupported Markdown: raw HTML "<div>" inside a list (hint)`: what a writer
 * reads for a construct the feed cannot hold, block or inline.
 */
function unsupportedMessage(token: Token, detail = ''): string {
  const html = token.type === 'html_block' ? token.content.split('\n')[0].trim() : token.type === 'html_inline' ? token.content : undefined;
  const hint = HINTS[token.type === 'table_open' ? 'table' : token.type];
  return `unsupported Markdown: ${UNSUPPORTED[token.type] ?? token.type}${html === undefined ? '' : ` ${JSON.stringify(html)}`}${detail}${hint ? ` (${hint})` : ''}`;
}

function convertInline(inline: Token, firstLine: number, file: string, issues: SourceIssue[]): Inline[] {
  const runs: Run[] = [];
  let strong = 0;
  let em = 0;
  let href: string | undefined;
  let linkText = '';
  let line = firstLine;
  const error = (message: string) => issues.push({ severity: 'error', file, line, message });

  const push = (text: string) => {
    if (href !== undefined) linkText += text;
    const last = runs[runs.length - 1];
    const run: Run = { text, strong: strong > 0, em: em > 0, href };
    if (last && last.strong === run.strong && last.em === run.em && last.href === run.href) {
      last.text += text;
    } else {
      runs.push(run);
    }
  };

  for (const token of inline.children ?? []) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        push(token.content);
        break;
      case 'softbreak':
        // A line break inside a paragraph is a space, as in HTML.
        push(' ');
        line++;
        break;
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 's_close':
        // s_open was reported already
        break;
      case 'link_open': {
        const target = String(token.attrGet('href') ?? '');
        // The elements' own test, so the builder never accepts a link they would drop.
        if (isSafeHref(target, LINK)) {
          href = target;
        } else {
          error(`link target "${target}" is not an absolute https:, http: or mailto: URL`);
          href = '';
        }
        linkText = '';
        break;
      }
      case 'link_close':
        if (href && linkText.trim() === '') error(`link to ${href} has no text`);
        href = undefined;
        break;
      default:
        error(unsupportedMessage(token));
        if (token.type === 'hardbreak') line++;
    }
  }

  return runs
    .filter((run) => run.text !== '')
    .map((run): Inline => {
      if (!run.strong && !run.em && !run.href) return run.text;
      return {
        text: run.text,
        ...(run.strong ? { strong: true as const } : {}),
        ...(run.em ? { em: true as const } : {}),
        ...(run.href ? { href: run.href } : {}),
      };
    });
}
