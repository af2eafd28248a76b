import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './command.js';

/**
 * `wcit-feed init <dir>`: a campaign folder that builds as it is, each file
 * saying what goes where in the way its format allows: a "$comment" in
 * campaign.json, "#" notes in the letter's front matter, and, since a CSV
 * has no comments a spreadsheet would keep, a README.txt beside them.
 */
export function init(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('init takes one folder, e.g. wcit-feed init my-letter');
  const [dir] = positionals;
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    console.error(`${dir}: is a file, not a folder: init makes a new campaign folder, e.g. wcit-feed init ${join(dirname(dir), 'my-letter')}`);
    return 1;
  }
  const files = campaignFiles(campaignId(basename(resolve(dir))));
  const taken = Object.keys(files).filter((name) => existsSync(join(dir, name)));
  if (taken.length > 0) {
    console.error(`${dir}: already has ${taken.join(', ')}; nothing written (choose a new folder, or move them away)`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  console.log(`Created ${dir} with:
  campaign.json    the campaign's id, language, sign-on page and goal
  letter.en.md     the letter (add letter.fr.md, letter.es.md… for translations)
  signatories.csv  one signatory a row: open it in a spreadsheet, or replace it with your sign-on tool's export
  README.txt       what goes where
Next:
  npx wcit-feed preview ${dir}                   see it as members' sites will
  npx wcit-feed build ${dir} --out feed.json     write the feed to publish`);
  return 0;
}

/** A feed id from a folder name: "Our Letter 2026" → "our-letter-2026". */
function campaignId(folder: string): string {
  const id = folder
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id || 'my-letter';
}

function campaignFiles(id: string): Record<string, string> {
  return {
    'campaign.json': `${JSON.stringify(
      {
        $comment:
          'Settings for the whole campaign (README.txt says more). id: a short name in lower case, letters, digits and dashes. defaultLanguage: the language the letter was written in. signOn.url: the page where people sign; goal: how many signatories you aim for (optional); closes: the last day to sign, e.g. "2026-12-31" (optional). fullListUrl: a page with the complete list (optional).',
        id,
        defaultLanguage: 'en',
        signOn: { url: 'https://example.org/sign', goal: 100 },
        fullListUrl: 'https://example.org/letter',
      },
      null,
      2,
    )}\n`,
    'letter.en.md': `---
# Lines that start with "#" between the two "---" lines are notes for you;
# they are not published.
# title: the letter's title, as members' sites show it.
title: Our open letter
# summary (optional): one or two sentences for small spaces.
summary: We, the undersigned organisations, ask for one clear thing.
# closing (optional): the line above the signatures.
closing: Sincerely,
---

**Open with the sentence that matters most; two stars on each side make it bold.**

A paragraph is one or more lines of text. Leave an empty line between
paragraphs. *One star* on each side is italic, and [a link](https://example.org)
is the text in square brackets and the address in round ones.

## A heading inside the letter

- A list item starts with a dash.
- The signatories are not written here: they come from signatories.csv.
`,
    'signatories.csv': `name,kind,country,affiliation,url,signed
Example Organisation,organization,CL,,https://example.org,2026-01-15
Jane Doe,individual,GB,Example University,,2026-01-16
`,
    'README.txt': `Your campaign's letter feed
===========================

This folder holds the sources of the feed that members' websites read. Edit
them, then:

  npx wcit-feed preview .                  see the letter, counter, button and
                                           list as members' sites will
  npx wcit-feed build . --out feed.json    write feed.json, the file to publish
  npx wcit-feed check-host https://…/feed.json
                                           once published: does the host serve
                                           it so that members' sites work?

campaign.json
  id               a short name: lower case letters, digits and dashes
  defaultLanguage  the language the letter was written in ("en", "es", "fr"…)
  signOn.url       the page where people sign
  signOn.goal      how many signatories you aim for (optional)
  signOn.closes    the last day to sign, e.g. "2026-12-31" (optional)
  fullListUrl      a web page with the complete list (optional)
  columns          your spreadsheet's own column names (optional), e.g.
                   {"Name of your organisation": "name", "Email": null};
                   null leaves a column out without a warning
  "$comment" is a note for people; it is not published.

letter.en.md
  The letter in English. A translation goes in letter.<language>.md:
  letter.fr.md, letter.es.md, letter.es-AR.md. Either begin with a line
  "# The title", or with the block between "---" lines as in this file.
  Paragraphs, headings, lists, **bold**, *italic* and [links](https://…)
  are published; images, tables and HTML are refused with the line number.

signatories.csv
  One signatory a row, in the order you publish them, under a first row
  that names the columns:
    name         the organisation's or person's name (required)
    kind         organization (or empty) or individual
    country      the two-letter code: CL, GB, FR, PK… (empty: international)
    affiliation  for a person, their organisation
    url          the signatory's website
    signed       the date they signed, e.g. 2026-01-15
  An export from a sign-on tool (Google Forms, Action Network, Typeform,
  Excel) works as it is: columns such as "Organisation", "Full name",
  "Country code", "Website", "Type" or "Date signed" are recognised, and
  commas, semicolons and tabs all work. Save as UTF-8 ("CSV UTF-8" in
  Excel). Every other column (e-mail addresses!) is left out of the feed,
  with a warning naming it.
`,
  };
}
