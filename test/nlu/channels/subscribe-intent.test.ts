/** The classifier reads channel subscription requests as 'subscribe', not as statistics questions. */
import { expect } from 'chai';
import { sharedClassifier, type IntentClassifier } from '../../../bot/nlu/classifier.js';
import type { Locale } from '../../../domain/model.js';

const CASES: Array<[Locale, string]> = [
  ['da', 'abonnér på fravær for Hjemmeplejen Syd hver uge'],
  ['da', 'abonnementer'],
  ['en', 'subscribe to absence for Home Care South weekly'],
  ['en', 'subscriptions'],
];

describe('the subscribe intent', () => {
  let classifier: IntentClassifier;
  before(async () => (classifier = await sharedClassifier()));

  for (const [locale, text] of CASES)
    it(`when "${text}" is written (${locale}), then it is read as subscribe`, async () => {
      expect((await classifier.classify(text, locale))?.intent).to.equal('subscribe');
    });
});
