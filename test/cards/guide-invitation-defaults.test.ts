/**
 * The invitation form suggests a working day at a normal hour; a weekend or holiday chosen by
 * hand is allowed and the draft warns about it, in Danish and English.
 */
import { expect } from 'chai';
import { guideCard } from '../../cards/guide-card.js';
import { guideCardModel, type GuideViewInput } from '../../domain/guide/guide-view.js';
import { t, translator } from '../../i18n/index.js';
import { assertValidCard } from '../helpers/card-validator.js';
import { start, walk } from '../domain/guide/guide-fixtures.js';

type Node = Record<string, unknown>;

function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (typeof value === 'object' && value !== null) {
    out.push(value as Node);
    Object.values(value).forEach((v) => nodes(v, out));
  }
  return out;
}

/** Wednesday 11 November 2026: three days on is a Saturday. */
const INPUT: GuideViewInput = {
  parties: { employeeName: 'Mette Hansen', leaderName: 'Anne Jensen' },
  today: '2026-11-11',
  sickStart: '2026-10-26',
  weeklyHours: 37,
  absenceFacts: null,
};

describe('the invitation form and draft: working days', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`when the form opens on a Wednesday (${locale}), then Monday at 10:00 is suggested, not Saturday`, () => {
      const s = walk(start('early'), (x) => x.step === 'invitation');
      const card = guideCard(guideCardModel(s, INPUT), translator(locale));
      assertValidCard(card);
      const all = nodes(card);
      expect(all.find((n) => n.id === 'meetingDate')?.value).to.equal('2026-11-16');
      expect(all.find((n) => n.id === 'meetingTime')?.value).to.equal('10:00');
    });

    it(`when a Saturday is chosen by hand (${locale}), then the draft is made and warns about the day off`, () => {
      const s = walk(start('early'), (x) => x.step === 'invitationDraft');
      const saturday = { ...s, meeting: { ...s.meeting!, date: '2026-11-21' } };
      const card = guideCard(guideCardModel(saturday, INPUT), translator(locale));
      assertValidCard(card);
      const texts = nodes(card).flatMap((n) => (n.type === 'TextBlock' ? [String(n.text)] : []));
      const date = locale === 'da' ? 'lørdag den 21. november 2026' : 'Saturday, 21 November 2026';
      expect(texts).to.include(t(locale, 'guide.warning.notWorkingDay', { date }));
    });
  }

  it('when the chosen day is a working day, then there is no day-off warning', () => {
    const s = walk(start('early'), (x) => x.step === 'invitationDraft');
    const monday = { ...s, meeting: { ...s.meeting!, date: '2026-11-16' } };
    const card = guideCard(guideCardModel(monday, INPUT), translator('da'));
    expect(JSON.stringify(card)).not.to.contain('ikke en arbejdsdag');
  });
});
