import { expect } from 'chai';
import { CATALOGUE, checkCatalogue, checkDefinition } from '../../../domain/workflows/catalogue.js';
import { firstState, transition } from '../../../domain/workflows/machine.js';
import {
  WORKFLOW_ACTIONS,
  WORKFLOW_KINDS,
  WORKFLOW_ROLES,
  type WorkflowKind,
} from '../../../domain/workflows/types.js';

type Row = [state: string, action: string, roles: string, to: string];

/**
 * Every allowed transition, written out by hand (roles joined by '+'). Any state × action × role
 * not listed here must be refused.
 */
const ALLOWED: Record<WorkflowKind, Row[]> = {
  outreach: [
    ['offer', 'complete', 'leader', 'leader-meeting'],
    ['offer', 'decline', 'leader', 'declined'],
    ['leader-meeting', 'complete', 'sector-chief+hr', 'med-meeting'],
    ['med-meeting', 'complete', 'hr', 'theme-session'],
    ['theme-session', 'complete', 'hr', 'apv-plan'],
    ['apv-plan', 'complete', 'leader', 'effect'],
    ['effect', 'complete', 'hr', 'done'],
  ],
  'target-breach': [
    ['talk', 'complete', 'sector-chief', 'action-plan'],
    ['action-plan', 'complete', 'leader', 'review'],
    ['review', 'complete', 'sector-chief+hr', 'done'],
  ],
  'early-intervention': [
    ['intake', 'complete', 'hr', 'course'],
    ['course', 'complete', 'hr', 'evaluation'],
    ['evaluation', 'complete', 'leader', 'done'],
  ],
  'early-intervention-flag': [
    ['leader-decision', 'complete', 'leader', 'done'],
    ['leader-decision', 'decline', 'leader', 'declined'],
  ],
  psychologist: [
    ['decision', 'complete', 'hr', 'follow-up'],
    ['decision', 'decline', 'hr', 'declined'],
    ['follow-up', 'complete', 'leader', 'done'],
  ],
  'rapid-assessment': [
    ['booking', 'complete', 'hr', 'assessment'],
    ['assessment', 'complete', 'hr', 'plan'],
    ['plan', 'complete', 'leader', 'done'],
  ],
  'partial-return': [
    ['active-sick', 'complete', 'leader', 'partial'],
    ['active-sick', 'record', 'leader', 'active-sick'],
    ['partial', 'complete', 'leader', 'full-return'],
    ['partial', 'record', 'leader', 'partial'],
    ['full-return', 'complete', 'leader+hr', 'done'],
  ],
  'retention-consultant': [
    ['contact', 'complete', 'hr', 'plan'],
    ['plan', 'complete', 'leader', 'review'],
    ['review', 'complete', 'leader+hr', 'done'],
  ],
  'paragraph-56': [
    ['application', 'complete', 'leader', 'submitted'],
    ['submitted', 'complete', 'hr', 'decision'],
    ['decision', 'complete', 'hr', 'done'],
  ],
  'retention-plan': [
    ['draft', 'complete', 'leader', 'review'],
    ['review', 'complete', 'hr', 'done'],
  ],
  'blocked-return': [
    ['agree', 'complete', 'leader', 'hr-review'],
    ['hr-review', 'complete', 'hr', 'follow-up'],
    ['follow-up', 'complete', 'leader', 'done'],
  ],
};

/** Valid values for every field any step asks for. */
const FULL = {
  meetingDate: '2026-12-01',
  sessionDate: '2026-12-01',
  talkDate: '2026-12-01',
  startDate: '2026-12-01',
  assessmentDate: '2026-12-01',
  decisionDate: '2026-12-01',
  plan: 'Flere fælles pauser',
  talks: 4,
  sessions: 6,
  hoursPerWeek: 15,
  reason: 'Vi er i gang med et andet forløb',
};

describe('workflow catalogue', () => {
  it('when every definition is checked, then none has a problem', () => {
    expect(checkCatalogue()).to.deep.equal([]);
  });

  it('when a definition has no owner, a zero due offset or a bad number range, then each is named', () => {
    const bad = {
      ...CATALOGUE.outreach,
      steps: [
        { id: 'a', owners: [], dueWorkingDays: 0, fields: [] },
        {
          id: 'a',
          owners: ['hr' as const],
          dueWorkingDays: 2,
          fields: [{ id: 'n', kind: 'number' as const, min: 5, max: 1 }],
        },
      ],
    };
    expect(checkDefinition(bad)).to.deep.equal([
      'outreach: duplicate step ids',
      'outreach.a: no owner',
      'outreach.a: due offset must be a whole number of working days ≥ 1',
      'outreach.a.n: a number needs min ≤ max',
    ]);
  });

  it('when a workflow starts, then it is at its first step', () => {
    expect(firstState(CATALOGUE.outreach)).to.equal('offer');
    expect(firstState(CATALOGUE['partial-return'])).to.equal('active-sick');
  });
});

