import { expect } from 'chai';
import { DateTime } from 'luxon';
import { periodOf, previousPeriod, type Cadence } from '../../../domain/subscriptions/cadence.js';
import {
  dueSummary,
  sendDate,
  type SubscriptionTiming,
} from '../../../domain/subscriptions/schedule.js';
import {
  isSubscribeText,
  parseCadence,
  readSubscribeRequest,
} from '../../../domain/subscriptions/phrases.js';
import { ZONE } from '../../../domain/clock.js';
import { onTimeShare } from '../../../domain/subscriptions/on-time.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

describe('channel subscriptions: periods', () => {
  const cases: Array<[Cadence, string, string, string, string]> = [
    ['weekly', '2026-12-03', '2026-W49', '2026-11-30', '2026-12-06'],
    ['weekly', '2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['monthly', '2026-12-03', '2026-12', '2026-12-01', '2026-12-31'],
    ['quarterly', '2026-11-15', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['halfyearly', '2026-03-31', '2026-H1', '2026-01-01', '2026-06-30'],
    ['yearly', '2026-07-01', '2026', '2026-01-01', '2026-12-31'],
  ];
  for (const [cadence, date, key, first, last] of cases)
    it(`when the cadence is ${cadence} and the date ${date}, then the period is ${key}`, () => {
      expect(periodOf(cadence, date)).to.deep.equal({ cadence, key, first, last });
    });

  it('when a quarter is stepped back, then it is the quarter before, across the year', () => {
    expect(previousPeriod(periodOf('quarterly', '2027-02-01')).key).to.equal('2026-Q4');
  });
});

describe('channel subscriptions: send day', () => {
  const cases: Array<[Cadence, string, number | null, string]> = [
    // 1 January 2027 is a holiday (Friday): the first working day is Monday 4 January.
    ['monthly', '2027-01-15', null, '2027-01-04'],
    ['quarterly', '2026-11-15', null, '2026-10-01'],
    // 5 December 2026 is a Saturday: the next working day.
    ['monthly', '2026-12-10', 5, '2026-12-07'],
    ['weekly', '2026-12-03', 3, '2026-12-02'],
    ['weekly', '2026-12-03', null, '2026-11-30'],
  ];
  for (const [cadence, date, day, expected] of cases)
    it(`when ${cadence} on day ${day ?? 'default'} around ${date}, then it is sent ${expected}`, () => {
      expect(sendDate(periodOf(cadence, date), day)).to.equal(expected);
    });
});

describe('dueSummary', () => {
  const base: SubscriptionTiming = {
    cadence: 'monthly',
    day: null,
    hour: 8,
    since: '2026-10-15T10:00:00.000Z',
    lastPeriodSent: null,
  };
  const cases: Array<[string, Partial<SubscriptionTiming>, string, string | null, boolean?]> = [
    ['before the hour on the first working day', {}, '2026-12-01T07:59:00+01:00', '2026-11', true],
    [
      'at the hour on the first working day',
      { lastPeriodSent: '2026-11' },
      '2026-12-01T08:00:00+01:00',
      '2026-12',
      false,
    ],
    [
      'a minute before the hour, November sent',
      { lastPeriodSent: '2026-11' },
      '2026-12-01T07:59:00+01:00',
      null,
    ],
    [
      'later the same day, December already sent',
      { lastPeriodSent: '2026-12' },
      '2026-12-01T15:00:00+01:00',
      null,
    ],
    [
      'three months of downtime',
      { lastPeriodSent: '2026-11' },
      '2027-03-10T09:00:00+01:00',
      '2027-03',
      true,
    ],
    [
      'down over the send day, before the next',
      { lastPeriodSent: '2026-11' },
      '2026-12-20T09:00:00+01:00',
      '2026-12',
      true,
    ],
    [
      'subscribed after this month’s send time',
      { since: '2026-12-02T10:00:00.000Z' },
      '2026-12-03T09:00:00+01:00',
      null,
    ],
    [
      'quarterly at 9, on the first of the quarter at 9',
      { cadence: 'quarterly', hour: 9, lastPeriodSent: '2026-Q4' },
      '2027-04-01T09:00:00+02:00',
      '2027-Q2',
      false,
    ],
    // Easter Monday 2027 is 29 March (summer time since the 28th): the week's day is Tuesday.
    [
      'weekly, on Easter Monday at 8',
      { cadence: 'weekly', lastPeriodSent: '2027-W12' },
      '2027-03-29T08:00:00+02:00',
      null,
    ],
    [
      'weekly, on the Tuesday after Easter at 8',
      { cadence: 'weekly', lastPeriodSent: '2027-W12' },
      '2027-03-30T08:00:00+02:00',
      '2027-W13',
      false,
    ],
  ];
  for (const [name, change, now, key, late] of cases)
    it(`when ${name}, then ${key ?? 'nothing'} is due`, () => {
      const due = dueSummary({ ...base, ...change }, at(now));
      expect(due?.period.key ?? null).to.equal(key);
      if (due && late !== undefined) expect(due.late).to.equal(late);
    });
});

describe('subscribe phrases', () => {
  const cadences: Array<[string, Cadence | null]> = [
    ['hver uge', 'weekly'],
    ['ugentligt', 'weekly'],
    ['hver måned', 'monthly'],
    ['kvartalsvis', 'quarterly'],
    ['halvårligt', 'halfyearly'],
    ['årligt', 'yearly'],
    ['weekly', 'weekly'],
    ['twice a year', 'halfyearly'],
    ['annually', 'yearly'],
    ['hver anden tirsdag', null],
  ];
  for (const [text, cadence] of cadences)
    it(`when the text says "${text}", then the cadence is ${cadence ?? 'none'}`, () => {
      expect(parseCadence(text)).to.equal(cadence);
    });

  it('reads the unit, cadence and hour of a Danish request', () => {
    const r = readSubscribeRequest('abonnér på fravær for Ældre og Sundhed hver måned kl. 9');
    expect(r).to.deep.equal({
      ok: true,
      value: {
        unitPhrase: 'Ældre og Sundhed',
        cadence: 'monthly',
        hour: 9,
        day: null,
        medPack: false,
      },
    });
  });

  it('reads an English request with a weekday', () => {
    const r = readSubscribeRequest(
      'subscribe to absence for Home Care North weekly on Tuesday at 7am',
    );
    expect(r).to.deep.equal({
      ok: true,
      value: { unitPhrase: 'Home Care North', cadence: 'weekly', hour: 7, day: 2, medPack: false },
    });
  });

  it('reads a MED pack request', () => {
    const r = readSubscribeRequest('abonnér på MED-pakke for Ældre og Sundhed halvårligt');
    expect(r.ok && r.value).to.deep.include({ unitPhrase: 'Ældre og Sundhed', medPack: true });
  });

  it('reads the whole municipality', () => {
    const r = readSubscribeRequest('abonner på fravær for hele kommunen kvartalsvis');
    expect(r.ok && r.value.unitPhrase).to.equal(null);
  });

  const failures: Array<[string, string]> = [
    ['abonnér på fravær for Hjemmeplejen Nord hver anden tirsdag', 'noCadence'],
    ['abonnér på fravær for Hjemmeplejen Nord hver måned kl. 25', 'badTime'],
    ['subscribe to absence for Home Care North monthly at 9:30', 'badTime'],
    ['abonnér hver måned', 'noUnit'],
  ];
  for (const [text, reason] of failures)
    it(`when "${text}", then it fails with ${reason}`, () => {
      const r = readSubscribeRequest(text);
      expect(r.ok ? null : r.reason).to.equal(reason);
    });

  it('tells a subscribe request from a statistics question', () => {
    expect(isSubscribeText('abonnér på fravær for Ældre og Sundhed hver måned')).to.equal(true);
    expect(isSubscribeText('Subscribe to absence for X monthly')).to.equal(true);
    expect(isSubscribeText('fravær i Ældre og Sundhed')).to.equal(false);
  });
});

describe('onTimeShare', () => {
  const step = (dueDate: string, state: FollowUpStep['state'], closedOn: string | null) => ({
    dueDate,
    state,
    closedOn,
  });
  const steps = [
    step('2026-11-03', 'done', '2026-11-03'),
    step('2026-11-10', 'done', '2026-11-12'),
    step('2026-11-17', 'open', null),
    step('2026-11-20', 'not-needed', '2026-11-18'),
    step('2026-11-24', 'done', '2026-11-20'),
    step('2026-12-02', 'done', '2026-12-02'),
  ];
  it('when 2 of the 4 counted steps of November were done by their due date, then the share is 50 %', () => {
    expect(onTimeShare(steps, '2026-11-01', '2026-11-30', 4)).to.deep.equal({ percent: 50 });
  });
  it('when fewer steps count than the minimum, then there is no share', () => {
    expect(onTimeShare(steps, '2026-11-01', '2026-11-30', 5)).to.equal(null);
  });
});
