/**
 * The day's one follow-up message: everything due, late or flagged, most urgent first (late, then
 * due, then frequent-absence flags). Each item is compact — name, what, when and its one or two
 * main buttons (Udført or Noteret, Udskyd); the purpose and the further actions (samtaleguide,
 * Bed HR om hjælp, Tilbyd Tidlig Indsats) sit behind "Vis mere". A day with more items than one
 * card shows says how many more there are, with a button to the next ones (a page of the same
 * message). All buttons are Action.Execute with {verb, stepId, version}. The same builder makes
 * the "updated" card: an item whose step is settled (or postponed) shows what happened instead
 * of buttons, so a refreshed card cannot act twice.
 */
import { collate, collateDa } from '../domain/collation.js';
import type { IsoDate } from '../domain/model.js';
import { LEGAL_CONVERSATION_KEY } from '../domain/follow-up/legal-overlay.js';
import type { TriggerHit } from '../domain/follow-up/frequency.js';
import type { DueItem, FollowUpStep } from '../domain/follow-up/step-types.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  container,
  executeAction,
  heading,
  showCardAction,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { mainActions, moreActions } from './due-digest-actions.js';
import { workflowLineBlock, type DigestWorkflowView } from './digest-workflow-lines.js';
import { FOLLOW_UP_VERBS } from './follow-up-actions.js';
import { frequencyCounts } from './frequency-trigger-card.js';
import {
  dueText,
  formatDay,
  outcomeText,
  stateText,
  stepPurpose,
  stepTitle,
} from './follow-up-format.js';

/** Lines one card shows; the rest are on the next pages of the same message (under 40 KB). */
export const MAX_DIGEST_ITEMS = 10;

/** The verb of the "next items" button: answers with that page of the day's message. */
export const DIGEST_PAGE_VERB = FOLLOW_UP_VERBS.digestPage;

/** The digest id a page's actions carry, so a refreshed card stays on its page. */
export const pageDigestId = (id: string, page: number): string =>
  page > 0 ? `${id}|p${page}` : id;

/** The stored digest id and page an action's digest id names. */
export function parsePageDigestId(value: string): { id: string; page: number } {
  const m = /^(.*)\|p(\d{1,3})$/.exec(value);
  return m ? { id: m[1] ?? value, page: Number(m[2]) } : { id: value, page: 0 };
}

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

/** A frequent-absence flag: one per person, every trigger that fired together on one line. */
export interface DigestFlagView {
  personKey: string;
  employeeName: string;
  hits: readonly TriggerHit[];
  handled: 'guide' | 'hr' | null;
}

export interface DigestView {
  /** The stored digest's id (carried by every action, so the whole card can be refreshed). */
  id?: string | null;
  recipientName: string;
  audience: 'leader' | 'hr';
  date: IsoDate;
  items: readonly DigestItemView[];
  flags?: readonly DigestFlagView[];
  /** Workflow steps that became the recipient's ("Forløb", after the follow-up lines). */
  workflows?: readonly DigestWorkflowView[];
  /** The page of the message to show (0: the first, most urgent items). */
  page?: number;
  /** A short, already translated message at the top after an action (saved, stale, refused). */
  notice: { text: string; tone: 'good' | 'attention' } | null;
}

/** An item still wants action: its step is open, or postponed to this card's day or earlier. */
export function isActionable(step: FollowUpStep, date: IsoDate): boolean {
  if (step.state === 'open') return true;
  return step.state === 'postponed' && (step.postponedTo ?? '') <= date;
}

function itemHeader(t: Translator, v: DigestItemView): CardElement {
  const late = v.lateFrom !== null && v.item.kind !== 'escalation';
  const label = late ? t('followup.digest.lateLabel') : t(`followup.due.${v.item.kind}`);
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

/** The purpose, § 56 and the status of help asked or offered: shown behind "Vis mere". */
function detailLines(t: Translator, v: DigestItemView): CardElement[] {
  const out = [text(stepPurpose(t, v.step.purpose), { isSubtle: true })];
  if (v.step.key === LEGAL_CONVERSATION_KEY)
    out.push(text(t('followup.para56'), { size: 'Small', isSubtle: true }));
  return out;
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
    ...(escalation ? escalationBody(t, v, date) : []),
    dateLine(t, v, date),
  ];
  if (v.lateFrom)
    body.push(
      text(t('followup.date.late', { date: formatDay(t.locale, v.lateFrom, date) }), {
        size: 'Small',
        isSubtle: true,
      }),
    );
  body.push(...statusLines(t, v, date));
  const actionable = !escalation && isActionable(v.step, date);
  if (actionable) {
    const more = showCardAction(t('followup.digest.showMore'), {
      body: detailLines(t, v),
      ...(moreActions(t, v.step, digestId).length > 0
        ? { actions: moreActions(t, v.step, digestId) }
        : {}),
    });
    body.push(actionSet([...mainActions(t, v.step, slot, date, digestId), more]));
  }
  return container(body, {
    separator: slot > 0,
    spacing: 'Medium',
    ...(!escalation && !actionable ? { style: 'good' } : {}),
  });
}

