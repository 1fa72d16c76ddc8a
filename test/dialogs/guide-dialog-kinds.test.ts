/**
 * Every conversation kind end to end through the guide dialog (DialogTestClient over the lowdb
 * store), in Danish and in English. Each walk leaves at step 3, the bot restarts (the store is
 * closed and the same file opened again), and the leader goes on where they left off; at the end
 * the agreed next contact is a follow-up step of the sick period (of the person when the guide
 * has none) and accepted offers reach HR.
 */
import { expect } from 'chai';
import { t } from '../../i18n/index.js';
import type { GuideKind } from '../../domain/guide/guide-kinds.js';
import { assertValidCard } from '../helpers/card-validator.js';
import {
  ALI_PERIOD,
  ANNE,
  KAREN_PERIOD,
  METTE_PERIOD,
  cardsOf,
  from,
  openGuideHarness,
  send,
  textsOf,
  type GuideHarness,
  type Json,
  type Locale,
} from './guide-harness.js';
import { progressOf, walkGuide } from './guide-walk.js';

interface KindCase {
  kind: GuideKind;
  personKey: string;
  sickPeriodId: string | null;
  contactDay: number | null;
  /** Steps when the conversation is held (counted by hand from guide-kinds.ts). */
  total: number;
  agreements: Json;
  /** The follow-up steps the agreements must add: [id, dueDate, kind, purpose]. */
  steps: Array<[string, string, string, string]>;
  offers: string[];
  noPeriod?: boolean;
}

// Today is Monday 9 November 2026.
const CASES: KindCase[] = [
  {
    kind: 'firstContact',
    personKey: 'p-mette',
    sickPeriodId: METTE_PERIOD,
    contactDay: 3,
    total: 9,
    agreements: {
      expectedDuration: 'twoToFourWeeks',
      nextContactDate: '2026-11-12',
      nextContactForm: 'phone',
    },
    steps: [[`${METTE_PERIOD}:guide-contact-2026-11-12`, '2026-11-12', 'contact', 'keep-in-touch']],
    offers: [],
  },
  {
    kind: 'early',
    personKey: 'p-mette',
    sickPeriodId: METTE_PERIOD,
    contactDay: null,
    total: 13,
    agreements: {
      offers: 'psychologist',
      nextContactDate: '2026-11-16',
      nextContactForm: 'meeting',
    },
    steps: [
      [`${METTE_PERIOD}:guide-contact-2026-11-16`, '2026-11-16', 'conversation', 'keep-in-touch'],
    ],
    offers: ['psychologist'],
  },
  {
    kind: 'legal7a',
    personKey: 'p-mette',
    sickPeriodId: METTE_PERIOD,
    contactDay: null,
    total: 13,
    agreements: {
      offers: 'tidligIndsats,retentionConsultant',
      nextContactDate: '2026-11-20',
      nextContactForm: 'phone',
    },
    steps: [[`${METTE_PERIOD}:guide-contact-2026-11-20`, '2026-11-20', 'contact', 'keep-in-touch']],
    offers: ['tidligIndsats', 'retentionConsultant'],
  },
  {
    kind: 'frequent',
    personKey: 'p-karen',
    sickPeriodId: null,
    contactDay: null,
    total: 12,
    agreements: {
      adjustments: 'changedShifts',
      nextContactDate: '2026-11-23',
      nextContactForm: 'meeting',
    },
    // No sick period: the agreed meeting becomes Karen's own step, not one of a period.
    steps: [
      ['person:p-karen:guide-contact-2026-11-23', '2026-11-23', 'conversation', 'keep-in-touch'],
    ],
    offers: [],
    noPeriod: true,
  },
  {
    kind: 'returnToWork',
    personKey: 'p-karen',
    sickPeriodId: KAREN_PERIOD,
    contactDay: null,
    total: 12,
    agreements: {
      colleaguesTold: 'employeeTells',
      nextContactDate: '2026-11-16',
      nextContactForm: 'phone',
    },
    steps: [[`${KAREN_PERIOD}:guide-contact-2026-11-16`, '2026-11-16', 'contact', 'keep-in-touch']],
    offers: [],
  },
  {
    // Ali works 30 hours (0.8108 × 37): 20 hours from today; the status talk a week in (16 Nov)
    // comes before the agreed contact (19 Nov), so both become steps.
    kind: 'partialReturn',
    personKey: 'p-ali',
    sickPeriodId: ALI_PERIOD,
    contactDay: null,
    total: 9,
    agreements: {
      partialReturn: 'true',
      hoursPerWeek: '20',
      partialStart: '2026-11-09',
      offers: 'paragraph56',
      nextContactDate: '2026-11-19',
      nextContactForm: 'phone',
    },
    steps: [
      [`${ALI_PERIOD}:guide-status-2026-11-16`, '2026-11-16', 'conversation', 'status-talk'],
      [`${ALI_PERIOD}:guide-contact-2026-11-19`, '2026-11-19', 'contact', 'keep-in-touch'],
    ],
    offers: ['paragraph56'],
  },
];

