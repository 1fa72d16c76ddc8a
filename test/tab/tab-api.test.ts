/**
 * The tab's JSON API over real HTTP in local mode (no token: LOCAL_USER stands in), on the fixture
 * organisation: who the viewer is, a unit's figures, the same refusal for a unit that is not the
 * viewer's as for one that does not exist, sick now with the next step, Udført and Udskyd, bad
 * input. Monday 23 Nov 2026.
 */
import { expect } from 'chai';
import { IDS } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { ask, audits, overviewSeed, stored } from '../bot/overview/overview-helpers.js';
import { APP_ID_URI, getJson, postJson, startFakeOpenId, tabToken } from './tab-helpers.js';

describe('tab API (local mode, real HTTP)', function () {
  this.timeout(20_000);
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: overviewSeed, env: { LOCAL_USER: 'leader' } });
    await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
  });
  afterEach(async () => bot.close());

  it('when the tab asks who the viewer is without a token, then the local user (the demo leader) answers with her units', async () => {
    const { status, body } = await getJson(bot, 'me');
    expect(status).to.equal(200);
    expect(body.name).to.equal('Lone Kristensen');
    expect(body.roles).to.deep.equal(['leader']);
    expect(body.home).to.deep.equal(['HN']);
    expect((body.units as { id: string }[]).map((u) => u.id)).to.deep.equal(['HN']);
  });

  it('when the leader asks for her unit, then its rolling 12-month figure, trend and short vs long come back', async () => {
    const { status, body } = await getJson(bot, 'units/HN');
    expect(status).to.equal(200);
    const report = body.report as Record<string, unknown>;
    expect(report.unitId).to.equal('HN');
    expect(report.trend).to.have.length(12);
    expect((report.figures as { daysPerFte: number }).daysPerFte).to.be.a('number');
    expect(report.shortLong).to.not.equal(null);
  });

  it("when the leader asks for another leader's unit, then 403 says nothing of it, exactly as for a unit that does not exist", async () => {
    const other = await getJson(bot, 'units/SO');
    const missing = await getJson(bot, 'units/NOPE');
    expect(other.status).to.equal(403);
    expect(missing.status).to.equal(403);
    expect(other.body).to.deep.equal(missing.body);
    expect(Object.keys(other.body).sort()).to.deep.equal(['error', 'message']);
    expect(other.text).not.to.match(/Solsikken|Jonas|daysPerFte/);
    expect(other.body.message).to.equal('Den enhed kan du ikke se tal for.');
  });

  it('when a query parameter is malformed, unknown or repeated, then 400 and nothing else', async () => {
    for (const path of [
      'units/HN?audience=everyone',
      'units/HN?locale=fr',
      'units/HN?person=p-mette',
      'units/HN?unit=',
      'me?locale=da&locale=en',
    ]) {
      const { status, body } = await getJson(bot, path);
      expect(status, path).to.equal(400);
      expect(Object.keys(body).sort(), path).to.deep.equal(['error', 'message']);
    }
    expect((await getJson(bot, 'units/H%20N')).status).to.equal(400);
    expect((await getJson(bot, 'units/HN?locale=en')).status).to.equal(200);
  });

  it('when the leader opens sick now, then her sick employee has the next step and due date, and the read is audited', async () => {
    const { status, body } = await getJson(bot, 'sick-now');
    expect(status).to.equal(200);
    const rows = body.rows as {
      name: string;
      next: { id: string; title: string; dueDate: string } | null;
    }[];
    expect(rows.map((r) => r.name)).to.deep.equal(['Mette Jensen']);
    expect(rows[0]!.next!.id).to.match(/:sick-call$|:call-day-3$/);
    expect(rows[0]!.next!.dueDate <= '2026-11-23').to.equal(true);
    const read = audits(bot, 'absence.tab.read');
    expect(read.map((a) => [a.actor, a.subject, a.outcome])).to.deep.equal([
      [IDS.leader, 'p-mette', 'allowed'],
    ]);
  });

  it('when sick now is asked for from a channel tab, then 403 and no person', async () => {
    const { status, text } = await getJson(bot, 'sick-now?audience=channelTab');
    expect(status).to.equal(403);
    expect(text).not.to.contain('Mette');
  });

  it('when Udført is sent for the next step, then the step is done, the next one comes up, and a stale repeat changes nothing', async () => {
    const first = (await getJson(bot, 'sick-now')).body.rows as {
      next: { id: string; version: number };
    }[];
    const step = first[0]!.next;
    const done = await postJson(bot, `steps/${encodeURIComponent(step.id)}`, {
      verb: 'complete',
      version: step.version,
      outcome: 'talked',
    });
    expect(done.status).to.equal(200);
    expect(done.body.state).to.equal('done');
    expect(stored(bot).followUps.find((s) => s.id === step.id)!.state).to.equal('done');
    const again = await postJson(bot, `steps/${encodeURIComponent(step.id)}`, {
      verb: 'complete',
      version: step.version,
      outcome: 'talked',
    });
    expect(again.body.state).to.equal('done');
    expect(again.body.version).to.equal(done.body.version);
    const next = (await getJson(bot, 'sick-now')).body.rows as { next: { id: string } }[];
    expect(next[0]!.next.id).not.to.equal(step.id);
  });

  it('when Udskyd is sent with a later date, then the step moves; a malformed body is refused with 400', async () => {
    const rows = (await getJson(bot, 'sick-now')).body.rows as {
      next: { id: string; version: number };
    }[];
    const step = rows[0]!.next;
    const path = `steps/${encodeURIComponent(step.id)}`;
    for (const bad of [
      { verb: 'postpone', version: step.version, date: '25-11-2026' },
      { verb: 'complete', version: step.version, outcome: 'not-appropriate' },
      { verb: 'delete', version: step.version },
      { verb: 'complete', version: step.version, outcome: 'talked', extra: 1 },
    ])
      expect((await postJson(bot, path, bad)).status, JSON.stringify(bad)).to.equal(400);
    const moved = await postJson(bot, path, {
      verb: 'postpone',
      version: step.version,
      date: '2026-11-25',
    });
    expect(moved.status).to.equal(200);
    expect(moved.body.state).to.equal('postponed');
    expect(stored(bot).followUps.find((s) => s.id === step.id)!.postponedTo).to.equal('2026-11-25');
  });

  it('when the leader asks for the HR board, then 403', async () => {
    expect((await getJson(bot, 'hr')).status).to.equal(403);
  });
});

