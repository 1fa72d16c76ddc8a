/**
 * Statistics in chat: the text questions and the stats card buttons call the use cases in
 * app/statistics.ts and turn their views into cards. In a group chat or a channel the use cases
 * answer with aggregates only (small groups suppressed for everyone) and refuse person lists.
 */
import {
  readStatsQuestion,
  recognizeStatsIntent,
} from '../../../domain/statistics/chat-intents.js';
import { parseStatsAction, STATS_VERBS } from '../../../cards/stats-actions.js';
import { statsCard } from '../../../cards/stats-card.js';
import { rankingCard } from '../../../cards/ranking-card.js';
import { unitChoiceCard } from '../../../cards/unit-choice-card.js';
import { frequentAbsenceCard } from '../../../cards/frequent-absence-card.js';
import type { Translator } from '../../../i18n/index.js';
import {
  askStatistics,
  frequentAbsenceList,
  showUnitStatistics,
  type StatisticsAnswer,
  type StatisticsView,
} from '../../../app/statistics.js';
import { sendCard } from '../../cards.js';
import type { ExecuteHandler, TextHandler, Turn } from '../../turn.js';

export function statisticsCard(view: StatisticsView, t: Translator): object {
  switch (view.kind) {
    case 'unit':
      return statsCard(view, t);
    case 'ranking':
      return rankingCard({ ...view, scopeName: view.scopeName ?? t('stats.ranking.yourUnits') }, t);
    case 'choice':
      return unitChoiceCard(view, t);
    case 'frequent':
      return frequentAbsenceCard(view, t);
  }
}

type Rendered = { kind: 'cards'; cards: object[] } | { kind: 'text'; text: string };

function render(answer: StatisticsAnswer, t: Translator): Rendered {
  if (answer.kind === 'message') return { kind: 'text', text: t(answer.key, answer.params) };
  return { kind: 'cards', cards: answer.views.map((v) => statisticsCard(v, t)) };
}

async function send(turn: Turn, answer: StatisticsAnswer): Promise<void> {
  const shown = render(answer, turn.t);
  if (shown.kind === 'text') return void (await turn.context.sendActivity(shown.text));
  for (const card of shown.cards) await sendCard(turn.context, card);
}

/**
 * "hvordan ligger vi ift. måltal?", "fravær i X", "hvem har haft mange sygeperioder?" … When the
 * classifier chose the kind (a misspelt "sygefravr"), only the details are read from the words.
 */
export const statsTextHandler: TextHandler = {
  name: 'stats',
  intents: ['stats', 'frequent'],
  matches: (text, turn) => !turn.roles.includes('none') && recognizeStatsIntent(text) !== null,
  accepts: (_text, turn) => !turn.roles.includes('none'),
  async handle(turn, text, chosen) {
    const intent =
      chosen === 'stats' || chosen === 'frequent'
        ? readStatsQuestion(text, chosen)
        : recognizeStatsIntent(text);
    if (!intent) return;
    if (intent.kind === 'frequent')
      return send(turn, await frequentAbsenceList(turn.ctx, { unitId: null }));
    await send(turn, await askStatistics(turn.ctx, intent));
  },
};

/**
 * The buttons on stats cards: open a unit, show the frequent-absence list.
 * "Open" (on a ranking or a unit choice) leaves the clicked card as it is — the invoke is answered
 * with a short message, which Teams shows without touching the card — and sends the unit's card
 * (with its sub-units' ranking, if any) as new messages, so a leader can open unit after unit
 * from the same ranking. The frequent-absence button still replaces the unit's card.
 */
export const statsExecuteHandler: ExecuteHandler = {
  prefix: 'stats.',
  async handle(turn, _verb, data) {
    const action = parseStatsAction(data);
    if (!action) return { kind: 'message', text: turn.t('core.invalidAction') };
    if (action.verb === STATS_VERBS.showUnit) {
      const input = { unitId: action.unitId, year: action.year };
      const shown = render(await showUnitStatistics(turn.ctx, input), turn.t);
      if (shown.kind === 'text') return { kind: 'message', text: shown.text };
      for (const card of shown.cards) await sendCard(turn.context, card);
      return { kind: 'message', text: turn.t('stats.opened') };
    }
    const shown = render(await frequentAbsenceList(turn.ctx, { unitId: action.unitId }), turn.t);
    if (shown.kind === 'text') return { kind: 'message', text: shown.text };
    // The first card replaces the one clicked; further cards follow as messages.
    for (const extra of shown.cards.slice(1)) await sendCard(turn.context, extra);
    return { kind: 'card', card: shown.cards[0] ?? {} };
  },
};
