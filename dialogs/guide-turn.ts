/**
 * One turn of the guide: a submit from a guide card, a resume, or a word in chat ("senere").
 * Every turn loads the session through the guide's use cases, applies the parsed command with the
 * domain's `applyGuideCommand`, saves it against the version it was loaded at, and shows the card
 * for the new step on the guide's one card (refreshed in place, guide-card-place.ts). A refused
 * command changes nothing and is answered with its localized reason. A button on an older card —
 * an earlier step, or a guide since finished — changes nothing: the leader is told the guide has
 * moved on and is shown its current card.
 */
import type { TurnContext } from 'botbuilder';
import type { GuideWorld } from '../app/guide/guide-world.js';
import type { GuideCommand } from '../domain/guide/guide-transitions.js';
import { applyGuideCommand } from '../domain/guide/guide-transitions.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import { guideChatWord } from '../domain/guide/guide-intents.js';
import { parseGuideSubmit, type GuideSubmit } from '../cards/guide-submit.js';
import type { StoredGuide } from '../data/guide-repository.js';
import type { GuideDialogDeps, GuideTurnDeps } from './guide-deps.js';
import { finishGuide } from './guide-completion.js';
import { exportDocument } from './guide-export.js';
import { placeGuideCard, pressedCardOf, type CardPlacement } from './guide-card-place.js';
import { refuse, say, stepCardOf } from './guide-reply.js';
import { offerGuide } from './guide-start.js';

/** Which session the dialog holds after the turn; `wait` false ends the dialog. */
export interface TurnResult {
  sessionId: string | null;
  wait: boolean;
}

interface Turn {
  deps: GuideTurnDeps;
  context: TurnContext;
  /** The session the dialog held before this turn. */
  current: string | null;
  /** The message whose guide button was pressed, if the turn is a press. */
  pressed: string | null;
}

/** Whether a command may come from a card other than the guide's own (an offer card's). */
type Source = 'guideCard' | 'offer';

const keep = (turn: Turn): TurnResult => ({ sessionId: turn.current, wait: turn.current !== null });

async function refused(
  turn: Turn,
  stored: StoredGuide,
  command: GuideCommand['type'],
  failure: { reason: GuideError; detail?: Record<string, string | number> },
): Promise<TurnResult> {
  const denied = failure.reason === 'notYourGuide' || failure.reason === 'notYourEmployee';
  await turn.deps.guide.audit({
    action: `guide.${command}`,
    subject: stored.session.personKey,
    unitId: null,
    outcome: denied ? 'denied' : 'rejected',
    detail: failure.reason,
  });
  await refuse(turn.context, turn.deps.t, failure);
  return keep(turn);
}

async function saved(
  turn: Turn,
  stored: StoredGuide,
  next: StoredGuide['session'],
  world: GuideWorld,
  placement: CardPlacement,
): Promise<TurnResult> {
  const { context, deps } = turn;
  const { t } = deps;
  if (next.status === 'completed') {
    const completed = { session: next, expectedVersion: stored.version, world };
    const outcome = await finishGuide(deps, context, completed, holderOf(stored));
    if (outcome.status === 'saved') return { sessionId: next.id, wait: false };
    await refuse(context, t, { reason: 'staleCard' });
    return keep(turn);
  }
  const outcome = await deps.guide.save(next, stored.version);
  if (outcome.status !== 'saved') {
    await refuse(context, t, { reason: 'staleCard' });
    return keep(turn);
  }
  if (next.status === 'paused') await say(context, t('guide.left'));
  if (next.status === 'cancelled') await say(context, t('guide.cancelled'));
  if (next.status !== 'active') return { sessionId: next.id, wait: false };
  await placeGuideCard(deps, context, holderOf(stored), stepCardOf(next, world, t), placement);
  return { sessionId: next.id, wait: true };
}

const holderOf = (stored: StoredGuide) => ({
  sessionId: stored.session.id,
  cardActivityId: stored.cardActivityId,
});

const isOpen = (stored: StoredGuide): boolean =>
  stored.session.status === 'active' || stored.session.status === 'paused';

/** A press on a message other than the guide's card (the card moved on to a newer message). */
const fromOlderCard = (turn: Turn, stored: StoredGuide): boolean =>
  turn.pressed !== null &&
  stored.cardActivityId !== null &&
  turn.pressed !== stored.cardActivityId &&
  isOpen(stored);

/**
 * A button of an older card: nothing changes; the leader is told the guide has moved on and is
 * shown the guide's current card as a new message (which becomes the guide's card).
 */
async function movedOn(
  turn: Turn,
  stored: StoredGuide,
  world: GuideWorld,
  command: GuideCommand['type'],
  reason: GuideError,
): Promise<TurnResult> {
  const { deps, context } = turn;
  await deps.guide.audit({
    action: `guide.${command}`,
    subject: stored.session.personKey,
    unitId: null,
    outcome: 'rejected',
    detail: `${reason}:moved-on`,
  });
  await say(context, deps.t('guide.movedOn'));
  const card = stepCardOf(stored.session, world, deps.t);
  await placeGuideCard(deps, context, holderOf(stored), card, 'new');
  return { sessionId: stored.session.id, wait: true };
}