describe('tab API: the HR board counts steps done on time', function () {
  this.timeout(30_000);
  it('when the leader closes a step on time, then the HR board shows her unit with 1 of 1 on time and names no one', async () => {
    const openId = await startFakeOpenId();
    const bot = await startTestBot({
      seed: overviewSeed,
      env: {
        LOCAL_USER: 'leader',
        TAB_APP_ID_URI: APP_ID_URI,
        TAB_OPENID_METADATA: openId.metadataUrl,
      },
    });
    try {
      await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
      const rows = (await getJson(bot, 'sick-now')).body.rows as {
        next: { id: string; version: number };
      }[];
      const step = rows[0]!.next;
      await postJson(bot, `steps/${encodeURIComponent(step.id)}`, {
        verb: 'complete',
        version: step.version,
        outcome: 'talked',
      });
      const token = await tabToken(openId, IDS.hr);
      const { status, body, text } = await getJson(bot, 'hr', token);
      expect(status).to.equal(200);
      expect(body.onTime).to.deep.equal([
        { unitId: 'HN', unitName: 'Hjemmeplejen Nord', closed: 1, onTime: 1, share: 1 },
      ]);
      expect(text).not.to.contain('Mette');
    } finally {
      await bot.close();
      await openId.close();
    }
  });
});
