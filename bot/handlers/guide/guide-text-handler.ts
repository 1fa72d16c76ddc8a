/**
 * "forbered samtale med Mette", "samtaleguide for Mette", "prepare conversation with Mette":
 * the start card for one of the leader's own employees (a choice when several match), or the
 * offer to go on with a guide left part-way. "samtaleguide" / "fortsæt samtaleguide" alone
 * offers the leader's open guides. Names are found with the follow-up feature's resolver, which
 * audits a name that only matches people outside the leader's units.
 */
import { parseGuideIntent } from '../../../domain/guide/guide-intents.js';
import { guideChoiceCard } from '../../../cards/guide-choice-card.js';
import { offerGuide, resumeCardOf } from '../../../dialogs/guide-start.js';
import { sendCard } from '../../cards.js';
import type { TextHandler, Turn } from '../../turn.js';
import { findOwnEmployee } from '../../../app/employees.js';
import type { GuideSeams } from '../../../app/guide/guide-seams.js';
import { openGuidesOf } from '../../../app/guide/guide-sessions.js';
import { guideRefusal, guideTurnOf } from './guide-context.js';

/** At most this many open guides are offered at once (most recently touched first). */
export const MAX_RESUME_OFFERS = 3;

async function offerOpenGuides(turn: Turn, resume: boolean): Promise<void> {
  const open = await openGuidesOf(turn.ctx, MAX_RESUME_OFFERS);
  for (const { stored, employeeName } of open)
    await sendCard(turn.context, resumeCardOf(stored, employeeName, turn.t));
  if (open.length > 0) return void (await turn.context.sendActivity(turn.t('guide.chat.startNew')));
  await turn.context.sendActivity(
    turn.t(resume ? 'guide.chat.nothingToResume' : 'guide.chat.askName'),
  );
}

async function offerByName(seams: GuideSeams, turn: Turn, name: string): Promise<void> {
  const match = await findOwnEmployee(turn.ctx, name);
  if (match.kind === 'none') {
    await turn.context.sendActivity(turn.t('guide.chat.notFound', { name }));
    return;
  }
  if (match.kind === 'several') {
    await sendCard(
      turn.context,
      guideChoiceCard({ query: name, candidates: match.candidates }, turn.t),
    );
    return;
  }
  await offerGuide(guideTurnOf(turn, seams), turn.context, match.employee.personKey);
}

export function guideTextHandler(seams: GuideSeams): TextHandler {
  return {
    name: 'guide',
    intents: ['guide'],
    matches: (text) => parseGuideIntent(text) !== null,
    async handle(turn, text) {
      const intent = parseGuideIntent(text);
      if (!intent) return;
      const refusal = guideRefusal(turn);
      if (refusal) return void (await turn.context.sendActivity(refusal));
      if (intent.name === null) return offerOpenGuides(turn, intent.resume);
      await offerByName(seams, turn, intent.name);
    },
  };
}