function flagBlock(t: Translator, f: DigestFlagView, slot: number): CardElement {
  const body: CardElement[] = [
    text(`${t('followup.digest.flagLabel')} · ${escapeMarkdown(f.employeeName)}`, {
      weight: 'Bolder',
    }),
    text(t('followup.digest.flagLine', { counts: raw(frequencyCounts(t, f.hits)) }), {
      spacing: 'Small',
    }),
  ];
  const first = f.hits[0];
  if (f.handled || !first) {
    const key =
      f.handled === 'hr' ? 'followup.frequency.handledHr' : 'followup.frequency.handledGuide';
    body.push(text(t(key), { color: 'Good' }));
    return container(body, { separator: slot > 0, spacing: 'Medium', style: 'good' });
  }
  const data = { personKey: f.personKey, triggerId: first.trigger.id };
  const more = showCardAction(t('followup.digest.showMore'), {
    body: [
      text(t('followup.frequency.body'), { isSubtle: true }),
      text(t('followup.para56'), { size: 'Small', isSubtle: true }),
    ],
    actions: [
      executeAction(t('followup.action.askHr'), {
        verb: FOLLOW_UP_VERBS.frequencyAskHr,
        ...data,
      }),
    ],
  });
  const prepare = executeAction(
    t('followup.frequency.prepare'),
    { verb: FOLLOW_UP_VERBS.frequencyGuide, ...data },
    'positive',
  );
  body.push(actionSet([prepare, more]));
  return container(body, { separator: slot > 0, spacing: 'Medium' });
}

/** Late first, then due, then the rest; by deadline and name within each. */
function urgency(v: DigestItemView): number {
  if (v.lateFrom !== null || v.item.kind === 'reminder') return 0;
  return 1;
}

type Entry =
  | { kind: 'item'; v: DigestItemView }
  | { kind: 'flag'; f: DigestFlagView }
  | { kind: 'workflow'; w: DigestWorkflowView };

/** Every line of the message, most urgent first. */
export function digestEntries(view: DigestView): Entry[] {
  const items = [...view.items].sort(
    (a, b) =>
      urgency(a) - urgency(b) ||
      collate(a.step.dueDate, b.step.dueDate) ||
      collateDa(a.employeeName, b.employeeName) ||
      collate(a.item.stepId, b.item.stepId),
  );
  return [
    ...items.map((v): Entry => ({ kind: 'item', v })),
    ...(view.flags ?? []).map((f): Entry => ({ kind: 'flag', f })),
    ...(view.workflows ?? []).map((w): Entry => ({ kind: 'workflow', w })),
  ];
}

function pageActions(
  t: Translator,
  view: DigestView,
  page: number,
  pages: number,
  rest: number,
): CardAction[] {
  const id = view.id ?? null;
  if (!id) return [];
  const go = (title: string, to: number) =>
    executeAction(title, { verb: DIGEST_PAGE_VERB, digestId: id, page: to });
  const out: CardAction[] = [];
  if (page + 1 < pages)
    out.push(
      go(
        t('followup.digest.nextPage', { count: String(Math.min(rest, MAX_DIGEST_ITEMS)) }),
        page + 1,
      ),
    );
  if (page > 0) out.push(go(t('followup.digest.firstPage'), 0));
  return out;
}

export function dueDigestCard(view: DigestView, t: Translator): AdaptiveCard {
  const entries = digestEntries(view);
  const pages = Math.max(1, Math.ceil(entries.length / MAX_DIGEST_ITEMS));
  const page = Math.min(Math.max(0, view.page ?? 0), pages - 1);
  const shown = entries.slice(page * MAX_DIGEST_ITEMS, (page + 1) * MAX_DIGEST_ITEMS);
  const rest = entries.length - (page + 1) * MAX_DIGEST_ITEMS;
  const hr = view.audience === 'hr';
  const title = t(hr ? 'followup.digest.titleHr' : 'followup.digest.title');
  const body: CardElement[] = [
    heading(
      pages > 1
        ? t('followup.digest.titlePage', { title, page: String(page + 1), pages: String(pages) })
        : title,
    ),
    text(
      t(hr ? 'followup.digest.introHr' : 'followup.digest.intro', { name: view.recipientName }),
      {
        spacing: 'Small',
      },
    ),
  ];
  if (view.notice) {
    const color = view.notice.tone === 'good' ? 'Good' : 'Attention';
    body.push(
      container([text(view.notice.text, { color, weight: 'Bolder' })], { style: view.notice.tone }),
    );
  }
  const actionId = view.id ? pageDigestId(view.id, page) : null;
  const firstLine = shown.findIndex((e) => e.kind === 'workflow');
  body.push(
    ...shown.map((e, slot) =>
      e.kind === 'item'
        ? itemBlock(t, e.v, slot, view.date, actionId)
        : e.kind === 'flag'
          ? flagBlock(t, e.f, slot)
          : workflowLineBlock(t, e.w, slot, slot === firstLine, view.date),
    ),
  );
  if (rest > 0)
    body.push(text(t('followup.digest.more', { count: String(rest) }), { isSubtle: true }));
  const nav = pageActions(t, view, page, pages, rest);
  if (nav.length > 0) body.push(actionSet(nav));
  return card(body);
}
