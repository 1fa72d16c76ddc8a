/**
 * Security goal S4 (submit fuzzing): 10,000 generated card payloads over real HTTP — wrong types, missing
 * and extra fields, 1 MB strings, `__proto__`/`constructor` keys, odd Unicode, real ids of another
 * leader's case, stale versions — as Action.Execute invokes and as Action.Submit messages, from a
 * leader of another unit, a person with no role and an unknown person. None may crash a turn or the
 * process, and none may change anything but the audit log: every state change would be invalid.
 */
import { expect } from 'chai';
import { Rng } from '../../data/demo/prng.js';
import type { StoreData } from '../../data/schema.js';
import { FOLLOW_UP_VERBS } from '../../cards/follow-up-actions.js';
import { GUIDE_VERBS } from '../../cards/guide-actions.js';
import { STATS_VERBS } from '../../cards/stats-actions.js';
import { execute, message, submit } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';

const COUNT = 10_000;
const IN_FLIGHT = 8;
const VERBS = [
  ...Object.values(FOLLOW_UP_VERBS),
  ...Object.values(GUIDE_VERBS),
  ...Object.values(STATS_VERBS),
  'help.show',
  'followup.hack',
  '',
  'constructor',
  '__proto__',
];
const KEYS = [
  'stepId',
  'version',
  'slot',
  'digestId',
  'unitId',
  'employee',
  'personKey',
  'start',
  'end',
  'extent',
  'percent',
  'reply',
  'triggerId',
  'sessionId',
  'kind',
  'date-0',
  'outcome-0',
  'reason-0',
  'note-0',
  'hours',
  'nextContact',
  '__proto__',
  'constructor',
  'prototype',
];

/** Everything that must stay as it was: the whole document but the audit log and the chat bookkeeping. */
function guarded(d: StoreData): string {
  const { audit: _audit, conversationRefs: _refs, dialogState: _dialogs, persons, ...rest } = d;
  return JSON.stringify({ ...rest, persons: persons.map((p) => ({ ...p, locale: null })) });
}

function hostileValue(rng: Rng, realIds: readonly string[]): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
  switch (Math.floor(rng.next() * 14)) {
    case 0:
      return pick(realIds);
    case 1:
      return Math.floor(rng.next() * 4) - 1;
    case 2:
      return pick([1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.5, -0, 1e-9]);
    case 3:
      return pick(['', ' ', 'null', 'undefined', 'NaN', '0', '-1', '99999']);
    case 4:
      return pick(['2026-02-30', '1900-01-01', '2999-12-31', '31-12-2026', 'i går', '2026-11-23']);
    case 5:
      return pick(['\u0000', '\u202e‮', '😷🤒', 'Æ̶̢Ø̸Å', '\ud800', 'ﬁ', '<script>alert(1)</script>']);
    case 6:
      return rng.next() < 0.02 ? 'x'.repeat(1_000_000) : 'y'.repeat(Math.floor(rng.next() * 5000));
    case 7:
      return null;
    case 8:
      return pick([true, false]);
    case 9:
      return [pick(realIds), 1, null];
    case 10:
      return { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } };
    case 11:
      return pick(['full', 'partial', 'talked', 'colleague', 'notNow', 'early', 's7a', 'return']);
    case 12:
      return pick(['depression', 'kræft', 'stress-sygemeldt']);
    default:
      return { nested: { deeper: [pick(realIds)] } };
  }
}

function payload(rng: Rng, realIds: readonly string[]): Record<string, unknown> {
  const value: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (rng.next() < 0.95) value.verb = VERBS[Math.floor(rng.next() * VERBS.length)];
  else value.verb = hostileValue(rng, realIds);
  const fields = Math.floor(rng.next() * 7);
  for (let i = 0; i < fields; i++)
    value[KEYS[Math.floor(rng.next() * KEYS.length)] ?? 'x'] = hostileValue(rng, realIds);
  return value;
}

describe('S4: generated card payloads over real HTTP', function () {
  this.timeout(300_000);
  let bot: TestBot;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  before(async () => {
    bot = await startTestBot();
    process.on('unhandledRejection', onUnhandled);
  });
  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await bot.close();
  });

  it(`when ${COUNT.toLocaleString('en')} hostile payloads arrive, then no turn fails and nothing but the audit log changes`, async () => {
    // A real case of Lone's, so the payloads can name real steps, people and units of hers.
    const lone = bot.as({ aadObjectId: IDS.leader });
    expect((await bot.post(message('Mette er syg', lone))).status).to.equal(200);
    const data = bot.app.deps.store.read();
    expect(data.sickPeriods.length, 'the case exists').to.be.greaterThan(0);
    const realIds = [
      ...data.sickPeriods.map((p) => p.id),
      ...data.units.map((u) => u.id),
      ...data.employments.filter((e) => e.personKey !== 'p-jonas').map((e) => e.personKey),
      ...JSON.stringify(data.followUps)
        .match(/"id":"[^"]+"/g)!
        .map((m) => m.slice(6, -1)),
    ];
    const before = guarded(bot.app.deps.store.read());
    const auditBefore = bot.app.deps.store.read().audit.length;

    // Pia leads another unit; Jonas has no role; the third is unknown to the bot.
    const senders = [IDS.otherLeader, IDS.employee, '00000000-0000-4000-8000-0000000000ff'].map(
      (aadObjectId) => bot.as({ aadObjectId }, { locale: 'da-DK' }),
    );
    const rng = new Rng('S4 fuzz');
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < COUNT) {
        const n = next++;
        const value = payload(rng, realIds);
        const from = senders[n % senders.length]!;
        const activity =
          n % 2 === 0 ? execute(String(value.verb), value, from) : submit(value, from);
        const res = await bot.post(activity);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).to.equal(COUNT);
    expect(
      [...statuses.keys()].filter((s) => s >= 500),
      `statuses: ${JSON.stringify([...statuses])}`,
    ).to.deep.equal([]);
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
    expect(guarded(bot.app.deps.store.read()), 'nothing but the audit log changed').to.equal(
      before,
    );
    expect(bot.app.deps.store.read().audit.length, 'refusals are audited').to.be.greaterThan(
      auditBefore,
    );
    // The bot still serves its leader afterwards.
    await bot.connector.waitFor(1);
    const seen = bot.connector.received.length;
    await bot.post(message('hjælp', lone));
    await bot.connector.waitFor(seen + 1);
  });
});
