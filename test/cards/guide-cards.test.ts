import { expect } from 'chai';
import { guideCard } from '../../cards/guide-card.js';
import { guideChoiceCard } from '../../cards/guide-choice-card.js';
import { guideErrorText } from '../../cards/guide-error-text.js';
import { guideHrCard } from '../../cards/guide-hr-card.js';
import { guideResumeCard, guideStartCard } from '../../cards/guide-start-card.js';
import { parseGuideSubmit } from '../../cards/guide-submit.js';
import type { AdaptiveCard } from '../../cards/elements.js';
import { GUIDE_KINDS, type GuideKind } from '../../domain/guide/guide-kinds.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import { guideCardModel, type GuideViewInput } from '../../domain/guide/guide-view.js';
import { translator } from '../../i18n/index.js';
import type { Locale } from '../../domain/model.js';
import { validateCard } from '../helpers/card-validator.js';
import { apply, start, walk } from '../domain/guide/guide-fixtures.js';

const INPUT: GuideViewInput = {
  parties: { employeeName: 'Mette Hansen', leaderName: 'Anne Jensen' },
  today: '2026-11-09',
  sickStart: '2026-10-26',
  weeklyHours: 37,
  absenceFacts: { periods: 4, days: 9, months: 12 },
};

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function collect(value: unknown, match: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => collect(v, match, out));
  else if (isNode(value)) {
    if (match(value)) out.push(value);
    Object.values(value).forEach((v) => collect(v, match, out));
  }
  return out;
}

/** Every session state of a kind, from the checklist to the last step. */
function statesOf(kind: GuideKind): GuideSession[] {
  const states: GuideSession[] = [];
  walk(start(kind, kind === 'firstContact' ? 3 : null), (s) => {
    states.push(s);
    return s.step === 'summary' && kind === 'firstContact' ? true : s.step === 'minutes';
  });
  return states;
}

/** What a client would send for the card's own answer button: its data plus a value per input. */
function submitFor(card: AdaptiveCard): Node | null {
  const answer = collect(
    card,
    (n) => n.type === 'Action.Submit' && isNode(n.data) && n.data.verb === 'guide.answer',
  )[0];
  if (!answer || !isNode(answer.data)) return null;
  const value: Node = { ...answer.data };
  for (const input of collect(
    card,
    (n) => typeof n.type === 'string' && n.type.startsWith('Input.'),
  )) {
    value[String(input.id)] = sampleValue(input);
  }
  return value;
}

function sampleValue(input: Node): string {
  switch (input.type) {
    case 'Input.Toggle':
      return 'true';
    case 'Input.Date':
      return '2026-11-16';
    case 'Input.Time':
      return '10:00';
    case 'Input.Number':
      return '12';
    case 'Input.ChoiceSet': {
      const first =
        Array.isArray(input.choices) && isNode(input.choices[0]) ? input.choices[0].value : '';
      return String(first);
    }
    default:
      return 'Kun dagvagter';
  }
}

