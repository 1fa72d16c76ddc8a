import type { Translator } from '../i18n/index.js';
import { card, heading, sayAction, text } from './elements.js';

export type ConversationScope = 'personal' | 'channel' | 'groupChat';

/** The welcome card sent on install, worded for the scope it lands in. */
export function welcomeCard(scope: ConversationScope, t: Translator) {
  const intro =
    scope === 'personal'
      ? t('welcome.personal')
      : scope === 'channel'
        ? t('welcome.team')
        : t('welcome.groupChat');
  const helpWord = t.locale === 'da' ? 'hjælp' : 'help';
  return card(
    [
      heading(t('welcome.title')),
      text(intro),
      text(t('welcome.privacy'), { isSubtle: true }),
      text(t('welcome.helpHint')),
    ],
    [sayAction(t('help.title'), helpWord)],
  );
}
