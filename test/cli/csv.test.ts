import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSignatoriesCsv } from '../../src/cli/csv.js';
import { printed } from './helpers.js';

const csv = (text: string) => parseSignatoriesCsv(text, 'signatories.csv');

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

  it('names a country that is not an ISO code, with the code to use', () => {
    assert.deepEqual(printed(csv('name,country\nA,CL\nB,Chile\nC,UK\nD,cl\nE,Narnia\nF,International\n').issues), [
      'signatories.csv:3: country "Chile" is not an ISO 3166-1 alpha-2 code (use CL)',
      'signatories.csv:4: country "UK" is not an ISO 3166-1 alpha-2 code (use GB)',
      'signatories.csv:5: country "cl" is not an ISO 3166-1 alpha-2 code (use CL)',
      'signatories.csv:6: country "Narnia" is not an ISO 3166-1 alpha-2 code (see https://www.iso.org/obp/ui/#search/code/)',
      'signatories.csv:7: country "International" is not an ISO 3166-1 alpha-2 code (leave it empty for an international body)',
    ]);
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

  it('warns about a name given twice, and keeps both rows', () => {
    const { signatories, issues } = csv('name\nAccess\nPanoptykon\naccess\n');
    assert.equal(signatories.length, 3);
    assert.deepEqual(printed(issues), ['signatories.csv:4: warning: "access" is also on line 2']);
  });

  it('reports broken CSV with its line', () => {
    assert.deepEqual(printed(csv('name,country\nA,CL\n"B"x,PL\n').issues).map((m) => m.slice(0, 37)), [
      'signatories.csv:3: not valid CSV: Inv',
    ]);
  });
});
