/**
 * Finishing a guide in chat: the use case stores the completed session with the follow-up steps
 * its agreements make and tells HR of accepted offers; the leader is thanked (for steps of the
 * person without a sick period, with the day the first reminder comes) and told which offers HR
 * was told about. The guide's card becomes the plan: what was agreed and what it became.
 */
import type { TurnContext } from 'botbuilder';
import type { CompletedGuide } from '../app/guide/guide-completion.js';
import type { GuideWorld } from '../app/guide/guide-world.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import { formatDay } from '../cards/follow-up-format.js';
import { formatList } from '../cards/guide-format.js';
import type { GuideSaveOutcome } from '../data/guide-repository.js';
import { raw, type Translator } from '../i18n/index.js';
import { followUpProposals } from '../domain/guide/follow-up-proposals.js';
import { guideDoneCard } from '../cards/guide-done-card.js';
import { placeGuideCard, type CardHolder } from './guide-card-place.js';
import type { GuideTurnDeps } from './guide-deps.js';
import { say } from './guide-reply.js';

/** The thanks: for steps of the person (no sick period), when the first reminder comes. */
function thanks(t: Translator, steps: readonly FollowUpStep[], world: GuideWorld): string {
  const byDay = [...steps].sort((a, b) => a.schedule.notifyOn.localeCompare(b.schedule.notifyOn));
  const first = world.sickPeriod === null ? byDay[0] : undefined;
  if (!first) return t('guide.completed');
  const date = formatDay(t.locale, first.schedule.notifyOn, world.today);
  return t('guide.completed.personStep', { name: world.employee.displayName, date });
}

/** The finished guide's card: the agreements and the steps and tasks they became. */
function doneCardOf(completed: CompletedGuide, t: Translator): object {
  const { session, world } = completed;
  const proposals = followUpProposals(session, {
    today: world.today,
    sickStart: world.sickPeriod?.start ?? null,
  });
  if (session.agreements === null) throw new Error('a completed guide without agreements');
  return guideDoneCard(
    {
      kind: session.kind,
      contactDay: session.contactDay,
      employeeName: world.employee.displayName,
      agreements: session.agreements,
      proposals,
    },
    t,
  );
}

/** Completes the guide and thanks the leader; a stale save is returned for the caller to refuse. */
export async function finishGuide(
  deps: GuideTurnDeps,
  context: TurnContext,
  completed: CompletedGuide,
  holder: CardHolder,
): Promise<GuideSaveOutcome> {
  const { t } = deps;
  const { outcome, steps, told } = await deps.guide.complete(completed);
  if (outcome.status !== 'saved') return outcome;
  await say(context, thanks(t, steps, completed.world));
  if (told.length > 0) {
    const offers = formatList(
      t.locale,
      told.map((o) => t(`guide.offer.${o}`)),
    );
    await say(context, t('guide.completed.hr', { offers: raw(offers) }));
  }
  await placeGuideCard(deps, context, holder, doneCardOf(completed, t), 'refresh');
  return outcome;
}
