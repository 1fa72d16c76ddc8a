import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message, botAdded, installationAdd } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { assertValidCard } from '../helpers/card-validator.js';

describe('bot over real HTTP', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot()));
  afterEach(async () => bot.close());

  it('GET /healthz answers JSON with the store kind and schema version', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.include({
      status: 'ok',
      store: 'lowdb',
      schemaVersion: 1,
      mode: 'local',
    });
  });

  it('when a leader types "hjælp", then a Danish help card lists what a leader can do', async () => {
    const res = await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    expect(res.status).to.equal(200);
    await bot.connector.waitFor(1);
    const [card] = bot.connector.cards();
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('Det kan jeg hjælpe dig med');
    expect(json).to.contain('Hjemmeplejen Nord');
    expect(json).to.contain('Registrer sygdom');
  });

  it('when an HR consultant types "help" in English, then the card is English and HR-specific', async () => {
    await bot.post(message('help', bot.as({ aadObjectId: IDS.hr }, { locale: 'en-US' })));
    await bot.connector.waitFor(1);
    const json = JSON.stringify(bot.connector.cards()[0]);
    expect(json).to.contain('What I can help you with');
    expect(json).to.contain('You are an HR consultant.');
    expect(json).to.not.contain('Register sickness');
  });

  it('when a person with no role asks for help, then the card says there is nothing to show', async () => {
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.employee })));
    await bot.connector.waitFor(1);
    const json = JSON.stringify(bot.connector.cards()[0]);
    expect(json).to.contain('Du har ikke en af de roller');
  });

  it('when an unknown user writes, then they get the polite not-registered answer and nothing is stored', async () => {
    const before = readFileSync(bot.dataFile, 'utf8');
    await bot.post(
      message(
        'hjælp',
        bot.as({ aadObjectId: 'ffffffff-0000-4000-8000-000000000000', name: 'Lone Kristensen' }),
      ),
    );
    await bot.connector.waitFor(1);
    expect(bot.connector.texts()[0]).to.match(/kan ikke finde dig/);
    expect(bot.connector.cards()).to.have.length(0);
    expect(readFileSync(bot.dataFile, 'utf8')).to.equal(before);
  });

  it('when the display name is a leader’s but the object id is unknown, then nothing is granted', async () => {
    await bot.post(message('hjælp', bot.as({ name: 'Lone Kristensen' })));
    await bot.connector.waitFor(1);
    expect(bot.connector.texts()[0]).to.match(/kan ikke finde dig/);
  });

  it('when the bot is added to a personal chat, then it stores the reference and sends a welcome card', async () => {
    await bot.post(installationAdd(bot.as({ aadObjectId: IDS.leader })));
    await bot.post(botAdded(bot.as({ aadObjectId: IDS.leader })));
    await bot.connector.waitFor(1);
    const card = bot.connector.cards()[0];
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain('Velkommen til Nærvær');
    const ref = await bot.app.deps.repos.conversations.personalReference(IDS.leader);
    expect(ref?.locale).to.equal('da');
    expect(ref?.reference.serviceUrl).to.equal(bot.connector.url);
  });

  it('when the bot is added to a team channel, then the welcome speaks of aggregates only', async () => {
    await bot.post(
      botAdded(
        bot.as(
          { aadObjectId: IDS.leader },
          { conversationType: 'channel', conversationId: '19:chan@thread.tacv2', locale: 'en-GB' },
        ),
      ),
    );
    await bot.connector.waitFor(1);
    expect(JSON.stringify(bot.connector.cards()[0])).to.contain('never for individuals');
  });

  it('when the bot is added to a group chat, then the welcome says no individual is shown there and the reference is stored', async () => {
    const conversationId = '19:group-welcome@thread.v2';
    await bot.post(
      botAdded(
        bot.as({ aadObjectId: IDS.leader }, { conversationType: 'groupChat', conversationId }),
      ),
    );
    await bot.connector.waitFor(1);
    const card = bot.connector.cards()[0];
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('gruppechatten viser jeg aldrig oplysninger om enkeltpersoners fravær');
    expect(json, 'not the personal welcome').not.to.contain('registrering af syg og rask');
    expect(bot.connector.received[0]?.conversationId).to.equal(conversationId);
    const ref = await bot.app.deps.repos.conversations.byConversationId(conversationId);
    expect(ref?.scope).to.equal('groupChat');
    expect(ref?.locale).to.equal('da');
  });

  it('when the activity is malformed, then it gets HTTP 400 and no turn runs', async () => {
    for (const body of [{ text: 'no type' }, { type: 'message', text: 'x' }, 'not json at all']) {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(res.status, JSON.stringify(body)).to.equal(400);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(bot.connector.received).to.have.length(0);
  });
});

describe('static pages named by the app manifest', () => {
  let bot: TestBot;
  before(async () => (bot = await startTestBot()));
  after(async () => bot.close());

  it('serves the privacy and terms pages in Danish and English', async () => {
    for (const page of ['privacy', 'terms']) {
      const res = await fetch(`${bot.url}/${page}`);
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.contain('text/html');
      const html = await res.text();
      expect(html).to.contain('lang="en"');
      expect(html).to.contain('Nærvær');
    }
  });
});
