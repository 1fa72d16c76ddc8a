/** The classifier routes the tip phrasings that the tip parser does not read on its own. */
import { expect } from 'chai';
import { sharedClassifier, type IntentClassifier } from '../../../bot/nlu/classifier.js';
import type { IntentName } from '../../../domain/intents.js';
import type { Locale } from '../../../domain/model.js';

const MUST_ROUTE: Array<[IntentName, Locale, string]> = [
  ['tip', 'da', 'har du et godt råd til mig?'],
  ['tip', 'da', 'giv mig et trivselstip'],
  ['tip', 'en', 'any advice on stress?'],
  ['tip', 'en', 'give me a tip'],
  ['tip-weekly', 'da', 'ugens trivselstip'],
  ['tip-weekly', 'en', 'tip of the week'],
  ['tip-stats', 'da', 'hvilke tips er brugbare?'],
  ['tip-stats', 'en', 'show the tip statistics'],
];

describe('the intent classifier on tips', () => {
  let classifier: IntentClassifier;
  before(async () => (classifier = await sharedClassifier()));

  for (const [intent, locale, text] of MUST_ROUTE)
    it(`"${text}" (${locale}) → ${intent}`, async () => {
      expect((await classifier.classify(text, locale)).intent).to.equal(intent);
    });

  for (const [locale, text] of [
    ['da', 'hvordan ligger vi ift. måltal?'],
    ['da', 'Mette er syg'],
    ['en', 'who is sick today?'],
  ] as const)
    it(`"${text}" (${locale}) is not read as a tip`, async () => {
      expect((await classifier.classify(text, locale)).intent).to.not.match(/^tip/);
    });
});
