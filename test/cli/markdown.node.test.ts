import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLetter } from '../../src/cli/markdown.js';
import { printed } from './helpers.js';

const letter = (body: string, front = 'title: A letter') => parseLetter(`---\n${front}\n---\n${body}`, 'letter.en.md');

describe('letter Markdown', () => {
  it('takes the title, summary and closing from the front matter', () => {
    const { letter: text, issues } = letter('Hello.\n', 'title: A letter\nsummary: "  Short.  "\n# a comment\nclosing: Yours,');
    assert.deepEqual(issues, []);
    assert.deepEqual(text, {
      title: 'A letter',
      summary: '  Short.  ',
      body: [{ type: 'paragraph', content: ['Hello.'] }],
      closing: 'Yours,',
    });
  });

  it('keeps an all-bold paragraph a paragraph with one strong run', () => {
    const { letter: text } = letter('**We write to urge you.**\n');
    assert.deepEqual(text?.body, [{ type: 'paragraph', content: [{ text: 'We write to urge you.', strong: true }] }]);
  });

  it('turns headings of any level into heading blocks', () => {
    const { letter: text } = letter('## We call on:\n\n### First ask\n\nSetext\n------\n');
    assert.deepEqual(text?.body, [
      { type: 'heading', content: ['We call on:'] },
      { type: 'heading', content: ['First ask'] },
      { type: 'heading', content: ['Setext'] },
    ]);
  });

  it('turns bullet and numbered lists into list blocks', () => {
    const { letter: text, issues } = letter('- one\n- **two**\n\n1. first\n2. second\n');
    assert.deepEqual(issues, []);
    assert.deepEqual(text?.body, [
      { type: 'list', items: [['one'], [{ text: 'two', strong: true }]] },
      { type: 'list', ordered: true, items: [['first'], ['second']] },
    ]);
  });

  it('keeps strong, emphasis and links, and joins wrapped lines with a space', () => {
    const { letter: text, issues } = letter(
      'We *urge* you, **strongly**, to read [the *proposals*](https://example.org/p)\nand to [write](mailto:a@example.org) &amp; \\<reply\\>.\n',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(text?.body[0], {
      type: 'paragraph',
      content: [
        'We ',
        { text: 'urge', em: true },
        ' you, ',
        { text: 'strongly', strong: true },
        ', to read ',
        { text: 'the ', href: 'https://example.org/p' },
        { text: 'proposals', em: true, href: 'https://example.org/p' },
        ' and to ',
        { text: 'write', href: 'mailto:a@example.org' },
        ' & <reply>.',
      ],
    });
  });

  it('reports an image with its line', () => {
    assert.deepEqual(printed(letter('Text.\n\nSee ![a chart](https://example.org/c.png).\n').issues), [
      'letter.en.md:6: unsupported Markdown: image (the feed carries text only; link to the image instead)',
    ]);
  });

  it('reports a table with its line', () => {
    assert.deepEqual(printed(letter('| a | b |\n| - | - |\n| 1 | 2 |\n').issues), [
      'letter.en.md:4: unsupported Markdown: table (the feed carries paragraphs, headings and lists only)',
    ]);
  });

  it('reports raw HTML instead of passing it through as text or markup', () => {
    const messages = printed(letter('<div>Hi</div>\n\nA <b>bold</b> claim.\n').issues);
    assert.equal(messages.length, 3);
    assert.match(messages[0], /^letter\.en\.md:4: unsupported Markdown: raw HTML "<div>Hi<\/div>"/);
    assert.match(messages[1], /^letter\.en\.md:6: unsupported Markdown: raw HTML "<b>"/);
    assert.match(messages[2], /^letter\.en\.md:6: unsupported Markdown: raw HTML "<\/b>"/);
  });

  it('reports code, quotes, rules, strikethrough and hard breaks on their own lines', () => {
    const messages = printed(letter('Use `x`.\n\n```\ncode\n```\n\n> quoted\n\n***\n\n~~gone~~\n\nOne\\\ntwo\n').issues);
    assert.deepEqual(
      messages.map((m) => m.replace(/ \(.*\)$/, '')),
      [
        'letter.en.md:4: unsupported Markdown: inline code',
        'letter.en.md:6: unsupported Markdown: code block',
        'letter.en.md:10: unsupported Markdown: block quote',
        'letter.en.md:12: unsupported Markdown: horizontal rule',
        'letter.en.md:14: unsupported Markdown: strikethrough',
        'letter.en.md:16: unsupported Markdown: hard line break',
      ],
    );
  });

  it('reports nested lists, headings in lists and loose multi-paragraph items', () => {
    const messages = printed(letter('- one\n  - nested\n- ## heading\n- para\n\n  more\n').issues);
    assert.deepEqual(messages, [
      'letter.en.md:5: unsupported Markdown: a nested list (the feed has one list level)',
      'letter.en.md:6: unsupported Markdown: a heading inside a list',
      'letter.en.md:9: unsupported Markdown: a list item with more than one paragraph',
    ]);
  });

  it('reports a numbered list that does not start at 1', () => {
    assert.deepEqual(printed(letter('3. three\n4. four\n').issues), [
      'letter.en.md:4: unsupported Markdown: a numbered list starting at 3 (the feed numbers every list from 1)',
    ]);
  });

  it('reports unsafe and relative link targets rather than dropping the link', () => {
    assert.deepEqual(printed(letter('[a](javascript:alert(1)) and\n[b](/relative)\n').issues), [
      'letter.en.md:4: link target "javascript:alert(1)" is not an absolute https:, http: or mailto: URL',
      'letter.en.md:5: link target "/relative" is not an absolute https:, http: or mailto: URL',
    ]);
  });

  it('reports a missing title, an unknown key and a duplicate key in the front matter', () => {
    assert.deepEqual(printed(letter('Text.\n', 'titel: Oops\nclosing: A\nclosing: B').issues), [
      'letter.en.md:2: unknown front matter key "titel" (expected title, summary, closing)',
      'letter.en.md:4: "closing" is given twice (first on line 3)',
      'letter.en.md:1: the front matter has no title: add a line "title: …"',
    ]);
  });

  it('reports a file with no title, and one with no body', () => {
    assert.deepEqual(printed(parseLetter('Just text.\n', 'letter.en.md').issues), [
      'letter.en.md:1: the letter has no title: start it with a line "# Title", or with front matter ("---", "title: …", "---")',
    ]);
    assert.deepEqual(printed(parseLetter('## A second-level heading\n\nText.\n', 'letter.en.md').issues), [
      'letter.en.md:1: the letter has no title: start it with a line "# Title", or with front matter ("---", "title: …", "---")',
    ]);
    assert.deepEqual(printed(letter('\n').issues), ['letter.en.md:4: the letter has no text after the front matter']);
    assert.deepEqual(printed(parseLetter('# Only a title\n', 'letter.en.md').issues), ['letter.en.md:2: the letter has no text after the title']);
  });

  it('takes the title from a first line "# Title" when there is no front matter', () => {
    const { letter: parsed, issues, lines } = parseLetter('\uFEFF# Open letter on *the* WCIT\n\nWe write.\n\n# A later heading\n\nMore.\n', 'letter.en.md');
    assert.deepEqual(issues, []);
    assert.equal(parsed!.title, 'Open letter on the WCIT');
    assert.equal(lines.title, 1);
    assert.deepEqual(parsed!.body.map((block) => block.type), ['paragraph', 'heading', 'paragraph']);
    assert.deepEqual(lines.blocks, [3, 5, 7]);
  });

  it('keeps the front matter title, and a first heading in the body, when both are there', () => {
    const { letter: parsed } = letter('# Our demands\n\nText.\n');
    assert.equal(parsed!.title, 'A letter');
    assert.deepEqual(parsed!.body[0], { type: 'heading', content: ['Our demands'] });
  });

  it('gives no letter when there are errors, so nothing half-converted is published', () => {
    assert.equal(letter('![x](https://example.org/x.png)\n').letter, undefined);
  });
});
