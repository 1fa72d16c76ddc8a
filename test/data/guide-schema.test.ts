import { expect } from 'chai';
import {
  guideSectionSchema,
  guideSessionSchema,
  type StoredGuideSession,
} from '../../data/guide-schema.js';
import { emptyStore } from '../../data/defaults.js';
import { storeSchema } from '../../data/schema.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import { start, walk, apply } from '../domain/guide/guide-fixtures.js';

function completed(): GuideSession {
  const last = walk(start('legal7a'), (s) => s.step === 'minutes');
  return apply(last, { type: 'complete', step: 'minutes' });
}

describe('guideSessionSchema', () => {
  it('when a session from every stage is stored, then it parses back to the same value', () => {
    const stages = [
      start('firstContact', 3),
      walk(start('frequent'), (s) => s.step === 'whatHelps'),
      completed(),
    ];
    for (const session of stages) {
      const stored: StoredGuideSession = session;
      const back: GuideSession = guideSessionSchema.parse(JSON.parse(JSON.stringify(stored)));
      expect(back).to.deep.equal(session);
    }
  });

  it('when the store holds guides, then the whole document validates', () => {
    const doc = { ...emptyStore('2026-11-09T08:00:00.000Z'), guides: [completed()] };
    expect(storeSchema.safeParse(doc).success).to.equal(true);
  });

  const refused: ReadonlyArray<readonly [string, (s: GuideSession) => unknown]> = [
    ['a diagnosis field is added', (s) => ({ ...s, diagnosis: 'x' })],
    [
      'a health note is added to the agreements',
      (s) => ({ ...s, agreements: { ...s.agreements, healthNote: 'x' } }),
    ],
    [
      'the other agreement is 201 characters',
      (s) => ({ ...s, agreements: { ...s.agreements, otherAgreement: 'x'.repeat(201) } }),
    ],
    [
      'the other agreement is empty rather than null',
      (s) => ({ ...s, agreements: { ...s.agreements, otherAgreement: '' } }),
    ],
    [
      'the place is 81 characters',
      (s) => ({ ...s, meeting: { ...s.meeting, place: 'x'.repeat(81) } }),
    ],
    [
      'an unknown offer is stored',
      (s) => ({ ...s, agreements: { ...s.agreements, offers: ['massage'] } }),
    ],
    ['the step is unknown', (s) => ({ ...s, step: 'diagnosis' })],
    ['the status is unknown', (s) => ({ ...s, status: 'archived' })],
    [
      'the hours are negative',
      (s) => ({
        ...s,
        agreements: { ...s.agreements, partialReturn: { hoursPerWeek: -1, start: '2026-11-16' } },
      }),
    ],
    [
      'a date is not a calendar date',
      (s) => ({
        ...s,
        agreements: { ...s.agreements, nextContact: { date: '2026-11-31', form: 'phone' } },
      }),
    ],
  ];
  for (const [when, change] of refused) {
    it(`when ${when}, then the stored session is refused`, () => {
      expect(guideSessionSchema.safeParse(change(completed())).success).to.equal(false);
    });
  }
});

describe('guideSectionSchema', () => {
  it('when the section is empty, then it is valid', () => {
    expect(guideSectionSchema.parse([])).to.deep.equal([]);
  });

  it('when a stored session carries its version, then it is kept; without one it is version 1', () => {
    const session = completed();
    expect(guideSectionSchema.parse([{ ...session, version: 4 }])).to.deep.equal([
      { ...session, version: 4 },
    ]);
    expect(guideSectionSchema.parse([session])).to.deep.equal([{ ...session, version: 1 }]);
  });

  it('when a stored version is not a positive whole number, or a health field rides along, then it is refused', () => {
    const session = completed();
    for (const bad of [
      { ...session, version: 0 },
      { ...session, version: 1.5 },
      { ...session, version: 2, diagnosis: 'x' },
    ]) {
      expect(guideSectionSchema.safeParse([bad]).success).to.equal(false);
    }
  });
});