describe('workflow transitions', () => {
  for (const kind of WORKFLOW_KINDS) {
    const def = CATALOGUE[kind];
    const states = [...def.steps.map((s) => s.id), 'done', 'declined', 'no-such-step'];
    describe(kind, () => {
      for (const state of states)
        for (const action of WORKFLOW_ACTIONS)
          for (const role of WORKFLOW_ROLES) {
            const row = ALLOWED[kind].find(
              ([s, a, roles]) => s === state && a === action && roles.split('+').includes(role),
            );
            const owns = ALLOWED[kind].some(([s, a]) => s === state && a === action);
            const expected = row
              ? `→ ${row[3]}`
              : state === 'done' || state === 'declined'
                ? 'refused: ended'
                : owns
                  ? 'refused: wrong-role'
                  : 'refused: not-allowed';
            it(`${state} ${action} by ${role}: ${expected}`, () => {
              const r = transition(def, state, action, [role], FULL);
              expect(r.ok ? `→ ${r.value.to}` : `refused: ${r.reason}`).to.equal(expected);
            });
          }
    });
  }

  it('when a required field is missing, then completing is refused and names the field', () => {
    const r = transition(CATALOGUE.outreach, 'apv-plan', 'complete', ['leader'], {});
    expect(r).to.deep.equal({ ok: false, reason: 'missing-field', detail: { field: 'plan' } });
  });

  it('when a decline has no reason, then it is refused', () => {
    const r = transition(CATALOGUE.outreach, 'offer', 'decline', ['leader'], { reason: '  ' });
    expect(r).to.deep.equal({ ok: false, reason: 'missing-field', detail: { field: 'reason' } });
  });

  it('when a number is out of range or a date malformed, then the field is invalid', () => {
    const psy = CATALOGUE.psychologist;
    expect(transition(psy, 'decision', 'complete', ['hr'], { sessions: 7 })).to.deep.include({
      reason: 'invalid-field',
    });
    const w1 = CATALOGUE.outreach;
    const bad = transition(w1, 'med-meeting', 'complete', ['hr'], { meetingDate: '1/12' });
    expect(bad).to.deep.include({ reason: 'invalid-field' });
  });

  it('when hours per week are recorded, then the values are kept and the step stays', () => {
    const r = transition(CATALOGUE['partial-return'], 'partial', 'record', ['leader'], {
      hoursPerWeek: '18,5',
    });
    expect(r).to.deep.equal({
      ok: true,
      value: { from: 'partial', to: 'partial', action: 'record', values: { hoursPerWeek: 18.5 } },
    });
  });

  it('when a person holds several roles, then any owning role suffices', () => {
    const r = transition(CATALOGUE.outreach, 'offer', 'complete', ['hr', 'leader']);
    expect(r.ok).to.equal(true);
  });
});

/** Who may launch each workflow, written out by hand (roles joined by '+'). */
const LAUNCHERS: Record<WorkflowKind, string> = {
  outreach: 'hr',
  'target-breach': 'hr+sector-chief',
  'early-intervention': 'leader',
  'early-intervention-flag': 'tr',
  psychologist: 'leader',
  'rapid-assessment': 'leader',
  'partial-return': 'leader',
  'retention-consultant': 'leader',
  'paragraph-56': 'leader',
  'retention-plan': 'leader',
  'blocked-return': 'leader',
};

describe('workflow launchers', () => {
  for (const kind of WORKFLOW_KINDS)
    for (const role of WORKFLOW_ROLES) {
      const may = LAUNCHERS[kind].split('+').includes(role);
      it(`${kind} launched by ${role}: ${may ? 'allowed' : 'refused'}`, () => {
        expect(CATALOGUE[kind].launchedBy.includes(role)).to.equal(may);
      });
    }

  it('when a shop steward flags, then the flag is about the unit and only its leader decides', () => {
    const def = CATALOGUE['early-intervention-flag'];
    expect(def.employee).to.equal(false);
    expect(def.steps.flatMap((s) => s.owners)).to.deep.equal(['leader']);
    for (const kind of WORKFLOW_KINDS)
      for (const s of CATALOGUE[kind].steps)
        expect(s.owners, `${kind}.${s.id}`).not.to.include('tr');
  });
});