const LEAVE: Record<Locale, string> = { da: 'senere', en: 'later' };

describe('GuideDialog: every conversation kind, end to end', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  for (const locale of ['da', 'en'] as const) {
    for (const c of CASES) {
      it(`when a leader walks the ${c.kind} guide in ${locale}, leaving at step 3 and coming back after a restart, then it finishes with the agreements in the plan`, async () => {
        const start = {
          verb: 'guide.start',
          personKey: c.personKey,
          sickPeriodId: c.sickPeriodId,
          kind: c.kind,
          contactDay: c.contactDay,
        };
        const first = await send(h.client(), from(ANNE, locale, { value: start }));
        const firstCard = cardsOf(first)[0];
        if (!firstCard) throw new Error(textsOf(first).join(' | '));

        const result = await walkGuide(
          { client: h.client(), card: firstCard },
          ANNE,
          locale,
          { agreements: c.agreements },
          {
            before: async (index, card) => {
              if (index !== 3) return null;
              const left = await send(h.client(), from(ANNE, locale, { text: LEAVE[locale] }));
              expect(textsOf(left)).to.deep.equal([t(locale, 'guide.left')]);
              await h.restart();
              const client = h.client();
              const sessionId = String(h.store.read().guides[0]?.id);
              const back = await send(
                client,
                from(ANNE, locale, { value: { verb: 'guide.resume', sessionId } }),
              );
              const resumed = cardsOf(back)[0];
              expect(progressOf(resumed)).to.deep.equal(progressOf(card));
              return { client, card: resumed ?? card };
            },
          },
        );

        expect(result.progress.map((p) => p.total)).to.satisfy((all: number[]) =>
          all.every((n) => n === c.total),
        );
        expect(result.progress.map((p) => p.index)).to.deep.equal(
          Array.from({ length: c.total }, (_, i) => i + 1),
        );
        const title = t(locale, 'guide.title');
        expect(result.cards.every((card) => JSON.stringify(card).includes(title))).to.equal(true);
        const reminderDay = { da: 'mandag 23. november', en: 'Monday 23 November' }[locale];
        expect(result.finalTexts[0]).to.equal(
          c.noPeriod
            ? t(locale, 'guide.completed.personStep', { name: 'Karen Olsen', date: reminderDay })
            : t(locale, 'guide.completed'),
        );
        const [stored] = h.store.read().guides;
        expect(stored).to.include({ status: 'completed', kind: c.kind, leaderId: ANNE });
        const added = h.store
          .read()
          .followUps.filter((s) => s.key.startsWith('guide-'))
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
        expect(added.map((s) => [s.id, s.dueDate, s.kind, s.purpose])).to.deep.equal(c.steps);
        expect(
          added.every((s) => s.state === 'open' && s.audience === 'leader' && s.unitId === 'SOL'),
        ).to.equal(true);
        expect(h.hr.map((n) => n.requestId)).to.deep.equal(
          c.offers.map((o) => `guide:${stored?.id}:${o}`),
        );
        for (const notice of h.hr) assertValidCard(notice.card);
      });
    }
  }
});
