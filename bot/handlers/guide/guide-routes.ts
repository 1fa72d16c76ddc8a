/**
 * The guide's routes: its chat sentences, its card submits (verb 'guide.*', always through the
 * dialog, so every turn loads, applies, saves and shows the card the same way), and the due
 * card's "Start samtaleguide". `guideFeature` builds the dialog and its store-backed host.
 */
import { parseGuideSubmit } from '../../../cards/guide-submit.js';
import { GUIDE_DIALOG_ID, GUIDE_HANDOVER, GuideDialog } from '../../../dialogs/guide-dialog.js';
import { createDialogHost, type DialogHost } from '../../dialog-host.js';
import type { AppDeps } from '../../deps.js';
import type { ExecuteHandler, SubmitHandler, TextHandler } from '../../turn.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { auditGuide } from '../../../app/guide/guide-audit.js';
import type { GuideSeams } from '../../../app/guide/guide-seams.js';
import { guideDialogDeps, guideRefusal, guideSeams } from './guide-context.js';
import { startGuideExecuteHandler } from './guide-from-step.js';
import { guideTextHandler } from './guide-text-handler.js';

export const GUIDE_PREFIX = 'guide.';

export interface GuideRoutes {
  text: TextHandler[];
  submit: SubmitHandler[];
  execute: ExecuteHandler[];
}

function guideSubmitHandler(host: DialogHost): SubmitHandler {
  return {
    prefix: GUIDE_PREFIX,
    async handle(turn, value) {
      const refusal = guideRefusal(turn);
      if (refusal) return void (await turn.context.sendActivity(refusal));
      if (!parseGuideSubmit(value).ok) {
        await auditGuide(turn.ctx, {
          action: 'guide.submit',
          subject: null,
          unitId: null,
          outcome: 'rejected',
          detail: 'invalid-action',
        });
        return void (await turn.context.sendActivity(turn.t('core.invalidAction')));
      }
      if (await host.continueActive(turn)) return;
      turn.context.turnState.set(GUIDE_HANDOVER, true);
      await host.begin(turn, GUIDE_DIALOG_ID, {});
    },
  };
}

export function guideRoutes(host: DialogHost, seams: GuideSeams): GuideRoutes {
  return {
    text: [guideTextHandler(seams)],
    submit: [guideSubmitHandler(host)],
    execute: [startGuideExecuteHandler(host, seams)],
  };
}

/** The guide dialog over the store's dialog state, and its routes (for defaultRoutes). */
export function guideFeature(
  deps: AppDeps,
  options: FollowUpOptions = {},
): GuideRoutes & { dialogs: DialogHost } {
  const seams = guideSeams(deps, options);
  const dialog = new GuideDialog(guideDialogDeps(seams));
  const host = createDialogHost(deps.repos.dialogState, [dialog]);
  return { ...guideRoutes(host, seams), dialogs: host };
}
