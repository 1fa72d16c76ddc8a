/**
 * The worked example through the dialog: Anne Jensen prepares the § 7a conversation with Mette
 * Hansen (first sick day Monday 26 October 2026) on Monday 9 November, leaves after the
 * invitation, and after a restart of the bot finishes it on Thursday 12 November, right after
 * the talk. The minutes draft she exports is checked word for word (written by hand from the
 * templates), and the agreements land as a follow-up step and an HR notice.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { t } from '../../i18n/index.js';
import { assertValidCard } from '../helpers/card-validator.js';
import {
  ANNE,
  METTE_PERIOD,
  cardText,
  cardsOf,
  from,
  openGuideHarness,
  press,
  send,
  textsOf,
  type GuideHarness,
  type Json,
} from './guide-harness.js';
import { MEETING, progressOf } from './guide-walk.js';

const SIGN = '______________________';
const LINE = '______________________________________________';

const MINUTES_DA = `Referat af sygefraværssamtale (§ 7a)

Dato: torsdag den 12. november 2026
Form: Møde
Deltagere: Anne Jensen (leder), Mette Hansen (medarbejder), bisidder
Referent: En lederkollega
Første fraværsdag: 26. oktober 2026

Samtalen handlede om arbejdet og mulighederne – ikke om diagnose eller helbred. Referatet indeholder ingen helbredsoplysninger.

Aftaler
- Forventet varighed (medarbejderens eget bud): 4–8 uger
- Delvis tilbagevenden: 12,5 timer om ugen fra mandag den 16. november 2026
- Tilpasninger: lettere opgaver og flere pauser
- Tilbud, medarbejderen har sagt ja til: Tidlig Indsats
- Redskaber: mulighedserklæring
- Vi udfyldte første del af mulighedserklæringen sammen.
- Kollegerne: Medarbejderen fortæller det selv
- Næste kontakt: torsdag den 19. november 2026 (telefon)
- Anden aftale: Starter med dagvagter

Medarbejderens bemærkninger:
${LINE}
${LINE}
${LINE}

Underskrifter
Leder: Anne Jensen
Dato og underskrift: ${SIGN}
Medarbejder: Mette Hansen
Dato og underskrift: ${SIGN}
Bisidder (har gennemgået referatet med medarbejderen): ${SIGN}

Medarbejderen får en kopi. Referatet lægges i personalesagen.
`;

/** The worked example's agreements as the agreements card's inputs send them. */
const AGREEMENTS: Json = {
  participants: 'bisidder',
  expectedDuration: 'fourToEightWeeks',
  partialReturn: 'true',
  hoursPerWeek: '12,5',
  partialStart: '2026-11-16',
  adjustments: 'lighterTasks,moreBreaks',
  offers: 'tidligIndsats',
  tools: 'mulighedserklaering',
  handleplan: 'false',
  colleaguesTold: 'employeeTells',
  nextContactDate: '2026-11-19',
  nextContactForm: 'phone',
  otherAgreement: 'Starter med dagvagter',
};

