/**
 * The leader's and HR's overview asks in chat. Each handler parses the text, calls one use case
 * in app/overview/ and renders its view; the use cases decide audience, role and access and audit
 * every person shown. The overview card's step buttons are the digest's (followup.* verbs); the
 * only card verb here is the choice among employees of one name.
 */
import { compareUnits } from '../../../app/overview/compare-units.js';
import {
  employeeOverview,
  employeeOverviewChosen,
  type EmployeeAnswer,
} from '../../../app/overview/employee-overview.js';
import { hrLateSteps } from '../../../app/overview/hr-late.js';
import { leaderOverview } from '../../../app/overview/leader-overview.js';
import type { OverviewMessage } from '../../../app/overview/answer.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { employeeCard, employeeOverviewChoiceCard } from '../../../cards/employee-card.js';
import { hrLateCard } from '../../../cards/hr-late-card.js';
import { overviewCard } from '../../../cards/overview-card.js';
import { parseOverviewAction } from '../../../cards/overview-actions.js';
import { rankingCard } from '../../../cards/ranking-card.js';
import { sendCard } from '../../cards.js';
import type { ExecuteHandler, TextHandler, Turn } from '../../turn.js';
import { compareAsked, employeeAsked, hrLateAsked, isOverviewAsk } from './overview-intents.js';

type Shown = { kind: 'card'; card: object } | { kind: 'text'; text: string };

const textOf = (turn: Turn, m: OverviewMessage): Shown => ({
  kind: 'text',
  text: turn.t(m.key, m.params),
});

async function show(turn: Turn, shown: Shown): Promise<void> {
  if (shown.kind === 'text') await turn.context.sendActivity(shown.text);
  else await sendCard(turn.context, shown.card);
}

function renderEmployee(turn: Turn, answer: EmployeeAnswer): Shown {
  if (answer.kind === 'message') return textOf(turn, answer);
  if (answer.kind === 'choice')
    return { kind: 'card', card: employeeOverviewChoiceCard(answer, turn.t) };
  return { kind: 'card', card: employeeCard(answer, turn.t) };
}

/** "hvem er syg i dag?", "overblik", "who is sick today?" */
export const overviewTextHandler: TextHandler = {
  name: 'overview',
  intents: ['overview'],
  matches: (text) => isOverviewAsk(text),
  async handle(turn) {
    const answer = await leaderOverview(turn.ctx);
    await show(
      turn,
      answer.kind === 'message'
        ? textOf(turn, answer)
        : { kind: 'card', card: overviewCard(answer, turn.t) },
    );
  },
};

/** "hvordan går det med Mette?", "Mettes fravær", "how is Mette doing?" */
export function employeeTextHandler(options: FollowUpOptions): TextHandler {
  return {
    name: 'overview-employee',
    intents: ['employee'],
    matches: (text) => employeeAsked(text) !== null,
    async handle(turn, text) {
      const name = employeeAsked(text);
      if (name === null) return;
      await show(turn, renderEmployee(turn, await employeeOverview(turn.ctx, { name }, options)));
    },
  };
}

/** "hvilke af mine enheder ligger højest?", "sammenlign mine enheder", "compare my units" */
export const compareTextHandler: TextHandler = {
  name: 'overview-compare',
  intents: ['compare'],
  matches: (text) => compareAsked(text) !== null,
  async handle(turn, text) {
    const asked = compareAsked(text) ?? { year: null };
    const answer = await compareUnits(turn.ctx, asked);
    if (answer.kind === 'message') return show(turn, textOf(turn, answer));
    const scopeName = answer.scopeName ?? turn.t('stats.ranking.yourUnits');
    await show(turn, { kind: 'card', card: rankingCard({ ...answer, scopeName }, turn.t) });
  },
};

/** "forsinkede opfølgninger", "hvem mangler stadig en § 7a-samtale?", "late follow-ups" */
export const hrLateTextHandler: TextHandler = {
  name: 'overview-hr-late',
  intents: ['hr-late'],
  matches: (text) => hrLateAsked(text) !== null,
  async handle(turn, text) {
    const asked = hrLateAsked(text) ?? { filter: 'all' as const };
    const answer = await hrLateSteps(turn.ctx, asked);
    await show(
      turn,
      answer.kind === 'message'
        ? textOf(turn, answer)
        : { kind: 'card', card: hrLateCard(answer, turn.t) },
    );
  },
};

/** The choice among employees of one name: the chosen person's overview replaces the card. */
export function overviewExecuteHandler(options: FollowUpOptions): ExecuteHandler {
  return {
    prefix: 'overview.',
    async handle(turn, _verb, data) {
      const action = parseOverviewAction(data);
      if (!action) return { kind: 'message', text: turn.t('core.invalidAction') };
      const input = { personKey: action.personKey };
      const shown = renderEmployee(turn, await employeeOverviewChosen(turn.ctx, input, options));
      return shown.kind === 'card'
        ? { kind: 'card', card: shown.card }
        : { kind: 'message', text: shown.text };
    },
  };
}

/** The overview feature's routes (registered before the statistics questions). */
export function overviewRoutes(options: FollowUpOptions): {
  text: TextHandler[];
  execute: ExecuteHandler[];
} {
  return {
    text: [
      overviewTextHandler,
      employeeTextHandler(options),
      compareTextHandler,
      hrLateTextHandler,
    ],
    execute: [overviewExecuteHandler(options)],
  };
}
