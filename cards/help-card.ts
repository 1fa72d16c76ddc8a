import type { Capability } from '../domain/capabilities.js';
import type { Role } from '../domain/model.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  card,
  container,
  heading,
  sayAction,
  text,
  type CardAction,
  type CardElement,
} from './elements.js';

export interface HelpView {
  roles: readonly Role[];
  ledUnitNames: readonly string[];
  available: readonly Capability[];
  coming: readonly Capability[];
}

const ITEM_KEYS: Record<Capability, MessageKey> = {
  stats: 'help.item.stats',
  statsAnyUnit: 'help.item.statsHr',
  frequent: 'help.item.frequent',
  register: 'help.item.register',
  plan: 'help.item.plan',
  dueCards: 'help.item.dueCards',
  guide: 'help.item.guide',
  hrCases: 'help.item.hrCases',
  import: 'help.item.import',
  tips: 'help.item.tips',
  tipStats: 'help.item.tipStats',
  channel: 'help.item.channel',
  workflows: 'help.item.workflows',
  tab: 'help.item.tab',
};

function roleLines(view: HelpView, t: Translator): CardElement[] {
  const lines: CardElement[] = [];
  if (view.roles.includes('leader'))
    lines.push(
      text(t('help.roleLeader', { units: view.ledUnitNames.join(', ') }), { isSubtle: true }),
    );
  if (view.roles.includes('hr-consultant'))
    lines.push(text(t('help.roleHrConsultant'), { isSubtle: true }));
  if (view.roles.includes('hr-admin')) lines.push(text(t('help.roleHrAdmin'), { isSubtle: true }));
  return lines;
}

function list(caps: readonly Capability[], t: Translator): string {
  return caps.map((c) => `- ${t(ITEM_KEYS[c])}`).join('\n');
}

function buttons(view: HelpView, t: Translator): CardAction[] {
  const actions: CardAction[] = [];
  if (view.available.includes('stats'))
    actions.push(sayAction(t('help.button.stats'), t('help.button.stats')));
  if (view.available.includes('register'))
    actions.push(sayAction(t('help.button.register'), t('help.button.register')));
  if (view.available.includes('guide'))
    actions.push(sayAction(t('help.button.guide'), t('help.button.guide')));
  return actions;
}

/** The help card: what this person's role can do now, and what is coming. */
export function helpCard(view: HelpView, t: Translator) {
  if (view.roles.includes('none') && view.roles.length === 1) {
    return card([heading(t('help.title')), text(t('help.noRoleBody'))]);
  }
  const body: CardElement[] = [heading(t('help.title')), ...roleLines(view, t)];
  body.push(
    container([text(t('help.available'), { weight: 'Bolder' }), text(list(view.available, t))], {
      spacing: 'Medium',
    }),
  );
  if (view.coming.length > 0) {
    body.push(
      container(
        [
          text(t('help.coming'), { weight: 'Bolder' }),
          text(list(view.coming, t), { isSubtle: true }),
        ],
        { spacing: 'Medium' },
      ),
    );
  }
  body.push(text(t('welcome.privacy'), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return card(body, buttons(view, t));
}
