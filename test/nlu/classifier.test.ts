/** The intent classifier over the repository's corpus: phrasings that must route, per intent. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedClassifier, type IntentClassifier } from '../../bot/nlu/classifier.js';
import { loadCorpora, parseCorpus } from '../../bot/nlu/corpus.js';
import type { IntentName } from '../../domain/intents.js';
import type { Locale } from '../../domain/model.js';

/** The leaders' own phrasings (some are in the corpus on purpose) and a few others; none is in the
 * evaluation set, which measures and does not pass or fail. */
const MUST_ROUTE: Array<[IntentName, Locale, string[]]> = [
  ['help', 'da', ['hvad kan du hjælpe mig med i dag?', 'hvad kan du?']],
  ['help', 'en', ['what can you help with?']],
  ['greeting', 'da', ['hej', 'godmorgen!']],
  ['greeting', 'en', ['hello', 'hi!']],
  ['thanks', 'da', ['tak', 'mange tak!']],
  ['thanks', 'en', ['thank you!']],
  ['cancel', 'da', ['glem det', 'afbryd!']],
  ['cancel', 'en', ['never mind']],
  ['stats', 'da', ['hvordan ligger vi ift måltal', 'sygefravær i hele kommunen', 'sygefraværr']],
  ['stats', 'en', ['absence against target', 'absence in the whole municipality']],
  ['frequent', 'da', ['hvem har mange sygeperioder']],
  ['frequent', 'en', ['who is ill often?']],
  [
    'register-sick',
    'da',
    [
      'Mette har meldt sig syg',
      'Mette ringede syg i morges',
      'Mette er sygemeldt fra i går',
      'Anders er syg i dag',
    ],
  ],
  ['register-sick', 'en', ['Mette is off sick', 'Anders called in sick']],
  ['register-fit', 'da', ['Mette er rask igen', 'Anders er tilbage']],
  ['register-fit', 'en', ['Mette is back at work']],
  ['plan', 'da', ['hvad skal jeg gøre for Mette?']],
  ['plan', 'en', ['what should I do for Mette?']],
  ['guide', 'da', ['forbered samtale med Mette', 'samtaleguide']],
  ['guide', 'en', ['prepare conversation with Mette']],
  ['overview', 'da', ['hvem er syge nu?', 'hvad skal jeg i dag?']],
  ['overview', 'en', ['who is sick now?']],
  ['employee', 'da', ['hvordan går det med Mette?']],
  ['employee', 'en', ['how is Mette doing?']],
  ['compare', 'da', ['hvilke af mine enheder ligger højest?']],
  ['compare', 'en', ['compare my units']],
  ['hr-late', 'da', ['hvem mangler stadig en § 7a-samtale?', 'forsinkede opfølgninger']],
  ['hr-late', 'en', ['overdue follow-ups']],
  ['undo', 'da', ['fortryd', 'det var en fejl']],
  ['undo', 'en', ['undo that']],
  ['deputy', 'da', ['Karen tager over 6.–24. juli']],
  ['deputy', 'en', ['Karen takes over 6–24 July']],
];

describe('the intent classifier', () => {
  let classifier: IntentClassifier;
  before(async () => (classifier = await sharedClassifier()));

  for (const [intent, locale, texts] of MUST_ROUTE)
    for (const text of texts)
      it(`"${text}" (${locale}) → ${intent}`, async () => {
        expect((await classifier.classify(text, locale)).intent).to.equal(intent);
      });

  it('when the text is gibberish, then no intent is chosen', async () => {
    const result = await classifier.classify('qwxz plorb fnaak', 'da');
    expect(result.intent).to.equal(null);
  });

  it('when the text is empty, then no intent is chosen and nothing is ranked', async () => {
    expect(await classifier.classify('  ', 'da')).to.deep.equal({
      intent: null,
      score: 0,
      ranked: [],
    });
  });
});

describe('the intent corpus', () => {
  it('when a corpus names an intent that does not exist, then loading fails', () => {
    expect(() =>
      parseCorpus({ locale: 'da', intents: { 'make-coffee': ['lav kaffe'] } }),
    ).to.throw();
  });

  it('when an intent has no utterances, then loading fails', () => {
    expect(() => parseCorpus({ locale: 'da', intents: { help: [] } })).to.throw();
  });

  it('when the evaluation set is compared with the corpus, then no phrasing is in both', () => {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/[?!.,]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const trained = new Set(
      loadCorpora().flatMap((c) => Object.values(c.intents).flatMap((u) => u.map(norm))),
    );
    const evalSet = JSON.parse(
      readFileSync(path.join(import.meta.dirname, 'eval-set.json'), 'utf8'),
    ) as Array<{ text: string }>;
    expect(evalSet.length).to.be.at.least(150);
    expect(evalSet.map((r) => r.text).filter((t) => trained.has(norm(t)))).to.deep.equal([]);
  });
});
