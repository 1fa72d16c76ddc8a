/**
 * Undoing a registration that fired a frequent-absence flag withdraws the flag, unless the leader
 * has acted on it (real HTTP, the whole bot).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { execute, message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import type { StoreData } from '../../../data/schema.js';
import { allText } from '../../cards/follow-up-card-helpers.js';
import { invokeAnswer } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const FLAG = 'p-karen:periods-5-12m@2026-11-23';

const past = (id: string, start: string, end: string) => importedPeriod(id, 'p-karen', start, end);

// Four short periods in 2026: a fifth meets the default trigger "5 periods in 12 months".
const HISTORY = [
  past('h1', '2026-01-12', '2026-01-13'),
  past('h2', '2026-03-09', '2026-03-10'),
  past('h3', '2026-05-11', '2026-05-12'),
  past('h4', '2026-08-17', '2026-08-18'),
];

describe('undo and the frequent-absence flag it fired (real HTTP)', () => {
  let bot: TestBot;
  const data = () => JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
  const press = async (verb: string, payload: Record<string, unknown>) =>
    invokeAnswer(await bot.post(execute(verb, payload, bot.as(lone))));
  const undo = async () => {
    bot.connector.clear();
    await bot.post(message('fortryd', bot.as(lone)));
    const confirm = bot.connector.cards().at(-1) as {
      actions: Array<{ title: string; data: Record<string, unknown> }>;
    };
    assertValidCard(confirm);
    const yes = confirm.actions.find((a) => a.title === 'Ja, fortryd')!.data;
    const answer = await press(String(yes.verb), yes);
    return answer.text ?? allText(answer.card);
  };
  const ask = { personKey: 'p-karen', triggerId: 'periods-5-12m' };

  beforeEach(
    async () =>
      (bot = await startTestBot({
        seed: () => ({ ...fixtureStore(), sickPeriods: HISTORY.map((p) => ({ ...p })) }),
      })),
  );
  afterEach(async () => bot.close());

  it('when the registration that fired the flag is undone, then the flag is withdrawn, the leader is told, and its buttons say it is gone', async () => {
    await bot.post(message('Karen er syg', bot.as(lone)));
    expect(data().firedTriggers?.map((f) => f.id)).to.deep.equal([FLAG]);
    expect(await undo()).to.contain(
      `${t('da', 'corrections.undone', { name: 'Karen Olsen' })} ${t('da', 'corrections.flagWithdrawn')}`,
    );
    expect(data().sickPeriods.map((p) => p.id)).to.deep.equal(['h1', 'h2', 'h3', 'h4']);
    expect(data().firedTriggers).to.deep.equal([]);
    expect(
      data()
        .audit.filter((a) => a.action === 'followup.frequencyWithdrawn')
        .map((a) => [a.subject, a.outcome, a.detail]),
    ).to.deep.equal([['p-karen', 'allowed', FLAG]]);
    // The inline card's button now says the flag is gone, and nothing is asked of HR.
    const pressed = await press('followup.frequencyAskHr', {
      verb: 'followup.frequencyAskHr',
      ...ask,
    });
    expect(pressed.text).to.equal(t('da', 'followup.frequency.gone'));
    expect(data().hrRequests ?? []).to.deep.equal([]);
    // Registered again: the trigger is met again and fires again.
    await bot.post(message('Karen er syg', bot.as(lone)));
    expect(data().firedTriggers?.map((f) => f.id)).to.deep.equal([FLAG]);
  });

  it('when the leader acted on the flag before the undo, then the flag stays', async () => {
    await bot.post(message('Karen er syg', bot.as(lone)));
    await press('followup.frequencyGuide', { verb: 'followup.frequencyGuide', ...ask });
    expect(await undo())
      .to.contain(t('da', 'corrections.undone', { name: 'Karen Olsen' }))
      .and.not.contain(t('da', 'corrections.flagWithdrawn'));
    expect(data().firedTriggers?.map((f) => [f.id, f.handled])).to.deep.equal([[FLAG, 'guide']]);
  });

  it('when an English-speaking leader says Karen was not sick after all, then the period and the flag are gone and the answer says both in English', async () => {
    const en = (text: string) => message(text, bot.as(lone, { locale: 'en-US' }));
    await bot.post(en('Karen is sick'));
    expect(data().firedTriggers?.map((f) => f.id)).to.deep.equal([FLAG]);
    bot.connector.clear();
    await bot.post(en('Karen is not sick after all'));
    const confirm = bot.connector.cards().at(-1) as {
      actions: Array<{ title: string; data: Record<string, unknown> }>;
    };
    assertValidCard(confirm);
    const yes = confirm.actions[0]!.data;
    const answer = await invokeAnswer(
      await bot.post(execute(String(yes.verb), yes, bot.as(lone, { locale: 'en-US' }))),
    );
    expect(answer.text ?? allText(answer.card)).to.contain(t('en', 'corrections.flagWithdrawn'));
    expect(data().sickPeriods.map((p) => p.id)).to.deep.equal(['h1', 'h2', 'h3', 'h4']);
    expect(data().firedTriggers).to.deep.equal([]);
  });
});
