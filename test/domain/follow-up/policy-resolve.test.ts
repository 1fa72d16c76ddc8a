import { expect } from 'chai';
import { hrCaseFacts } from '../../../domain/follow-up/hr-facts.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import {
  availablePolicies,
  findPolicy,
  policyForUnit,
  resolvePolicyId,
} from '../../../domain/follow-up/policy-resolve.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import type { Unit } from '../../../domain/model.js';
import { period, planFor, stepOf } from './follow-up-fixtures.js';

const unit = (id: string, parentId: string | null, policyId: string | null): Unit => ({
  id,
  name: id,
  parentId,
  level: 'institution',
  unitType: null,
  validFrom: '2020-01-01',
  validTo: null,
  policyId,
});

const UNITS = [
  unit('kommune', null, null),
  unit('omsorg', 'kommune', 'aarhus'),
  unit('plejecenter', 'omsorg', null),
  unit('skole', 'kommune', null),
  unit('afsnit', 'plejecenter', 'albertslund-2-6-14'),
];

describe('resolvePolicyId', () => {
  const ROWS: Array<[string, string]> = [
    ['skole', 'koege'], // no override up the tree: the municipality's
    ['omsorg', 'aarhus'], // its own override
    ['plejecenter', 'aarhus'], // inherited from the parent
    ['afsnit', 'albertslund-2-6-14'], // the nearest override wins
    ['unknown-unit', 'koege'],
  ];
  for (const [unitId, expected] of ROWS) {
    it(`when the unit is ${unitId}, then the policy is ${expected}`, () => {
      expect(resolvePolicyId(unitId, UNITS, 'koege')).to.equal(expected);
    });
  }

  it('when the unit tree has a cycle, then it still ends', () => {
    const cyclic = [unit('a', 'b', null), unit('b', 'a', null)];
    expect(resolvePolicyId('a', cyclic, 'skive')).to.equal('skive');
  });

  it('when the id is not a known policy, then policyForUnit fails', () => {
    expect(policyForUnit('skole', UNITS, 'no-such')).to.deep.include({
      ok: false,
      reason: 'unknown-policy',
    });
  });
});

describe('hrCaseFacts', () => {
  it('when HR is asked for help, then the facts list dates and structured milestones only', () => {
    const plan = planFor('koege', '2026-03-02');
    const done = completeStep(
      stepOf(plan, 'call-day-3'),
      { version: 1, outcome: { kind: 'not-appropriate', reason: 'other', note: 'privat note' } },
      '2026-03-04',
    );
    if (!done.ok) throw new Error(done.reason);
    const steps = plan.map((s) => (s.id === done.value.id ? done.value : s));
    const p = period('2026-03-02');
    const earlier = period('2025-11-03', { id: 'p0', end: '2025-11-04' });
    const facts = hrCaseFacts(p, steps, [p, earlier], '2026-03-05');
    expect(facts).to.include({
      start: '2026-03-02',
      periodsIn12Months: 2,
      sickDaysIn12Months: 6,
    });
    expect(facts.done.map((m) => [m.purpose, m.outcome])).to.deep.equal([
      ['early-contact', 'not-appropriate'],
    ]);
    expect(facts.due).to.have.length(6);
    expect(JSON.stringify(facts)).to.not.include('privat note');
  });
});

describe('availablePolicies', () => {
  const own = { ...POLICY_PRESETS[0]!, name: 'Køge (egen)', steps: [] };
  const custom = { ...POLICY_PRESETS[0]!, id: 'naerby', name: 'Nærby' };

  it('when the municipality has its own documents, then they are found first and a preset id is replaced', () => {
    const available = availablePolicies([own, custom]);
    expect(findPolicy('koege', available)).to.deep.include({ ok: true, value: own });
    expect(findPolicy('naerby', available)).to.deep.include({ ok: true, value: custom });
    expect(findPolicy('aarhus', available).ok, 'presets still there').to.equal(true);
    expect(available.filter((p) => p.id === 'koege')).to.have.length(1);
    expect(availablePolicies()).to.equal(POLICY_PRESETS);
  });

  it("when a unit's policy id names a stored document, then policyForUnit resolves it", () => {
    const units = [unit('u', null, 'naerby')];
    expect(policyForUnit('u', units, 'koege').ok, 'presets only').to.equal(false);
    expect(policyForUnit('u', units, 'koege', availablePolicies([custom]))).to.deep.include({
      ok: true,
      value: custom,
    });
  });
});
