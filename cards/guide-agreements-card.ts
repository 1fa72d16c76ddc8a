/**
 * After the conversation: the agreements as structured choices — partial return with hours a
 * week and a start date, adjustments, accepted offers, tools, next contact — and one short
 * free-text field that says plainly not to write a diagnosis or health details.
 */
import {
  ADJUSTMENTS,
  COLLEAGUES_TOLD,
  CONTACT_FORMS,
  EXPECTED_DURATIONS,
  OFFERS,
  PARTICIPANTS,
  TOOLS,
  type Agreements,
  type PartialReturn,
} from '../domain/guide/agreements.js';
import { GUIDE_LIMITS } from '../domain/guide/guide-errors.js';
import type { AgreementField } from '../domain/guide/guide-view.js';
import type { IsoDate } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';
import {
  choiceInput,
  container,
  dateInput,
  numberInput,
  text,
  textInput,
  toggleInput,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { GUIDE_INPUTS } from './guide-actions.js';
import { formatHours } from './guide-format.js';
import { answerAction, guideStepCard, type GuideFrame } from './guide-step-card.js';

export interface AgreementsView {
  agreements: Agreements | null;
  fields: readonly AgreementField[];
  maxHours: number;
  today: IsoDate;
}

type Render = (a: Agreements | null, view: AgreementsView, t: Translator) => CardElement[];

const multi = (
  id: string,
  label: string,
  choices: Array<{ title: string; value: string }>,
  value: readonly string[],
): CardElement =>
  choiceInput({
    id,
    label,
    choices,
    value: value.join(','),
    style: 'expanded',
    isMultiSelect: true,
  });

function hoursInput(
  p: PartialReturn | null,
  view: AgreementsView,
  t: Translator,
  max: string,
): CardElement {
  return numberInput({
    id: GUIDE_INPUTS.hoursPerWeek,
    label: t('guide.agreements.hours'),
    min: GUIDE_LIMITS.hoursStep,
    max: view.maxHours,
    errorMessage: t('guide.agreements.hoursError', { max }),
    ...(p ? { value: p.hoursPerWeek } : {}),
  });
}

function partialReturn(a: Agreements | null, view: AgreementsView, t: Translator): CardElement[] {
  const p = a?.partialReturn ?? null;
  const max = formatHours(t.locale, view.maxHours);
  const items: CardElement[] = [
    toggleInput({
      id: GUIDE_INPUTS.partialReturn,
      label: t('guide.agreements.partialReturnLabel'),
      title: t('guide.agreements.partialReturn'),
      value: p ? 'true' : 'false',
    }),
    hoursInput(p, view, t, max),
    text(t('guide.agreements.hoursHint', { max }), {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
    dateInput({
      id: GUIDE_INPUTS.partialStart,
      label: t('guide.agreements.partialStart'),
      ...(p ? { value: p.start } : {}),
    }),
  ];
  return [container(items, { style: 'emphasis' })];
}

function nextContact(a: Agreements | null, view: AgreementsView, t: Translator): CardElement[] {
  const c = a?.nextContact ?? null;
  return [
    dateInput({
      id: GUIDE_INPUTS.nextContactDate,
      label: t('guide.agreements.nextContactDate'),
      min: view.today,
      ...(c ? { value: c.date } : {}),
    }),
    choiceInput({
      id: GUIDE_INPUTS.nextContactForm,
      label: t('guide.agreements.nextContactForm'),
      choices: CONTACT_FORMS.map((f) => ({ title: t(`guide.contactForm.${f}`), value: f })),
      value: c?.form ?? 'phone',
      style: 'compact',
    }),
  ];
}

const RENDER: Record<AgreementField, Render> = {
  participants: (a, _v, t) => [
    multi(
      GUIDE_INPUTS.participants,
      t('guide.agreements.participants'),
      PARTICIPANTS.map((p) => ({ title: t(`guide.participant.${p}`), value: p })),
      a?.participants ?? [],
    ),
  ],
  expectedDuration: (a, _v, t) => [
    choiceInput({
      id: GUIDE_INPUTS.expectedDuration,
      label: t('guide.agreements.expectedDuration'),
      choices: EXPECTED_DURATIONS.map((d) => ({ title: t(`guide.duration.${d}`), value: d })),
      style: 'compact',
      ...(a?.expectedDuration ? { value: a.expectedDuration } : {}),
    }),
  ],
  partialReturn,
  adjustments: (a, _v, t) => [
    multi(
      GUIDE_INPUTS.adjustments,
      t('guide.agreements.adjustments'),
      ADJUSTMENTS.map((x) => ({ title: t(`guide.adjustment.${x}`), value: x })),
      a?.adjustments ?? [],
    ),
  ],
  offers: (a, _v, t) => [
    multi(
      GUIDE_INPUTS.offers,
      t('guide.agreements.offers'),
      OFFERS.map((x) => ({ title: t(`guide.offer.${x}`), value: x })),
      a?.offers ?? [],
    ),
    text(t('guide.agreements.offersNote'), { isSubtle: true, size: 'Small', spacing: 'None' }),
  ],
  tools: (a, _v, t) => [
    multi(
      GUIDE_INPUTS.tools,
      t('guide.agreements.tools'),
      TOOLS.map((x) => ({ title: t(`guide.tool.${x}`), value: x })),
      a?.tools ?? [],
    ),
  ],
  handleplan: (a, _v, t) => [
    toggleInput({
      id: GUIDE_INPUTS.handleplan,
      label: t('guide.agreements.handleplanLabel'),
      title: t('guide.agreements.handleplan'),
      value: a?.handleplan ? 'true' : 'false',
    }),
  ],
  colleaguesTold: (a, _v, t) => [
    choiceInput({
      id: GUIDE_INPUTS.colleaguesTold,
      label: t('guide.agreements.colleaguesTold'),
      choices: COLLEAGUES_TOLD.map((c) => ({ title: t(`guide.colleagues.${c}`), value: c })),
      style: 'compact',
      ...(a?.colleaguesTold ? { value: a.colleaguesTold } : {}),
    }),
  ],
  nextContact,
  otherAgreement: (a, _v, t) => [
    textInput({
      id: GUIDE_INPUTS.otherAgreement,
      label: t('guide.agreements.otherAgreement'),
      placeholder: t('guide.agreements.otherPlaceholder'),
      maxLength: GUIDE_LIMITS.otherAgreementMaxLength,
      isMultiline: true,
      ...(a?.otherAgreement ? { value: a.otherAgreement } : {}),
    }),
  ],
};

export function guideAgreementsCard(
  frame: GuideFrame,
  view: AgreementsView,
  t: Translator,
): AdaptiveCard {
  const body: CardElement[] = [
    text(t('guide.agreements.title'), { weight: 'Bolder', size: 'Medium' }),
    text(t('guide.agreements.intro'), { isSubtle: true }),
    ...view.fields.flatMap((field) => RENDER[field](view.agreements, view, t)),
  ];
  return guideStepCard(frame, body, [answerAction(t('guide.nav.saveAgreements'), frame)], t);
}
