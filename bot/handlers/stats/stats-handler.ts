import { recognizeStatsIntent } from '../../../domain/statistics/chat-intents.js';
import { parseStatsAction, STATS_VERBS } from '../../../cards/stats-actions.js';
import { sendCard } from '../../cards.js';
import type { ExecuteHandler, TextHandler, Turn } from '../../turn.js';
import {
  frequentAnswer,
  periodFor,
  statsAnswer,
  unitCard,
  type StatsAnswer,
} from './stats-service.js';
import { canSeeUnit } from '../../../domain/access.js';

async function send(turn: Turn, answer: StatsAnswer): Promise<void> {
  if (answer.kind === 'text') {
    await turn.context.sendActivity(answer.text);
    return;
  }
  for (const card of answer.cards) await sendCard(turn.context, card);
}

/** "hvordan ligger vi ift. måltal?", "fravær i X", "hvem har haft mange sygeperioder?" … */
export const statsTextHandler: TextHandler = {
  name: 'stats',
  matches: (text, turn) => !turn.roles.includes('none') && recognizeStatsIntent(text) !== null,
  async handle(turn, text) {
    const intent = recognizeStatsIntent(text);
    if (!intent) return;
    if (intent.kind === 'frequent') return send(turn, await frequentAnswer(turn, null));
    await send(turn, statsAnswer(turn, intent.unitPhrase, intent.year));
  },
};

/** A unit's card for the rolling 12 months, or for the calendar year a ranking or choice carried. */
function showUnit(turn: Turn, unitId: string, year: number | undefined): StatsAnswer {
  const period = periodFor(turn, year);
  if ('futureYear' in period)
    return { kind: 'text', text: turn.t('stats.futureYear', { year: String(period.futureYear) }) };
  return unitCard(turn, unitId, period);
}

/** The buttons on stats cards: open a unit, show the frequent-absence list. */
export const statsExecuteHandler: ExecuteHandler = {
  prefix: 'stats.',
  async handle(turn, _verb, data) {
    const action = parseStatsAction(data);
    if (!action) return { kind: 'message', text: turn.t('core.invalidAction') };
    const units = turn.deps.repos.statistics.snapshot().data.units;
    if (!canSeeUnit(turn.person, units, action.unitId))
      return { kind: 'message', text: turn.t('stats.notYourUnit') };
    const answer =
      action.verb === STATS_VERBS.showUnit
        ? showUnit(turn, action.unitId, action.year)
        : await frequentAnswer(turn, action.unitId);
    if (answer.kind === 'text') return { kind: 'message', text: answer.text };
    // The first card replaces the one clicked; further cards (a ranking) follow as messages.
    for (const extra of answer.cards.slice(1)) await sendCard(turn.context, extra);
    return { kind: 'card', card: answer.cards[0] ?? {} };
  },
};
