/**
 * HR's tip statistics: per tip how often it was shown and how many found it useful or not (counts
 * only, never names), most shown first, each with a button to switch it off (or on again).
 */
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  columns,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { TIP_VERBS } from './tip-actions.js';

/** Rows shown (the card must stay under Teams' size limit). */
export const MAX_TIP_ROWS = 30;

export interface TipStatsView {
  rows: ReadonlyArray<{ tipId: string; shown: number; up: number; down: number; off: boolean }>;
  /** What was just done, if anything (e.g. "T017 is switched off"). */
  notice: { key: MessageKey; tipId: string } | null;
}

function row(r: TipStatsView['rows'][number], t: Translator): CardElement {
  const params = { id: r.tipId, shown: String(r.shown), up: String(r.up), down: String(r.down) };
  const button = executeAction(
    t(r.off ? 'tips.stats.switchOn' : 'tips.stats.switchOff', { id: r.tipId }),
    {
      verb: TIP_VERBS.switch,
      tipId: r.tipId,
      off: !r.off,
    },
  );
  return columns([
    { items: [text(t(r.off ? 'tips.stats.rowOff' : 'tips.stats.row', params))] },
    { items: [actionSet([button])], width: 'auto' },
  ]);
}

export function tipStatsCard(view: TipStatsView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('tips.stats.title')),
    text(t('tips.stats.intro'), { isSubtle: true }),
  ];
  if (view.notice)
    body.push(text(t(view.notice.key, { id: view.notice.tipId }), { color: 'Good' }));
  const rows = [...view.rows].sort((a, b) => b.shown - a.shown || a.tipId.localeCompare(b.tipId));
  if (rows.length === 0) body.push(text(t('tips.stats.none')));
  for (const r of rows.slice(0, MAX_TIP_ROWS)) body.push(row(r, t));
  return card(body);
}
