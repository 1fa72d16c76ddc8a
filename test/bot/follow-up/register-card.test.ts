import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { message, execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t, type MessageKey } from '../../../i18n/index.js';
import { nodesOfType } from '../../cards/follow-up-card-helpers.js';
import { startFollowUpBot, invokeAnswer, type FollowUpBot } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const VERB = 'followup.registerSick';

describe('the register card and bad input (real HTTP)', () => {
  let bot: FollowUpBot;
  beforeEach(async () => (bot = await startFollowUpBot()));
  afterEach(async () => bot.close());

  const submitCard = async (data: Record<string, unknown>) =>
    invokeAnswer(await bot.post(execute(VERB, { verb: VERB, ...data }, bot.as(lone))));

  for (const [text, locale] of [
    ['registrer sygdom', 'da-DK'],
    ['Registrer sygdom', 'da-DK'],
    ['register sickness', 'en-US'],
  ] as const) {
    it(`when the leader writes "${text}", then the register card lists exactly their own employees`, async () => {
      await bot.post(message(text, bot.as(lone, { locale })));
      const [card] = bot.connector.cards();
      assertValidCard(card);
      const picker = nodesOfType(card, 'Input.ChoiceSet').find((n) => n.id === 'employee');
      expect(picker?.choices).to.deep.equal([
        { title: 'Ali Hassan', value: 'p-ali' },
        { title: 'Karen Olsen', value: 'p-karen' },
        { title: 'Mette Jensen', value: 'p-mette' },
      ]);
    });
  }

  it('when the card is submitted, then the period is stored, the card updates to a confirmation and the plan card follows', async () => {
    const answer = await submitCard({
      employee: 'p-ali',
      start: '2026-11-20',
      extent: 'full',
      percent: '',
    });
    assertValidCard(answer.card);
    expect(JSON.stringify(answer.card)).to.contain(
      'Ali Hassan er registreret som syg fra fredag 20. november.',
    );
    expect(bot.data().sickPeriods.map((p) => [p.personKey, p.start])).to.deep.equal([
      ['p-ali', '2026-11-20'],
    ]);
    const [plan] = bot.connector.cards();
    assertValidCard(plan);
    expect(JSON.stringify(plan)).to.contain('Opfølgning for Ali Hassan');
  });

  it('when Teams delivers the same submit twice, then one period exists and both answers confirm', async () => {
    const data = { employee: 'p-ali', start: '2026-11-20', extent: 'full' };
    const first = await submitCard(data);
    const second = await submitCard(data);
    expect(JSON.stringify(second.card)).to.equal(JSON.stringify(first.card));
    expect(bot.data().sickPeriods).to.have.length(1);
    expect(bot.connector.cards()).to.have.length(1);
  });

  it('when a tampered payload names another unit’s employee, then it is refused in place, audited, and nothing is registered', async () => {
    const answer = await submitCard({ employee: 'p-mette2', start: '2026-11-20', extent: 'full' });
    assertValidCard(answer.card);
    expect(JSON.stringify(answer.card)).to.contain(t('da', 'followup.chat.notYourEmployee'));
    const data = bot.data();
    expect(data.sickPeriods).to.have.length(0);
    expect(data.followUps).to.have.length(0);
    expect(data.audit.map((a) => [a.action, a.subject, a.unitId, a.outcome])).to.deep.equal([
      ['followup.sick.register', 'p-mette2', 'HS', 'denied'],
    ]);
  });

  describe('validation: a localized answer and an unchanged data file', () => {
    const CHAT: Array<[string, MessageKey, Record<string, string>]> = [
      ['Mette er syg fra i morgen', 'followup.error.start-in-future', {}],
      ['Mette er syg fra 1.11.2025', 'followup.error.start-too-old', {}],
      ['Mette er delvist syg, 150 %', 'followup.error.partial-out-of-range', {}],
      ['Mette er delvist syg, 0 %', 'followup.error.partial-out-of-range', {}],
      ['Mette er delvist syg', 'followup.chat.percentMissing', { name: 'Mette' }],
      ['Mette er syg fra 31.02', 'followup.chat.invalidDate', { date: '31.02' }],
      ['Mette er rask fra næste fredag', 'followup.chat.fitTooFarAhead', { name: 'Mette' }],
      ['Mette er rask igen', 'followup.chat.notSick', { name: 'Mette Jensen' }],
    ];
    for (const [text, key, params] of CHAT) {
      it(`when the leader writes "${text}", then the answer is ${key} and nothing is stored`, async () => {
        await bot.post(message('hjælp', bot.as(lone)));
        const before = readFileSync(bot.dataFile, 'utf8');
        bot.connector.clear();
        await bot.post(message(text, bot.as(lone)));
        expect(bot.connector.texts()).to.deep.equal([t('da', key, params)]);
        expect(readFileSync(bot.dataFile, 'utf8')).to.equal(before);
      });
    }

    it('when the first day back lies before the first sick day, then it is refused and nothing changes', async () => {
      await bot.post(message('Mette er syg fra 20.11', bot.as(lone)));
      const before = readFileSync(bot.dataFile, 'utf8');
      bot.connector.clear();
      await bot.post(message('Mette er rask siden 19.11', bot.as(lone)));
      const date = 'fredag 20. november';
      expect(bot.connector.texts()).to.deep.equal([
        t('da', 'followup.chat.fitSameDay', { name: 'Mette Jensen', date }),
      ]);
      expect(readFileSync(bot.dataFile, 'utf8')).to.equal(before);
    });

    const CARD: Array<[string, Record<string, unknown>, MessageKey]> = [
      ['a future start', { start: '2026-11-24', extent: 'full' }, 'followup.error.start-in-future'],
      [
        'a start more than a year back',
        { start: '2025-11-22', extent: 'full' },
        'followup.error.start-too-old',
      ],
      [
        'a partial share of 100 %',
        { start: '2026-11-23', extent: 'partial', percent: 100 },
        'followup.error.partial-out-of-range',
      ],
      [
        'partial without a percent',
        { start: '2026-11-23', extent: 'partial', percent: '' },
        'followup.error.partial-out-of-range',
      ],
    ];
    for (const [name, data, key] of CARD) {
      it(`when the card is submitted with ${name}, then the card shows ${key} and nothing is stored`, async () => {
        await bot.post(message('hjælp', bot.as(lone)));
        const before = readFileSync(bot.dataFile, 'utf8');
        const answer = await submitCard({ employee: 'p-karen', ...data });
        assertValidCard(answer.card);
        expect(JSON.stringify(answer.card)).to.contain(t('da', key));
        expect(readFileSync(bot.dataFile, 'utf8')).to.equal(before);
      });
    }

    it('when the card payload is malformed, then the answer is the invalid-action message and nothing is stored', async () => {
      await bot.post(message('hjælp', bot.as(lone)));
      const before = readFileSync(bot.dataFile, 'utf8');
      const answer = await submitCard({ employee: 'p-karen', start: 'not a date', extent: 'full' });
      expect(answer.text).to.equal(t('da', 'core.invalidAction'));
      expect(readFileSync(bot.dataFile, 'utf8')).to.equal(before);
    });
  });
});
