/**
 * A person HR imported by UPN only (placeholder id `upn:<upn>`) is recognised the first time they
 * write: the bot asks Teams' roster (the fake connector here) for the sender's UPN and binds the
 * placeholder to the real object id, once and audited. Nobody else can take the identity.
 */
import { expect } from 'chai';
import { message } from '../helpers/activities.js';
import { fixtureStore } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';

const ANNE = '7c1e2d3f-0000-4000-8000-00000000a11e';
const MALLORY = '7c1e2d3f-0000-4000-8000-0000000000bd';

function seedWithUpnOnlyLeader() {
  const data = fixtureStore();
  data.persons.push({
    aadObjectId: 'upn:anne.holm@testkommune.dk',
    upn: 'anne.holm@testkommune.dk',
    displayName: 'Anne Holm',
    leads: ['HN'],
    hr: null,
    hrUnits: [],
    locale: null,
  });
  return data;
}

describe('recognising a person imported by UPN only', () => {
  let bot: TestBot;
  afterEach(async () => bot.close());

  const say = async (text: string, from: { id: string; aadObjectId: string }) => {
    const seen = bot.connector.received.length;
    await bot.post(message(text, bot.as(from)));
    await bot.connector.waitFor(seen + 1);
    return JSON.stringify(bot.connector.received.slice(seen));
  };

  it('when she first writes, then Teams confirms her UPN, the placeholder is bound to her object id once, audited, and she is served as the leader', async () => {
    bot = await startTestBot({ seed: seedWithUpnOnlyLeader });
    bot.connector.setMember('29:anne', {
      id: '29:anne',
      aadObjectId: ANNE,
      userPrincipalName: 'Anne.Holm@Testkommune.dk',
      name: 'Anne Holm',
    });
    const anne = { id: '29:anne', aadObjectId: ANNE };

    const first = await say('hjælp', anne);
    expect(first).to.contain('Det kan jeg hjælpe dig med');
    expect(first).to.contain('Hjemmeplejen Nord');
    const persons = bot.app.deps.store.read().persons;
    expect(
      persons.filter((p) => p.displayName === 'Anne Holm').map((p) => p.aadObjectId),
    ).to.deep.equal([ANNE]);
    const audit = bot.app.deps.store.read().audit.filter((a) => a.action === 'identity.bindUpn');
    expect(audit.map((a) => a.actor)).to.deep.equal([ANNE]);
    expect(bot.connector.memberLookups()).to.equal(1);

    await say('hjælp', anne);
    expect(bot.connector.memberLookups(), 'known by object id now: no second look-up').to.equal(1);
  });

  it('when someone else writes, then their own roster entry does not match her UPN and nothing is bound', async () => {
    bot = await startTestBot({ seed: seedWithUpnOnlyLeader });
    bot.connector.setMember('29:mallory', {
      id: '29:mallory',
      aadObjectId: MALLORY,
      userPrincipalName: 'mallory@testkommune.dk',
    });
    const reply = await say('hjælp', { id: '29:mallory', aadObjectId: MALLORY });
    expect(reply).to.contain('Jeg kan ikke finde dig');
    const anne = bot.app.deps.store.read().persons.find((p) => p.displayName === 'Anne Holm');
    expect(anne?.aadObjectId).to.equal('upn:anne.holm@testkommune.dk');
  });

  it('when the roster names another object id than the activity, then nothing is bound', async () => {
    bot = await startTestBot({ seed: seedWithUpnOnlyLeader });
    bot.connector.setMember('29:anne', {
      id: '29:anne',
      aadObjectId: ANNE,
      userPrincipalName: 'anne.holm@testkommune.dk',
    });
    // An activity that claims Anne's Teams user id with a different object id.
    const reply = await say('hjælp', { id: '29:anne', aadObjectId: MALLORY });
    expect(reply).to.contain('Jeg kan ikke finde dig');
    expect(bot.app.deps.store.read().audit.some((a) => a.action === 'identity.bindUpn')).to.equal(
      false,
    );
  });

  it('when nobody is known by UPN only, then an unknown sender costs no Teams look-up', async () => {
    bot = await startTestBot();
    const reply = await say('hjælp', { id: '29:x', aadObjectId: MALLORY });
    expect(reply).to.contain('Jeg kan ikke finde dig');
    expect(bot.connector.memberLookups()).to.equal(0);
  });
});
