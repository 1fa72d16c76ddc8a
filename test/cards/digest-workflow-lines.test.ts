import { expect } from 'chai';
import { dueDigestCard, MAX_DIGEST_ITEMS } from '../../cards/due-digest-card.js';
import type { DigestWorkflowView } from '../../cards/digest-workflow-lines.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';
import { allText, executeData } from './follow-up-card-helpers.js';

const line = (id: string, extra: Partial<DigestWorkflowView> = {}): DigestWorkflowView => ({
  workflowId: id,
  kind: 'early-intervention',
  stepId: 'intake',
  due: '2026-11-30',
  employeeName: 'Mette Jensen',
  unitName: 'Hjemmeplejen Nord',
  current: true,
  ...extra,
});

const card = (workflows: DigestWorkflowView[], locale: 'da' | 'en' = 'da', page = 0) =>
  dueDigestCard(
    {
      id: 'digest:hr:2026-11-23',
      recipientName: 'Sofie',
      audience: 'hr',
      date: '2026-11-23',
      items: [],
      workflows,
      page,
      notice: null,
    },
    translator(locale),
  );

describe('the "Forløb" section of the day message', () => {
  it('when steps became the reader’s, then each is one line under one heading with "Åbn forløb", and the card is valid', () => {
    const unit = line('wf-2', {
      kind: 'outreach',
      stepId: 'offer',
      employeeName: null,
      due: '2026-12-07',
    });
    const c = card([line('wf-1'), unit]);
    expect(validateCard(c)).to.deep.equal([]);
    const text = allText(c);
    expect(text.split('\n').filter((l) => l === 'Forløb')).to.have.length(1);
    expect(text)
      .to.contain('Henvisning til Tidlig Indsats · Mette Jensen')
      .and.contain('Dit trin nu: Visitation og opstart · frist mandag 30. november')
      .and.contain('Opsøgende procesforløb · Hjemmeplejen Nord');
    expect(executeData(c)).to.deep.equal([
      { verb: 'workflow.refresh', id: 'wf-1' },
      { verb: 'workflow.refresh', id: 'wf-2' },
    ]);
  });

  it('when a step has moved on since, then its line says so, and in English the texts are English', () => {
    const c = card([line('wf-1', { current: false })], 'en');
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c))
      .to.contain('Workflows')
      .and.contain('is settled – the workflow has moved on')
      .and.not.contain('Dit trin');
  });

  it(`when there are more than ${MAX_DIGEST_ITEMS} lines, then the next page starts with the heading again`, () => {
    const many = Array.from({ length: MAX_DIGEST_ITEMS + 2 }, (_, i) => line(`wf-${i}`));
    const second = card(many, 'da', 1);
    expect(validateCard(second)).to.deep.equal([]);
    expect(allText(second)).to.contain('Forløb');
    expect(executeData(second).filter((d) => d.verb === 'workflow.refresh')).to.have.length(2);
  });
});
