/**
 * The leader's and sector chief's sections: their units ranked against target, and the people
 * sick now with the next follow-up step and its due date, overdue first, with Udført and Udskyd
 * (the same use case as the chat's buttons).
 */
import type { Api } from './api.js';
import { h, section, table } from './dom.js';
import { figure, gapClass, gapText } from './format.js';
import type { Tr } from './strings.js';
import type { RankingAnswer, SickNowAnswer, StepAnswer } from './types.js';

export function rankingSection(tr: Tr, answer: RankingAnswer): HTMLElement | null {
  const ranking = answer.ranking;
  if (!ranking || ranking.rows.length === 0) return null;
  const rows = ranking.rows.map((r) => [
    r.unitName,
    figure(tr, r.daysPerFte),
    figure(tr, r.target),
    h('span', { class: `heat heat-${gapClass(r.gap)}` }, gapText(tr, r.gap)),
  ]);
  const title = ranking.scopeName
    ? `${tr('rankingTitle')} – ${ranking.scopeName}`
    : tr('rankingTitle');
  return section(
    'ranking',
    title,
    table(title, [tr('unit'), tr('value'), tr('target'), tr('gap')], rows),
  );
}

type Row = SickNowAnswer['rows'][number];

function actions(tr: Tr, api: Api, row: Row, reload: (message: string) => void): HTMLElement {
  const step = row.next;
  if (!step) return h('span', {}, '–');
  const run = async (body: object) => {
    try {
      const answer = await api.post<StepAnswer>(`steps/${encodeURIComponent(step.id)}`, body);
      reload(answer.message);
    } catch (err) {
      reload(err instanceof Error ? err.message : String(err));
    }
  };
  const dateId = `postpone-${step.id.replace(/[^\w-]/g, '_')}`;
  const date = h('input', { type: 'date', id: dateId, min: step.dueDate, class: 'date' });
  return h(
    'div',
    { class: 'actions' },
    h(
      'fluent-button',
      {
        appearance: 'primary',
        size: 'small',
        'aria-label': `${tr('done')}: ${step.title} (${row.name})`,
        onclick: () => void run({ verb: 'complete', version: step.version, outcome: 'talked' }),
      },
      tr('done'),
    ),
    h(
      'span',
      { class: 'postpone' },
      h('label', { for: dateId, class: 'visually-hidden' }, `${tr('postponeTo')} (${row.name})`),
      date,
      h(
        'fluent-button',
        {
          size: 'small',
          'aria-label': `${tr('postpone')}: ${step.title} (${row.name})`,
          onclick: () => {
            if (date.value) void run({ verb: 'postpone', version: step.version, date: date.value });
            else date.focus();
          },
        },
        tr('postpone'),
      ),
    ),
  );
}

export function sickSection(
  tr: Tr,
  api: Api,
  answer: SickNowAnswer,
  reload: (message: string) => void,
  message = '',
): HTMLElement {
  const status = h('p', { role: 'status', class: 'status' }, message);
  if (answer.rows.length === 0)
    return section('sick', tr('sickTitle'), status, h('p', {}, tr('sickNone')));
  const rows = answer.rows.map((r) => [
    r.name,
    `${r.unitName}`,
    `${r.startText} · ${tr('dayOf', { day: r.day })}`,
    r.next ? r.next.title : tr('noStep'),
    r.next
      ? h(
          'span',
          { class: r.overdue ? 'overdue' : '' },
          r.overdue ? `${tr('overdue')}: ${r.next.dueText}` : r.next.dueText,
        )
      : '–',
    actions(tr, api, r, reload),
  ]);
  const head = [tr('name'), tr('unit'), tr('since'), tr('nextStep'), tr('due'), tr('actions')];
  return section(
    'sick',
    `${tr('sickTitle')} (${answer.rows.length})`,
    status,
    table(tr('sickTitle'), head, rows, 'sick'),
  );
}
