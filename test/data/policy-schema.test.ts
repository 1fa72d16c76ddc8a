import { expect } from 'chai';
import { followUpSectionSchema } from '../../data/follow-up-schema.js';
import { parsePolicy, stepRuleSchema } from '../../data/policy-schema.js';
import { LEGAL_OVERLAY } from '../../domain/follow-up/legal-overlay.js';
import { DEFAULT_POLICY_ID, POLICY_PRESETS } from '../../domain/follow-up/policy-presets.js';
import { closeOnFit } from '../../domain/follow-up/fit.js';
import { completeStep, postponeStep } from '../../domain/follow-up/step-actions.js';
import { planFor, stepOf } from '../domain/follow-up/follow-up-fixtures.js';

describe('parsePolicy', () => {
  for (const preset of POLICY_PRESETS) {
    it(`when the preset ${preset.id} is parsed, then it is valid and unchanged`, () => {
      const r = parsePolicy(JSON.parse(JSON.stringify(preset)));
      expect(r.ok, JSON.stringify(r)).to.equal(true);
      if (r.ok) expect(r.value).to.deep.equal(preset);
    });
  }

  it('when the default policy id is looked up, then it is a preset', () => {
    expect(POLICY_PRESETS.map((p) => p.id)).to.include(DEFAULT_POLICY_ID);
  });

  it('when the legal overlay rules are parsed as step rules, then they are valid', () => {
    for (const rule of LEGAL_OVERLAY)
      expect(stepRuleSchema.safeParse(rule).success, rule.key).to.equal(true);
  });

  const koege = POLICY_PRESETS.find((p) => p.id === 'koege')!;
  const firstStep = koege.steps[0]!;
  const BAD: Array<{ name: string; doc: unknown; path: string }> = [
    {
      name: 'a duplicate step key',
      doc: { ...koege, steps: [firstStep, firstStep] },
      path: 'steps.1.key',
    },
    {
      name: 'a legal step',
      doc: { ...koege, steps: [{ ...firstStep, legal: true }] },
      path: 'steps.0',
    },
    {
      name: "a step key starting with 'legal-'",
      doc: { ...koege, steps: [{ ...firstStep, key: 'legal-x' }] },
      path: 'steps.0',
    },
    {
      name: 'lead days on a contact day',
      doc: { ...koege, steps: [{ ...firstStep, leadDays: 2 }] },
      path: 'steps.0.leadDays',
    },
    { name: 'day 0', doc: { ...koege, steps: [{ ...firstStep, day: 0 }] }, path: 'steps.0.day' },
    {
      name: 'an unknown purpose',
      doc: { ...koege, steps: [{ ...firstStep, purpose: 'diagnose' }] },
      path: 'steps.0.purpose',
    },
    { name: 'an extra field', doc: { ...koege, diagnosis: 'x' }, path: '' },
    {
      name: 'a duplicate trigger id',
      doc: {
        ...koege,
        frequencyTriggers: [
          { id: 't', kind: 'days', threshold: 14, windowMonths: 12 },
          { id: 't', kind: 'periods', threshold: 5, windowMonths: 12 },
        ],
      },
      path: 'frequencyTriggers',
    },
  ];
  for (const row of BAD) {
    it(`when a policy has ${row.name}, then it is refused at ${row.path || 'the root'}`, () => {
      const r = parsePolicy(row.doc);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.detail?.path).to.equal(row.path);
    });
  }
});

describe('followUpSectionSchema', () => {
  it('when plans in every state are stored, then they parse back unchanged', () => {
    const plan = planFor('koege', '2026-03-02');
    const done = completeStep(
      stepOf(plan, 'call-day-3'),
      { version: 1, outcome: { kind: 'not-appropriate', reason: 'in-treatment', note: null } },
      '2026-03-04',
    );
    const moved = postponeStep(
      stepOf(plan, 'legal-s7a'),
      { version: 1, date: '2026-03-20' },
      '2026-03-16',
    );
    if (!done.ok || !moved.ok) throw new Error('setup');
    const steps = [...closeOnFit(plan, '2026-03-09', '2026-03-10'), done.value, moved.value];
    const r = followUpSectionSchema.safeParse(JSON.parse(JSON.stringify(steps)));
    expect(r.success, JSON.stringify(r.error?.issues)).to.equal(true);
    expect(r.data).to.deep.equal(steps);
  });

  it('when a stored step carries an unknown field, then it is refused', () => {
    const step = { ...stepOf(planFor('koege', '2026-03-02'), 'sick-call'), diagnosis: 'x' };
    expect(followUpSectionSchema.safeParse([step]).success).to.equal(false);
  });
});
