/**
 * The frequent-absence check of many people at once (the scheduler's scan after an import), over a
 * real lowdb store: more people than one chunk of the check, each assessed on their own absence.
 */
import { expect } from 'chai';
import { checkFrequencyTriggersMany } from '../../app/frequency-check.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore } from '../../data/store.js';
import type { StoreData } from '../../data/schema.js';
import { fixtureStore } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';
import { period } from '../domain/follow-up/follow-up-fixtures.js';

const PEOPLE = 1_234;
const key = (n: number) => `p-many-${n}`;
// Four short periods this year; a fifth on 16 November meets "5 periods in 12 months" (the
// municipality's default trigger, which the fixture's unit HN follows) for the even-numbered.
const STARTS = ['2026-01-12', '2026-03-09', '2026-05-11', '2026-08-17'];

function seed(): StoreData {
  const d = fixtureStore();
  const template = d.employments[0]!;
  for (let n = 0; n < PEOPLE; n++) {
    d.employments.push({ ...template, id: `EM${n}`, personKey: key(n), displayName: `Ansat ${n}` });
    const starts = n % 2 === 0 ? [...STARTS, '2026-11-16'] : STARTS;
    starts.forEach((start, i) =>
      d.sickPeriods.push(period(start, { id: `pm${n}-${i}`, personKey: key(n), end: start })),
    );
  }
  return d;
}

describe('checkFrequencyTriggersMany', () => {
  const tmp = tempDir();
  after(() => tmp.cleanup());

  it('when more people than one chunk are checked, then exactly those meeting the trigger fire, once each', async () => {
    const store = await openStore(tmp.file('f.json'), { seed });
    try {
      const repos = createLowdbRepositories(store, () => '2026-11-23T08:00:00.000Z');
      const people = Array.from({ length: PEOPLE }, (_, n) => ({
        personKey: key(n),
        unitId: 'HN',
      }));
      const hits = await checkFrequencyTriggersMany({ repos }, people, '2026-11-23');
      const expected = people.map((p) => p.personKey).filter((_, n) => n % 2 === 0);
      expect([...hits.keys()].sort()).to.deep.equal(expected.sort());
      expect([...hits.values()].every((h) => h.length === 1 && h[0]!.value === 5)).to.equal(true);
      // Checked again: nothing new (a trigger fires once per window).
      expect((await checkFrequencyTriggersMany({ repos }, people, '2026-11-23')).size).to.equal(0);
    } finally {
      await store.close();
    }
  });
});
