/**
 * Unreachable recipients through the real outbox, with the fake connector answering 403:
 * a leader's digest tells the HR consultants of every unit it concerned, each once; an HR
 * consultant's own card tells the HR admins (or logs an error line when there are none); a
 * notice that cannot be delivered itself is audited and never passed on.
 */
import { expect } from 'chai';
import { outboxHrNotifier } from '../../../bot/proactive/delivery.js';
import { t } from '../../../i18n/index.js';
import { card, text } from '../../../cards/elements.js';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

const HR_NORTH = '00000000-0000-4000-8000-0000000000b1';
const HR_SOLSIKKEN = '00000000-0000-4000-8000-0000000000b2';
const HR_ALL = '00000000-0000-4000-8000-0000000000b3';
const ADMIN = '00000000-0000-4000-8000-0000000000c1';
const ADMIN_2 = '00000000-0000-4000-8000-0000000000c2';

const hrPerson = (
  aadObjectId: string,
  displayName: string,
  hr: 'consultant' | 'admin',
  hrUnits: string[],
) => ({
  aadObjectId,
  upn: null,
  displayName,
  leads: [],
  hr,
  hrUnits,
  locale: null,
});

/** Lone leads Hjemmeplejen Nord and Solsikken; each unit has its own HR, one HR serves both. */
function store(admins: string[]) {
  const data = fixtureStore();
  data.persons = data.persons.map((p) =>
    p.aadObjectId === IDS.leader
      ? { ...p, leads: ['HN', 'SO'] }
      : p.aadObjectId === IDS.otherLeader
        ? { ...p, leads: [] }
        : p,
  );
  data.persons.push(
    hrPerson(HR_NORTH, 'Nina Nord', 'consultant', ['HN']),
    hrPerson(HR_SOLSIKKEN, 'Sara Sol', 'consultant', ['SO']),
    hrPerson(HR_ALL, 'Karl Kommune', 'consultant', ['K']),
    ...admins.map((a, i) => hrPerson(a, `Admin ${i + 1}`, 'admin', [])),
  );
  return data;
}

const conv = (aad: string): string => `a:conv-${aad}`;
const blocked = (...aads: string[]) => {
  const ids = new Set(aads.map(conv));
  return (r: { conversationId: string }) =>
    ids.has(r.conversationId)
      ? { status: 403, body: { error: { code: 'ConversationBlockedByUser', message: 'blocked' } } }
      : null;
};

async function hello(bot: TestBot, ...aads: string[]): Promise<void> {
  for (const aad of aads) await bot.post(message('hjælp', bot.as({ aadObjectId: aad })));
}

async function drain(bot: TestBot, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await bot.app.sender.drainOnce();
}

const cardsTo = (bot: TestBot, aad: string) =>
  bot.connector.received.filter((r) => r.conversationId === conv(aad));

const unreachableAudit = (bot: TestBot) =>
  bot.app.deps.store
    .read()
    .audit.filter((a) => a.action === 'delivery.unreachable')
    .map((a) => [a.unitId, a.detail]);

function captureErrors(bot: TestBot): string[] {
  const lines: string[] = [];
  const logger = bot.app.deps.logger;
  const capture: typeof logger.error = (obj: unknown, msg?: string) =>
    void lines.push(msg ?? String(obj));
  logger.error = capture;
  return lines;
}

