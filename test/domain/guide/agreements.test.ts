import { expect } from 'chai';
import {
  maxPartialHours,
  validateAgreements,
  type AgreementsInput,
} from '../../../domain/guide/agreements.js';
import { WORKED_AGREEMENTS } from './guide-fixtures.js';

const CTX = { today: '2026-11-09', sickStart: '2026-10-26', weeklyHours: 37 };

function withPartial(
  hoursPerWeek: number | null,
  start: string | null = '2026-11-16',
): AgreementsInput {
  return { ...WORKED_AGREEMENTS, partialReturn: { hoursPerWeek, start } };
}

describe('maxPartialHours', () => {
  const cases: ReadonlyArray<readonly [number, number]> = [
    [37, 33],
    [30, 26],
    [18.5, 14.5],
    [29.6, 25.5], // 25.6 rounded down to a quarter hour
    [3, 0],
  ];
  for (const [weekly, max] of cases) {
    it(`when the normal week is ${weekly} hours, then at most ${max} hours can be worked`, () => {
      expect(maxPartialHours(weekly)).to.equal(max);
    });
  }
});

describe('validateAgreements', () => {
  it('when the worked example is given, then it is kept as structured agreements', () => {
    const result = validateAgreements(WORKED_AGREEMENTS, CTX);
    expect(result).to.deep.equal({
      ok: true,
      value: { ...WORKED_AGREEMENTS, partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' } },
    });
  });

  const refused: ReadonlyArray<
    readonly [
      string,
      AgreementsInput,
      { weeklyHours?: number },
      string,
      Record<string, string | number>?,
    ]
  > = [
    ['hours are missing', withPartial(null), {}, 'hoursMissing'],
    ['hours are zero', withPartial(0), {}, 'hoursInvalid'],
    ['hours are negative', withPartial(-2), {}, 'hoursInvalid'],
    ['hours are not whole or quarter hours', withPartial(12.3), {}, 'hoursInvalid'],
    ['hours are not a number', withPartial(Number.NaN), {}, 'hoursInvalid'],
    ['hours leave under 4 hours of absence', withPartial(33.25), {}, 'hoursTooHigh', { max: 33 }],
    [
      'hours exceed a 30-hour week’s limit',
      withPartial(26.25),
      { weeklyHours: 30 },
      'hoursTooHigh',
      { max: 26 },
    ],
    ['the partial start is missing', withPartial(10, null), {}, 'partialStartMissing'],
    [
      'the partial start is before the sick period',
      withPartial(10, '2026-10-25'),
      {},
      'partialStartBeforeSickPeriod',
    ],
    [
      'the partial start is more than half a year away',
      withPartial(10, '2027-05-12'),
      {},
      'partialStartTooFar',
    ],
    [
      'the next contact was yesterday',
      { ...WORKED_AGREEMENTS, nextContact: { date: '2026-11-08', form: 'phone' } },
      {},
      'nextContactInPast',
    ],
    [
      'the next contact is 184 days away',
      { ...WORKED_AGREEMENTS, nextContact: { date: '2027-05-12', form: 'phone' } },
      {},
      'nextContactTooFar',
    ],
    [
      'the next contact has no form',
      { ...WORKED_AGREEMENTS, nextContact: { date: '2026-11-19', form: null } },
      {},
      'nextContactFormMissing',
    ],
    [
      'the other agreement is 201 characters',
      { ...WORKED_AGREEMENTS, otherAgreement: 'x'.repeat(201) },
      {},
      'textTooLong',
      { field: 'otherAgreement', max: 200 },
    ],
    [
      'the other agreement names a broken leg',
      { ...WORKED_AGREEMENTS, otherAgreement: 'Har brækket benet' },
      {},
      'healthDetail',
      { field: 'otherAgreement', hint: 'condition' },
    ],
    [
      'the other agreement holds a CPR number',
      { ...WORKED_AGREEMENTS, otherAgreement: 'CPR 260190-1234' },
      {},
      'healthDetail',
      { field: 'otherAgreement', hint: 'cpr' },
    ],
  ];
  for (const [when, input, change, reason, detail] of refused) {
    it(`when ${when}, then it is refused with ${reason}`, () => {
      const expected = detail ? { ok: false, reason, detail } : { ok: false, reason };
      expect(validateAgreements(input, { ...CTX, ...change })).to.deep.equal(expected);
    });
  }

  const accepted: ReadonlyArray<readonly [string, AgreementsInput]> = [
    ['hours are exactly at the limit', withPartial(33)],
    ['hours are a quarter hour', withPartial(0.25)],
    ['the partial start is the first sick day', withPartial(10, '2026-10-26')],
    ['the partial start is exactly 183 days away', withPartial(10, '2027-05-11')],
    [
      'the next contact is today',
      { ...WORKED_AGREEMENTS, nextContact: { date: '2026-11-09', form: 'message' } },
    ],
    [
      'the next contact is exactly 183 days away',
      { ...WORKED_AGREEMENTS, nextContact: { date: '2027-05-11', form: 'visit' } },
    ],
  ];
  for (const [when, input] of accepted) {
    it(`when ${when}, then it is accepted`, () => {
      expect(validateAgreements(input, CTX).ok).to.equal(true);
    });
  }

  it('when nothing is filled in, then the agreements are empty but valid', () => {
    const empty: AgreementsInput = {
      participants: [],
      expectedDuration: null,
      partialReturn: null,
      adjustments: [],
      offers: [],
      tools: [],
      handleplan: false,
      colleaguesTold: null,
      nextContact: { date: null, form: 'phone' },
      otherAgreement: '   ',
    };
    const result = validateAgreements(empty, CTX);
    expect(result.ok && result.value).to.include({
      partialReturn: null,
      nextContact: null,
      otherAgreement: null,
    });
  });

  it('when choices repeat and text has spaces around it, then they are cleaned', () => {
    const messy = {
      ...WORKED_AGREEMENTS,
      offers: ['psychologist', 'psychologist'] as const,
      otherAgreement: '  Dagvagter  ',
    };
    const result = validateAgreements({ ...messy, offers: [...messy.offers] }, CTX);
    expect(result.ok && result.value).to.deep.include({
      offers: ['psychologist'],
      otherAgreement: 'Dagvagter',
    });
  });

  it('when frequent absence has no sick period, then any partial start from today on is accepted', () => {
    expect(
      validateAgreements(withPartial(10, '2026-11-09'), { ...CTX, sickStart: null }).ok,
    ).to.equal(true);
  });
});
