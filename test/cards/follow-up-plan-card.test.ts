import { expect } from 'chai';
import { formatDay } from '../../cards/follow-up-format.js';
import { followUpPlanCard } from '../../cards/follow-up-plan-card.js';
import { closeOnFit } from '../../domain/follow-up/fit.js';
import { completeStep, postponeStep } from '../../domain/follow-up/step-actions.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';
import { planFor } from '../domain/follow-up/follow-up-fixtures.js';
import { allText } from './follow-up-card-helpers.js';

const da = translator('da');
const en = translator('en');
const period = { start: '2026-03-02', end: null, partialPercent: null };

describe('followUpPlanCard', () => {
  const plan = planFor('koege', '2026-03-02');

  it('when a Køge plan is shown, then the card is valid and lists every step with its date', () => {
    const c = followUpPlanCard(
      { employeeName: 'Mette', period, policyName: 'Køge', steps: plan, today: '2026-03-02' },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    const txt = allText(c);
    expect(txt).to.include('Opfølgning for Mette');
    expect(txt).to.include('onsdag 4. marts'); // call-day-3
    expect(txt).to.include('Senest fredag 13. marts'); // conversation-14 (deadline moved back from Sunday)
    expect(txt).to.include('Senest fredag 27. marts'); // § 7a
    expect(txt).to.include('Arbejdsgiverperioden slutter tirsdag 31. marts.'); // day 30 = 3-02 + 29
    expect(txt).to.include('Lovkrav');
  });

  it('when steps are done, postponed, missed or not needed, then each state is shown', () => {
    const call3 = completeStep(
      plan[1]!,
      { version: 1, outcome: { kind: 'via-colleague' } },
      '2026-03-04',
    );
    if (!call3.ok) throw new Error(call3.reason);
    const closed = closeOnFit(
      plan.map((s) => (s.id === call3.value.id ? call3.value : s)),
      '2026-03-09',
      '2026-03-10',
    );
    const c = followUpPlanCard(
      {
        employeeName: 'Mette',
        period: { ...period, end: '2026-03-09' },
        policyName: 'Køge',
        steps: closed,
        today: '2026-03-10',
      },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    const txt = allText(c);
    expect(txt).to.include('Kontakten gik via en kollega, som medarbejderen ønskede');
    expect(txt).to.include('Nåede ikke at blive gjort, før medarbejderen blev rask'); // sick-call, call-day-8
    expect(txt).to.include('Ikke længere nødvendig'); // § 7a after the fit date
  });

  it('when a step is postponed and the sickness is partial, then both show, in English too', () => {
    const moved = postponeStep(plan[1]!, { version: 1, date: '2026-03-06' }, '2026-03-04');
    if (!moved.ok) throw new Error(moved.reason);
    const steps = plan.map((s) => (s.id === moved.value.id ? moved.value : s));
    const c = followUpPlanCard(
      {
        employeeName: 'Mette',
        period: { ...period, partialPercent: 50 },
        policyName: 'Køge',
        steps,
        today: '2026-03-04',
      },
      en,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Postponed to Friday 6 March');
    expect(JSON.stringify(c)).to.include('Partly sick, 50 %');
  });

  it('when a Høje-Taastrup unit is below target, then the early steps are marked recommended', () => {
    const ht = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    const c = followUpPlanCard(
      {
        employeeName: 'Mette',
        period,
        policyName: 'Høje-Taastrup',
        steps: ht,
        today: '2026-03-02',
      },
      da,
    );
    expect(allText(c)).to.include('Anbefalet');
  });

  it('when the plan is empty, then the card says so', () => {
    const c = followUpPlanCard(
      { employeeName: 'Mette', period, policyName: 'Køge', steps: [], today: '2026-03-02' },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Der er ingen trin i planen.');
  });
});

describe('formatDay', () => {
  it('when a date lies in another year, then the year is appended in the same pattern (no "den", no comma)', () => {
    expect(formatDay('da', '2026-12-29', '2026-12-07')).to.equal('tirsdag 29. december');
    expect(formatDay('da', '2027-01-05', '2026-12-07')).to.equal('tirsdag 5. januar 2027');
    expect(formatDay('en', '2027-01-05', '2026-12-07')).to.equal('Tuesday 5 January 2027');
    expect(formatDay('en', '2026-12-29', '2026-12-07')).to.equal('Tuesday 29 December');
  });

  it('when a plan crosses New Year, then the plan card dates read alike', () => {
    const c = followUpPlanCard(
      {
        employeeName: 'Mette',
        period: { start: '2026-12-06', end: null, partialPercent: null },
        policyName: 'Køge',
        steps: planFor('koege', '2026-12-06'),
        today: '2026-12-07',
      },
      da,
    );
    const txt = allText(c);
    expect(txt).to.include('Senest torsdag 31. december');
    expect(txt).to.include('Senest fredag 8. januar 2027');
    expect(txt).to.not.match(/\bden \d/);
  });
});
