import { expect } from 'chai';
import {
  changeEntryOf,
  changeExtent,
  changeFirstDay,
  mayStillUndo,
  rebaseEntries,
  removePeriod,
  undoChange,
  undoDeadline,
  type PeriodState,
} from '../../../domain/follow-up/corrections.js';
import { parseCorrection, isUndo } from '../../../domain/follow-up/correction-phrases.js';
import { closeOnFit } from '../../../domain/follow-up/fit.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import { isCancel } from '../../../domain/intents.js';
import { period, planFor, stepOf } from './follow-up-fixtures.js';

const AT = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-23T11:00:00.000Z';
const meta = (kind: Parameters<typeof changeEntryOf>[0]['kind'], id = 'c1') => ({
  id,
  actor: 'lone',
  at: AT,
  kind,
  personKey: 'person-1',
  unitId: 'unit-1',
  periodId: 'p1',
});

describe('change log: undoing a change', () => {
  const sick = period('2026-11-20');
  const plan = planFor('koege', '2026-11-20', { today: '2026-11-23' });

  it('when a registration is undone, then the period and every step go', () => {
    const entry = changeEntryOf(
      meta('sick'),
      { period: null, steps: [] },
      { period: sick, steps: plan },
    );
    expect(entry.periodBefore).to.equal(null);
    expect(entry.stepsAfter).to.have.length(plan.length);
    const undone = undoChange(entry, { period: sick, steps: plan }, LATER);
    expect(undone).to.deep.equal({ ok: true, value: { period: null, steps: [] } });
  });

  it('when a fit is undone, then the period is open and the closed steps are as before at a higher version', () => {
    const fitPeriod = { ...sick, end: '2026-11-22', updatedAt: AT };
    const closed = closeOnFit(plan, '2026-11-22', '2026-11-23');
    const entry = changeEntryOf(
      meta('fit'),
      { period: sick, steps: plan },
      { period: fitPeriod, steps: closed },
    );
    const undone = undoChange(entry, { period: fitPeriod, steps: closed }, LATER);
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.value.period).to.deep.equal({ ...sick, updatedAt: LATER });
    for (const step of undone.value.steps) {
      const was = plan.find((s) => s.id === step.id)!;
      expect({ ...step, version: was.version }).to.deep.equal(was);
      expect(step.version).to.equal(3);
    }
  });

  it('when someone acted on a touched step since, then nothing is undone', () => {
    const step = stepOf(plan, 'call-day-3');
    const done = completeStep(step, { version: 1, outcome: { kind: 'talked' } }, '2026-11-23');
    if (!done.ok) throw new Error(done.reason);
    const entry = changeEntryOf(
      meta('sick'),
      { period: null, steps: [] },
      { period: sick, steps: plan },
    );
    const now: PeriodState = {
      period: sick,
      steps: plan.map((s) => (s.id === step.id ? done.value : s)),
    };
    expect(undoChange(entry, now, LATER)).to.deep.include({ ok: false, reason: 'changed-since' });
  });

  it('when a later change is undone first, then the earlier one can be undone in turn', () => {
    const step = stepOf(plan, 'call-day-3');
    const done = completeStep(step, { version: 1, outcome: { kind: 'talked' } }, '2026-11-23');
    if (!done.ok) throw new Error(done.reason);
    const registered = changeEntryOf(
      meta('sick', 'c1'),
      { period: null, steps: [] },
      { period: sick, steps: plan },
    );
    const completed = changeEntryOf(
      meta('complete', 'c2'),
      { steps: [step] },
      { steps: [done.value] },
    );
    expect(completed.periodBefore).to.equal(undefined);
    const after = { period: sick, steps: plan.map((s) => (s.id === step.id ? done.value : s)) };
    const back = undoChange(completed, after, LATER);
    if (!back.ok) throw new Error(back.reason);
    expect(stepOf([...back.value.steps], 'call-day-3')).to.deep.include({
      state: 'open',
      version: 3,
    });
    expect(undoChange(registered, { period: sick, ...back.value }, LATER).ok).to.equal(false);
    const [rebased] = rebaseEntries([registered, completed], completed, back.value);
    expect(undoChange(rebased!, { period: sick, ...back.value }, LATER).ok).to.equal(true);
  });

  const cases: Array<[string, string, boolean]> = [
    ['on the day of the change', '2026-11-20', true],
    ['on the next working day (Friday → Monday)', '2026-11-23', true],
    ['the day after that', '2026-11-24', false],
  ];
  for (const [when, today, allowed] of cases) {
    it(`when a change made on Friday 20 Nov is undone ${when}, then it is ${allowed ? '' : 'not '}allowed`, () => {
      const at = '2026-11-20T15:00:00.000Z';
      expect(undoDeadline(at)).to.equal('2026-11-23');
      expect(mayStillUndo({ at }, today)).to.equal(allowed);
    });
  }
});

