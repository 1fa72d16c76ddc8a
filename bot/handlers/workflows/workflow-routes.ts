/**
 * The workflow routes: every `workflow.*` card verb as Action.Execute, answered with the updated
 * card (the viewer's own view), and the chat asks "start forløb", "mine forløb", "åbne forløb"
 * and "gør denne kanal til HR-indgang". Payloads are parsed with zod; app/workflows/ decides.
 */
import { todayIn } from '../../../app/context.js';
import type { Notice } from '../../../app/follow-up/notice.js';
import {
  actOnWorkflow,
  refreshWorkflow,
  takeWorkflow,
} from '../../../app/workflows/workflow-act.js';
import { launchForm, launchWorkflow } from '../../../app/workflows/workflow-launch.js';
import { listWorkflows } from '../../../app/workflows/workflow-list.js';
import type { WorkflowAnswer } from '../../../app/workflows/workflow-load.js';
import type { WorkflowOptions } from '../../../app/workflows/workflow-seams.js';
import { startChoices } from '../../../app/workflows/workflow-start.js';
import { showsPersons } from '../../../domain/access.js';
import {
  parseWorkflowAction,
  WORKFLOW_PREFIX,
  WORKFLOW_VERBS as V,
} from '../../../cards/workflow-actions.js';
import { workflowCard } from '../../../cards/workflow-card.js';
import { fieldLabel } from '../../../cards/workflow-fields.js';
import {
  workflowLaunchCard,
  workflowListCard,
  workflowStartCard,
} from '../../../cards/workflow-forms.js';
import { sendCard } from '../../cards.js';
import type { ExecuteAnswer, ExecuteHandler, TextHandler, Turn } from '../../turn.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import { freeTextRefusal } from '../../gate-text.js';
import { trFlagHandler } from './tr-flag-route.js';

/** A notice in the reader's language: dates for the reader, a field id as its label. */
function textOf(turn: Turn, n: Notice): string {
  const { t } = turn;
  if (n.kind === 'free-text') return freeTextRefusal(t, n.verdict);
  const params: Record<string, string> = { ...n.params };
  if (params.field) params.field = fieldLabel(t, params.field);
  for (const [name, date] of Object.entries(n.dates ?? {}))
    params[name] = formatDay(t.locale, date, todayIn(turn.ctx));
  return t(n.key, params);
}

function answer(turn: Turn, a: WorkflowAnswer): ExecuteAnswer {
  if (a.kind === 'refused') return { kind: 'message', text: textOf(turn, a.notice) };
  const notice = a.notice ? textOf(turn, a.notice) : null;
  return { kind: 'card', card: workflowCard(a.view, turn.t, notice) };
}

/**
 * The launch form, after the launch's own checks for the person asking. Asked for on a card in a
 * channel or group chat (a summary's "Tilbyd procesforløb"), it goes to their personal chat: an
 * answered card would replace the shared card for everyone reading along.
 */
async function formAnswer(
  turn: Turn,
  target: Parameters<typeof launchForm>[1],
  options: WorkflowOptions,
): Promise<ExecuteAnswer> {
  const form = await launchForm(turn.ctx, target);
  if ('kind' in form && form.kind === 'refused')
    return { kind: 'message', text: textOf(turn, form.notice) };
  const launchId = crypto.randomUUID();
  const card = workflowLaunchCard(form, launchId, todayIn(turn.ctx), turn.t);
  if (showsPersons(turn.audience) || !options.sendPrivately) return { kind: 'card', card };
  const sent = await options.sendPrivately(turn.person.aadObjectId, card, `wf-form:${launchId}`);
  return {
    kind: 'message',
    text: turn.t(sent ? 'workflows.form.private' : 'workflows.form.noChat'),
  };
}

export async function runWorkflowAction(
  turn: Turn,
  verb: string,
  data: Record<string, unknown>,
  options: WorkflowOptions,
): Promise<ExecuteAnswer> {
  const parsed = parseWorkflowAction({ ...data, verb });
  if (!parsed) return { kind: 'message', text: turn.t('core.invalidAction') };
  const { action: a, values } = parsed;
  if (a.verb === V.refresh) return answer(turn, await refreshWorkflow(turn.ctx, a.id));
  if (a.verb === V.take) return answer(turn, await takeWorkflow(turn.ctx, a.id, options));
  if (a.verb === V.act)
    return answer(turn, await actOnWorkflow(turn.ctx, { ...a, values }, options));
  if (a.verb === V.form) return formAnswer(turn, a, options);
  if (a.verb === V.launch)
    return answer(turn, await launchWorkflow(turn.ctx, { ...a, values }, options));
  const list = await listWorkflows(turn.ctx, a.filter);
  return { kind: 'card', card: workflowListCard(list, turn.t) };
}

const START = /(^|\s)start\w*\s+(et\s+|a\s+|an\s+)?(nyt\s+|new\s+)?(hr-)?(forløb|workflow)/i;
const MINE =
  /(^|\s)((mine|my)\s+(forløb|workflows)|hvilke\s+forløb\s+har\s+jeg|which\s+workflows\s+do\s+i\s+have)/i;
const OPEN = /(^|\s)(åbne|open)\s+(forløb|workflows)/i;
const INTAKE =
  /(gør\s+denne\s+kanal\s+til\s+hr-indgang|make\s+this\s+channel\s+the\s+hr\s+intake)/i;

export const workflowTextHandler: TextHandler = {
  name: 'workflows',
  intents: ['workflows'],
  matches: (text) => [START, MINE, OPEN, INTAKE].some((r) => r.test(text.trim())),
  async handle(turn, text) {
    const asked = text.trim();
    if (INTAKE.test(asked)) return setIntake(turn);
    if (MINE.test(asked) || OPEN.test(asked)) {
      const list = await listWorkflows(turn.ctx, MINE.test(asked) ? 'mine' : 'open');
      return sendCard(turn.context, workflowListCard(list, turn.t));
    }
    const choices = await startChoices(turn.ctx);
    if (choices.kinds.length === 0)
      return void (await turn.context.sendActivity(turn.t('workflows.start.none')));
    await sendCard(turn.context, workflowStartCard(choices, turn.t));
  },
};

async function setIntake(turn: Turn): Promise<void> {
  if (turn.person.hr === null)
    return void (await turn.context.sendActivity(turn.t('workflows.intake.hrOnly')));
  if (turn.audience !== 'channel')
    return void (await turn.context.sendActivity(turn.t('workflows.intake.channelOnly')));
  const at = turn.now.toUTC().toISO() ?? '';
  const conversationId = turn.context.activity.conversation.id;
  const { workflows } = turn.ctx.repos;
  await workflows.setIntakeChannel(conversationId, turn.person.aadObjectId, at, turn.t.locale);
  await turn.ctx.repos.audit.record({
    actor: turn.person.aadObjectId,
    action: 'workflow.intake.set',
    subject: null,
    unitId: null,
    outcome: 'allowed',
    detail: conversationId,
  });
  await turn.context.sendActivity(turn.t('workflows.intake.set'));
}

export function workflowRoutes(options: WorkflowOptions = {}): {
  text: TextHandler[];
  execute: ExecuteHandler[];
} {
  const execute: ExecuteHandler = {
    prefix: WORKFLOW_PREFIX,
    handle: (turn, verb, data) => runWorkflowAction(turn, verb, data, options),
  };
  return { text: [trFlagHandler, workflowTextHandler], execute: [execute] };
}
