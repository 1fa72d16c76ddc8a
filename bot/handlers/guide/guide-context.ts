/**
 * The guide's seams and the dialog's dependencies, built from the composition root's products:
 * the follow-up feature's HR notifier (an accepted offer's notice rendered as the HR card), the
 * above-target check, new session ids, and the use cases bound to the Turn the dialog host put
 * in turnState. Also the checks every guide entry point makes first.
 */
import { randomUUID } from 'node:crypto';
import { showsPersons } from '../../../domain/access.js';
import { guideHrCard } from '../../../cards/guide-hr-card.js';
import type { GuideDialogDeps, GuideTurnDeps } from '../../../dialogs/guide-deps.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import type { GuideHrNotifier, GuideSeams } from '../../../app/guide/guide-seams.js';
import { guideUseCases } from '../../../app/guide/guide-use-cases.js';
import { turnOf } from '../../dialog-host.js';
import type { AppDeps } from '../../deps.js';
import type { Turn } from '../../turn.js';

function hrNotifierOf(options: FollowUpOptions): GuideHrNotifier | null {
  const notifier = options.hrNotifier;
  if (!notifier) return null;
  return {
    notify: (unitId, notice, requestId, personKey) =>
      notifier.notify(unitId, (t) => guideHrCard(notice, t), requestId, personKey),
  };
}

export function guideSeams(deps: AppDeps, options: FollowUpOptions = {}): GuideSeams {
  return {
    hrNotifier: hrNotifierOf(options),
    aboveTarget: options.aboveTarget,
    newId: () => `guide-${randomUUID()}`,
    onError: (err) => {
      if (options.onNotifyError) options.onNotifyError(err);
      else deps.logger.error({ err }, 'guide: HR notification failed');
    },
  };
}

/** The turn's translator and the guide's use cases bound to the turn's context. */
export const guideTurnOf = (turn: Turn, seams: GuideSeams): GuideTurnDeps => ({
  t: turn.t,
  guide: guideUseCases(turn.ctx, seams),
});

export const guideDialogDeps = (seams: GuideSeams): GuideDialogDeps => ({
  turn: (context) => guideTurnOf(turnOf(context), seams),
});

/**
 * The guide is about one employee: only in the leader's personal chat, only for leaders.
 * Returns the refusal to send, or null when the turn may go on.
 */
export function guideRefusal(turn: Turn): string | null {
  if (!showsPersons(turn.audience)) return turn.t('guide.chat.personalOnly');
  return turn.roles.includes('leader') ? null : turn.t('guide.chat.leadersOnly');
}
