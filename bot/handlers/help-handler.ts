import { capabilitiesFor } from '../../domain/capabilities.js';
import { isHelp } from '../../domain/intents.js';
import { helpCard } from '../../cards/help-card.js';
import { sendCard } from '../cards.js';
import type { TextHandler, Turn } from '../turn.js';

async function ledUnitNames(turn: Turn): Promise<string[]> {
  const { units } = await turn.deps.repos.org.snapshot();
  const byId = new Map(units.map((u) => [u.id, u.name]));
  return turn.person.leads.map((id) => byId.get(id) ?? id);
}

/** "hjælp" / "help": a card with what this person's role can do. */
export const helpHandler: TextHandler = {
  name: 'help',
  intents: ['help'],
  matches: (text) => isHelp(text) || text === '',
  accepts: () => true,
  async handle(turn) {
    const caps = capabilitiesFor(turn.roles);
    const view = { roles: turn.roles, ledUnitNames: await ledUnitNames(turn), ...caps };
    await sendCard(turn.context, helpCard(view, turn.t));
  },
};
