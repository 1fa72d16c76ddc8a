/** The overview asks' own patterns (bot/handlers/overview/overview-intents.ts), Danish and English. */
import { expect } from 'chai';
import {
  compareAsked,
  employeeAsked,
  hrLateAsked,
  isOverviewAsk,
} from '../../../bot/handlers/overview/overview-intents.js';

describe('overview asks', () => {
  const overview = [
    'hvem er syg i dag?',
    'Hvem er syge',
    'overblik',
    'Overblik i dag',
    'hvad skal jeg i dag?',
    'who is sick today?',
    'overview',
    "what's due today?",
  ];
  const notOverview = [
    'Mette er syg',
    'hvem har haft mange sygeperioder?',
    'hjælp',
    'fravær vs. måltal',
  ];
  for (const text of overview)
    it(`"${text}" is the overview`, () => expect(isOverviewAsk(text)).to.equal(true));
  for (const text of notOverview)
    it(`"${text}" is not`, () => expect(isOverviewAsk(text)).to.equal(false));

  const employees: Array<[string, string | null]> = [
    ['hvordan går det med Mette?', 'Mette'],
    ['Hvordan har Mette Jensen det?', 'Mette Jensen'],
    ['Mettes fravær', 'Mette'],
    ['Mette Jensens sygefravær', 'Mette Jensen'],
    ["Lars' fravær", 'Lars'],
    ['how is Mette doing?', 'Mette'],
    ["how's Ali?", 'Ali'],
    ["Mette's absence", 'Mette'],
    // Units and the leader's own scope stay statistics questions.
    ['Hjemmeplejen Nords fravær', null],
    ['vores fravær', null],
    ['enhedens fravær', null],
    ['hvordan går det med fraværet?', null],
    ['how is my unit doing?', null],
    ['fravær i Hjemmeplejen Nord', null],
  ];
  for (const [text, name] of employees)
    it(`"${text}" asks about ${name ?? 'no employee'}`, () =>
      expect(employeeAsked(text)).to.equal(name));

  it('compare: Danish and English, with a year', () => {
    expect(compareAsked('hvilke af mine enheder ligger højest?')).to.deep.equal({ year: null });
    expect(compareAsked('sammenlign mine enheder sidste år')).to.deep.equal({ year: 'previous' });
    expect(compareAsked('compare my units in 2025')).to.deep.equal({ year: 2025 });
    expect(compareAsked('fravær i Hjemmeplejen Nord')).to.equal(null);
  });

  it('HR late: all steps, or the § 7a conversation only', () => {
    expect(hrLateAsked('forsinkede opfølgninger')).to.deep.equal({ filter: 'all' });
    expect(hrLateAsked('late follow-ups')).to.deep.equal({ filter: 'all' });
    expect(hrLateAsked('hvem mangler stadig en § 7a-samtale?')).to.deep.equal({
      filter: 'legal-conversation',
    });
    expect(hrLateAsked('who is still missing a § 7a conversation?')).to.deep.equal({
      filter: 'legal-conversation',
    });
    expect(hrLateAsked('forbered samtale med Mette')).to.equal(null);
  });
});
