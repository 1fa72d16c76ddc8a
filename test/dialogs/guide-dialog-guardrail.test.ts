/**
 * The diagnosis guardrail through the dialog: a free-text answer naming a condition, symptom or
 * treatment is refused with the field and a rephrasing hint, nothing is saved, and the data file
 * never holds the refused words (nor does the audit log). A harmless answer is kept.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { t } from '../../i18n/index.js';
import {
  ANNE,
  cardsOf,
  from,
  openGuideHarness,
  press,
  send,
  textsOf,
  type GuideHarness,
  type Locale,
} from './guide-harness.js';
import { ID, answerRefused, storeGuideAt } from './guide-walk.js';

describe('GuideDialog: the diagnosis guardrail', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  const guideAt = (step: 'agreements' | 'invitation') => storeGuideAt(h, step);
  const answerAgreements = (inputs: Record<string, unknown>, locale: Locale) =>
    answerRefused(h, inputs, locale);

  const guardrail: ReadonlyArray<[Locale, string, string]> = [
    ['da', 'Hun er stress-sygemeldt efter en hård periode', 'stress-sygemeldt'],
    ['da', 'Venter på svar fra kræftafdelingen', 'kræftafdelingen'],
    ['en', 'Back after her depression treatment', 'depression'],
    ['en', 'Her migraine is better', 'migraine'],
  ];
  for (const [locale, phrase, word] of guardrail) {
    it(`when the other agreement says "${phrase}", then it is refused with a rephrasing hint and nothing of it is stored`, async () => {
      await guideAt('agreements');
      const [reply] = await answerAgreements(
        { otherAgreement: phrase, nextContactDate: '2026-11-16', nextContactForm: 'phone' },
        locale,
      );
      const field = t(locale, 'guide.field.otherAgreement');
      expect(reply).to.match(
        new RegExp(`^${t(locale, 'guide.error.healthDetail', { field, hint: '' }).trim()} \\S`),
      );
      expect(reply?.toLowerCase()).to.not.contain(word.toLowerCase());
      expect(readFileSync(h.file, 'utf8').toLowerCase()).to.not.contain(word.toLowerCase());
    });
  }

  it('when the meeting place names a condition, then the invitation is refused and the file does not hold it', async () => {
    await guideAt('invitation');
    const client = h.client();
    const card = cardsOf(
      await send(client, from(ANNE, 'da', { value: { verb: 'guide.resume', sessionId: ID } })),
    )[0];
    const inputs = {
      meetingDate: '2026-11-12',
      meetingTime: '10:00',
      durationMinutes: '45',
      form: 'inPerson',
      place: 'Lokale 2, efter hendes kemo',
      minuteTaker: 'leader',
    };
    const [reply] = textsOf(
      await send(client, from(ANNE, 'da', { value: press(card, 'guide.answer', inputs) })),
    );
    expect(reply).to.contain('Teksten i "Sted" ser ud til at indeholde en helbredsoplysning');
    expect(h.store.read().guides[0]?.meeting).to.equal(null);
    expect(readFileSync(h.file, 'utf8')).to.not.contain('kemo');
  });

  it('when a harmless other agreement is written, then it is kept', async () => {
    await guideAt('agreements');
    const client = h.client();
    const card = cardsOf(
      await send(client, from(ANNE, 'da', { value: { verb: 'guide.resume', sessionId: ID } })),
    )[0];
    await send(
      client,
      from(ANNE, 'da', {
        value: press(card, 'guide.answer', {
          otherAgreement: 'Starter med dagvagter og kortere dage',
        }),
      }),
    );
    expect(h.store.read().guides[0]?.agreements?.otherAgreement).to.equal(
      'Starter med dagvagter og kortere dage',
    );
  });
});
