/**
 * Over real HTTP: a name imported as markdown ("[klik](https://evil.example)", "**Fed**") reaches
 * Teams escaped, in chat text and in cards, so it shows as text and never as a link.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message } from '../helpers/activities.js';
import { fixtureStore, IDS } from '../helpers/fixture-org.js';

const LINK = '[klik](https://evil.example)';
const BOLD = '**Fed**';

function seed() {
  const data = fixtureStore();
  for (const p of data.persons)
    if (p.aadObjectId === IDS.employee) p.displayName = `${LINK} ${BOLD}`;
  for (const u of data.units) if (u.id === 'HN') u.name = `${BOLD} ${LINK}`;
  return data;
}

describe('imported names in chat text and cards over HTTP', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed })));
  afterEach(async () => bot.close());

  it('when a person named as a link writes, then the chat answer shows the name escaped', async () => {
    await bot.post(message('blabla', bot.as({ aadObjectId: IDS.employee })));
    const [reply] = await bot.connector.waitFor(1);
    const text = String(reply?.activity.text);
    expect(text).to.include('Hej \\[klik\\]\\(https://evil.example\\) \\*\\*Fed\\*\\*.');
    expect(text.replace(/\\./g, '')).not.to.match(/\[klik\]\(|\*\*/);
  });

  it('when a leader of a unit named in markdown asks for help, then the card shows it escaped', async () => {
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.connector.waitFor(1);
    const json = JSON.stringify(bot.connector.cards()[0]);
    expect(json).to.include(
      JSON.stringify('\\*\\*Fed\\*\\* \\[klik\\]\\(https://evil.example\\)').slice(1, -1),
    );
    expect(json).not.to.include(LINK);
  });
});
