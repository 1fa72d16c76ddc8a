import { expect } from 'chai';
import { buildInvitationDraft, buildMinutesDraft } from '../../domain/guide/documents.js';
import { translator } from '../../i18n/index.js';
import { invitationText, minutesText } from '../../cards/guide-text-export.js';
import { inSentence } from '../../cards/guide-format.js';
import { start, walk } from '../domain/guide/guide-fixtures.js';

/*
 * Golden documents for the worked example: Anne Jensen holds the § 7a conversation with Mette
 * Hansen (first sick day Monday 26 October 2026) on Thursday 12 November 2026 at 10:00; a fellow
 * leader takes the minutes; they fill in part 1 of a mulighedserklæring; Mette starts on 12.5
 * hours a week from Monday 16 November, with lighter tasks and more breaks, says yes to Tidlig
 * Indsats, tells colleagues herself, and they talk by phone on Thursday 19 November.
 * The expected texts below were written by hand from the templates, not copied from output.
 */
const PARTIES = { employeeName: 'Mette Hansen', leaderName: 'Anne Jensen' };

function invitation() {
  const s = walk(start('legal7a'), (x) => x.step === 'invitationDraft');
  const draft = buildInvitationDraft(s, PARTIES, { today: '2026-11-09', sickStart: '2026-10-26' });
  if (!draft.ok) throw new Error(draft.reason);
  return draft.value;
}

function minutes() {
  const s = walk(start('legal7a'), (x) => x.step === 'minutes');
  const draft = buildMinutesDraft(s, PARTIES, {
    today: '2026-11-12',
    firstSickDay: '2026-10-26',
    absenceFacts: null,
  });
  if (!draft.ok) throw new Error(draft.reason);
  return draft.value;
}

const INVITATION_DA = `Emne: Invitation til en snak om, hvordan vi bedst støtter dig

Kære Mette

Jeg håber, du har det så godt som muligt. Jeg vil gerne invitere dig til den samtale, vi holder med alle, der er syge i længere tid. Den handler om, hvordan du har det med arbejdet lige nu, om hvornår og hvordan du kan vende tilbage – helt eller delvist – og om hvad vi kan gøre for at hjælpe.

Tid: torsdag den 12. november 2026 kl. 10.00 (ca. 45 minutter)
Sted: Mødelokalet på 1. sal, Solsikken
Passer tidspunktet eller formen ikke, så sig endelig til – vi kan finde et andet tidspunkt eller tale i telefon.

Du skal ikke fortælle, hvad du fejler. Vi taler om arbejdet, opgaverne og mulighederne.
Du er velkommen til at tage en bisidder med, fx din tillidsrepræsentant, en kollega eller en pårørende.

Det vil jeg gerne tale med dig om:
- hvordan du har det med arbejdet lige nu, og hvad du kan
- hvornår og hvordan du kan vende tilbage – helt eller delvist
- hvad vi kan tilpasse i dit arbejde
- hvilken hjælp og hvilke tilbud der kan være relevante
- hvordan vi holder kontakten

Vi udfylder første del af en mulighedserklæring sammen. Bagefter tager du den med til din læge – arbejdspladsen betaler.
En lederkollega tager referat, så jeg kan koncentrere mig om samtalen. Du får referatet at se og kan skrive dine bemærkninger, før vi begge skriver under.

Hvis du har lyst, kan du tænke over:
- Hvad kan du lige nu, og hvad er svært i arbejdet?
- Hvad kunne gøre det lettere at vende tilbage – helt eller delvist?
- Hvordan vil du gerne have, at vi holder kontakten?

Jeg glæder mig til at tale med dig.

Venlig hilsen
Anne Jensen
`;

const INVITATION_EN = `Subject: Invitation to a talk about how we can best support you

Dear Mette

I hope you are as well as can be. I would like to invite you to the conversation we hold with everyone who is off sick for a longer time. It is about how work is for you right now, when and how you might come back – fully or partly – and what we can do to help.

Time: Thursday, 12 November 2026 at 10:00 (about 45 minutes)
Place: Mødelokalet på 1. sal, Solsikken
If the time or the format does not suit you, please say so – we can find another time or talk by phone.

You do not have to tell me what is wrong. We will talk about the work, the tasks and the possibilities.
You are welcome to bring a companion, e.g. your union representative, a colleague or a relative.

I would like to talk with you about:
- how work is for you right now, and what you can do
- when and how you might come back – fully or partly
- what we can adjust in your work
- which help and offers might be relevant
- how we keep in touch

We will fill in part 1 of an options statement (mulighedserklæring) together. Afterwards you take it to your doctor – the workplace pays.
A fellow leader will take the minutes so I can focus on our conversation. You will see them and can add your comments before we both sign.

If you like, you could think about:
- What can you do right now, and what is hard at work?
- What could make it easier to come back – fully or partly?
- How would you like us to keep in touch?

I look forward to talking with you.

Kind regards
Anne Jensen
`;

