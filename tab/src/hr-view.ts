/**
 * The HR consultant's sections: a heat map of the units by sector against target (colour and
 * text together), the units rising against a year earlier and follow-up done on time per unit
 * (open workflows come from workflows-view.ts, once for a viewer who is both leader and HR).
 */
import { h, section, table } from './dom.js';
import { figure, gapClass, gapText } from './format.js';
import { num, type Tr } from './strings.js';
import type { HrBoard } from './types.js';

function heatMap(tr: Tr, board: HrBoard): HTMLElement {
  const groups = board.sectors.map((s) =>
    h(
      'div',
      { class: 'heat-group' },
      h('h3', {}, s.sectorName),
      h(
        'ul',
        { class: 'heat-grid', 'aria-label': s.sectorName },
        ...s.rows.map((r) =>
          h(
            'li',
            { class: `heat heat-${gapClass(r.gap)}` },
            h('span', { class: 'heat-name' }, r.unitName),
            h(
              'span',
              { class: 'heat-value' },
              `${figure(tr, r.daysPerFte)} · ${gapText(tr, r.gap)}`,
            ),
          ),
        ),
      ),
    ),
  );
  return section('heat', tr('heatTitle'), h('p', { class: 'sub' }, tr('heatCaption')), ...groups);
}

function rising(tr: Tr, board: HrBoard): HTMLElement {
  if (board.rising.length === 0)
    return section('rising', tr('risingTitle'), h('p', {}, tr('risingNone')));
  return section(
    'rising',
    tr('risingTitle'),
    h(
      'ul',
      {},
      ...board.rising.map((r) =>
        h(
          'li',
          {},
          tr('risingRow', {
            unit: r.unitName,
            now: figure(tr, r.daysPerFte),
            before: figure(tr, r.previousYear),
          }),
        ),
      ),
    ),
  );
}

function onTime(tr: Tr, board: HrBoard): HTMLElement {
  if (board.onTime.length === 0)
    return section('ontime', tr('onTimeTitle'), h('p', {}, tr('onTimeNone')));
  const rows = board.onTime.map((r) => [
    r.unitName,
    r.share === null ? '–' : `${num(tr.lang, r.share * 100, 0)} %`,
    String(r.closed),
  ]);
  return section(
    'ontime',
    tr('onTimeTitle'),
    table(tr('onTimeTitle'), [tr('unit'), tr('onTimeShare'), tr('closedSteps')], rows),
  );
}

export function hrSections(tr: Tr, board: HrBoard): HTMLElement[] {
  return [heatMap(tr, board), rising(tr, board), onTime(tr, board)];
}