describe('GuideDialog: the worked example (§ 7a with Mette)', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  const da = (body: { value?: Json; text?: string }) => from(ANNE, 'da', body);

  it('when Anne prepares on Monday, leaves, and finishes after the talk on Thursday, then the minutes draft is exactly right and the agreements land', async () => {
    let client = h.client();
    const start = {
      verb: 'guide.start',
      personKey: 'p-mette',
      sickPeriodId: METTE_PERIOD,
      kind: 'legal7a',
      contactDay: null,
    };
    let card = cardsOf(await send(client, da({ value: start })))[0];
    card = cardsOf(
      await send(client, da({ value: press(card, 'guide.answer', { decision: 'hold' }) })),
    )[0];
    card = cardsOf(await send(client, da({ value: press(card, 'guide.answer', MEETING) })))[0];
    expect(progressOf(card)).to.deep.equal({ index: 3, total: 13 });
    const invitation = textsOf(await send(client, da({ value: press(card, 'guide.export') })));
    expect(invitation[0]).to.match(
      /^Emne: Invitation til en snak om, hvordan vi bedst støtter dig\n\nKære Mette\n/,
    );
    expect(invitation[0]).to.match(
      /Tid: torsdag den 12\. november 2026 kl\. 10\.00 \(ca\. 45 minutter\)\n/,
    );
    expect(invitation[0]).to.match(/Venlig hilsen\nAnne Jensen\n$/);
    expect(textsOf(await send(client, da({ text: 'senere' })))).to.deep.equal([
      t('da', 'guide.left'),
    ]);

    await h.restart();
    h.clock.set('2026-11-12T10:50:00');
    client = h.client();
    const sessionId = String(h.store.read().guides[0]?.id);
    card = cardsOf(await send(client, da({ value: { verb: 'guide.resume', sessionId } })))[0];
    expect(progressOf(card)).to.deep.equal({ index: 3, total: 13 });
    for (let i = 0; i < 8; i++)
      card = cardsOf(await send(client, da({ value: press(card, 'guide.next') })))[0];
    expect(progressOf(card)).to.deep.equal({ index: 11, total: 13 });
    card = cardsOf(await send(client, da({ value: press(card, 'guide.answer', AGREEMENTS) })))[0];
    expect(cardText(card)).to.contain(
      'Næste kontakt torsdag den 19. november 2026 (telefon) kommer i opfølgningsplanen.',
    );
    card = cardsOf(await send(client, da({ value: press(card, 'guide.next') })))[0];
    assertValidCard(card);
    expect(progressOf(card)).to.deep.equal({ index: 13, total: 13 });

    const exported = await send(client, da({ value: press(card, 'guide.export') }));
    expect(exported.map((a) => a.textFormat)).to.deep.equal(['plain']);
    expect(textsOf(exported)).to.deep.equal([MINUTES_DA]);

    const done = textsOf(await send(client, da({ value: press(card, 'guide.complete') })));
    expect(done).to.deep.equal([
      t('da', 'guide.completed'),
      'Din HR-konsulent har fået besked om: Tidlig Indsats.',
    ]);

    // 19 November is day 25 of the sick period that began on 26 October (6 days of October + 19).
    const step = h.store
      .read()
      .followUps.find((s) => s.id === `${METTE_PERIOD}:guide-contact-2026-11-19`);
    expect(step).to.include({
      day: 25,
      dueDate: '2026-11-19',
      state: 'open',
      kind: 'contact',
      personKey: 'p-mette',
      policyId: 'koege',
    });
    expect(h.hr).to.have.length(1);
    expect(h.hr[0]).to.include({ unitId: 'SOL', requestId: `guide:${sessionId}:tidligIndsats` });
    const hrCard = cardText(h.hr[0]?.card);
    for (const fact of [
      'Tidlig Indsats',
      'Mette Hansen',
      'Anne Jensen',
      'Børnehuset Solsikken',
      'torsdag den 12. november 2026',
    ]) {
      expect(hrCard).to.contain(fact);
    }

    // Completing again (a second click on the same card) adds nothing and tells HR nothing new.
    const again = textsOf(await send(client, da({ value: press(card, 'guide.complete') })));
    expect(again).to.deep.equal([t('da', 'guide.error.guideClosed')]);
    expect(h.store.read().followUps.filter((s) => s.key.startsWith('guide-'))).to.have.length(1);
    expect(h.hr).to.have.length(1);

    const stored = readFileSync(h.file, 'utf8');
    expect(stored).to.contain('"status":"completed"');
    const reads = h.store.read().audit.filter((a) => a.action === 'guide.absence.read');
    expect(reads.length).to.be.greaterThan(10);
    expect(reads.every((a) => a.subject === 'p-mette' && a.actor === ANNE)).to.equal(true);
  });
});
