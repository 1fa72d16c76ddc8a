import { expect } from 'chai';
import { followUpProposals } from '../../../domain/guide/follow-up-proposals.js';
import type { GuideSession } from '../../../domain/guide/guide-session.js';
import { context, start, walk } from './guide-fixtures.js';
import type { Agreements } from '../../../domain/guide/agreements.js';

const ON = { today: '2026-11-12', sickStart: '2026-10-26' };

function withAgreements(change: Partial<Agreements>): GuideSession {
  const s = walk(start('legal7a'), (x) => x.step === 'summary', context());
  return { ...s, agreements: { ...(s.agreements as Agreements), ...change } };
}

describe('followUpProposals', () => {
  it('when the worked example is agreed, then the contact, the HR notice and the statement check are proposed', () => {
    const batch = followUpProposals(withAgreements({}), ON);
    expect(batch).to.deep.include({
      sessionId: 'guide-legal7a',
      personKey: 'p-mette',
      sickPeriodId: 'sp-1',
      agreedOn: '2026-11-12',
      expectedDuration: 'fourToEightWeeks',
    });
    expect(batch?.proposals).to.deep.equal([
      { type: 'contact', date: '2026-11-19', form: 'phone', reason: 'agreed' },
      { type: 'hrNotification', offer: 'tidligIndsats' },
      { type: 'task', task: 'mulighedserklaering', dueDate: '2026-11-26' },
    ]);
  });

  it('when the next contact is after the first week of partial return, then a check a week after the start is added', () => {
    const batch = followUpProposals(
      withAgreements({ nextContact: { date: '2026-11-30', form: 'meeting' } }),
      ON,
    );
    expect(batch?.proposals.slice(0, 2)).to.deep.equal([
      { type: 'contact', date: '2026-11-30', form: 'meeting', reason: 'agreed' },
      { type: 'contact', date: '2026-11-23', form: 'meeting', reason: 'partialReturnCheck' },
    ]);
  });

  it('when the next contact is before the partial return starts, then the check a week after the start is still added', () => {
    const batch = followUpProposals(
      withAgreements({
        partialReturn: { hoursPerWeek: 12.5, start: '2026-11-23' },
        nextContact: { date: '2026-11-19', form: 'phone' },
      }),
      ON,
    );
    expect(batch?.proposals.slice(0, 2)).to.deep.equal([
      { type: 'contact', date: '2026-11-19', form: 'phone', reason: 'agreed' },
      { type: 'contact', date: '2026-11-30', form: 'meeting', reason: 'partialReturnCheck' },
    ]);
  });

  it('when the next contact falls in the first week of the partial return, then no extra check is added', () => {
    const batch = followUpProposals(
      withAgreements({
        partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' },
        nextContact: { date: '2026-11-23', form: 'phone' },
      }),
      ON,
    );
    expect(batch?.proposals.filter((p) => p.type === 'contact')).to.deep.equal([
      { type: 'contact', date: '2026-11-23', form: 'phone', reason: 'agreed' },
    ]);
  });

  it('when fast track, a retention plan and a handleplan are agreed, then tasks with the 5-week deadline follow', () => {
    const batch = followUpProposals(
      withAgreements({
        tools: ['fastTrack', 'fastholdelsesplan'],
        offers: [],
        handleplan: true,
        partialReturn: null,
        nextContact: null,
      }),
      ON,
    );
    expect(batch?.proposals).to.deep.equal([
      // 5 weeks from Monday 26 October end on Sunday 29 November: Friday 27 November.
      { type: 'task', task: 'fastTrack', dueDate: '2026-11-27' },
      { type: 'task', task: 'fastholdelsesplan', dueDate: null },
      { type: 'task', task: 'handleplan', dueDate: null },
    ]);
  });

  it('when every offer is accepted, then HR gets one notice per offer', () => {
    const offers = ['tidligIndsats', 'psychologist', 'retentionConsultant', 'paragraph56'] as const;
    const batch = followUpProposals(withAgreements({ offers: [...offers], tools: [] }), ON);
    expect(batch?.proposals.filter((p) => p.type === 'hrNotification')).to.have.length(4);
  });

  it('when there are no agreements yet, then there is nothing to propose', () => {
    expect(followUpProposals(start('legal7a'), ON)).to.equal(null);
  });

  it('when fast track is agreed without a sick period, then it has no due date', () => {
    const batch = followUpProposals(
      withAgreements({ tools: ['fastTrack'], offers: [], nextContact: null, partialReturn: null }),
      { ...ON, sickStart: null },
    );
    expect(batch?.proposals).to.deep.equal([{ type: 'task', task: 'fastTrack', dueDate: null }]);
  });
});