describe('corrections of a sick period', () => {
  const sick = period('2026-11-20');
  const plan = planFor('koege', '2026-11-20', { today: '2026-11-23' });
  const imported: PeriodState = { period: { ...sick, source: 'import' }, steps: plan };

  it('when the period came from the import, then every correction is refused', () => {
    expect(removePeriod(imported)).to.deep.include({ ok: false, reason: 'from-import' });
    expect(changeExtent(imported, 50, AT)).to.deep.include({ ok: false, reason: 'from-import' });
    const input = {
      start: '2026-11-18',
      today: '2026-11-23',
      at: AT,
      others: [],
      freshPlan: () => plan,
    };
    expect(changeFirstDay(imported, input)).to.deep.include({ ok: false, reason: 'from-import' });
  });

  it('when the extent changes, then type and percent follow and the plan stays', () => {
    const r = changeExtent({ period: sick, steps: plan }, 50, AT);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.period).to.deep.include({
      type: 'DELVIS_SYGDOM',
      partialPercent: 50,
      updatedAt: AT,
    });
    expect(r.value.steps).to.equal(plan);
    expect(changeExtent({ period: sick, steps: plan }, null, AT)).to.deep.include({
      reason: 'unchanged',
    });
    expect(changeExtent({ period: sick, steps: plan }, 100, AT)).to.deep.include({
      reason: 'partial-out-of-range',
    });
  });

  it('when the first day moves two days back, then open steps move and a done step stays', () => {
    const call = stepOf(plan, 'sick-call');
    const done = completeStep(call, { version: 1, outcome: { kind: 'talked' } }, '2026-11-23');
    if (!done.ok) throw new Error(done.reason);
    const steps = plan.map((s) => (s.id === call.id ? done.value : s));
    const fresh = planFor('koege', '2026-11-18', { today: '2026-11-23' });
    const input = {
      start: '2026-11-18',
      today: '2026-11-23',
      at: AT,
      others: [],
      freshPlan: () => fresh,
    };
    const r = changeFirstDay({ period: sick, steps }, input);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.period?.start).to.equal('2026-11-18');
    expect(stepOf([...r.value.steps], 'sick-call')).to.deep.equal(done.value);
    expect(stepOf([...r.value.steps], 'call-day-3')).to.deep.include({
      dueDate: '2026-11-20',
      version: 2,
    });
  });

  const bad: Array<[string, string, string]> = [
    ['in the future', '2026-11-30', 'start-in-future'],
    ['more than a year back', '2025-10-01', 'start-too-old'],
    ['the same day', '2026-11-20', 'unchanged'],
  ];
  for (const [what, start, reason] of bad) {
    it(`when the new first day is ${what}, then it is refused (${reason})`, () => {
      const input = { start, today: '2026-11-23', at: AT, others: [], freshPlan: () => plan };
      expect(changeFirstDay({ period: sick, steps: plan }, input)).to.deep.include({
        ok: false,
        reason,
      });
    });
  }

  it('when the moved period would overlap another, then it is refused', () => {
    const other = period('2026-11-10', { id: 'p0', end: '2026-11-18' });
    const input = {
      start: '2026-11-17',
      today: '2026-11-23',
      at: AT,
      others: [other],
      freshPlan: () => plan,
    };
    expect(changeFirstDay({ period: sick, steps: plan }, input)).to.deep.include({
      reason: 'overlaps',
    });
  });
});

describe('parseCorrection', () => {
  const today = '2026-11-23';
  const cases: Array<[string, unknown]> = [
    ['fortryd', { kind: 'undo' }],
    ['Fortryd det!', { kind: 'undo' }],
    ['det var en fejl', { kind: 'undo' }],
    ['Undo', { kind: 'undo' }],
    ['that was a mistake', { kind: 'undo' }],
    ['Mette er ikke syg alligevel', { kind: 'not-sick', name: 'Mette' }],
    ['Mette Jensen var ikke syg', { kind: 'not-sick', name: 'Mette Jensen' }],
    ['Mette is not sick after all', { kind: 'not-sick', name: 'Mette' }],
    ["Mette isn't sick after all", { kind: 'not-sick', name: 'Mette' }],
    ['Mette er kun 50 % syg', { kind: 'extent', name: 'Mette', percent: 50 }],
    ['Mette er nu 25% syg', { kind: 'extent', name: 'Mette', percent: 25 }],
    ['Mette is only 50% sick', { kind: 'extent', name: 'Mette', percent: 50 }],
    ['Mette er fuldt syg', { kind: 'extent', name: 'Mette', percent: null }],
    ['Mette is fully sick again', { kind: 'extent', name: 'Mette', percent: null }],
    [
      'Mette var syg fra tirsdag',
      { kind: 'first-day', name: 'Mette', start: '2026-11-17', dateText: null },
    ],
    [
      'første sygedag for Mette var 18.11',
      { kind: 'first-day', name: 'Mette', start: '2026-11-18', dateText: null },
    ],
    [
      'ret Mettes første sygedag til fredag',
      { kind: 'first-day', name: 'Mette', start: '2026-11-20', dateText: null },
    ],
    [
      "change Mette's first sick day to Tuesday",
      { kind: 'first-day', name: 'Mette', start: '2026-11-17', dateText: null },
    ],
    [
      'Mette var syg fra blåmandag',
      { kind: 'first-day', name: 'Mette', start: null, dateText: 'blåmandag' },
    ],
    ['Mette er syg', null],
    ['Mette er 50 % syg', null],
    ['Mette er rask igen', null],
    ['er Mette ikke syg alligevel?', null],
    ['annuller', null],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${JSON.stringify(expected)}`, () => {
      expect(parseCorrection(text, today)).to.deep.equal(expected);
    });
  }

  it('"fortryd" is an undo word and no longer a cancel word; "annuller" is still cancel', () => {
    expect([isUndo('fortryd'), isCancel('fortryd')]).to.deep.equal([true, false]);
    expect([isUndo('annuller'), isCancel('annuller'), isCancel('cancel')]).to.deep.equal([
      false,
      true,
      true,
    ]);
  });
});
