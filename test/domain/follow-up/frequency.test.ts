import { expect } from 'chai';
import {
  countInWindow,
  effectiveTriggers,
  triggersToFire,
} from '../../../domain/follow-up/frequency.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import type { FrequencyTrigger } from '../../../domain/model.js';
import { period } from './follow-up-fixtures.js';

const ALBERTSLUND: FrequencyTrigger[] = [
  { id: 'albertslund-periods-3-6m', kind: 'periods', threshold: 3, windowMonths: 6 },
  { id: 'albertslund-days-15-12m', kind: 'days', threshold: 15, windowMonths: 12 },
];

// Asked on Mon 2026-03-02. 6-month window: 2025-09-03 .. 2026-03-02.
const periods = [
  period('2025-09-01', { id: 'a', end: '2025-09-02' }), // ends before the window: not counted
  period('2026-01-05', { id: 'b', end: '2026-01-06' }), // Mon–Tue: 2 working days
  period('2026-02-02', { id: 'c', end: '2026-02-03', type: 'DELVIS_SYGDOM', partialPercent: 50 }), // partial counts: 2
  period('2026-02-10', { id: 'd', end: '2026-02-10', type: 'BARN_SYG' }), // a child's sickness: never counted
  period('2026-03-02', { id: 'e' }), // open, counted up to 3-02: 1 working day
  period('2026-02-16', { id: 'f', end: '2026-02-20', personKey: 'someone-else' }),
];

describe('countInWindow', () => {
  it('when counting 6 months back from 2026-03-02, then 3 periods and 5 working days', () => {
    expect(countInWindow(periods, 'person-1', 6, '2026-03-02')).to.deep.equal({
      periods: 3,
      days: 5,
    });
  });

  it('when a period overlaps the window start, then only the days inside count', () => {
    // Window from 2025-09-03; period Mon 2025-09-01 .. Fri 09-05 → Wed, Thu, Fri = 3 days.
    const p = [period('2025-09-01', { end: '2025-09-05' })];
    expect(countInWindow(p, 'person-1', 6, '2026-03-02')).to.deep.equal({ periods: 1, days: 3 });
  });
});

describe('triggersToFire', () => {
  it("when the third period in 6 months starts, then Albertslund's period trigger fires, not the days one", () => {
    const hits = triggersToFire(periods, 'person-1', ALBERTSLUND, '2026-03-02', []);
    expect(hits.map((h) => [h.trigger.id, h.value, h.id])).to.deep.equal([
      ['albertslund-periods-3-6m', 3, 'person-1:albertslund-periods-3-6m@2026-03-02'],
    ]);
  });

  it('when the trigger already fired inside the window, then it does not fire again', () => {
    const fired = [
      { personKey: 'person-1', triggerId: 'albertslund-periods-3-6m', on: '2026-01-10' },
    ];
    expect(triggersToFire(periods, 'person-1', ALBERTSLUND, '2026-03-02', fired)).to.deep.equal([]);
  });

  it('when the earlier firing is older than the window, then it fires again', () => {
    const fired = [
      { personKey: 'person-1', triggerId: 'albertslund-periods-3-6m', on: '2025-09-02' },
    ];
    expect(triggersToFire(periods, 'person-1', ALBERTSLUND, '2026-03-02', fired)).to.have.length(1);
  });
});

describe('effectiveTriggers', () => {
  const municipal: FrequencyTrigger[] = [
    { id: 'm', kind: 'periods', threshold: 5, windowMonths: 12 },
  ];
  it('when the policy has triggers, then they win; otherwise the municipal ones apply', () => {
    const byId = (id: string) => POLICY_PRESETS.find((p) => p.id === id)!;
    expect(effectiveTriggers(byId('hoeje-taastrup'), municipal).map((t) => t.id)).to.deep.equal([
      'ht-periods-6-12m',
    ]);
    expect(effectiveTriggers(byId('koege'), municipal).map((t) => t.id)).to.deep.equal(['m']);
  });
});
