/**
 * The buttons of one digest item. Inputs are keyed per item slot (see follow-up-actions.ts).
 * Udført and Udskyd open a small form (Action.ShowCard) whose Action.Execute carries
 * {verb, stepId, version, slot}; the other buttons act directly with {verb, stepId, version}.
 */
import type { IsoDate } from '../domain/model.js';
import { allowedOutcomes } from '../domain/follow-up/step-actions.js';
import {
  SKIP_REASONS,
  NOTE_MAX_LENGTH,
  type FollowUpStep,
} from '../domain/follow-up/step-types.js';
import type { Translator } from '../i18n/index.js';
import {
  actionSet,
  choiceInput,
  dateInput,
  executeAction,
  showCardAction,
  text,
  textInput,
  type CardAction,
  type CardElement,
} from './elements.js';
import { FOLLOW_UP_VERBS, inputId } from './follow-up-actions.js';
import { formatDay, plusDays } from './follow-up-format.js';
import { workflowLaunchActions } from './workflow-forms.js';

/** What every step action carries; `digestId` names the stored digest the card shows, if any. */
const ref = (step: FollowUpStep, digestId: string | null) => ({
  stepId: step.id,
  version: step.version,
  ...(digestId ? { digestId } : {}),
});

function outcomeForm(
  t: Translator,
  step: FollowUpStep,
  slot: number,
  digestId: string | null,
): CardAction {
  const kinds = allowedOutcomes(step.kind);
  const body: CardElement[] = [
    choiceInput({
      id: inputId('outcome', slot),
      label: t('followup.input.outcome'),
      style: 'expanded',
      isRequired: true,
      errorMessage: t('followup.input.outcomeError'),
      choices: kinds.map((k) => ({ title: t(`followup.outcome.${k}`), value: k })),
    }),
  ];
  if (kinds.includes('not-appropriate')) {
    body.push(
      choiceInput({
        id: inputId('reason', slot),
        label: t('followup.input.reason'),
        style: 'compact',
        choices: SKIP_REASONS.map((r) => ({ title: t(`followup.reason.${r}`), value: r })),
      }),
      textInput({
        id: inputId('note', slot),
        label: t('followup.input.note'),
        placeholder: t('followup.input.notePlaceholder'),
        maxLength: NOTE_MAX_LENGTH,
      }),
    );
  }
  const save = executeAction(
    t('followup.action.save'),
    { verb: FOLLOW_UP_VERBS.complete, ...ref(step, digestId), slot },
    'positive',
  );
  return showCardAction(t('followup.action.done'), { body, actions: [save] });
}

/** Notices, info and reports have one outcome ("noted"): one button, no form. */
function notedButton(
  t: Translator,
  step: FollowUpStep,
  slot: number,
  digestId: string | null,
): CardAction {
  const title = step.kind === 'report' ? t('followup.action.reported') : t('followup.action.noted');
  const data = {
    verb: FOLLOW_UP_VERBS.complete,
    ...ref(step, digestId),
    slot,
    [inputId('outcome', slot)]: 'noted',
  };
  return executeAction(title, data, 'positive');
}

function postponeForm(
  t: Translator,
  step: FollowUpStep,
  slot: number,
  date: IsoDate,
  digestId: string | null,
): CardAction {
  const legalDeadline = step.legal && step.timing === 'deadline';
  const body: CardElement[] = [
    dateInput({
      id: inputId('date', slot),
      label: t('followup.input.date'),
      isRequired: true,
      errorMessage: t('followup.input.dateError'),
      min: plusDays(date, 1),
      ...(legalDeadline ? { max: step.dueDate } : {}),
    }),
  ];
  if (legalDeadline) {
    body.push(
      text(t('followup.input.dateLegalHint', { date: formatDay(t.locale, step.dueDate, date) }), {
        size: 'Small',
        isSubtle: true,
      }),
    );
  }
  const save = executeAction(t('followup.action.save'), {
    verb: FOLLOW_UP_VERBS.postpone,
    ...ref(step, digestId),
    slot,
  });
  return showCardAction(t('followup.action.postpone'), { body, actions: [save] });
}

function directButtons(t: Translator, step: FollowUpStep, digestId: string | null): CardAction[] {
  const out: CardAction[] = [];
  if (step.kind === 'contact' || step.kind === 'conversation') {
    out.push(
      executeAction(t('followup.action.startGuide'), {
        verb: FOLLOW_UP_VERBS.startGuide,
        ...ref(step, digestId),
      }),
    );
  }
  if (step.audience === 'leader' && step.hrHelpRequestedOn === null) {
    out.push(
      executeAction(t('followup.action.askHr'), {
        verb: FOLLOW_UP_VERBS.askHr,
        ...ref(step, digestId),
      }),
    );
  }
  if (step.offersEarlyIntervention && step.earlyInterventionOfferedOn === null) {
    const verb = FOLLOW_UP_VERBS.offerEarlyIntervention;
    out.push(
      executeAction(t('followup.action.offerEarlyIntervention'), { verb, ...ref(step, digestId) }),
    );
  }
  return out;
}

/** The one or two main buttons of an item: Udført (or Noteret/Anmeldt) and, where it fits, Udskyd. */
export function mainActions(
  t: Translator,
  step: FollowUpStep,
  slot: number,
  date: IsoDate,
  digestId: string | null = null,
): CardAction[] {
  const talk = step.kind === 'contact' || step.kind === 'conversation';
  const first = talk ? outcomeForm(t, step, slot, digestId) : notedButton(t, step, slot, digestId);
  const postpone =
    step.kind === 'info' || step.kind === 'notice'
      ? []
      : [postponeForm(t, step, slot, date, digestId)];
  return [first, ...postpone];
}

/**
 * The further actions of an item (behind "Vis mere" on the day's message): beside "Bed HR om
 * hjælp", a leader's item also offers, under "Start forløb", the referrals the follow-up plan card
 * offers.
 */
export function moreActions(
  t: Translator,
  step: FollowUpStep,
  digestId: string | null = null,
): CardAction[] {
  const referrals = step.audience === 'leader' ? workflowLaunchActions(step.personKey, t) : [];
  // Teams shows at most five actions in a row: the referrals get their own small card.
  const start = showCardAction(t('workflows.button.start'), { body: [], actions: referrals });
  return [...directButtons(t, step, digestId), ...(referrals.length > 0 ? [start] : [])];
}

export function itemActions(
  t: Translator,
  step: FollowUpStep,
  slot: number,
  date: IsoDate,
  digestId: string | null = null,
): CardElement[] {
  return [
    actionSet([...mainActions(t, step, slot, date, digestId), ...directButtons(t, step, digestId)]),
  ];
}
