/**
 * The conversation guide as a botbuilder dialog. The dialog itself holds only which session it
 * is showing; the session lives in the store, reached through the guide's use cases (app/), so a
 * leader can leave at any step and come back days later, across restarts. Each turn: load, apply,
 * save, show the card.
 *
 * - A guide card's submit (verb 'guide.*') and the words "senere" / "fortsæt" are the guide's.
 *   Any other text is left to the rest of the bot (continueDialog answers 'empty'), so a
 *   question in the middle of a guide is still answered and the guide stays where it was.
 * - "annuller" (the router's cancelAll) cancels the session too. A begin that takes over from a
 *   running guide sets GUIDE_HANDOVER in turnState first: the guide left behind stays open.
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogReason,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { guideChatWord } from '../domain/guide/guide-intents.js';
import type { GuideDialogDeps } from './guide-deps.js';
import { isGuideValue, runGuideTurn } from './guide-turn.js';

export const GUIDE_DIALOG_ID = 'naervaer.guide';
/** Set to true in turnState before beginning a guide over a running one (it is not cancelled). */
export const GUIDE_HANDOVER = Symbol('naervaer.guide.handover');
const TURNS = 'naervaer.guide.turns';
const SESSION = 'guideSessionId';

/** Options of a begin: the session to show (from a due card or a resume); none for a submit. */
export interface GuideDialogOptions {
  sessionId?: string;
}

function sessionIdIn(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('sessionId' in value)) return null;
  return typeof value.sessionId === 'string' ? value.sessionId : null;
}

type State = Record<string, unknown>;

/** The component instance's own state (beside the waterfall's), where the session id is kept. */
const stateOf = (instance: DialogInstance<State> | undefined): State => instance?.state ?? {};

/** The session the component's instance holds. */
const heldSession = (state: State): string | null => sessionIdIn({ sessionId: state[SESSION] });

export class GuideDialog extends ComponentDialog {
  constructor(readonly deps: GuideDialogDeps) {
    super(GUIDE_DIALOG_ID);
    this.addDialog(
      new WaterfallDialog(TURNS, [this.turnStep.bind(this), this.loopStep.bind(this)]),
    );
    this.initialDialogId = TURNS;
  }

  /** Only the guide's own submits and words continue it; anything else is not handled here. */
  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    const { activity } = outer.context;
    if (!isGuideValue(activity.value) && guideChatWord(activity.text ?? '') === null) {
      return { status: DialogTurnStatus.empty };
    }
    return super.continueDialog(outer);
  }

  protected override async onEndDialog(
    context: TurnContext,
    instance: DialogInstance<State>,
    reason: DialogReason,
  ): Promise<void> {
    if (reason !== DialogReason.cancelCalled || context.turnState.get(GUIDE_HANDOVER) === true)
      return;
    const sessionId = heldSession(stateOf(instance));
    if (sessionId !== null) await this.cancelSession(context, sessionId);
  }

  /** "annuller": the session is cancelled as the cancel button would (owner only). */
  private async cancelSession(context: TurnContext, sessionId: string): Promise<void> {
    await this.deps.turn(context).guide.cancelByWord(sessionId);
  }

  private async turnStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step.parent?.activeDialog);
    const current = heldSession(state);
    const begun = step.index === 0 && current === null ? sessionIdIn(step.options) : null;
    const result = await runGuideTurn(this.deps, step.context, { current, begun });
    if (!result.wait || result.sessionId === null) {
      delete state[SESSION];
      return step.endDialog();
    }
    state[SESSION] = result.sessionId;
    return Dialog.EndOfTurn;
  }

  private async loopStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(TURNS);
  }
}
