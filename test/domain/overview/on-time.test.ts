import { expect } from 'chai';
import { onTimeShares } from '../../../domain/overview/on-time.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';

/** Only the fields the rule reads; the rest is irrelevant here. */
const step = (
  unitId: string,
  state: FollowUpStep['state'],
  dueDate: string,
  closedOn: string | null,
  missedBeforeFit = false,
): FollowUpStep => ({ unitId, state, dueDate, closedOn, missedBeforeFit }) as FollowUpStep;

describe('onTimeShares', () => {
  const cases: Array<[string, FollowUpStep[], Record<string, [number, number]>]> = [
    [
      'done on the due day counts as on time',
      [step('A', 'done', '2026-11-02', '2026-11-02')],
      { A: [1, 1] },
    ],
    [
      'done a day late is closed but not on time',
      [step('A', 'done', '2026-11-02', '2026-11-03')],
      { A: [1, 0] },
    ],
    [
      'skipped with a reason before the due day is on time',
      [step('A', 'skipped-with-reason', '2026-11-02', '2026-11-01')],
      { A: [1, 1] },
    ],
    [
      'not needed without being missed is left out',
      [step('A', 'not-needed', '2026-11-02', '2026-11-01')],
      {},
    ],
    [
      'missed before fit counts as closed, not on time',
      [step('A', 'not-needed', '2026-11-02', '2026-11-05', true)],
      { A: [1, 0] },
    ],
    [
      'units are counted apart',
      [
        step('A', 'done', '2026-11-02', '2026-11-02'),
        step('B', 'done', '2026-11-02', '2026-11-09'),
        step('A', 'done', '2026-11-02', '2026-11-04'),
      ],
      { A: [2, 1], B: [1, 0] },
    ],
  ];
  for (const [name, steps, expected] of cases) {
    it(`when ${name}`, () => {
      const shares = onTimeShares(steps);
      const got = Object.fromEntries([...shares].map(([u, s]) => [u, [s.closed, s.onTime]]));
      expect(got).to.deep.equal(expected);
      for (const s of shares.values()) expect(s.share).to.equal(s.onTime / s.closed);
    });
  }
});
