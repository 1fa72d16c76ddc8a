/**
 * HR's tip statistics over real HTTP: counts per tip (shown, 👍, 👎), never a name; a tip switched
 * off is never chosen again; only HR may see them or switch; an unknown tip id changes nothing.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { TIP_CATALOGUE } from '../../../domain/tips/catalogue.js';
import { tipTextKey } from '../../../cards/tip-card.js';
import { IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { actionNamed, textsOf, tipTalk, type Card } from './tips-bot.js';

const tipIdOf = (card: Card | null | undefined) =>
  TIP_CATALOGUE.find((tip) => textsOf(card).includes(t('da', tipTextKey(tip.id))))?.id;

/** The Action.Execute data of the stats card's buttons (inside its rows). */
const switches = (card: Card | null | undefined) =>
  [...JSON.stringify(card ?? {}).matchAll(/\{"verb":"tips\.switch"[^}]*\}/g)].map(
    (m) => JSON.parse(m[0]) as { verb: string; tipId: string; off: boolean },
  );

describe('tip statistics for HR (real HTTP)', () => {
  let bot: TestBot;
  let talk: ReturnType<typeof tipTalk>;
  beforeEach(async () => {
    bot = await startTestBot();
    talk = tipTalk(bot);
  });
  afterEach(async () => bot.close());

  it('when HR asks after tips were answered, then each tip shows how often it was shown and its 👍/👎 counts, and no name', async () => {
    const lone = (await talk.say('giv mig et tip', IDS.leader)).cards[0]!;
    await talk.press(actionNamed(lone, '👍'), IDS.leader);
    const jonas = (await talk.say('giv mig et tip', IDS.employee)).cards[0]!;
    await talk.press(actionNamed(jonas, '👎'), IDS.employee);
    const { cards } = await talk.say('tip-statistik', IDS.hr);
    const texts = textsOf(cards[0]);
    expect(texts[0]).to.equal('Tip-statistik');
    const rows = [tipIdOf(lone)!, tipIdOf(jonas)!].map((id) =>
      texts.find((x) => x.startsWith(`${id}:`)),
    );
    expect(rows).to.include(`${tipIdOf(lone)}: vist 1 · 👍 1 · 👎 0`);
    expect(rows).to.include(`${tipIdOf(jonas)}: vist 1 · 👍 0 · 👎 1`);
    const json = JSON.stringify(cards[0]);
    for (const secret of ['Lone', 'Jonas', IDS.leader, IDS.employee])
      expect(json).to.not.include(secret);
  });

  it('when HR switches a tip off, then it is never chosen again, and HR can switch it on again', async () => {
    await talk.say('tip om arbejdsmiljø', IDS.leader);
    const stats = (await talk.say('tip-statistik', IDS.hr)).cards[0]!;
    const shownId = switches(stats)[0]!.tipId;
    const off = await talk.press({ verb: 'tips.switch', tipId: 'T127', off: true }, IDS.hr);
    expect(textsOf(off.card)).to.include('T127 er slået fra og bliver ikke vist mere.');
    expect(switches(off.card).map((s) => s.tipId)).to.include.members(['T127', shownId]);
    let card = (await talk.say('tip om arbejdsmiljø', IDS.leader)).cards[0]!;
    const seen = [tipIdOf(card)];
    for (let i = 0; i < 4; i++) {
      card = (await talk.press(actionNamed(card, 'Et til'), IDS.leader)).card!;
      seen.push(tipIdOf(card));
    }
    expect(seen).to.not.include('T127');
    expect(bot.app.deps.store.read().tips?.disabled.map((d) => d.tipId)).to.deep.equal(['T127']);
    const on = await talk.press({ verb: 'tips.switch', tipId: 'T127', off: false }, IDS.hr);
    expect(textsOf(on.card)).to.include(t('da', 'tips.stats.switchedOn', { id: 'T127' }));
    expect(bot.app.deps.store.read().tips?.disabled).to.deep.equal([]);
  });

  it('when a leader asks for the tip statistics or presses a switch, then she is told they are for HR and nothing changes', async () => {
    const { texts } = await talk.say('tip-statistik', IDS.leader);
    expect(texts).to.deep.equal(['Tip-statistikken er for HR.']);
    const press = await talk.press({ verb: 'tips.switch', tipId: 'T127', off: true }, IDS.leader);
    expect(press.text).to.equal(t('da', 'tips.stats.hrOnly'));
    expect(bot.app.deps.store.read().tips).to.equal(undefined);
  });

  it('when HR switches a tip that does not exist, then a clear message comes and nothing changes', async () => {
    const press = await talk.press(
      { verb: 'tips.switch', tipId: 'T999', off: true },
      IDS.hr,
      'en-GB',
    );
    expect(press.text).to.equal('That tip does not exist. Nothing was changed.');
    expect(bot.app.deps.store.read().tips).to.equal(undefined);
  });

  it('when HR writes "tip statistics" before anyone had a tip, then the English card says so', async () => {
    const { cards } = await talk.say('tip statistics', IDS.hr, 'en-GB');
    expect(textsOf(cards[0])).to.include.members(['Tip statistics', t('en', 'tips.stats.none')]);
  });

  it('when HR switches a tip off, then the audit log records who and which tip', async () => {
    await talk.press({ verb: 'tips.switch', tipId: 'T020', off: true }, IDS.hr);
    const audit = bot.app.deps.store.read().audit.filter((a) => a.action === 'tips.switchOff');
    expect(audit.map((a) => [a.actor, a.detail])).to.deep.equal([[IDS.hr, 'T020']]);
  });
});
