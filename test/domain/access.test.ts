import { expect } from 'chai';
import {
  canSeeUnit,
  hrConsultantsFor,
  rolesOf,
  unitsLedBy,
  visibleUnits,
  ancestorsOf,
} from '../../domain/access.js';
import type { Person, Unit } from '../../domain/model.js';

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  name: id,
  parentId,
  level: parentId === null ? 'kommune' : 'institution',
  unitType: null,
  validFrom: '2020-01-01',
  validTo: null,
  policyId: null,
});
const units = [
  unit('K', null),
  unit('AE', 'K'),
  unit('HN', 'AE'),
  unit('HN1', 'HN'),
  unit('PC', 'AE'),
  unit('BU', 'K'),
  unit('SK', 'BU'),
];
const person = (p: Partial<Person>): Person => ({
  aadObjectId: 'x',
  upn: null,
  displayName: 'X',
  leads: [],
  hr: null,
  hrUnits: [],
  locale: null,
  ...p,
});

describe('access', () => {
  it('when a person leads a unit, then they see it and its sub-units only', () => {
    const leader = person({ leads: ['HN'] });
    expect([...unitsLedBy(leader, units)].sort()).to.deep.equal(['HN', 'HN1']);
    expect(canSeeUnit(leader, units, 'PC')).to.equal(false);
    expect(rolesOf(leader)).to.deep.equal(['leader']);
  });

  it('when a sector chief leads the sector, then they see all its units', () => {
    const chief = person({ leads: ['AE'] });
    expect([...visibleUnits(chief, units)].sort()).to.deep.equal(['AE', 'HN', 'HN1', 'PC']);
  });

  it('when HR has no unit restriction, then they see everything; a restricted consultant sees their units', () => {
    expect(visibleUnits(person({ hr: 'consultant' }), units).size).to.equal(units.length);
    expect(
      [...visibleUnits(person({ hr: 'consultant', hrUnits: ['BU'] }), units)].sort(),
    ).to.deep.equal(['BU', 'SK']);
  });

  it('when a person has no role, then they see nothing', () => {
    const nobody = person({});
    expect(visibleUnits(nobody, units).size).to.equal(0);
    expect(rolesOf(nobody)).to.deep.equal(['none']);
  });

  it('finds ancestors nearest first and the HR consultant serving a unit', () => {
    expect(ancestorsOf(units, 'HN1')).to.deep.equal(['HN', 'AE', 'K']);
    const general = person({ aadObjectId: 'g', hr: 'consultant' });
    const elder = person({ aadObjectId: 'e', hr: 'consultant', hrUnits: ['AE'] });
    expect(
      hrConsultantsFor([general, elder], units, 'HN1').map((p) => p.aadObjectId),
    ).to.deep.equal(['e']);
    expect(hrConsultantsFor([general, elder], units, 'SK').map((p) => p.aadObjectId)).to.deep.equal(
      ['g'],
    );
  });
});
