/**
 * The scheduler's scan of imported periods, in batches: every recent period of a current
 * employee gets its plan, every frequency trigger that is met fires once as a flag on the
 * leader's message of the day, and the whole scan costs a handful of store writes however many periods it covers.
 */
import { expect } from 'chai';
import { checkFrequencyTriggers } from '../../../app/frequency-check.js';
import { generateDemo } from '../../../data/demo/generate-demo.js';
import { addDays } from '../../../domain/calendar.js';
import { followsUp } from '../../../domain/follow-up/registration.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

const TODAY = '2026-11-23';

describe('scheduler scan of imported periods', function () {
  this.timeout(60_000);
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when a municipality is imported, then one tick plans every recent period and fires every met trigger once, in a few writes', async () => {
    bot = await startTestBot({
      now: `${TODAY}T08:00:05`,
      seed: () => generateDemo({ employees: 300, years: 2, seed: 7, asOf: addDays(TODAY, -1) }),
    });
    const { store, repos } = bot.app.deps;
    const current = new Map(
      store
        .read()
        .employments.filter((e) => e.validFrom <= TODAY && (e.validTo ?? TODAY) >= TODAY)
        .map((e) => [e.personKey, e.unitId]),
    );
    const recent = store
      .read()
      .sickPeriods.filter(
        (p) =>
          followsUp(p.type) &&
          current.has(p.personKey) &&
          (p.end === null || p.end >= addDays(TODAY, -14)),
      );
    expect(recent.length, 'the demo has open and recent periods').to.be.greaterThan(20);

    const before = store.revision();
    const report = await bot.app.scheduler.tick();
    const writes = store.revision() - before;

    for (const p of recent)
      expect(await repos.followUps.planFor(p.id), `plan of ${p.id}`).to.not.have.length(0);
    // Nothing is left to fire for anyone: the batch checked every person the scan covered.
    for (const personKey of new Set(recent.map((p) => p.personKey)))
      expect(await checkFrequencyTriggers(bot.app.deps, personKey, TODAY), personKey).to.deep.equal(
        [],
      );
    const firedToday = store.read().firedTriggers!.filter((f) => f.on === TODAY);
    expect(firedToday.length, 'the demo meets some triggers').to.be.greaterThan(0);
    expect(report.triggerCards).to.equal(firedToday.length);
    // Each hit is a flag on its leader's one message of the day (one per person), shown once.
    const flagged = new Set(
      (store.read().followUpDigests ?? []).flatMap((d) =>
        (d.flags ?? []).flatMap((f) => f.firedIds),
      ),
    );
    for (const f of firedToday) {
      expect(flagged.has(f.id), `flag for ${f.id}`).to.equal(true);
      expect(store.read().firedTriggers!.find((x) => x.id === f.id)?.shownOn).to.equal(TODAY);
    }
    // About ten whatever the size (plans, hits, cards, digests, bookkeeping): no write per period.
    expect(writes, 'store writes for the whole scan and plan').to.be.at.most(12);

    // The same minute again: nothing new, nothing written.
    const again = store.revision();
    const second = await bot.app.scheduler.tick();
    expect(second.triggerCards).to.equal(0);
    expect(second.digests).to.equal(0);
    expect(store.revision() - again, 'writes on a tick with nothing to do').to.equal(0);
  });
});