/** A button of a finished guide's card: the leader's open guide about the person, if any. */
async function closedGuide(
  turn: Turn,
  stored: StoredGuide,
  command: GuideCommand['type'],
): Promise<TurnResult | null> {
  if (turn.pressed === null) return null;
  const open = await turn.deps.guide.openAbout(stored.session.personKey);
  if (!open) return null;
  const world = await turn.deps.guide.world(open.session);
  return world.ok ? movedOn(turn, open, world.value, command, 'guideClosed') : null;
}

/**
 * Loads the session, applies the command, saves, and shows the new step. `source` 'offer': the
 * command comes from a card that offers the guide (start, resume, start over), which then
 * becomes the guide's card.
 */
export async function runCommand(
  turn: Turn,
  sessionId: string,
  command: GuideCommand,
  source: Source = 'guideCard',
): Promise<TurnResult> {
  const stored = await turn.deps.guide.load(sessionId);
  if (!stored) {
    await say(turn.context, turn.deps.t('core.invalidAction'));
    return keep(turn);
  }
  const world = await turn.deps.guide.world(stored.session);
  if (!world.ok) return refused(turn, stored, command.type, world);
  if (source === 'guideCard' && fromOlderCard(turn, stored))
    return movedOn(turn, stored, world.value, command.type, 'staleCard');
  const applied = applyGuideCommand(stored.session, command, world.value.ctx);
  if (!applied.ok) {
    if (applied.reason === 'staleCard' && isOpen(stored))
      return movedOn(turn, stored, world.value, command.type, 'staleCard');
    const elsewhere =
      applied.reason === 'guideClosed' ? await closedGuide(turn, stored, command.type) : null;
    return elsewhere ?? refused(turn, stored, command.type, applied);
  }
  const placement = command.type === 'resume' && turn.pressed === null ? 'new' : 'refresh';
  return saved(turn, stored, applied.value, world.value, placement);
}

async function start(
  turn: Turn,
  submit: Extract<GuideSubmit, { type: 'start' }>,
): Promise<TurnResult> {
  const { type: _type, ...request } = submit;
  const { guide, t } = turn.deps;
  const started = await guide.start(request);
  if (started.ok) return runCommand(turn, started.value.session.id, { type: 'resume' }, 'offer');
  if (started.reason === 'invalidAction') await say(turn.context, t('core.invalidAction'));
  else await refuse(turn.context, t, { reason: started.reason });
  await guide.audit({
    action: 'guide.start',
    subject: submit.personKey,
    unitId: null,
    outcome: started.reason === 'notYourEmployee' ? 'denied' : 'rejected',
    detail: started.reason,
  });
  return keep(turn);
}

/** Cancels the session and, when that worked, offers the conversations to choose from again. */
async function restart(turn: Turn, sessionId: string): Promise<TurnResult> {
  const before = await turn.deps.guide.load(sessionId);
  const result = await runCommand(turn, sessionId, { type: 'cancel' }, 'offer');
  const after = await turn.deps.guide.load(sessionId);
  if (before && after && after.version > before.version) {
    await offerGuide(turn.deps, turn.context, after.session.personKey);
  }
  return result.sessionId === turn.current ? result : keep(turn);
}

async function submitted(turn: Turn, submit: GuideSubmit): Promise<TurnResult> {
  switch (submit.type) {
    case 'start':
      return start(turn, submit);
    case 'command':
      return runCommand(
        turn,
        submit.sessionId,
        submit.command,
        submit.command.type === 'resume' ? 'offer' : 'guideCard',
      );
    case 'restart':
      return restart(turn, submit.sessionId);
    case 'pick':
      await offerGuide(turn.deps, turn.context, submit.personKey);
      return keep(turn);
    case 'export':
      await exportDocument(turn.deps, turn.context, submit);
      return keep(turn);
  }
}

/** The guide's answer to this turn's activity. `begun`: the session a begin asked to show. */
export async function runGuideTurn(
  deps: GuideDialogDeps,
  context: TurnContext,
  state: { current: string | null; begun: string | null },
): Promise<TurnResult> {
  const turn: Turn = {
    deps: deps.turn(context),
    context,
    current: state.current,
    pressed: pressedCardOf(context),
  };
  const value: unknown = context.activity.value;
  if (isGuideValue(value)) {
    const parsed = parseGuideSubmit(value);
    if (parsed.ok) return submitted(turn, parsed.value);
    await turn.deps.guide.audit({
      action: 'guide.submit',
      subject: null,
      unitId: null,
      outcome: 'rejected',
      detail: 'invalid-action',
    });
    await say(context, turn.deps.t('core.invalidAction'));
    return keep(turn);
  }
  if (state.begun !== null) return runCommand(turn, state.begun, { type: 'resume' });
  const word = guideChatWord(context.activity.text ?? '');
  if (word === null || state.current === null) return keep(turn);
  return runCommand(turn, state.current, { type: word === 'leave' ? 'leave' : 'resume' });
}

/** A submitted value meant for the guide (its verb starts with 'guide.'). */
export function isGuideValue(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('verb' in value)) return false;
  return typeof value.verb === 'string' && value.verb.startsWith('guide.');
}
