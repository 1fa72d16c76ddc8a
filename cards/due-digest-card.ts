/**
 * One digest card per recipient per day with the day's due items. Each open item offers Udført
 * (structured outcome), Udskyd (date picker), Start samtaleguide, Bed HR om hjælp and, where the
 * policy says so, Tilbyd Tidlig Indsats — as Action.Execute with {verb, stepId, version}.
 * The same builder makes the "updated" card: an item whose step is settled (or postponed)
 * shows what happened instead of buttons, so a refreshed card cannot act twice.
 */
import type { IsoDate } from '../domain/model.js';
import { LEGAL_CONVERSATION_KEY } from '../domain/follow-up/legal-overlay.js';
import type { DueItem, FollowUpStep } from '../domain/follow-up/step-types.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import { card, container, heading, text, type AdaptiveCard, type CardElement } from './elements.js';
import { itemActions } from './due-digest-actions.js';
import {
  dueText,
  formatDay,
  outcomeText,
  stateText,
  stepPurpose,
  stepTitle,
} from './follow-up-format.js';

/** More items than this go in the next card (the card must stay under 40 KB). */
export const MAX_DIGEST_ITEMS = 10;

export interface DigestItemView {
  item: DueItem;
  /** The step as it is now (after any action): decides buttons or the "updated" line. */
  step: FollowUpStep;
  employeeName: string;
  /** The employee's leader (named in HR escalation items). */
  leaderName: string;
  /** The original due day when the outbox delivers late (catch-up after downtime). */
  lateFrom: IsoDate | null;
}

export interface DigestView {
  /** The stored digest's id (carried by every action, so the whole card can be refreshed). */
  id?: string | null;
  recipientName: string;
  audience: 'leader' | 'hr';
  date: IsoDate;
  items: readonly DigestItemView[];
  /** A short, already translated message at the top after an action (saved, stale, refused). */
  notice: { text: string; tone: 'good' | 'attention' } | null;
}

/** An item still wants action: its step is open, or postponed to this card's day or earlier. */
export function isActionable(step: FollowUpStep, date: IsoDate): boolean {
  if (step.state === 'open') return true;
  return step.state === 'postponed' && (step.postponedTo ?? '') <= date;
}

function itemHeader(t: Translator, v: DigestItemView): CardElement {
  const label = t(`followup.due.${v.item.kind}`);
  return text(`${label} · ${escapeMarkdown(v.employeeName)} · ${stepTitle(t, v.step.purpose)}`, {
    weight: 'Bolder',
  });
}

function dateLine(t: Translator, v: DigestItemView, date: IsoDate): CardElement {
  const overdue = v.step.dueDate < date && v.step.timing === 'deadline';
  const line = overdue
    ? t('followup.date.overdue', { date: formatDay(t.locale, v.step.dueDate, date) })
    : dueText(t, v.step, date);
  const badges = [
    v.step.legal ? t('followup.badge.legal') : '',
    v.step.mandatory ? '' : t('followup.badge.recommended'),
  ].filter((b) => b !== '');
  const badge = badges.map((b) => ` · ${b}`).join('');
  return text(`${line}${badge}`, { color: overdue ? 'Attention' : 'Default', spacing: 'Small' });
}

function statusLines(t: Translator, v: DigestItemView, date: IsoDate): CardElement[] {
  const s = v.step;
  const out: CardElement[] = [];
  if (s.hrHelpRequestedOn)
    out.push(
      text(t('followup.digest.hrAsked', { date: formatDay(t.locale, s.hrHelpRequestedOn, date) }), {
        size: 'Small',
      }),
    );
  if (s.earlyInterventionOfferedOn) {
    out.push(
      text(
        t('followup.digest.earlyInterventionOffered', {
          date: formatDay(t.locale, s.earlyInterventionOfferedOn, date),
        }),
        { size: 'Small' },
      ),
    );
  }
  if (isActionable(s, date)) return out;
  if (s.state === 'postponed' && s.postponedTo) {
    out.push(
      text(t('followup.digest.postponedTo', { date: formatDay(t.locale, s.postponedTo, date) }), {
        color: 'Good',
      }),
    );
  } else if ((s.state === 'done' || s.state === 'skipped-with-reason') && s.outcome) {
    out.push(
      text(t('followup.digest.savedOutcome', { outcome: raw(outcomeText(t, s.outcome)) }), {
        color: 'Good',
      }),
    );
  } else {
    out.push(text(t('followup.digest.closed', { state: raw(stateText(t, s)) }), { color: 'Good' }));
  }
  return out;
}

function escalationBody(t: Translator, v: DigestItemView, date: IsoDate): CardElement[] {
  const params = {
    name: v.employeeName,
    date: formatDay(t.locale, v.step.dueDate, date),
    leader: v.leaderName,
  };
  return [text(t('followup.digest.escalation', params), { spacing: 'Small' })];
}

function itemBlock(
  t: Translator,
  v: DigestItemView,
  slot: number,
  date: IsoDate,
  digestId: string | null,
): CardElement {
  const escalation = v.item.kind === 'escalation';
  const body: CardElement[] = [
    itemHeader(t, v),
    ...(escalation
      ? escalationBody(t, v, date)
      : [text(stepPurpose(t, v.step.purpose), { isSubtle: true, spacing: 'Small' })]),
    dateLine(t, v, date),
  ];
  if (v.lateFrom)
    body.push(
      text(t('followup.date.late', { date: formatDay(t.locale, v.lateFrom, date) }), {
        size: 'Small',
        isSubtle: true,
      }),
    );
  if (v.step.key === LEGAL_CONVERSATION_KEY && !escalation)
    body.push(text(t('followup.para56'), { size: 'Small', isSubtle: true }));
  body.push(...statusLines(t, v, date));
  if (!escalation && isActionable(v.step, date))
    body.push(...itemActions(t, v.step, slot, date, digestId));
  const settled = !escalation && !isActionable(v.step, date);
  return container(body, {
    separator: slot > 0,
    spacing: 'Medium',
    ...(settled ? { style: 'good' } : {}),
  });
}

export function dueDigestCard(view: DigestView, t: Translator): AdaptiveCard {
  const shown = view.items.slice(0, MAX_DIGEST_ITEMS);
  const rest = view.items.length - shown.length;
  const intro = view.audience === 'hr' ? 'followup.digest.introHr' : 'followup.digest.intro';
  const body: CardElement[] = [
    heading(t(view.audience === 'hr' ? 'followup.digest.titleHr' : 'followup.digest.title')),
    text(t(intro, { name: view.recipientName }), { spacing: 'Small' }),
  ];
  if (view.notice) {
    const color = view.notice.tone === 'good' ? 'Good' : 'Attention';
    body.push(
      container([text(view.notice.text, { color, weight: 'Bolder' })], { style: view.notice.tone }),
    );
  }
  body.push(...shown.map((v, slot) => itemBlock(t, v, slot, view.date, view.id ?? null)));
  if (rest > 0)
    body.push(text(t('followup.digest.more', { count: String(rest) }), { isSubtle: true }));
  return card(body);
}
