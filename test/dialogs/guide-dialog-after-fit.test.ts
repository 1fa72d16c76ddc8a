/**
 * A return-to-work talk is often held the day before the employee is back. The contact agreed in
 * it is for the weeks after the return, so registering the employee fit must not close it.
 */
import { expect } from 'chai';
import {
  ANNE,
  METTE_PERIOD,
  cardsOf,
  from,
  openGuideHarness,
  send,
  textsOf,
  type GuideHarness,
} from './guide-harness.js';
import { walkGuide } from './guide-walk.js';

describe('GuideDialog: agreements of a return-to-work talk after the fit registration', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  it('when the return talk agrees a status talk and Mette is then registered fit, then the status talk stays in her plan', async () => {
    const start = {
      verb: 'guide.start',
      personKey: 'p-mette',
      sickPeriodId: METTE_PERIOD,
      kind: 'returnToWork',
      contactDay: null,
    };
    const first = await send(h.client(), from(ANNE, 'da', { value: start }));
    const card = cardsOf(first)[0];
    if (!card) throw new Error(textsOf(first).join(' | '));
    await walkGuide({ client: h.client(), card }, ANNE, 'da', {
      agreements: { nextContactDate: '2026-11-23', nextContactForm: 'meeting' },
    });
    const fit = await h.repos.absence.registerFit(METTE_PERIOD, '2026-11-10', '2026-11-09');
    expect(fit).to.include({ outcome: 'closed' });
    const plan = await h.repos.followUps.planFor(METTE_PERIOD);
    const agreed = plan.filter((s) => s.key.startsWith('guide-'));
    expect(agreed.map((s) => [s.key, s.dueDate, s.state])).to.deep.equal([
      ['guide-contact-2026-11-23', '2026-11-23', 'open'],
    ]);
    // The period's own steps after the last sick day are no longer needed.
    const legal = plan.find((s) => s.key === 'legal-s7a');
    expect(legal?.state).to.equal('not-needed');
  });
});
