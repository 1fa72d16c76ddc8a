import { expect } from 'chai';
import { DEMO_IDS, generateDemo } from '../../../data/demo/generate-demo.js';
import type { StoreData } from '../../../data/schema.js';
import { demo } from './demo-fixture.js';

const employeesIn = (d: StoreData, unitId: string) =>
  d.employments.filter((e) => e.unitId === unitId);
const firstName = (name: string) => name.split(' ')[0];

describe('generateDemo', () => {
  describe('determinism', () => {
    it('when called twice with the same seed, then the output is identical', () => {
      const a = generateDemo({ employees: 200, years: 2, seed: 7, asOf: '2025-06-30' });
      const b = generateDemo({ employees: 200, years: 2, seed: 7, asOf: '2025-06-30' });
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    });

    it('when the seed differs, then the employees and periods differ', () => {
      const a = generateDemo({ employees: 200, years: 2, seed: 7, asOf: '2025-06-30' });
      const b = generateDemo({ employees: 200, years: 2, seed: 8, asOf: '2025-06-30' });
      expect(JSON.stringify(a.employments)).to.not.equal(JSON.stringify(b.employments));
      expect(JSON.stringify(a.sickPeriods)).to.not.equal(JSON.stringify(b.sickPeriods));
    });

    it('when the seed is a string, then it is accepted and deterministic', () => {
      const a = generateDemo({ employees: 100, years: 1, seed: 'søndervig', asOf: '2025-06-30' });
      const b = generateDemo({ employees: 100, years: 1, seed: 'søndervig', asOf: '2025-06-30' });
      expect(a.sickPeriods).to.deep.equal(b.sickPeriods);
    });
  });

  describe('fixed identities', () => {
    const d = demo();
    const person = (id: string) => d.persons.find((p) => p.aadObjectId === id);
    const unitName = (id: string) => d.units.find((u) => u.id === id)?.name;

    it('when reading the leader, then Lone Kristensen leads only Hjemmeplejen Nord in Ældre og Sundhed', () => {
      const lone = person(DEMO_IDS.leader);
      expect(lone?.displayName).to.equal('Lone Kristensen');
      expect(lone?.leads).to.deep.equal(['AEL-HJN']);
      expect(lone?.hr).to.equal(null);
      expect(unitName('AEL-HJN')).to.equal('Hjemmeplejen Nord');
      expect(d.units.find((u) => u.id === 'AEL-HJN')?.parentId).to.equal('AEL');
      expect(unitName('AEL')).to.equal('Ældre og Sundhed');
    });

    it('when reading the sector chief, then Henrik Mortensen leads the sector Ældre og Sundhed', () => {
      const henrik = person(DEMO_IDS.chief);
      expect(henrik?.displayName).to.equal('Henrik Mortensen');
      expect(henrik?.leads).to.deep.equal(['AEL']);
      expect(d.units.find((u) => u.id === 'AEL')?.level).to.equal('forvaltning');
    });

    it('when reading the HR consultant, then Sofie Nielsen is HR for the whole municipality', () => {
      const sofie = person(DEMO_IDS.hr);
      expect(sofie).to.include({ displayName: 'Sofie Nielsen', hr: 'consultant' });
      expect(sofie?.hrUnits).to.deep.equal([]);
      expect(sofie?.leads).to.deep.equal([]);
    });

    it('when reading the employee, then Jonas Poulsen has no role but an employment', () => {
      const jonas = person(DEMO_IDS.employee);
      expect(jonas).to.include({ displayName: 'Jonas Poulsen', hr: null });
      expect(jonas?.leads).to.deep.equal([]);
      expect(
        d.employments.filter((e) => e.displayName === 'Jonas Poulsen').map((e) => e.id),
      ).to.deep.equal([DEMO_IDS.jonasEmployment]);
    });

    it('when listing Hjemmeplejen Nord, then it has at least 12 employees with distinct first names and one Mette Jensen', () => {
      const staff = employeesIn(d, 'AEL-HJN');
      expect(staff.length).to.be.at.least(12);
      const names = staff.map((e) => firstName(e.displayName));
      expect(new Set(names).size).to.equal(names.length);
      expect(staff.filter((e) => e.displayName === 'Mette Jensen')).to.have.length(1);
    });

    it('when looking for Mettes, then exactly two exist, both in Ældre og Sundhed and in different units', () => {
      const mettes = d.employments.filter((e) => firstName(e.displayName) === 'Mette');
      expect(mettes.map((e) => e.displayName).sort()).to.deep.equal([
        'Mette Hansen',
        'Mette Jensen',
      ]);
      const units = mettes.map((e) => d.units.find((u) => u.id === e.unitId));
      expect(units.map((u) => u?.parentId)).to.deep.equal(['AEL', 'AEL']);
      expect(new Set(units.map((u) => u?.id)).size).to.equal(2);
    });

    it('when checking the fixed employees at as-of, then none of them has an open sick period', () => {
      const keys = new Set(
        d.employments.filter((e) => e.id.startsWith('XA-0000')).map((e) => e.personKey),
      );
      expect(keys.size).to.equal(3);
      expect(d.sickPeriods.filter((p) => keys.has(p.personKey) && p.end === null)).to.deep.equal(
        [],
      );
    });

    it('when listing leaders, then every unit has exactly one leader', () => {
      for (const unit of d.units) {
        const leaders = d.persons.filter((p) => p.leads.includes(unit.id));
        expect(leaders, unit.id).to.have.length(1);
      }
    });
  });
});
