/**
 * A finished guide's card becomes the plan: what was agreed, in words (labels, never the stored
 * values), and what the agreements became — the next contact and the status talk in the
 * follow-up plan with their dates, the tasks, and the offers HR is told about. Danish and English.
 */
import { expect } from 'chai';
import { t } from '../../i18n/index.js';
import { assertValidCard } from '../helpers/card-validator.js';
import {
  ANNE,
  METTE_PERIOD,
  actionData,
  cardText,
  cardsOf,
  from,
  openGuideHarness,
  send,
  type GuideHarness,
  type Json,
  type Locale,
} from './guide-harness.js';
import { walkGuide } from './guide-walk.js';

/** The worked example's agreements, as the agreements card sends them. */
const AGREEMENTS: Json = {
  participants: 'bisidder',
  expectedDuration: 'fourToEightWeeks',
  partialReturn: 'true',
  hoursPerWeek: '12,5',
  partialStart: '2026-11-16',
  adjustments: 'lighterTasks,moreBreaks',
  offers: 'tidligIndsats',
  tools: 'mulighedserklaering',
  handleplan: 'true',
  colleaguesTold: 'employeeTells',
  nextContactDate: '2026-11-19',
  nextContactForm: 'phone',
  otherAgreement: 'Starter med dagvagter',
};

/** Stored choice values that must never be shown as they are. */
const RAW = [
  'fourToEightWeeks',
  'lighterTasks',
  'moreBreaks',
  'tidligIndsats',
  'employeeTells',
  'mulighedserklaering',
  'inPerson',
  'peerLeader',
  'partialReturnCheck',
];

const EXPECTED: Record<Locale, string[]> = {
  da: [
    'Næste kontakt torsdag den 19. november 2026 (telefon) kommer i opfølgningsplanen.',
    'HR-konsulenten får besked om: Tidlig Indsats.',
    'Tjek omkring mandag den 23. november 2026, at mulighedserklæringen er tilbage fra lægen.',
    'Tilpasninger: lettere opgaver og flere pauser',
    'Lav handleplanen sammen med medarbejderen.',
  ],
  en: [
    'The next contact on Thursday, 19 November 2026 (phone) goes into the follow-up plan.',
    'The HR consultant is told about: Tidlig Indsats (early intervention).',
    'Around Monday, 23 November 2026, check that the options statement is back from the doctor.',
    'Adjustments: lighter tasks and more breaks',
    'Make the action plan together with the employee.',
  ],
};

describe('GuideDialog: the plan after a finished § 7a guide', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  for (const locale of ['da', 'en'] as const) {
    it(`when the § 7a guide is finished (${locale}), then its card lists what was agreed and the steps it became`, async () => {
      const client = h.client();
      const start = {
        verb: 'guide.start',
        personKey: 'p-mette',
        sickPeriodId: METTE_PERIOD,
        kind: 'legal7a',
        contactDay: null,
      };
      const first = cardsOf(await send(client, from(ANNE, locale, { value: start })))[0];
      if (!first) throw new Error('no first card');
      const result = await walkGuide({ client, card: first }, ANNE, locale, {
        agreements: AGREEMENTS,
      });
      expect(h.store.read().guides[0]?.status).to.equal('completed');
      const [plan] = result.finalCards;
      assertValidCard(plan);
      const shown = cardText(plan);
      expect(shown).to.contain(t(locale, 'guide.done.title'));
      for (const line of EXPECTED[locale]) expect(shown).to.contain(line);
      for (const value of RAW) expect(shown, value).not.to.contain(value);
      expect(actionData(plan)).to.deep.equal([]);
      // The summary and the minutes before it show labels too.
      const [summary, minutes] = result.cards.slice(-2);
      expect(cardText(summary)).to.contain(t(locale, 'guide.summary.title'));
      expect(cardText(minutes)).to.contain(t(locale, 'guide.minutes.title'));
      for (const c of [summary, minutes])
        for (const value of RAW) expect(cardText(c), value).not.to.contain(value);
      // The steps it names are in the follow-up plan.
      const agreed = h.store
        .read()
        .followUps.filter((s) => s.key.startsWith('guide-'))
        .map((s) => [s.key, s.dueDate]);
      // The contact on 19 November falls in the partial return's first week: no extra status talk.
      expect(agreed).to.deep.equal([['guide-contact-2026-11-19', '2026-11-19']]);
    });
  }
});
