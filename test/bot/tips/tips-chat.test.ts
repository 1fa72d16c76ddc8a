/**
 * The well-being tips in chat over real HTTP: a tip card in Danish and English, a theme, "Et til"
 * without repeats, 👍/👎 kept per person and tip, and feedback on a tip that does not exist.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { IDS } from '../../helpers/fixture-org.js';
import { t } from '../../../i18n/index.js';
import { TIP_CATALOGUE } from '../../../domain/tips/catalogue.js';
import { tipTextKey } from '../../../cards/tip-card.js';
import { actionNamed, textsOf, tipTalk } from './tips-bot.js';

const tipOf = (texts: string[], locale: 'da' | 'en') =>
  TIP_CATALOGUE.find((tip) => texts.includes(t(locale, tipTextKey(tip.id))));

describe('well-being tips in chat (real HTTP)', () => {
  let bot: TestBot;
  let talk: ReturnType<typeof tipTalk>;
  beforeEach(async () => {
    bot = await startTestBot();
    talk = tipTalk(bot);
  });
  afterEach(async () => bot.close());

  it('when a leader writes "giv mig et tip", then a Danish tip card comes with "Et til" and 👍/👎, and her first tip is a basic', async () => {
    const { cards } = await talk.say('giv mig et tip', IDS.leader);
    expect(cards).to.have.length(1);
    const texts = textsOf(cards[0]);
    expect(texts[0]).to.equal('Trivselstip');
    const tip = tipOf(texts, 'da');
    expect(tip?.basics).to.equal(true);
    expect(cards[0]!.actions?.map((a) => a.title)).to.deep.equal(['👍', '👎', 'Et til']);
    expect(texts).to.include('Brugbart?');
  });

  it('when a leader writes "give me a tip", then the card is in English', async () => {
    const { cards } = await talk.say('give me a tip', IDS.leader, 'en-GB');
    const texts = textsOf(cards[0]);
    expect(texts[0]).to.equal('Well-being tip');
    expect(tipOf(texts, 'en')).to.not.equal(undefined);
    expect(cards[0]!.actions?.map((a) => a.title)).to.deep.equal(['👍', '👎', 'Another']);
  });

  for (const [text, locale, title, theme] of [
    ['tip om tillid', 'da', 'Trivselstip om tillid', 'trust'],
    ['tips til samtalen', 'da', 'Trivselstip om samtaler', 'conversations'],
    ['tip about trust', 'en', 'Well-being tip on trust', 'trust'],
  ] as const)
    it(`when someone writes "${text}", then the tip is about ${theme}`, async () => {
      const { cards } = await talk.say(text, IDS.leader, locale === 'da' ? 'da-DK' : 'en-GB');
      const texts = textsOf(cards[0]);
      expect(texts[0]).to.equal(title);
      expect(tipOf(texts, locale)?.themes).to.include(theme);
    });

  it('when "Et til" is pressed until the trust tips are used up, then none comes twice before all were shown, and then a repeat says so', async () => {
    const trust = TIP_CATALOGUE.filter(
      (x) => x.themes.includes('trust') && x.audiences.includes('leader'),
    );
    const { cards } = await talk.say('tip om tillid', IDS.leader);
    const seen = [tipOf(textsOf(cards[0]), 'da')!.id];
    let card = cards[0]!;
    for (let i = 1; i < trust.length; i++) {
      card = (await talk.press(actionNamed(card, 'Et til'), IDS.leader)).card!;
      seen.push(tipOf(textsOf(card), 'da')!.id);
    }
    expect(new Set(seen).size).to.equal(trust.length);
    const again = (await talk.press(actionNamed(card, 'Et til'), IDS.leader)).card!;
    expect(textsOf(again)).to.include(t('da', 'tips.card.repeat'));
    expect(tipOf(textsOf(again), 'da')!.id).to.equal(seen[0]);
    expect(bot.app.deps.store.read().tips?.shown).to.have.length(trust.length + 1);
  });

  it('when 👍 and then 👎 are pressed on a tip, then the card thanks her and only her latest answer is kept', async () => {
    const { cards } = await talk.say('giv mig et tip', IDS.leader);
    const up = await talk.press(actionNamed(cards[0]!, '👍'), IDS.leader);
    expect(textsOf(up.card)).to.include('Tak! Godt at høre, at tippet var brugbart.');
    const down = await talk.press(actionNamed(up.card, '👎'), IDS.leader);
    expect(textsOf(down.card)).to.include(t('da', 'tips.card.thanksDown'));
    const feedback = bot.app.deps.store.read().tips?.feedback ?? [];
    expect(feedback.map((f) => f.useful)).to.deep.equal([false]);
  });

  it('when feedback names a tip that does not exist, then a clear message comes and nothing is stored', async () => {
    const before = JSON.stringify(bot.app.deps.store.read().tips ?? null);
    const answer = await talk.press(
      { verb: 'tips.feedback', tipId: 'T999', useful: true, place: 'card' },
      IDS.leader,
    );
    expect(answer.text).to.equal('Det tip findes ikke. Intet er ændret.');
    const en = await talk.press(
      { verb: 'tips.feedback', tipId: 'T999', useful: true },
      IDS.leader,
      'en-GB',
    );
    expect(en.text).to.equal(t('en', 'tips.unknownTip'));
    expect(JSON.stringify(bot.app.deps.store.read().tips ?? null)).to.equal(before);
  });

  it('when the feedback payload is malformed, then "invalid action" comes and nothing is stored', async () => {
    const answer = await talk.press(
      { verb: 'tips.feedback', tipId: 'T010', useful: 'very' },
      IDS.leader,
    );
    expect(answer.text).to.equal(t('da', 'core.invalidAction'));
    expect(bot.app.deps.store.read().tips).to.equal(undefined);
  });

  it('when an employee with no role asks for a tip, then a tip for representatives and well-being agents comes', async () => {
    const { cards } = await talk.say('giv mig et tip', IDS.employee);
    const tip = tipOf(textsOf(cards[0]), 'da')!;
    expect(tip.audiences.some((a) => ['med', 'tr-amr', 'trivselsagent'].includes(a))).to.equal(
      true,
    );
  });

  it('when a leader asks for help, then tips are available, not coming', async () => {
    const { cards } = await talk.say('hjælp', IDS.leader);
    const texts = textsOf(cards[0]);
    const available = texts.find((x) => x.includes(t('da', 'help.item.tips')));
    expect(available).to.not.equal(undefined);
    const comingAt = texts.indexOf(t('da', 'help.coming'));
    if (comingAt >= 0) expect(texts[comingAt + 1]).to.not.include(t('da', 'help.item.tips'));
  });
});
