import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { actButtons, cardText, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

const idOf = (card: unknown): string =>
  (card as { refresh: { action: { data: { id: string } } } }).refresh.action.data.id;

describe('workflows: refused cases change nothing', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: workflowStore });
  });
  afterEach(async () => {
    await bot.close();
  });

  const stored = (id: string) => storeOf(bot).workflows?.instances.find((w) => w.id === id);

  async function referral(launchId = 'r1', kind = 'early-intervention') {
    const { card } = await invoke(bot, WHO.leader, 'workflow.launch', {
      kind,
      personKey: 'p-mette',
      launchId,
      f_workplaceChange: 'Mere sparring',
    });
    return idOf(card);
  }

  it('when a leader refers an employee outside their units, then it is refused and nothing starts', async () => {
    const a = await invoke(bot, WHO.other, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'x',
    });
    expect(a.text).to.equal(
      'Du kan kun starte forløb for medarbejdere i dine egne enheder. Intet er startet.',
    );
    expect(storeOf(bot).workflows?.instances ?? []).to.deep.equal([]);
    const audit = storeOf(bot).audit.filter((e) => e.action === 'workflow.launch');
    expect(audit.map((e) => e.outcome)).to.deep.equal(['denied']);
  });

  it('when the same launch form is sent twice, then one workflow starts', async () => {
    await referral('twice');
    const again = await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'twice',
    });
    expect(cardText(again.card)).to.contain('Forløbet er allerede startet');
    expect(storeOf(bot).workflows?.instances).to.have.length(1);
  });

  it('when the wrong role acts, a stale card is clicked, or an invoke comes twice, then the card shows the true state and nothing changes', async () => {
    const id = await referral();
    const hrView = await invoke(bot, WHO.hr, 'workflow.refresh', { id });
    const button = actButtons(hrView.card).complete!;
    const wrong = await invoke(bot, WHO.leader, 'workflow.act', {
      ...button,
      f_startDate: '2026-12-01',
    });
    expect(cardText(wrong.card)).to.contain('Det trin er ikke dit at udføre. Intet er ændret.');
    expect(stored(id)?.version).to.equal(1);
    const first = await invoke(bot, WHO.hr, 'workflow.act', {
      ...button,
      f_startDate: '2026-12-01',
    });
    expect(cardText(first.card)).to.contain('Trinnet er markeret som udført.');
    const twice = await invoke(bot, WHO.hr, 'workflow.act', {
      ...button,
      f_startDate: '2026-12-01',
    });
    expect(cardText(twice.card)).to.contain('Kortet var ikke længere aktuelt');
    expect(cardText(twice.card)).to.contain('Forløb med coach og træning');
    expect(stored(id)?.version).to.equal(2);
    expect(stored(id)?.state).to.equal('course');
  });

  it('when a required field is missing, then its label is named and nothing changes', async () => {
    const id = await referral();
    const view = await invoke(bot, WHO.hr, 'workflow.refresh', { id });
    const missing = await invoke(bot, WHO.hr, 'workflow.act', {
      ...actButtons(view.card).complete,
    });
    expect(cardText(missing.card)).to.contain('Udfyld \\"Startdato\\" først. Intet er ændret.');
    expect(stored(id)?.version).to.equal(1);
  });

  it('when a free-text field names a diagnosis, then the guardrail refuses and nothing is kept', async () => {
    const a = await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'psychologist',
      personKey: 'p-mette',
      launchId: 'g',
      f_workplaceChange: 'Hun har depression',
    });
    expect(a.text).to.be.a('string').and.contain('helbred');
    expect(storeOf(bot).workflows?.instances ?? []).to.deep.equal([]);
    expect(JSON.stringify(storeOf(bot))).to.not.contain('Hun har depression');
  });

  it('when two consultants take the same request at once, then exactly one wins', async () => {
    const id = await referral('race', 'psychologist');
    const [a, b] = await Promise.all([
      invoke(bot, WHO.hr, 'workflow.take', { id }),
      invoke(bot, WHO.hr2, 'workflow.take', { id }),
    ]);
    const texts = [cardText(a.card), cardText(b.card)];
    expect(texts.filter((t) => t.includes('Du har taget forløbet.'))).to.have.length(1);
    expect(texts.filter((t) => t.includes('har allerede taget den'))).to.have.length(1);
    expect(stored(id)?.history.filter((h) => h.action === 'take')).to.have.length(1);
  });

  it('when a leader takes a request, then it is refused (only HR serving the unit)', async () => {
    const id = await referral('lead-take', 'psychologist');
    const a = await invoke(bot, WHO.leader, 'workflow.take', { id });
    expect(cardText(a.card)).to.contain('Det trin er ikke dit at udføre');
    expect(stored(id)?.assignee).to.equal(null);
  });

  it('when an employee workflow is opened in a channel, then the card shows no name and no actions', async () => {
    const id = await referral('chan');
    const a = await invoke(
      bot,
      WHO.hr,
      'workflow.refresh',
      { id },
      { conversationType: 'channel' },
    );
    expect(cardText(a.card)).to.not.contain('Mette');
    expect(actButtons(a.card)).to.deep.equal({});
  });

  it('when a foreign leader opens the workflow, then access is refused', async () => {
    const id = await referral('foreign');
    const a = await invoke(bot, WHO.other, 'workflow.refresh', { id });
    expect(a.text).to.equal('Du har ikke adgang til det forløb.');
  });
});