const LINE = '______________________________________________';
const SIGN = '______________________';

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

const MINUTES_EN = `Minutes of sickness conversation (§ 7a)

Date: Thursday, 12 November 2026
Format: Meeting
Participants: Anne Jensen (leader), Mette Hansen (employee), companion (bisidder)
Minutes by: A fellow leader
First day of absence: 26 October 2026

The conversation was about the work and the possibilities – not about diagnosis or health. These minutes contain no health information.

Agreements
- Expected duration (the employee's own estimate): 4–8 weeks
- Partial return: 12.5 hours a week from Monday, 16 November 2026
- Adjustments: lighter tasks and more breaks
- Offers the employee accepted: Tidlig Indsats (early intervention)
- Tools: options statement (mulighedserklæring)
- We filled in part 1 of the options statement together.
- Colleagues: The employee tells them
- Next contact: Thursday, 19 November 2026 (phone)
- Other agreement: Starter med dagvagter

Employee's comments:
${LINE}
${LINE}
${LINE}

Signatures
Leader: Anne Jensen
Date and signature: ${SIGN}
Employee: Mette Hansen
Date and signature: ${SIGN}
Companion (has gone through the minutes with the employee): ${SIGN}

The employee receives a copy. The minutes are filed in the personnel file.
`;

describe('invitationText', () => {
  it('when the worked example is drafted in Danish, then the text is ready to send', () => {
    expect(invitationText(invitation(), translator('da'))).to.equal(INVITATION_DA);
  });

  it('when the worked example is drafted in English, then the English version matches', () => {
    expect(invitationText(invitation(), translator('en'))).to.equal(INVITATION_EN);
  });

  it('when the meeting is by phone with HR present, then the text says so instead of a place', () => {
    const d = invitation();
    const text = invitationText(
      {
        ...d,
        meeting: {
          ...d.meeting,
          form: 'phone',
          place: null,
          guests: ['hr'],
          minuteTaker: 'leader',
        },
      },
      translator('da'),
    );
    expect(text).to.contain(
      'Vi taler i telefon – jeg ringer til dig.\nPasser tidspunktet ikke, så sig endelig til – så finder vi et andet. Vil du hellere mødes, går det også.\n',
    );
    expect(text).to.not.contain('eller tale i telefon');
    expect(text).to.contain(
      'En konsulent fra HR deltager også.\nJeg skriver et kort referat bagefter.',
    );
    expect(text).to.not.contain('Sted:');
  });
});

describe('minutesText', () => {
  it('when the worked example is written in Danish, then the minutes match, with lines to sign', () => {
    expect(minutesText(minutes(), translator('da'))).to.equal(MINUTES_DA);
  });

  it('when the worked example is written in English, then the minutes match', () => {
    expect(minutesText(minutes(), translator('en'))).to.equal(MINUTES_EN);
  });

  it('when nothing was agreed and there was no bisidder, then it says so and has no bisidder line', () => {
    const d = minutes();
    const empty = {
      ...d,
      participants: [],
      mulighedserklaeringPart1: false,
      agreements: {
        ...d.agreements,
        participants: [],
        expectedDuration: null,
        partialReturn: null,
        adjustments: [],
        offers: [],
        tools: [],
        colleaguesTold: null,
        nextContact: null,
        otherAgreement: null,
      },
    };
    const text = minutesText(empty, translator('da'));
    expect(text).to.contain('Aftaler\n- Der blev ikke aftalt noget konkret.\n');
    expect(text).to.not.contain('Bisidder');
  });
});

describe('inSentence', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Lettere opgaver', 'lettere opgaver'],
    ['Tidlig Indsats', 'Tidlig Indsats'],
    ['HR', 'HR'],
    [
      '§ 56-aftale (kronisk eller langvarig sygdom)',
      '§ 56-aftale (kronisk eller langvarig sygdom)',
    ],
    ['Companion (bisidder)', 'companion (bisidder)'],
  ];
  for (const [label, expected] of cases) {
    it(`when the label is "${label}", then inside a sentence it reads "${expected}"`, () => {
      expect(inSentence(label)).to.equal(expected);
    });
  }
});