describe('unreachable recipients', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when a digest about two units gets 403, then the HR consultants of both units are told once each and both units are audited', async () => {
    bot = await startTestBot({ now: '2026-11-23T07:30:00', seed: () => store([]) });
    await hello(bot, IDS.leader, HR_NORTH, HR_SOLSIKKEN, HR_ALL, IDS.hr);
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
    await bot.post(message('Jonas er syg', bot.as({ aadObjectId: IDS.leader })));
    bot.connector.clear();
    bot.connector.setResponder(blocked(IDS.leader));
    bot.clock.set('2026-11-23T08:00:05');
    await bot.app.scheduler.tick();
    await drain(bot);

    expect(await bot.app.outbox.get(`digest:${IDS.leader}:2026-11-23`)).to.include({
      status: 'failed',
    });
    for (const hr of [HR_NORTH, HR_SOLSIKKEN, HR_ALL]) {
      const got = cardsTo(bot, hr);
      expect(got, `cards to ${hr}`).to.have.length(1);
      expect(JSON.stringify(got[0]!.activity)).to.contain(
        t('da', 'followup.unreachable.body', { name: 'Lone Kristensen' }),
      );
    }
    expect(cardsTo(bot, IDS.hr), 'HR of no unit concerned').to.have.length(0);
    expect(unreachableAudit(bot)).to.deep.equal([
      ['HN', 'digest'],
      ['SO', 'digest'],
    ]);
    for (const c of bot.connector.cards()) assertValidCard(c);

    bot.connector.clear();
    bot.clock.set('2026-11-23T09:00:00');
    await drain(bot);
    expect(bot.connector.received, 'nobody told twice').to.have.length(0);
  });

  it("when an HR consultant's own card gets 403, then it is audited and the HR admins are told", async () => {
    bot = await startTestBot({ now: '2026-11-23T09:00:00', seed: () => store([ADMIN, ADMIN_2]) });
    await hello(bot, HR_NORTH, HR_ALL, ADMIN, ADMIN_2);
    await bot.app.deps.repos.followUps.recordHrRequest({
      id: 'p1:call-day-3',
      kind: 'step',
      stepId: 'p1:call-day-3',
      periodId: 'p1',
      personKey: 'p-mette',
      unitId: 'HN',
      requestedBy: IDS.leader,
      requestedOn: '2026-11-23',
      reply: null,
    });
    bot.connector.clear();
    bot.connector.setResponder(blocked(HR_NORTH));
    const notifier = outboxHrNotifier(bot.app.deps, bot.app.outbox);
    await notifier.notify(
      'HN',
      (tr) => card([text(tr('followup.unreachable.title'))]),
      'p1:call-day-3',
      'p-mette',
    );
    await drain(bot);

    expect(cardsTo(bot, HR_ALL), 'the other consultant got the request').to.have.length(1);
    for (const admin of [ADMIN, ADMIN_2]) {
      const got = cardsTo(bot, admin);
      expect(got, `admin ${admin}`).to.have.length(1);
      expect(JSON.stringify(got[0]!.activity)).to.contain(
        t('da', 'followup.unreachable.hrBody', { name: 'Nina Nord' }),
      );
      assertValidCard(bot.connector.cards().find((c) => JSON.stringify(c).includes('Nina Nord')));
    }
    expect(unreachableAudit(bot)).to.deep.equal([['HN', 'hr:card']]);
  });

  it('when there are no HR admins, then an error line is logged; and a notice that cannot be delivered is audited and not passed on', async () => {
    bot = await startTestBot({ now: '2026-11-23T09:00:00', seed: () => store([ADMIN]) });
    await hello(bot, HR_NORTH, HR_ALL, ADMIN);
    const errors = captureErrors(bot);
    bot.connector.clear();
    bot.connector.setResponder(blocked(HR_NORTH, ADMIN));
    const notifier = outboxHrNotifier(bot.app.deps, bot.app.outbox);
    await notifier.notify(
      'HN',
      (tr) => card([text(tr('followup.unreachable.title'))]),
      'req-1',
      'p-mette',
    );
    await drain(bot, 4);

    const notice = await bot.app.outbox.get(`unreachable:hr:req-1:${HR_NORTH}:${ADMIN}`);
    expect(notice, 'the admin was to be told').to.include({ status: 'failed' });
    expect(unreachableAudit(bot)).to.deep.equal([
      [null, 'hr:card'],
      [null, 'notice:card'],
    ]);
    expect(errors).to.deep.equal(['unreachable recipient and nobody to tell']);
    const items = bot.app.deps.store.read().outbox.map((i) => i.id);
    expect(items.filter((id) => id.startsWith('unreachable:unreachable:'))).to.deep.equal([]);
  });

  it('when HR has no admins at all, then the failed HR card is audited and an error line is logged', async () => {
    bot = await startTestBot({ now: '2026-11-23T09:00:00', seed: () => store([]) });
    await hello(bot, HR_NORTH, HR_ALL);
    const errors = captureErrors(bot);
    bot.connector.setResponder(blocked(HR_NORTH));
    await outboxHrNotifier(bot.app.deps, bot.app.outbox).notify(
      'HN',
      (tr) => card([text(tr('followup.unreachable.title'))]),
      'req-2',
      'p-mette',
    );
    await drain(bot);
    expect(unreachableAudit(bot)).to.deep.equal([[null, 'hr:card']]);
    expect(errors).to.deep.equal(['unreachable recipient and nobody to tell']);
  });
});
