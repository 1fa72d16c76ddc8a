import { expect } from 'chai';
import { frequencyTriggerCard } from '../../cards/frequency-trigger-card.js';
import { FOLLOW_UP_VERBS } from '../../cards/follow-up-actions.js';
import { hrHelpCard } from '../../cards/hr-help-card.js';
import { registerSickCard } from '../../cards/register-sick-card.js';
import { hrCaseFacts } from '../../domain/follow-up/hr-facts.js';
import { completeStep } from '../../domain/follow-up/step-actions.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';
import { period, planFor } from '../domain/follow-up/follow-up-fixtures.js';
import { actionTitles, allText, executeData, nodesOfType } from './follow-up-card-helpers.js';

const da = translator('da');
const en = translator('en');

describe('hrHelpCard', () => {
  const plan = planFor('koege', '2026-03-02');
  const skipped = completeStep(
    plan[1]!,
    { version: 1, outcome: { kind: 'not-appropriate', reason: 'other', note: 'hemmelig note' } },
    '2026-03-04',
  );
  if (!skipped.ok) throw new Error(skipped.reason);
  const steps = plan.map((s) => (s.id === skipped.value.id ? skipped.value : s));
  const p = period('2026-03-02');
  const facts = hrCaseFacts(
    p,
    steps,
    [p, period('2025-11-03', { id: 'p0', end: '2025-11-04' })],
    '2026-03-05',
  );
  const view = {
    leaderName: 'Lone',
    employeeName: 'Mette',
    unitName: 'Solsikken',
    stepId: 'p1:call-day-3',
    facts,
    today: '2026-03-05',
    reply: null,
  };

  it('when HR is asked for help, then the card shows the case facts and a reply form', () => {
    const c = hrHelpCard(view, da);
    expect(validateCard(c)).to.deep.equal([]);
    const json = JSON.stringify(c);
    expect(allText(c)).to.include('Lone beder om hjælp');
    expect(json).to.include('mandag 2. marts'); // start
    expect(json).to.include('"value":"2"'); // periods in 12 months
    expect(json).to.include('"value":"6"'); // working days: Mar 2–5 (4) + Nov 3–4 (2)
    expect(allText(c)).to.include('Opkald til medarbejderen: onsdag 4. marts – Ikke passende nu');
    expect(executeData(c)).to.deep.equal([
      { verb: FOLLOW_UP_VERBS.hrReply, stepId: 'p1:call-day-3' },
    ]);
  });

  it('when the leader wrote a note or a reason, then neither reaches HR', () => {
    const json = JSON.stringify(hrHelpCard(view, da));
    expect(json).to.not.include('hemmelig note');
    expect(json).to.not.include('Anden grund');
  });

  it('when HR has answered, then the updated card shows the answer and no form', () => {
    const c = hrHelpCard(
      { ...view, reply: { text: 'Jeg ringer dig i morgen.', on: '2026-03-05' } },
      en,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('You answered on Thursday 5 March: Jeg ringer dig i morgen.');
    expect(executeData(c)).to.deep.equal([]);
  });
});

describe('frequencyTriggerCard', () => {
  const hit = {
    id: 'person-1:aarhus-periods-5-12m@2026-03-02',
    personKey: 'person-1',
    trigger: {
      id: 'aarhus-periods-5-12m',
      kind: 'periods' as const,
      threshold: 5,
      windowMonths: 12,
    },
    value: 5,
    date: '2026-03-02',
  };

  it('when a trigger is met, then the card proposes a conversation with guide and HR buttons', () => {
    const c = frequencyTriggerCard({ employeeName: 'Mette', hit, handled: null }, da);
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Mette har haft 5 sygeperioder på 12 måneder.');
    expect(executeData(c)).to.deep.equal([
      {
        verb: FOLLOW_UP_VERBS.frequencyGuide,
        personKey: 'person-1',
        triggerId: 'aarhus-periods-5-12m',
      },
      {
        verb: FOLLOW_UP_VERBS.frequencyAskHr,
        personKey: 'person-1',
        triggerId: 'aarhus-periods-5-12m',
      },
    ]);
  });

  it('when the trigger counts days, in English, then it says days; once handled, no buttons', () => {
    const days = {
      ...hit,
      trigger: { ...hit.trigger, id: 'd', kind: 'days' as const, threshold: 14 },
      value: 15,
    };
    const c = frequencyTriggerCard({ employeeName: 'Mette', hit: days, handled: 'hr' }, en);
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Mette has had 15 sick days in 12 months.');
    expect(allText(c)).to.include('Your HR consultant has been told.');
    expect(executeData(c)).to.deep.equal([]);
  });
});

describe('registerSickCard', () => {
  const employees = [
    { personKey: 'k1', displayName: 'Mette Hansen' },
    { personKey: 'k2', displayName: 'Ole Nielsen' },
  ];
  const base = {
    employees,
    today: '2026-03-10',
    oldest: '2025-03-10',
    values: null,
    error: null,
    registered: null,
  };

  it("when the form is shown, then it has a picker over the leader's employees, a date, extent and percent", () => {
    const c = registerSickCard(base, da);
    expect(validateCard(c)).to.deep.equal([]);
    const picker = nodesOfType(c, 'Input.ChoiceSet').find((n) => n.id === 'employee')!;
    expect(picker.choices).to.deep.equal([
      { title: 'Mette Hansen', value: 'k1' },
      { title: 'Ole Nielsen', value: 'k2' },
    ]);
    const date = nodesOfType(c, 'Input.Date')[0]!;
    expect(date).to.include({ value: '2026-03-10', min: '2025-03-10', max: '2026-03-10' });
    expect(nodesOfType(c, 'Input.Number')[0]).to.include({ min: 1, max: 99 });
    expect(executeData(c)).to.deep.equal([{ verb: FOLLOW_UP_VERBS.registerSick }]);
  });

  it('when a refusal is shown again, then the values are kept and the error is shown', () => {
    const c = registerSickCard(
      {
        ...base,
        values: { personKey: 'k2', start: '2026-03-09', partialPercent: 50 },
        error: 'Fejl!',
      },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Fejl!');
    expect(nodesOfType(c, 'Input.ChoiceSet').find((n) => n.id === 'extent')!.value).to.equal(
      'partial',
    );
    expect(nodesOfType(c, 'Input.Number')[0]!.value).to.equal(50);
  });

  it('when the registration succeeded, then the updated card confirms it without inputs', () => {
    const c = registerSickCard(
      { ...base, registered: { employeeName: 'Mette Hansen', start: '2026-03-09' } },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Mette Hansen er registreret som syg fra mandag 9. marts.');
    expect(actionTitles(c)).to.deep.equal([]);
  });

  it('when the leader has no employees, then the card says so', () => {
    const c = registerSickCard({ ...base, employees: [] }, en);
    expect(allText(c)).to.include('I cannot find any employees in your units.');
  });
});
