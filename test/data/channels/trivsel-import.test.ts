/** The trivsel import: well-being and APV scores per unit; every bad row reported, nothing imported. */
import { expect } from 'chai';
import { fixtureStore } from '../../helpers/fixture-org.js';
import { importInto, rejected } from '../import/import-helpers.js';

const GOOD = [
  'enhed_id;dato;maaling;score',
  'HN;2026-10-01;Trivsel samlet;72,5',
  'HN;2026-10-01;APV psykisk arbejdsmiljø;64',
  'PC;2026-10-01;Trivsel samlet;80',
].join('\n');

describe('trivsel import', () => {
  it('when the file is clean, then every score is stored, and a second import of it changes nothing', () => {
    const data = fixtureStore();
    data.units.push({ ...data.units[2]!, id: 'PC', name: 'Plejecenter Ro' });
    const first = importInto(data, 'trivsel', 'trivsel.csv', GOOD);
    expect(first.created).to.equal(3);
    expect(data.wellbeingScores).to.deep.include({
      unitId: 'HN',
      date: '2026-10-01',
      measure: 'Trivsel samlet',
      score: 72.5,
    });
    const again = importInto(data, 'trivsel', 'trivsel.csv', GOOD);
    expect(again.unchanged).to.equal(3);
  });

  it('when rows are bad, then each is reported and nothing is imported', () => {
    const data = fixtureStore();
    const text = [
      'enhed_id;dato;maaling;score',
      'XX;2026-10-01;Trivsel samlet;70',
      'HN;31-02-2026;Trivsel samlet;70',
      'HN;2026-10-01;Trivsel samlet;170',
      'HN;2026-10-01;;70',
    ].join('\n');
    const errors = rejected(data, 'trivsel', 'trivsel.csv', text);
    expect(errors).to.have.length(4);
    expect(errors.join('\n'))
      .to.match(/trivsel.csv:2:/)
      .and.to.match(/trivsel.csv:5:/);
    expect(data.wellbeingScores ?? []).to.have.length(0);
  });
});
