import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSignatoriesCsv, type CsvOptions } from '../../src/cli/csv.js';
import { printed } from './helpers.js';

const csv = (text: string, options: CsvOptions = {}) => parseSignatoriesCsv(text, 'signatories.csv', options);

describe('signatories CSV', () => {
  it('reads every column, leaves empty cells out and keeps the row order', () => {
    const { signatories, lines, issues } = csv(
      'name,kind,country,affiliation,url,signed\n' +
        'Panoptykon,organization,PL,,https://panoptykon.org,2012-11-20\n' +
        'Eduardo Bertoni,individual,AR,"Centro, CELE",,\n' +
        ' Reporters Without Borders ,,,,,\n',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [
      // organization is the default, so the feed leaves it out
      { name: 'Panoptykon', country: 'PL', url: 'https://panoptykon.org', signed: '2012-11-20' },
      { name: 'Eduardo Bertoni', kind: 'individual', country: 'AR', affiliation: 'Centro, CELE' },
      { name: 'Reporters Without Borders' },
    ]);
    assert.deepEqual(lines, [2, 3, 4]);
  });

  it('accepts the columns in any order, and only name is required', () => {
    const { signatories, issues } = csv('country,name\nCL,Derechos Digitales\n');
    assert.deepEqual(issues, []);
    assert.deepEqual(signatories, [{ name: 'Derechos Digitales', country: 'CL' }]);
  });

  it('skips blank lines and all-empty rows, and counts lines across quoted line breaks', () => {
    const { signatories, lines } = csv('name,affiliation\n\n"Multi\nline",x\n,\nLast,\n');
    assert.deepEqual(signatories.map((s) => s.name), ['Multi\nline', 'Last']);
    assert.deepEqual(lines, [3, 6]);
  });

  it('reads lowercase codes, the usual aliases and country names as their code, with a note; names one it cannot read', () => {
    const { signatories, issues, fixed } = csv('name,country\nA,CL\nB,Chile\nC,UK\nD,cl\nE,Narnia\nF,International\nG,Alemania\n', { fix: true });
    assert.deepEqual(signatories.map((s) => s.country), ['CL', 'CL', 'GB', 'CL', undefined, undefined, 'DE']);
    assert.deepEqual(printed(issues), [
      'signatories.csv:3: warning: country "Chile" read as CL',
      'signatories.csv:4: warning: country "UK" read as GB',
      'signatories.csv:5: warning: country "cl" read as CL',
      'signatories.csv:6: country "Narnia" is not an ISO 3166-1 alpha-2 code (see https://www.iso.org/obp/ui/#search/code/)',
      'signatories.csv:7: country "International" is not an ISO 3166-1 alpha-2 code (leave it empty for an international body)',
      'signatories.csv:8: warning: country "Alemania" read as DE',
    ]);
    // The cleaned copy has the codes, and keeps the rows it could not fix for the organiser to see.
    assert.deepEqual(fixed?.changed, [3, 4, 5, 8]);
    assert.equal(fixed?.text, '\uFEFFname,country\r\nA,CL\r\nB,CL\r\nC,GB\r\nD,CL\r\nE,Narnia\r\nF,International\r\nG,DE\r\n');
  });

  it('reads the kinds sign-on forms write, and reports one it cannot read', () => {
    const { signatories, issues } = csv('name,kind\nA,Individual\nB,Organisation\nC,person\nD,robot\n');
    assert.deepEqual(signatories.map((s) => s.kind), ['individual', undefined, 'individual', undefined]);
    assert.deepEqual(printed(issues), [
      'signatories.csv:5: kind "robot" is not "organization" or "individual" (leave it empty for an organization)',
    ]);
  });

  it('reports an unknown column once, an empty name and a row of the wrong width', () => {
    const { signatories, issues } = csv('name,email\nA,a@example.org\n,y\nB,x,extra\n');
    assert.deepEqual(printed(issues), [
      'signatories.csv:1: warning: column "email" is left out (not one of name, kind, country, affiliation, url, signed): ' +
        'to keep it, map it with --columns "email=<column>" or "columns" in campaign.json; "email=" silences this',
      'signatories.csv:3: empty name',
      'signatories.csv:4: this row has 3 cells but the header has 2 (check for a missing or extra separator, or quote cells that contain one)',
    ]);
    assert.deepEqual(signatories, [{ name: 'A' }]);
  });

  it('refuses a header without a name column', () => {
    assert.deepEqual(printed(csv('Derechos Digitales,CL\n').issues).at(-1),
      'signatories.csv:1: the first row must name the columns, and one of them must be "name" (got "Derechos Digitales,CL")');
  });

  it('publishes a signatory given twice once: exact and near duplicates (case, spacing, full-width letters) are left out, naming both lines', () => {
    const { signatories, issues, fixed } = csv('name,country\nAccess Now,\nPanoptykon,PL\naccess  now,\nＰａｎｏｐｔｙｋｏｎ,pl\nAccess Now,\nPanoptykon,DE\n', { fix: true });
    assert.deepEqual(signatories.map((s) => s.name), ['Access Now', 'Panoptykon', 'Panoptykon']);
    assert.deepEqual(printed(issues), [
      'signatories.csv:4: warning: "access  now" is the same signatory, written differently ("Access Now") as on line 2: this row is left out, so no one is counted twice',
      'signatories.csv:5: warning: country "pl" read as PL',
      'signatories.csv:5: warning: "Ｐａｎｏｐｔｙｋｏｎ" is the same signatory, written differently ("Panoptykon") as on line 3: this row is left out, so no one is counted twice',
      'signatories.csv:6: warning: "Access Now" is the same signatory as on line 2: this row is left out, so no one is counted twice',
    ]);
    assert.deepEqual(fixed?.dropped, [4, 5, 6]);
    assert.equal(fixed?.text, '\uFEFFname,country\r\nAccess Now,\r\nPanoptykon,PL\r\nPanoptykon,DE\r\n');
  });

  it('reports broken CSV with its line', () => {
    assert.deepEqual(printed(csv('name,country\nA,CL\n"B"x,PL\n').issues).map((m) => m.slice(0, 37)), [
      'signatories.csv:3: not valid CSV: Inv',
    ]);
  });
});
