/**
 * The smaller card verbs: a name choice, the frequent-absence card's two buttons, and HR's answer
 * to a leader. Each re-checks on the server who may act on whom; a refusal is audited and
 * changes nothing.
 */
import { mayAccess } from '../../../domain/access.js';
import { guardFreeText } from '../../../app/free-text.js';
import { freeTextRefusal } from '../../gate-text.js';
import { employeeChoiceCard, type ChoiceIntent } from '../../../cards/employee-choice-card.js';
import { card, text } from '../../../cards/elements.js';
import type { FollowUpAction } from '../../../cards/follow-up-actions.js';
import { FOLLOW_UP_VERBS as V } from '../../../cards/follow-up-actions.js';
import type { FiredTriggerRecord, HrRequestRecord } from '../../../data/follow-up-schema.js';
import type { OrgSnapshot } from '../../../data/repositories.js';
import type { Translator } from '../../../i18n/index.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { hitOf } from '../../../app/frequency-check.js';
import { frequencyTriggerCard } from '../../../cards/frequency-trigger-card.js';
import { audit, myEmployee, todayOf } from './follow-up-context.js';
import { employeeDirectory } from '../../../app/org.js';
import { askHrForFrequency, hrCardFor } from './hr-help.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { performFor } from './perform-intent.js';

type Choose = Extract<FollowUpAction, { verb: typeof V.chooseEmployee }>;
type Frequency = Extract<
  FollowUpAction,
  { verb: typeof V.frequencyGuide | typeof V.frequencyAskHr }
>;
type HrReply = Extract<FollowUpAction, { verb: typeof V.hrReply }>;

const message = (text: string): ExecuteAnswer => ({ kind: 'message', text });

async function refuse(turn: Turn, verb: string, personKey: string): Promise<ExecuteAnswer> {
  await audit(turn, verb, personKey, null, 'denied', 'not-own-employee');
  return message(turn.t('followup.chat.notYourEmployee'));
}

function intentOf(a: Choose): ChoiceIntent | null {
  if (a.intent === 'plan') return { intent: 'plan' };
  if (a.intent === 'fit') return a.fitDate ? { intent: 'fit', fitDate: a.fitDate } : null;
  return a.start
    ? { intent: 'sick', start: a.start, partialPercent: a.partialPercent ?? null }
    : null;
}

export async function handleChoice(
  turn: Turn,
  a: Choose,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  const employee = await myEmployee(turn, a.personKey);
  if (!employee) return refuse(turn, a.verb, a.personKey);
  const intent = intentOf(a);
  if (!intent) return message(turn.t('core.invalidAction'));
  await performFor(turn, employee, intent, options);
  const view = { query: '', candidates: [], action: intent, chosen: employee.displayName };
  return { kind: 'card', card: employeeChoiceCard(view, turn.t) };
}

async function latestFired(turn: Turn, a: Frequency): Promise<FiredTriggerRecord | null> {
  const all = await turn.deps.repos.followUps.firedTriggers(a.personKey);
  const mine = all.filter((f) => f.triggerId === a.triggerId);
  return mine.sort((x, y) => x.on.localeCompare(y.on)).at(-1) ?? null;
}

export async function handleFrequency(
  turn: Turn,
  a: Frequency,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  const employee = await myEmployee(turn, a.personKey);
  if (!employee) return refuse(turn, a.verb, a.personKey);
  const fired = await latestFired(turn, a);
  if (!fired) return message(turn.t('core.invalidAction'));
  const handled = a.verb === V.frequencyGuide ? 'guide' : 'hr';
  const marked = await turn.deps.repos.followUps.markTriggerHandled(fired.id, handled);
  const record = marked?.record ?? fired;
  const changed = marked?.changed === true;
  const { personKey, unitId, displayName: name } = employee;
  await audit(turn, a.verb, personKey, unitId, changed ? 'allowed' : 'rejected', fired.id);
  if (changed && handled === 'hr') await askHrForFrequency(turn, fired.id, employee, options);
  if (handled === 'guide') await turn.context.sendActivity(turn.t('followup.guide.hint', { name }));
  const card = frequencyTriggerCard(
    { employeeName: name, hit: hitOf(record), handled: record.handled },
    turn.t,
  );
  return { kind: 'card', card };
}

function mayAnswer(turn: Turn, unitId: string, snapshot: OrgSnapshot): boolean {
  const request = { kind: 'hr-case' as const, unitId };
  return mayAccess(turn.person, snapshot.persons, snapshot.units, turn.audience, request).ok;
}

export async function handleHrReply(
  turn: Turn,
  a: HrReply,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  const { t } = turn;
  const request = await turn.deps.repos.followUps.hrRequest(a.stepId);
  if (!request) return message(t('followup.hrReply.missing'));
  if (!mayAnswer(turn, request.unitId, await turn.deps.repos.org.snapshot())) {
    await audit(turn, a.verb, request.personKey, request.unitId, 'denied', 'not-hr-for-unit');
    return message(t('followup.hrReply.notYours'));
  }
  const subject = { personKey: request.personKey, unitId: request.unitId };
  const verdict = await guardFreeText(turn.ctx, a.verb, { reply: a.reply }, subject);
  if (!verdict.ok) return message(freeTextRefusal(t, verdict));
  const today = todayOf(turn);
  const reply = { text: a.reply, by: turn.person.aadObjectId, on: today };
  const outcome = await turn.deps.repos.followUps.recordHrReply(request.id, reply);
  if (outcome.status === 'missing') return message(t('followup.hrReply.missing'));
  const recorded = outcome.status === 'recorded';
  await audit(
    turn,
    a.verb,
    request.personKey,
    request.unitId,
    recorded ? 'allowed' : 'rejected',
    request.id,
  );
  if (recorded) await tellLeader(turn, outcome.request, options);
  const hrCard = await hrCardFor(turn.deps, outcome.request, today);
  return hrCard ? { kind: 'card', card: hrCard(t) } : message(t('followup.hrReply.missing'));
}

async function tellLeader(
  turn: Turn,
  request: HrRequestRecord,
  options: FollowUpOptions,
): Promise<void> {
  const notify = options.hrNotifier?.notifyLeader?.bind(options.hrNotifier);
  if (!notify || !request.reply) return;
  const names = await employeeDirectory(turn.deps.repos, todayOf(turn));
  const params = {
    hr: turn.person.displayName,
    name: names.get(request.personKey)?.displayName ?? '–',
    reply: request.reply.text,
  };
  const render = (tr: Translator) => card([text(tr('followup.hrReply.toLeader', params))]);
  try {
    await notify(request.requestedBy, render, `${request.id}:reply`, {
      personKey: request.personKey,
      unitId: request.unitId,
    });
  } catch (err) {
    options.onNotifyError?.(err);
  }
}
