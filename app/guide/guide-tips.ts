/**
 * The tip each step of the conversation guide shows: for every step, one tip tagged with that
 * step for leaders, never one HR has switched off. Chosen once per turn from one read (the tips
 * switched off) and handed to the card as plain data (step → tip id). The seed is the session, so
 * a session shows the same tip on a step each time it is shown. Not recorded as "shown": that
 * would be a write on every turn of the guide, whose turns write only the session.
 */
import { STEP_IDS, type StepId } from '../../domain/guide/guide-kinds.js';
import { chooseTip } from '../../domain/tips/choose.js';
import type { UseCaseContext } from '../context.js';
import { TIPS } from '../tip-catalogue.js';
import { tipSeed } from '../tips.js';

export type StepTips = Partial<Record<StepId, string>>;

/** The tip of each step that has one left after HR's switches (steps without one are absent). */
export function stepTipsFor(sessionId: string, disabled: ReadonlySet<string>): StepTips {
  const out: StepTips = {};
  for (const step of STEP_IDS) {
    const choice = chooseTip(
      {
        audiences: ['leader'],
        situations: [],
        theme: null,
        guideStep: step,
        newLeader: false,
        shown: [],
        disabled,
        seed: tipSeed(sessionId, 0, step),
      },
      TIPS,
    );
    // chooseTip falls back to any tip when the step has none left: the guide shows none then.
    if (choice && choice.tip.guideSteps.includes(step)) out[step] = choice.tip.id;
  }
  return out;
}

/** The session's step tips, read fresh (HR may switch a tip off between two turns). */
export async function guideStepTips(ctx: UseCaseContext, sessionId: string): Promise<StepTips> {
  return stepTipsFor(sessionId, await ctx.repos.tips.disabled());
}
