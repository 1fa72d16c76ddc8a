import { expect } from 'chai';
import { storeSchema, type StoreData } from '../../../data/schema.js';
import { AS_OF, demo } from './demo-fixture.js';

type Employment = StoreData['employments'][number];

function byPerson(d: StoreData): Map<string, Employment[]> {
  const map = new Map<string, Employment[]>();
  for (const e of d.employments) map.set(e.personKey, [...(map.get(e.personKey) ?? []), e]);
  return map;
}

describe('generateDemo at the default scale (1,500)', () => {
  const d = demo();

  it('when validated with the store schema, then it passes and is marked as demo', () => {
    expect(() => storeSchema.parse(d)).to.not.throw();
    expect(d.origin).to.equal('demo');
    expect(d.settings.name).to.equal('Søndervig Kommune');
  });

  it('when counting units, then there are 35–50 in a tree: one kommune, five sectors, institutions and afsnit', () => {
    expect(d.units.length).to.be.within(35, 50);
    const levels = d.units.map((u) => u.level);
    expect(levels.filter((l) => l === 'kommune')).to.have.length(1);
    expect(levels.filter((l) => l === 'forvaltning')).to.have.length(5);
    expect(levels.filter((l) => l === 'afsnit').length).to.be.greaterThan(0);
    const ids = new Set(d.units.map((u) => u.id));
    for (const u of d.units)
      if (u.parentId !== null) expect(ids.has(u.parentId), u.id).to.equal(true);
    expect(new Set(d.units.map((u) => u.name)).size).to.equal(d.units.length);
  });

  it('when checking employments, then ids are unique, units exist and rows of one person never overlap', () => {
    expect(new Set(d.employments.map((e) => e.id)).size).to.equal(d.employments.length);
    const units = new Set(d.units.map((u) => u.id));
    for (const e of d.employments) {
      expect(units.has(e.unitId), e.id).to.equal(true);
      if (e.validTo !== null) expect(e.validTo >= e.validFrom, e.id).to.equal(true);
    }
    for (const [key, rows] of byPerson(d)) {
      const sorted = [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i - 1]!.validTo! < sorted[i]!.validFrom, key).to.equal(true);
    }
  });

  it('when counting staff employed at as-of, then it is about 1,500 with part-timers, hourly-paid and apprentices', () => {
    const active = d.employments.filter(
      (e) => e.validFrom <= AS_OF && (e.validTo === null || e.validTo >= AS_OF),
    );
    expect(active.length).to.be.within(1300, 1550);
    expect(active.filter((e) => e.occupationRate === 0.8108).length).to.be.greaterThan(50);
    expect(active.filter((e) => e.payForm === 'hourly').length).to.be.greaterThan(5);
    expect(active.filter((e) => e.apprentice).length).to.be.greaterThan(3);
  });

  it('when looking for changes, then some people change hours (#2 row) and some change unit (new id, same person)', () => {
    const multi = [...byPerson(d).values()].filter((rows) => rows.length > 1);
    expect(multi.some((rows) => rows.some((e) => e.id.endsWith('#2')))).to.equal(true);
    expect(multi.some((rows) => new Set(rows.map((e) => e.unitId)).size > 1)).to.equal(true);
  });

  it('when checking sick periods, then they belong to known people, lie inside the window and some are open', () => {
    const keys = new Set(d.employments.map((e) => e.personKey));
    for (const p of d.sickPeriods) {
      expect(keys.has(p.personKey)).to.equal(true);
      expect(p.start >= '2023-11-23' && p.start <= AS_OF, p.id).to.equal(true);
      if (p.end !== null) expect(p.end >= p.start && p.end <= AS_OF, p.id).to.equal(true);
    }
    expect(new Set(d.sickPeriods.map((p) => p.id)).size).to.equal(d.sickPeriods.length);
    const open = d.sickPeriods.filter((p) => p.end === null).length;
    expect(open).to.be.within(10, 200);
  });

  it('when counting types, then child sickness, partial sickness and work injury all occur, partial with a share', () => {
    const count = (t: string) => d.sickPeriods.filter((p) => p.type === t).length;
    expect(count('BARN_SYG')).to.be.greaterThan(100);
    expect(count('DELVIS_SYGDOM')).to.be.greaterThan(10);
    expect(count('ARBEJDSSKADE')).to.be.within(1, count('SYGDOM') / 20);
    for (const p of d.sickPeriods.filter((x) => x.type === 'DELVIS_SYGDOM'))
      expect(p.partialPercent).to.be.within(1, 99);
  });

  it('when measuring period lengths, then most are short (≤ 14 days) and a few are long', () => {
    const len = (p: StoreData['sickPeriods'][number]) =>
      (Date.parse(p.end ?? AS_OF) - Date.parse(p.start)) / 86_400_000 + 1;
    const own = d.sickPeriods.filter((p) => p.type === 'SYGDOM');
    const long = own.filter((p) => len(p) > 14).length;
    expect(long / own.length).to.be.within(0.02, 0.15);
  });

  it('when listing targets, then every year of the window has FAST and LANDSGNS_VAEGTET targets and the root has one', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const ofYear = d.targets.filter((t) => t.year === year);
      expect(ofYear.some((t) => t.unitId === 'KOMMUNE' && t.method === 'FAST')).to.equal(true);
      expect(ofYear.some((t) => t.method === 'LANDSGNS_VAEGTET')).to.equal(true);
    }
    expect(
      d.nationalAverages.find((a) => a.occupationalGroup === 'Social- og sundhedspersonale')
        ?.daysPerFte,
    ).to.equal(16.3);
    expect(d.absenceCodes.find((c) => c.code === '790')?.type).to.equal('SYGDOM');
  });
});

describe('generateDemo at a larger scale', () => {
  it('when asked for 6,000 employees, then institutions scale up (about four times), names stay unique', async () => {
    const { generateDemo } = await import('../../../data/demo/generate-demo.js');
    const d = generateDemo({ employees: 6000, years: 1, seed: 3, asOf: AS_OF });
    const institutions = d.units.filter((u) => u.level === 'institution').length;
    expect(institutions).to.be.within(4 * 32 - 10, 4 * 32 + 10);
    expect(new Set(d.units.map((u) => u.name)).size).to.equal(d.units.length);
    expect(d.employments.filter((e) => e.unitId === 'AEL-HJN').length).to.be.within(14, 40);
  });
});
