/**
 * The diagnosis guardrail on every free-text field that reaches the bot over HTTP outside the
 * guide (the guide's own fields are tested with the guide): the due card's "not appropriate →
 * other" note and HR's reply to a leader. A refusal says why, in the person's language, and
 * nothing of the text is stored, audited or passed on.
 */
import { expect } from 'chai';
import { message, execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { allText } from '../../cards/follow-up-card-helpers.js';
import { startFollowUpBot, invokeAnswer, type FollowUpBot } from '../follow-up/follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const sofie = { aadObjectId: IDS.hr, name: 'Sofie Nielsen' };
const DIGEST = `digest:${IDS.leader}:2026-11-23`;

const HEALTH = [
  'hun har fået konstateret kræft',
  'ondt i ryggen efter fald',
  'angst og depression',
  'CPR 010203-1234',
];

describe('the gate: free text outside the guide', () => {
  let bot: FollowUpBot;
  let period: string;
  const id = (key: string) => `${period}:${key}`;
  const stored = () => JSON.stringify(bot.app.deps.store.read());

  beforeEach(async () => {
    bot = await startFollowUpBot();
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
    period = bot.data().sickPeriods[0]!.id;
    await bot.app.deps.repos.followUps.saveDigest({
      id: DIGEST,
      recipient: IDS.leader,
      audience: 'leader',
      date: '2026-11-23',
      items: [{ kind: 'new', stepId: id('call-day-3'), lateFrom: null }],
    });
    bot.connector.clear();
  });
  afterEach(async () => bot.close());

  const act = async (verb: string, data: Record<string, unknown>, from = lone, locale = 'da-DK') =>
    invokeAnswer(
      await bot.post(execute(verb, { verb, digestId: DIGEST, ...data }, bot.as(from, { locale }))),
    );
  const notAppropriate = (note: string, locale?: string) =>
    act(
      'followup.complete',
      {
        stepId: id('call-day-3'),
        version: 1,
        slot: 0,
        'outcome-0': 'not-appropriate',
        'reason-0': 'other',
        'note-0': note,
      },
      lone,
      locale,
    );

  for (const note of HEALTH) {
    it(`when the "other" note says "${note}", then it is refused with the reason and nothing is stored`, async () => {
      const { card } = await notAppropriate(note);
      assertValidCard(card);
      expect(allText(card)).to.contain('ligner en helbredsoplysning');
      const step = bot.data().followUps.find((s) => s.id === id('call-day-3'))!;
      expect(step).to.include({ state: 'open', version: 1 });
      expect(stored()).to.not.contain(note);
      const refused = bot.data().audit.filter((a) => a.detail?.startsWith('guardrail:note:'));
      expect(refused).to.have.length(1);
    });
  }

  it('when the note is ordinary, then it is saved', async () => {
    await notAppropriate('Vi har aftalt at tale sammen på fredag');
    const step = bot.data().followUps.find((s) => s.id === id('call-day-3'))!;
    expect(step.state).to.equal('skipped-with-reason');
  });

  it('when the conversation is in English, then the refusal is English', async () => {
    await bot.post(message('help', bot.as(lone, { locale: 'en-GB' })));
    const { card } = await notAppropriate('she has cancer', 'en-GB');
    expect(allText(card)).to.contain('looks like health information');
  });

  for (const reply of HEALTH) {
    it(`when HR's reply says "${reply}", then it is refused, not stored and not passed on to the leader`, async () => {
      await act('followup.askHr', { stepId: id('sick-call'), version: 1 });
      const answer = await act('followup.hrReply', { stepId: id('sick-call'), reply }, sofie);
      expect(answer.text).to.contain('ligner en helbredsoplysning');
      expect(bot.data().hrRequests?.[0]?.reply).to.equal(null);
      expect(bot.notifier.leaders).to.deep.equal([]);
      expect(stored()).to.not.contain(reply);
    });
  }
});
