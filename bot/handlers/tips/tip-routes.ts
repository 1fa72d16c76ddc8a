/**
 * The well-being tips in chat: "giv mig et tip" / "tip om tillid" → a tip card; "ugens
 * trivselstip" → the weekly tip's weekday card; "tip-statistik" (HR) → the tip statistics. The
 * cards' buttons (tips.*) are answered with the card as it is now, or a short message. Each
 * handler parses, calls one use case in app/tips.ts and renders.
 */
import {
  answerTip,
  nextTip,
  setWeeklyTip,
  switchTip,
  tipStatistics,
  weeklyTipDay,
  type TipMessage,
  type TipShownView,
} from '../../../app/tips.js';
import { parseTipAction, TIP_PREFIX, type TipAction } from '../../../cards/tip-actions.js';
import { tipCard } from '../../../cards/tip-card.js';
import { tipStatsCard, type TipStatsView } from '../../../cards/tip-stats-card.js';
import { weeklyTipCard } from '../../../cards/tip-weekly-card.js';
import { themeAsked, tipAsked, type TipAsk } from '../../../domain/tips/tip-phrases.js';
import type { MessageKey } from '../../../i18n/index.js';
import { sendCard } from '../../cards.js';
import type { ExecuteAnswer, ExecuteHandler, TextHandler, Turn } from '../../turn.js';

const say = (turn: Turn, m: TipMessage): ExecuteAnswer => ({
  kind: 'message',
  text: turn.t(m.key, m.params),
});

function tipAnswer(turn: Turn, shown: TipShownView | TipMessage, answered: boolean | null = null) {
  if (shown.kind === 'message') return say(turn, shown);
  const view = { ...shown, place: 'card' as const, answered };
  return { kind: 'card' as const, card: tipCard(view, turn.t) };
}

async function statsAnswer(turn: Turn, notice: TipStatsView['notice']): Promise<ExecuteAnswer> {
  const stats = await tipStatistics(turn.ctx);
  if (stats.kind === 'message') return say(turn, stats);
  return { kind: 'card', card: tipStatsCard({ rows: stats.rows, notice }, turn.t) };
}

async function weeklyAnswer(turn: Turn, notice: MessageKey | null): Promise<ExecuteAnswer> {
  const weekday = await weeklyTipDay(turn.ctx);
  return { kind: 'card', card: weeklyTipCard({ weekday, notice }, turn.t) };
}

async function show(turn: Turn, answer: ExecuteAnswer): Promise<void> {
  if (answer.kind === 'card') await sendCard(turn.context, answer.card);
  else await turn.context.sendActivity(answer.text);
}

/** "giv mig et tip", "tip om tillid", "ugens trivselstip", "tip-statistik" (and in English). */
export const tipTextHandler: TextHandler = {
  name: 'tips',
  intents: ['tip', 'tip-weekly', 'tip-stats'],
  matches: (text) => tipAsked(text) !== null,
  accepts: () => true,
  async handle(turn, text, intent) {
    const parsed = tipAsked(text);
    // The phrases for the weekly tip and the statistics are exact; else the classifier decides.
    const ask: TipAsk =
      parsed && parsed.kind !== 'tip'
        ? parsed
        : intent === 'tip-weekly'
          ? { kind: 'weekly' }
          : intent === 'tip-stats'
            ? { kind: 'stats' }
            : (parsed ?? { kind: 'tip', asked: themeAsked(text) });
    if (ask.kind === 'stats') return show(turn, await statsAnswer(turn, null));
    if (ask.kind === 'weekly') return show(turn, await weeklyAnswer(turn, null));
    return show(turn, tipAnswer(turn, await nextTip(turn.ctx, { asked: ask.asked, step: null })));
  },
};

async function act(turn: Turn, action: TipAction): Promise<ExecuteAnswer> {
  switch (action.verb) {
    case 'tips.another':
      return tipAnswer(turn, await nextTip(turn.ctx, { asked: action.theme, step: action.step }));
    case 'tips.feedback': {
      const answered = await answerTip(turn.ctx, action);
      if ('kind' in answered) return say(turn, answered);
      if (action.place === 'digest')
        return say(turn, {
          kind: 'message',
          key: action.useful ? 'tips.card.thanksUp' : 'tips.card.thanksDown',
        });
      const { tip } = answered;
      const view = { tipId: tip.id, element: tip.element, asked: action.theme, step: null };
      const card = tipCard(
        { ...view, repeat: false, place: action.place, answered: action.useful },
        turn.t,
      );
      return { kind: 'card', card };
    }
    case 'tips.weekly.save': {
      const saved = await setWeeklyTip(turn.ctx, action.weekday);
      return 'kind' in saved ? say(turn, saved) : weeklyAnswer(turn, 'tips.weekly.saved');
    }
    case 'tips.weekly.stop':
      await setWeeklyTip(turn.ctx, null);
      return weeklyAnswer(turn, 'tips.weekly.stopped');
    case 'tips.switch': {
      const done = await switchTip(turn.ctx, action);
      if ('kind' in done) return say(turn, done);
      const key = action.off ? 'tips.stats.switchedOff' : 'tips.stats.switchedOn';
      return statsAnswer(turn, { key, tipId: action.tipId });
    }
  }
}

/** The tip cards' buttons. */
export const tipExecuteHandler: ExecuteHandler = {
  prefix: TIP_PREFIX,
  async handle(turn, verb, data) {
    const action = parseTipAction({ ...data, verb });
    if (!action) return { kind: 'message', text: turn.t('core.invalidAction') };
    return act(turn, action);
  },
};

export const tipRoutes = { text: [tipTextHandler], execute: [tipExecuteHandler] };
