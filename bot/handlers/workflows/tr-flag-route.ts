/**
 * A shop steward (TR) flags a worry for Tidlig Indsats (W3): "flag tidlig indsats for <enhed>"
 * answers with the flag's launch form for that unit (one of the TR's own); sending it creates a
 * request to the unit's leader, who decides whether to refer. The TR names no one and is shown
 * no absence figures; the launch itself checks the TR's right again (workflow-launch.ts).
 */
import { todayIn } from '../../../app/context.js';
import { launchForm } from '../../../app/workflows/workflow-launch.js';
import { isRefused } from '../../../app/workflows/workflow-load.js';
import { withDescendants } from '../../../domain/access.js';
import { matchUnit } from '../../../domain/unit-match.js';
import { workflowLaunchCard } from '../../../cards/workflow-forms.js';
import { sendCard } from '../../cards.js';
import type { TextHandler, Turn } from '../../turn.js';

const FLAG =
  /^(?:flag|flagg?er|markér|marker)\s+(?:en\s+|a\s+)?(?:bekymring\s+(?:om\s+|for\s+)?|worry\s+(?:about\s+|for\s+)?)?(?:tidlig\s+indsats|early\s+intervention)(?:\s+(?:for|i|på|in|at)\s+(.+?))?[.!?]*$/i;

async function flag(turn: Turn, text: string): Promise<void> {
  const say = (s: string) => turn.context.sendActivity(s);
  const own = turn.person.tr ?? [];
  if (own.length === 0) return void (await say(turn.t('workflows.flag.trOnly')));
  const { units } = await turn.ctx.repos.org.snapshot();
  const mine = units.filter((u) => withDescendants(units, own).has(u.id));
  const phrase = FLAG.exec(text.trim())?.[1]?.trim() ?? null;
  const roots = mine.filter((u) => own.includes(u.id));
  const match = phrase ? matchUnit(phrase, mine) : null;
  const unit = match
    ? match.kind === 'exact' || match.kind === 'single'
      ? match.unit
      : null
    : roots.length === 1
      ? roots[0]
      : null;
  if (!unit) {
    if (match?.kind === 'none') return void (await say(turn.t('workflows.flag.notYourUnit')));
    const names = (match?.kind === 'several' ? match.candidates : roots).map((u) => u.name);
    return void (await say(turn.t('workflows.flag.whichUnit', { unit: names.join(' / ') })));
  }
  const form = await launchForm(turn.ctx, { kind: 'early-intervention-flag', unitId: unit.id });
  if (isRefused(form)) {
    const n = form.notice;
    return void (await say(
      n.kind === 'message' ? turn.t(n.key, n.params) : turn.t('workflows.error.launchRole'),
    ));
  }
  const card = workflowLaunchCard(form, crypto.randomUUID(), todayIn(turn.ctx), turn.t);
  await sendCard(turn.context, card);
}

export const trFlagHandler: TextHandler = {
  name: 'workflows.trFlag',
  intents: ['workflows'],
  matches: (text) => FLAG.test(text.trim()),
  handle: (turn, text) => flag(turn, text),
};
