import { expect } from '@open-wc/testing';
import { feedJsonSchema, signatoriesJsonSchema } from '../../src/cli/json-schema.js';
import { fullFeed } from '../feed/feeds.js';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('feedJsonSchema', () => {
  const schema = feedJsonSchema() as Node;
  const props = schema.properties;
  const defs = schema.$defs;

  it('is draft 2020-12 with the published $id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://wcit-embed.example/feed-v1.schema.json');
    expect(schema.title).to.equal('Feed');
  });

  it('requires the top-level fields the format requires, and only those', () => {
    expect(schema.required).to.deep.equal(['version', 'id', 'defaultLanguage', 'letter', 'signatories']);
    expect(Object.keys(props)).to.deep.equal([
      'version', 'id', 'updated', 'defaultLanguage', 'letter', 'signOn',
      'signatories', 'signatoryCount', 'signatoriesUrl', 'fullListUrl',
    ]);
  });

  it('fixes the version to 1', () => {
    expect(props.version.const).to.equal(1);
  });

  it('allows fields it does not name, at every level', () => {
    const all = JSON.stringify(schema);
    expect(all).not.to.contain('"additionalProperties":false');
    expect(all).not.to.contain('unevaluatedProperties');
    expect(schema.additionalProperties).to.equal(undefined);
    expect(defs.Signatory.additionalProperties).to.equal(undefined);
  });

  it('gives the id, language and country patterns', () => {
    expect(props.id.pattern).to.equal('^[a-z0-9][a-z0-9-]{0,63}$');
    expect(props.defaultLanguage.pattern).to.equal('^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$');
    expect(props.letter.propertyNames.pattern).to.equal(props.defaultLanguage.pattern);
    expect(defs.Signatory.properties.country.pattern).to.equal('^[A-Z]{2}$');
  });

  it('patterns match valid values and refuse invalid ones', () => {
    // JSON Schema patterns are ECMA-262 regular expressions; Ajv compiles them with the u flag.
    const re = (p: string) => new RegExp(p, 'u');
    expect(re(props.id.pattern).test('wcit-2012')).to.equal(true);
    expect(re(props.id.pattern).test('WCIT')).to.equal(false);
    expect(re(props.updated.pattern).test('2012-11-29T10:00:00Z')).to.equal(true);
    expect(re(props.updated.pattern).test('2012-11-29')).to.equal(false);
    expect(re(defs.Signatory.properties.signed.pattern).test('2012-11-29')).to.equal(true);
    expect(re(defs.Inline.anyOf[1].properties.href.pattern).test('MAILTO:a@b.c')).to.equal(true);
    expect(re(defs.Inline.anyOf[1].properties.href.pattern).test('javascript:alert(1)')).to.equal(false);
    expect(re(props.signatoriesUrl.pattern).test('signatories.json')).to.equal(true);
    expect(re(props.signatoriesUrl.pattern).test('data:,x')).to.equal(false);
    expect(re(props.signatoriesUrl.pattern).test('https://x.example/s.json')).to.equal(true);
    expect(re(props.fullListUrl.pattern).test('http://')).to.equal(false);
    expect(re(props.fullListUrl.pattern).test('https://example.org/\u200b')).to.equal(false);
    expect(re(props.fullListUrl.pattern).test('https://example.org/ni\u00f1o')).to.equal(true);
  });

  it('marks date-times with their formats, and gives URLs the reader\'s pattern and length', () => {
    expect(props.updated.format).to.equal('date-time');
    expect(defs.SignOn.properties.closes.anyOf).to.deep.equal([{ format: 'date' }, { format: 'date-time' }]);
    // Ajv's "uri" format refuses letters of other scripts that browsers take; the pattern is the one rule.
    expect(props.fullListUrl).to.include({ type: 'string', maxLength: 2048 });
    expect(props.fullListUrl.format).to.equal(undefined);
    expect(defs.SignOn.properties.url.pattern).to.equal(props.fullListUrl.pattern);
  });

  it('needs at least one language and one block', () => {
    expect(props.letter).to.include({ type: 'object', minProperties: 1 });
    expect(props.letter.additionalProperties.$ref).to.equal('#/$defs/LetterText');
    expect(defs.LetterText.required).to.deep.equal(['title', 'body']);
    expect(defs.LetterText.properties.body).to.include({ type: 'array', minItems: 1 });
  });

  it('gives the string lengths of the format', () => {
    const lt = defs.LetterText.properties;
    expect(lt.title).to.include({ minLength: 1, maxLength: 300 });
    expect(lt.summary).to.include({ maxLength: 500 });
    expect(lt.summary.minLength).to.equal(undefined);
    expect(lt.closing).to.include({ maxLength: 200 });
    expect(defs.Signatory.properties.name).to.include({ minLength: 1, maxLength: 200 });
    expect(defs.Signatory.properties.affiliation).to.include({ maxLength: 200 });
  });

  it('lists the two kinds of signatory', () => {
    expect(defs.Signatory.required).to.deep.equal(['name']);
    expect(defs.Signatory.properties.kind.enum).to.deep.equal(['organization', 'individual']);
  });

  it('tells blocks apart by type', () => {
    expect(defs.Block.properties.type.enum).to.deep.equal(['paragraph', 'heading', 'list']);
    const [paragraph, heading, list] = defs.Block.oneOf;
    expect(paragraph.required).to.deep.equal(['type', 'content']);
    expect(heading.properties.type.const).to.equal('heading');
    expect(list.required).to.deep.equal(['type', 'items']);
    expect(list.properties.ordered.type).to.equal('boolean');
    expect(list.properties.items.items.items.$ref).to.equal('#/$defs/Inline');
  });

  it('makes an inline a string or an object with text', () => {
    const [text, rich] = defs.Inline.anyOf;
    expect(text).to.deep.equal({ type: 'string', maxLength: 10000, not: { pattern: '\\p{M}{31}' } });
    expect(rich.required).to.deep.equal(['text']);
    expect(rich.properties.strong).to.deep.equal({ const: true });
  });

  it('gives sign-on goal and signatory count their minimums', () => {
    expect(defs.SignOn.required).to.deep.equal(['url']);
    expect(defs.SignOn.properties.goal).to.include({ type: 'integer', minimum: 1 });
    expect(props.signatoryCount).to.include({ type: 'integer', minimum: 0 });
  });

  it('carries the format page descriptions', () => {
    expect(props.defaultLanguage.description).to.contain('must be a key of `letter`');
    expect(props.signatoryCount.description).to.contain('at least the length of `signatories`');
    expect(defs.Signatory.description).to.be.a('string');
  });

  it('resolves every $ref to a definition', () => {
    const refs = JSON.stringify(schema).match(/#\/\$defs\/\w+/g)!;
    expect(refs.length).to.be.greaterThan(4);
    for (const ref of refs) expect(defs[ref.slice('#/$defs/'.length)], ref).to.be.an('object');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
    expect(fullFeed().version).to.equal(props.version.const);
  });
});

describe('signatoriesJsonSchema', () => {
  const schema = signatoriesJsonSchema() as Node;

  it('describes { version: 1, signatories: [Signatory…] }', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://wcit-embed.example/signatories-v1.schema.json');
    expect(schema.required).to.deep.equal(['version', 'signatories']);
    expect(schema.properties.version.const).to.equal(1);
    expect(schema.properties.signatories.items.$ref).to.equal('#/$defs/Signatory');
    expect(schema.$defs.Signatory).to.deep.equal((feedJsonSchema() as Node).$defs.Signatory);
  });
});
