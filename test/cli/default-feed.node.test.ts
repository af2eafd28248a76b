import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { buildFeed } from '../../src/cli/build.js';
import { validateFeed } from '../../src/feed/read.js';
import type { Block, Feed } from '../../src/feed/types.js';
import { textOf } from './helpers.js';

const SOURCES = fileURLToPath(new URL('../../campaigns/wcit-2012/', import.meta.url));
// The seed letter lives beside the repository, never copied into it.
const SEED = fileURLToPath(new URL('../../../shared/seed/000_f2019f29f66219e9.txt', import.meta.url));

const { feed, issues } = buildFeed(SOURCES);
const en = feed?.letter.en;

/** The seed's country names for the codes the feed uses. */
const SEED_COUNTRY: Record<string, string> = {
  CL: 'Chile',
  PL: 'Poland',
  AR: 'Argentina',
  US: 'US',
  PK: 'Pakistan',
  FR: 'France',
  GB: 'UK',
  IN: 'India',
  TN: 'Tunisia',
  CO: 'Colombia',
};

/**
 * The feed written back the way the seed is written: bold as `**…**`, each
 * list as one chunk of "- " lines, one signatory a line.
 */
function asSeedChunks(built: Feed): string[] {
  const letter = built.letter.en;
  const bold = (text: string) => `**${text}**`;
  const block = (b: Block): string => {
    if (b.type === 'list') return b.items.map((item) => `- ${textOf(item)}`).join('\n');
    const whole = b.content.length === 1 && typeof b.content[0] === 'object' && b.content[0].strong;
    return b.type === 'heading' || whole ? bold(textOf(b.content)) : textOf(b.content);
  };
  return [
    ...letter.body.map(block),
    bold(letter.closing ?? ''),
    ...built.signatories.map((s) =>
      [s.name, s.affiliation, s.country && SEED_COUNTRY[s.country]].filter(Boolean).join(', '),
    ),
    // The seed's 2012 link was http://cdt.org; the feed links to the same page over https.
    `[See complete sign-on list at [cdt.org](${built.fullListUrl?.replace(/^https:/, 'http:')})]`,
  ];
}

describe('the default WCIT feed', () => {
  it('builds from the repository sources with no errors or warnings', () => {
    assert.deepEqual(issues, []);
    assert.ok(feed);
  });

  it('passes strict validation', () => {
    assert.deepEqual(validateFeed(feed), []);
  });

  it('holds the seed letter word for word', { skip: !existsSync(SEED) && `seed letter not found at ${SEED}` }, () => {
    const seed = readFileSync(SEED, 'utf8')
      .split(/\n\s*\n/)
      .map((chunk) => chunk.trim())
      .filter(Boolean);
    assert.deepEqual(asSeedChunks(feed!), seed);
  });

  it('opens with the bold paragraph', () => {
    const [first] = en!.body;
    assert.equal(first.type, 'paragraph');
    if (first.type !== 'paragraph') return;
    assert.equal(first.content.length, 1);
    assert.deepEqual(Object.keys(first.content[0]).sort(), ['strong', 'text']);
    assert.match(textOf(first.content), /^In the interests of promoting .* to include the Internet\.$/);
  });

  it('has the call to member states and two asks, each a heading and its bullets', () => {
    const tail = en!.body.slice(5);
    assert.deepEqual(
      tail.map((b) => (b.type === 'list' ? `list of ${b.items.length}` : `${b.type}: ${textOf(b.content).slice(0, 20)}`)),
      [
        'heading: We call on member st',
        'heading: Hold a transparent, ',
        'list of 3',
        'heading: Oppose expansion of ',
        'list of 2',
      ],
    );
    assert.ok(tail.every((b) => b.type !== 'list' || !b.ordered));
    assert.equal(en!.body.slice(0, 5).filter((b) => b.type === 'paragraph').length, 5);
  });

  it('closes with "Sincerely," and carries an editorial title', () => {
    assert.equal(en!.closing, 'Sincerely,');
    assert.equal(en!.title, 'Open letter to ITU member states on the WCIT');
  });

  it('lists the 18 signatories in the seed order with their countries and kinds', () => {
    assert.deepEqual(
      feed!.signatories.map((s) => [s.name, s.kind ?? 'organization', s.country ?? '']),
      [
        ['Derechos Digitales', 'organization', 'CL'],
        ['Panoptykon', 'organization', 'PL'],
        ['Eduardo Bertoni', 'individual', 'AR'],
        ['Human Rights in China', 'organization', 'US'],
        ['Center for Democracy & Technology', 'organization', 'US'],
        ['Bytes For All', 'organization', 'PK'],
        ['La Quadrature du Net', 'organization', 'FR'],
        ['Reporters Without Borders', 'organization', ''],
        ['Access', 'organization', 'US'],
        ['Index on Censorship', 'organization', ''],
        ['Open Rights Group', 'organization', 'GB'],
        ['European Digital Rights', 'organization', ''],
        ['Global Partners & Associates', 'organization', ''],
        ['Internet Democracy Project', 'organization', 'IN'],
        ['Nawaat', 'organization', 'TN'],
        ['Fundación Karisma', 'organization', 'CO'],
        ['Asociación por los Derechos Civiles', 'organization', 'AR'],
        ['Association for Progressive Communications', 'organization', ''],
      ],
    );
    assert.equal(
      feed!.signatories[2].affiliation,
      'Centro por los Estudios de Libertad de Expresión y Acceso a la Información',
    );
  });

  it('points both the sign-on and the full list at cdt.org, inline and unsplit', () => {
    assert.equal(feed!.id, 'wcit-2012');
    assert.equal(feed!.defaultLanguage, 'en');
    assert.deepEqual(feed!.signOn, { url: 'https://cdt.org' });
    assert.equal(feed!.fullListUrl, 'https://cdt.org');
    assert.equal(feed!.signatoriesUrl, undefined);
    assert.equal(feed!.signatoryCount, undefined);
  });
});