describe('guideCard', () => {
  for (const locale of ['da', 'en'] as const satisfies readonly Locale[]) {
    for (const kind of GUIDE_KINDS) {
      it(`when every step of a ${kind} guide is rendered in ${locale}, then every card is valid and its answers parse`, () => {
        const t = translator(locale);
        for (const s of statesOf(kind)) {
          const c = guideCard(guideCardModel(s, INPUT), t);
          expect(validateCard(c), `${kind}/${s.step}`).to.deep.equal([]);
          const submit = submitFor(c);
          if (submit)
            expect(parseGuideSubmit(submit).ok, `${kind}/${s.step} submit`).to.equal(true);
        }
      });
    }
  }

  it('when at the third step of a § 7a guide in Danish, then the card shows "trin 3 af 13"', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'invitationDraft');
    const texts = collect(
      guideCard(guideCardModel(s, INPUT), translator('da')),
      (n) => n.type === 'TextBlock',
    ).map((n) => n.text);
    expect(texts).to.include('Før samtalen · trin 3 af 13');
    expect(texts).to.include('Sygefraværssamtale (§ 7a) med Mette Hansen');
  });

  it('when the minutes draft is shown, then it says who signs: leader, employee and the bisidder', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'minutes');
    const withBisidder: GuideSession = {
      ...s,
      agreements: s.agreements && { ...s.agreements, participants: ['bisidder'] },
    };
    const texts = collect(
      guideCard(guideCardModel(withBisidder, INPUT), translator('da')),
      (n) => n.type === 'TextBlock',
    ).map((n) => n.text);
    const from = texts.indexOf('Underskrifter');
    expect(from).to.be.greaterThan(-1);
    expect(texts.slice(from + 1, from + 4)).to.deep.equal([
      'Leder: Anne Jensen',
      'Medarbejder: Mette Hansen',
      'Bisidder (har gennemgået referatet med medarbejderen): ______________________',
    ]);
  });

  it('when the navigation buttons are pressed, then they send no inputs and carry verb, session and step', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'agreements');
    const actions = collect(
      guideCard(guideCardModel(s, INPUT), translator('da')),
      (n) => n.type === 'Action.Submit',
    );
    const back = actions.find((a) => isNode(a.data) && a.data.verb === 'guide.back');
    expect(back).to.deep.include({
      associatedInputs: 'none',
      data: { verb: 'guide.back', sessionId: 'guide-legal7a', step: 'agreements' },
    });
    const answer = actions.find((a) => isNode(a.data) && a.data.verb === 'guide.answer');
    expect(answer).to.not.have.property('associatedInputs');
  });

  it('when free text is asked for, then its label says not to write a diagnosis or health details', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'agreements');
    const inputs = collect(
      guideCard(guideCardModel(s, INPUT), translator('da')),
      (n) => n.type === 'Input.Text',
    );
    expect(inputs).to.have.length(1);
    expect(String(inputs[0]?.label)).to.contain('skriv ikke diagnose eller helbredsoplysninger');
    expect(inputs[0]).to.include({ maxLength: 200 });
  });

  it('when an English leader sees the invitation draft, then both the Danish text to send and the English version are shown', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'invitationDraft');
    const texts = collect(
      guideCard(guideCardModel(s, INPUT), translator('en')),
      (n) => n.type === 'TextBlock',
    ).map((n) => String(n.text));
    expect(texts).to.include('Kære Mette');
    expect(texts).to.include('Dear Mette');
  });

  it('when the invitation gives two days’ notice, then the draft card warns gently', () => {
    const s = walk(start('early'), (x) => x.step === 'invitationDraft');
    const short = { ...s, meeting: { ...s.meeting!, date: '2026-11-11' } };
    const texts = collect(
      guideCard(guideCardModel(short, INPUT), translator('da')),
      (n) => n.type === 'TextBlock',
    ).map((n) => String(n.text));
    expect(texts.some((x) => x.startsWith('Der er kun 2 dage til samtalen.'))).to.equal(true);
  });

  it('when the summary is the last step, then it offers to finish', () => {
    const s = apply(start('legal7a'), {
      type: 'answer',
      answer: { step: 'checklist', checked: [], decision: 'notNow' },
    });
    const atSummary = apply(s, {
      type: 'answer',
      answer: {
        step: 'agreements',
        agreements: {
          participants: [],
          expectedDuration: null,
          partialReturn: null,
          adjustments: [],
          offers: [],
          tools: [],
          handleplan: false,
          colleaguesTold: null,
          nextContact: { date: '2026-11-20', form: 'phone' },
          otherAgreement: null,
        },
      },
    });
    const c = guideCard(guideCardModel(atSummary, INPUT), translator('da'));
    const verbs = collect(c, (n) => n.type === 'Action.Submit').map((a) =>
      isNode(a.data) ? a.data.verb : null,
    );
    expect(verbs).to.include('guide.complete');
    expect(validateCard(c)).to.deep.equal([]);
  });
});

describe('guideStartCard', () => {
  it('when a leader picks a conversation, then the suggested kind comes first and every button starts a guide', () => {
    const c = guideStartCard(
      {
        employeeName: 'Mette Hansen',
        personKey: 'p-mette',
        sickPeriodId: 'sp-1',
        kinds: GUIDE_KINDS,
        suggested: 'legal7a',
        contactDay: 3,
      },
      translator('da'),
    );
    expect(validateCard(c)).to.deep.equal([]);
    const data = collect(c, (n) => n.type === 'Action.Submit').map((a) => a.data);
    expect(data[0]).to.deep.equal({
      verb: 'guide.start',
      personKey: 'p-mette',
      sickPeriodId: 'sp-1',
      kind: 'legal7a',
      contactDay: null,
    });
    expect(data).to.have.length(6);
    for (const d of data) expect(parseGuideSubmit(d).ok).to.equal(true);
  });
});

describe('guideResumeCard', () => {
  it('when a guide was left part-way, then the card offers to continue or start over', () => {
    const c = guideResumeCard(
      {
        sessionId: 'g1',
        kind: 'legal7a',
        contactDay: null,
        employeeName: 'Mette Hansen',
        progress: { index: 5, total: 13, phase: 'during' },
      },
      translator('da'),
    );
    expect(validateCard(c)).to.deep.equal([]);
    const texts = collect(c, (n) => n.type === 'TextBlock').map((n) => n.text);
    expect(texts).to.include(
      'Sygefraværssamtale (§ 7a) med Mette Hansen. Du var nået til trin 5 af 13.',
    );
    const verbs = collect(c, (n) => n.type === 'Action.Submit').map((n) => (n.data as Node).verb);
    expect(verbs).to.deep.equal(['guide.resume', 'guide.restart']);
  });
});

