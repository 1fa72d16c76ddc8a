/**
 * The guide dialog's dependencies, built from the composition root's products: the repositories,
 * the clock, the follow-up feature's HR notifier, and who acts in a turn (the Turn the dialog
 * host put in turnState). Also the checks every guide entry point makes first.
 */
import { randomUUID } from 'node:crypto';
import { today } from '../../../domain/clock.js';
import type { GuideActor, GuideDialogDeps } from '../../../dialogs/guide-deps.js';
import { turnOf } from '../../dialog-host.js';
import type { AppDeps } from '../../deps.js';
import { showsPersons } from '../../../domain/access.js';
import type { Turn } from '../../turn.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { ensurePlan } from '../../../app/follow-up-plan.js';

export function guideDialogDeps(deps: AppDeps, options: FollowUpOptions = {}): GuideDialogDeps {
  const { repos } = deps;
  return {
    guides: repos.guides,
    absence: repos.absence,
    followUps: repos.followUps,
    org: repos.org,
    audit: repos.audit,
    clock: deps.clock,
    hrNotifier: options.hrNotifier ?? null,
    actor: (context) => actorOf(turnOf(context)),
    ensurePlan: async (period, unitId) => {
      await ensurePlan(deps, period, unitId, today(deps.clock), options);
    },
    newId: () => `guide-${randomUUID()}`,
    onError: (err) => {
      if (options.onNotifyError) options.onNotifyError(err);
      else deps.logger.error({ err }, 'guide: HR notification failed');
    },
  };
}

export const actorOf = (turn: Turn): GuideActor => ({ person: turn.person, t: turn.t });

/**
 * The guide is about one employee: only in the leader's personal chat, only for leaders.
 * Returns the refusal to send, or null when the turn may go on.
 */
export function guideRefusal(turn: Turn): string | null {
  if (!showsPersons(turn.audience)) return turn.t('guide.chat.personalOnly');
  return turn.roles.includes('leader') ? null : turn.t('guide.chat.leadersOnly');
}
