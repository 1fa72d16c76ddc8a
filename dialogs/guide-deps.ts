/**
 * What the guide dialog needs from the running bot: for each turn, the language the actor is
 * answered in and the guide's use cases (app/) bound to the turn's context. The dialog reaches
 * the store, decides access and writes the audit only through those use cases; dialogs/ never
 * imports bot/.
 */
import type { TurnContext } from 'botbuilder';
import type { GuideUseCases } from '../app/guide/guide-use-cases.js';
import type { Translator } from '../i18n/index.js';

/** One turn of the guide: the actor's translator and the use cases bound to their context. */
export interface GuideTurnDeps {
  t: Translator;
  guide: GuideUseCases;
}

export interface GuideDialogDeps {
  /** This turn's deps (bot/: from the Turn the dialog host put in turnState). */
  turn(context: TurnContext): GuideTurnDeps;
}