describe('guideChoiceCard', () => {
  const candidates = [
    { personKey: 'p-mette', displayName: 'Mette Jensen', unitName: 'Hjemmeplejen Nord' },
    { personKey: 'p-mette2', displayName: 'Mette Larsen', unitName: 'Hjemmeplejen Syd' },
  ];
  for (const locale of ['da', 'en'] as const) {
    it(`when two employees match in ${locale}, then each has a button carrying only the person key`, () => {
      const c = guideChoiceCard({ query: 'Mette', candidates }, translator(locale));
      expect(validateCard(c)).to.deep.equal([]);
      const data = collect(c, (n) => n.type === 'Action.Submit').map((n) => n.data);
      expect(data).to.deep.equal([
        { verb: 'guide.pick', personKey: 'p-mette' },
        { verb: 'guide.pick', personKey: 'p-mette2' },
      ]);
      for (const d of data) expect(parseGuideSubmit(d).ok).to.equal(true);
    });
  }

  it('when more match than fit, then the first eight are shown with a hint to write the full name', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      personKey: `p-${i}`,
      displayName: `Mette ${i}`,
      unitName: 'X',
    }));
    const c = guideChoiceCard({ query: 'Mette', candidates: many }, translator('da'));
    expect(collect(c, (n) => n.type === 'Action.Submit')).to.have.length(8);
    expect(JSON.stringify(c)).to.contain('Der er flere. Skriv det fulde navn');
  });
});

describe('guideHrCard', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`when an offer is accepted, then HR gets a valid card in ${locale} without health details`, () => {
      const c = guideHrCard(
        {
          offer: 'tidligIndsats',
          employeeName: 'Mette Hansen',
          leaderName: 'Anne Jensen',
          unitName: 'Solsikken',
          agreedOn: '2026-11-12',
          kind: 'legal7a',
          firstSickDay: '2026-10-26',
          expectedDuration: 'fourToEightWeeks',
          partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' },
        },
        translator(locale),
      );
      expect(validateCard(c)).to.deep.equal([]);
    });
  }

  it('when HR reads it, then each fact says what they need once: the talk, the first sick day, the hours', () => {
    const c = guideHrCard(
      {
        offer: 'tidligIndsats',
        employeeName: 'Mette Hansen',
        leaderName: 'Anne Jensen',
        unitName: 'Solsikken',
        agreedOn: '2026-11-12',
        kind: 'legal7a',
        firstSickDay: '2026-10-26',
        expectedDuration: 'fourToEightWeeks',
        partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' },
      },
      translator('da'),
    );
    const factSets = collect(c, (n) => n.type === 'FactSet') as Array<{
      facts: Array<{ title: string; value: string }>;
    }>;
    const rows = factSets.flatMap((f) => f.facts.map((x) => [x.title, x.value]));
    expect(rows).to.deep.equal([
      ['Medarbejder', 'Mette Hansen'],
      ['Leder', 'Anne Jensen'],
      ['Enhed', 'Solsikken'],
      ['Aftalt', 'torsdag den 12. november 2026'],
      ['Aftalt ved', 'Sygefraværssamtale (§ 7a)'],
      ['Første sygedag', 'mandag den 26. oktober 2026'],
      ['Forventet varighed (medarbejderens eget bud)', '4–8 uger'],
      ['Delvis tilbagevenden', '12,5 timer om ugen fra mandag den 16. november 2026'],
    ]);
    expect(JSON.stringify(c)).to.contain('Medarbejderen har sagt ja til: Tidlig Indsats');
  });
});

describe('guideErrorText', () => {
  it('when the guardrail refuses the other agreement, then the message names the field and gives the hint', () => {
    const text = guideErrorText(
      { reason: 'healthDetail', detail: { field: 'otherAgreement', hint: 'condition' } },
      translator('da'),
    );
    expect(text).to.equal(
      'Teksten i "Anden aftale" ser ud til at indeholde en helbredsoplysning, så jeg har ikke gemt den. Skriv i stedet, hvad det betyder for arbejdet, fx "kan ikke tage lange vagter lige nu".',
    );
  });

  it('when hours are too high, then the limit is shown without a needless decimal', () => {
    expect(
      guideErrorText({ reason: 'hoursTooHigh', detail: { max: 33 } }, translator('da')),
    ).to.match(/^Højst 33 timer om ugen\./);
    expect(
      guideErrorText({ reason: 'hoursTooHigh', detail: { max: 25.5 } }, translator('en')),
    ).to.match(/^At most 25\.5 hours a week\./);
  });
});
