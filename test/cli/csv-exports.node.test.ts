import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decodeCsv, parseColumnMap, parseSignatoriesCsv, type CsvOptions } from '../../src/cli/csv.js';
import { printed } from './helpers.js';

/** A fixture read as the builder reads it: bytes, decoded, parsed. */
function exported(name: string, options?: CsvOptions) {
  const bytes = readFileSync(new URL(`fixtures/exports/${name}`, import.meta.url));
  const decoded = decodeCsv(bytes, name);
  if ('issue' in decoded) throw new Error(`could not decode ${name}: ${decoded.issue.message}`);
  return parseSignatoriesCsv(decoded.text, name, options);
}

const leftOut = (file: string, column: string) =>
  `${file}:1: warning: column "${column}" is left out (not one of name, kind, country, affiliation, url, signed): ` +
  `to keep it, map it with --columns "${column}=<column>" or "columns" in campaign.json; "${column}=" silences this`;

describe('signatory spreadsheets as sign-on tools export them', () => {
  it('reads a Google Forms export: question titles as headers, e-mails left out with a warning', () => {
    const { signatories, issues } = exported('google-forms.csv');
    assert.deepEqual(signatories, [
      { name: 'Derechos Digitales', country: 'CL', url: 'https://www.derechosdigitales.org' },
      { name: 'Panoptykon Foundation', country: 'PL' },
      { name: 'Eduardo Bertoni', kind: 'individual', country: 'AR' },
    ]);
    assert.deepEqual(printed(issues), [leftOut('google-forms.csv', 'Timestamp'), leftOut('google-forms.csv', 'Email Address')]);
  });

  it('reads an Action Network export: first and last name joined, Organization as the affiliation', () => {
    const { signatories, issues } = exported('action-network.csv', { columns: { email: null, zip_code: null, can2_phone: null, can2_subscription_status: null } });
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [
      { name: 'Eduardo Bertoni', kind: 'individual', country: 'AR', affiliation: 'Centro de Estudios en Libertad de Expresión, CELE' },
      { name: 'Jillian York', kind: 'individual', country: 'DE' },
    ]);
  });

  it('reads a Typeform export: "Full name" with an Organization is a person', () => {
    const { signatories, issues } = exported('typeform.csv', { columns: { '#': null, 'Start Date (UTC)': null, 'Submit Date (UTC)': null, 'Network ID': null } });
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [
      { name: 'Access Now', url: 'https://www.accessnow.org' },
      { name: 'Nighat Dad', kind: 'individual', country: 'PK', affiliation: 'Digital Rights Foundation' },
    ]);
  });

  it('reads a European Excel export: UTF-8 with a BOM, semicolons, CRLF, French headers', () => {
    const { signatories, issues, lines } = exported('excel-europe.csv');
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [
      { name: 'La Quadrature du Net', country: 'FR', url: 'https://www.laquadrature.net', signed: '2026-01-15' },
      { name: 'Asociación por los Derechos Civiles; ADC', country: 'AR', signed: '2026-01-16' },
      { name: 'Fundación Vía Libre', country: 'AR', url: 'https://www.vialibre.org.ar' },
    ]);
    assert.deepEqual(lines, [2, 3, 4]);
  });

  it('reads tab-separated text, and headers in any case with a required-field star', () => {
    const { signatories, issues } = parseSignatoriesCsv('NAME *\tCOUNTRY\tWeb Site\nAccess Now\t\thttps://www.accessnow.org\n', 'x.tsv');
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [{ name: 'Access Now', url: 'https://www.accessnow.org' }]);
  });

  it('takes an "Organisation" column as the name when there is no name column', () => {
    const { signatories } = parseSignatoriesCsv('Organization,Country\nPanoptykon,PL\n', 'x.csv');
    assert.deepEqual(signatories, [{ name: 'Panoptykon', country: 'PL' }]);
  });

  it('maps the campaign\'s own headers, and says when a mapped header is not in the file', () => {
    const { signatories, issues } = parseSignatoriesCsv('Name of your group,Where\nPanoptykon,PL\n', 'x.csv', {
      columns: { 'name of your group': 'name', Where: 'country', Phone: null },
      columnsFrom: '--columns',
    });
    assert.deepEqual(signatories, [{ name: 'Panoptykon', country: 'PL' }]);
    assert.deepEqual(printed(issues), ['x.csv:1: --columns names the column "Phone", which is not in this file (its columns: Name of your group, Where)']);
  });

  it('refuses two columns that give the same field, naming both', () => {
    assert.deepEqual(printed(parseSignatoriesCsv('Organisation,Organization\nA,B\n', 'x.csv').issues), [
      'x.csv:1: columns "Organisation" and "Organization" both give the organisation: map one of them to another column, or to nothing',
    ]);
  });

  it('parses --columns, and refuses a target that is not a column', () => {
    assert.deepEqual(parseColumnMap('Org name=name, Email=,Where=Country'), { columns: { 'Org name': 'name', Email: null, Where: 'country' } });
    assert.deepEqual(parseColumnMap('Org name'), { error: '--columns takes "Header=column" pairs separated by commas, not "Org name"' });
    assert.deepEqual(parseColumnMap('Email=mail'), {
      error: '--columns: "mail" is not a column of the feed (use name, kind, country, affiliation, url, signed, or nothing to leave "Email" out)',
    });
  });
});

describe('the encoding of a signatories file', () => {
  it('reads UTF-8 with and without a BOM', () => {
    // TextDecoder drops the BOM, as a reader of the text wants.
    assert.deepEqual(decodeCsv(Buffer.from('\uFEFFname\nMéxico\n'), 'x.csv'), { text: 'name\nMéxico\n' });
    assert.deepEqual(decodeCsv(Buffer.from('name\nMéxico\n'), 'x.csv'), { text: 'name\nMéxico\n' });
  });

  it('refuses Latin-1 (Excel\'s plain "CSV" on Windows) with the line and how to save it again', () => {
    const result = decodeCsv(Buffer.from('name,country\nPanoptykon,PL\nRéseau,FR\n', 'latin1'), 'x.csv');
    assert.ok('issue' in result);
    assert.equal(result.issue.line, 3);
    assert.match(result.issue.message, /^the file is not UTF-8 \(probably Latin-1 or Windows-1252.*save it again as "CSV UTF-8"/);
  });

  it('refuses UTF-16 (Excel\'s "Unicode text")', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\nA\n', 'utf16le')]);
    const result = decodeCsv(utf16, 'x.csv');
    assert.ok('issue' in result);
    assert.match(result.issue.message, /^the file is UTF-16 text, not UTF-8/);
  });
});
