/**
 * Wires proactive delivery for the features: the outbox sender with its renderers ('digest' cards
 * rendered at send time from the stored digest; 'card' items carrying a ready card), the HR
 * notifier of the follow-up feature, and what happens when a leader or an HR consultant cannot be
 * reached.
 */
import type { DeputyNotifier } from '../../app/follow-up-seams.js';
import { deputyNamedCard } from '../../cards/deputy-card.js';
import { CardFactory, MessageFactory } from 'botbuilder';
import { hrConsultantsFor } from '../../domain/access.js';
import { ACTIVE_STATES } from '../../domain/follow-up/step-types.js';
import type { Locale } from '../../domain/model.js';
import { translator, type Translator } from '../../i18n/index.js';
import { card as cardOf, heading, text } from '../../cards/elements.js';
import { isActive, type OutboxItem, type OutboxRepository } from '../../data/outbox-repository.js';
import type { DigestRecord } from '../../data/follow-up-schema.js';
import type { AppDeps } from '../deps.js';
import { dueDigestCard } from '../../cards/due-digest-card.js';
import {
  digestFlagsFor,
  digestItemsFor,
  releaseQueuedCard,
  type CardAbout,
} from '../../app/proactive.js';
import type { HrNotifier, LocalizedCard } from '../../app/follow-up-seams.js';
import type { RenderContext, Renderer, RenderResult } from './outbox-sender.js';
import { auditUnits, unreachableCase, whoToTell } from './unreachable.js';
import { weeklyTipInDayMessage } from '../../app/weekly-tips.js';
import { digestWorkflowsFor, workflowLinesOpen } from '../../app/workflows/workflow-digest.js';
import { withTipSection } from '../../cards/tip-card.js';
import { weeklyTipRenderer } from '../weekly-tips.js';
import { CHANNEL_SUMMARY_KIND, channelLost, renderChannelSummary } from '../channel-summaries.js';

function cardActivity(card: object): RenderResult {
  return { activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)) };
}

async function localeOf(deps: AppDeps, aadObjectId: string): Promise<Locale> {
  const ref = await deps.repos.conversations.personalReference(aadObjectId);
  return (
    ref?.locale ??
    (await deps.repos.org.findPerson(aadObjectId))?.locale ??
    deps.config.defaultLocale
  );
}

/**
 * Enqueues one ready card for a person, rendered in their language; the id makes it exactly-once.
 * `about` names the units and people it shows, so access is decided again when it is sent.
 */
export async function enqueueCard(
  deps: AppDeps,
  outbox: OutboxRepository,
  id: string,
  recipient: string,
  card: LocalizedCard,
  about: CardAbout,
): Promise<void> {
  const t = translator(await localeOf(deps, recipient));
  const now = deps.clock().toUTC().toISO() ?? '';
  const payload = { card: card(t), about };
  await outbox.enqueue([{ id, recipient, kind: 'card', payload, dueAt: now }]);
}

export function outboxHrNotifier(deps: AppDeps, outbox: OutboxRepository): HrNotifier {
  return {
    async notify(unitId, card, requestId, personKey) {
      const { persons, units } = await deps.repos.org.snapshot();
      const about: CardAbout = { as: 'hr', unitIds: [unitId], subjects: [{ personKey, unitId }] };
      for (const hr of hrConsultantsFor(persons, units, unitId)) {
        const id = `hr:${requestId}:${hr.aadObjectId}`;
        await enqueueCard(deps, outbox, id, hr.aadObjectId, card, about);
      }
    },
    async notifyLeader(aadObjectId, card, requestId, subject) {
      const about: CardAbout = { as: 'leader', unitIds: [subject.unitId], subjects: [subject] };
      const id = `leader:${requestId}:${aadObjectId}`;
      await enqueueCard(deps, outbox, id, aadObjectId, card, about);
    },
  };
}

/** "Du er stedfortræder": the deputy's own card; it shows no one's absence, so no subjects. */
export function outboxDeputyNotifier(deps: AppDeps, outbox: OutboxRepository): DeputyNotifier {
  return {
    async named(deputyId, deputyship) {
      const { persons } = await deps.repos.org.snapshot();
      const deputy = persons.find((p) => p.aadObjectId === deputyId);
      const about: CardAbout = { as: deputy?.hr ? 'hr' : 'leader', unitIds: [], subjects: [] };
      const today = deps.clock().toISODate() ?? '';
      const card = (t: Translator) => deputyNamedCard({ deputyship, today }, t);
      await enqueueCard(deps, outbox, `deputy-named:${deputyship.id}`, deputyId, card, about);
    },
  };
}

function unreachableCard(name: string, role: 'leader' | 'hr', t: Translator): object {
  const hr = role === 'hr';
  return cardOf([
    heading(t(hr ? 'followup.unreachable.hrTitle' : 'followup.unreachable.title')),
    text(t(hr ? 'followup.unreachable.hrBody' : 'followup.unreachable.body', { name })),
  ]);
}

/**
 * Someone could not be reached (403, uninstalled, no conversation): audited per unit the card
 * concerned, and told to the HR consultants of those units (a leader's card) or to the HR admins
 * (an HR consultant's own card); with nobody to tell, an error line is logged (unreachable.ts).
 */
export function onUnreachable(deps: AppDeps, outbox: OutboxRepository) {
  return async (item: Readonly<OutboxItem>, reason?: string): Promise<void> => {
    if (item.kind === CHANNEL_SUMMARY_KIND) return channelLost(deps, outbox, item);
    const found = await unreachableCase(deps, item);
    if (!found) return;
    const { persons, units } = await deps.repos.org.snapshot();
    const recipient = persons.find((p) => p.aadObjectId === item.recipient);
    const tell = recipient
      ? whoToTell(found, recipient, persons, (u) => hrConsultantsFor(persons, units, u))
      : [];
    const role = found.role === 'hr' ? 'hr' : 'leader';
    const name = recipient?.displayName ?? item.recipient;
    const unitIds = auditUnits(found, recipient);
    for (const person of tell) {
      const id = `unreachable:${item.id}:${person.aadObjectId}`;
      const about: CardAbout = {
        as: person.hr === 'admin' ? 'hr-admin' : 'hr',
        // The notice names the unreachable colleague, nobody's absence: HR of any unit may read it.
        unitIds: [],
        subjects: [],
      };
      await enqueueCard(
        deps,
        outbox,
        id,
        person.aadObjectId,
        (t) => unreachableCard(name, role, t),
        about,
      );
    }
    for (const unitId of unitIds) {
      await deps.repos.audit.record({
        actor: 'system',
        action: 'delivery.unreachable',
        subject: null,
        unitId,
        outcome: 'rejected',
        detail: found.role === 'leader' ? item.kind : `${found.role}:${item.kind}`,
      });
    }
    if (tell.length === 0) {
      // A notice is never passed on, and its recipient having no chat with the bot yet is
      // expected (a demo, a roll-out under way): debug. Anything else leaves nobody told: error.
      const expected = found.role === 'notice' && reason === 'no-conversation';
      deps.logger[expected ? 'debug' : 'error'](
        { outboxId: item.id, kind: item.kind, role: found.role, reason },
        'unreachable recipient and nobody to tell',
      );
    }
  };
}

export function renderers(deps: AppDeps): Record<string, Renderer> {
  return {
    card: async (item) => {
      const card = item.payload.card;
      if (typeof card !== 'object' || card === null) return { cancel: 'no card in payload' };
      const release = await releaseQueuedCard(
        deps.repos,
        item.recipient,
        item.payload.about,
        item.id,
      );
      return release ? cardActivity(card) : { cancel: 'recipient may no longer see it' };
    },
    digest: (item, ctx) => renderDayMessage(deps, item, ctx),
    'digest-update': (item, ctx) => renderDayUpdate(deps, item, ctx),
    tip: weeklyTipRenderer(),
    [CHANNEL_SUMMARY_KIND]: (item, ctx) => renderChannelSummary(deps, item, ctx),
  };
}

/** The day's message of a stored digest as it is now, or why there is nothing to send. */
async function dayMessage(
  deps: AppDeps,
  digestId: unknown,
  recipientId: string,
  ctx: RenderContext,
): Promise<{ card: object; record: DigestRecord } | { cancel: string }> {
  const record = await deps.repos.followUps.digest(typeof digestId === 'string' ? digestId : '');
  if (!record) return { cancel: 'digest gone' };
  const steps = [
    ...(await deps.repos.followUps.stepsById(record.items.map((i) => i.stepId))).values(),
  ];
  const firedIds = (record.flags ?? []).flatMap((f) => f.firedIds);
  const fired = await Promise.all(firedIds.map((id) => deps.repos.followUps.firedTrigger(id)));
  // Read once: digestFlagsFor shows the same triggers.
  const knownFired = new Map(firedIds.map((id, n) => [id, fired[n] ?? null]));
  const open =
    steps.some((s) => ACTIVE_STATES.has(s.state)) ||
    fired.some((f) => f !== null && f.handled === null) ||
    (await workflowLinesOpen(deps.repos, record));
  if (!open) return { cancel: 'nothing left to do' };
  const recipient = await deps.repos.org.findPerson(recipientId);
  const today = ctx.now.toISODate() ?? '';
  const input = { record, recipientName: recipient?.displayName ?? '', today, reason: 'send' };
  const items = await digestItemsFor(deps.repos, { ...input, known: steps });
  const flags = await digestFlagsFor(deps.repos, { ...input, knownFired });
  const workflows = await digestWorkflowsFor(deps.repos, input);
  if (items.length + flags.length + workflows.length === 0)
    return { cancel: 'recipient may no longer see it' };
  const view = { ...input, id: record.id, audience: record.audience, date: record.date };
  const t = translator(ctx.locale);
  const tip = await weeklyTipInDayMessage(deps.repos, record.recipient, record.date);
  const shown = { ...view, items, flags, workflows, notice: null };
  const card = withTipSection(dueDigestCard(shown, t), tip, t);
  return { card, record };
}

async function renderDayMessage(
  deps: AppDeps,
  item: Readonly<OutboxItem>,
  ctx: RenderContext,
): Promise<RenderResult> {
  const made = await dayMessage(deps, item.payload.digestId, item.recipient, ctx);
  return 'cancel' in made ? made : cardActivity(made.card);
}

/**
 * Items that joined the day's message after it was sent: the message is updated in place (its
 * activity id is kept by the outbox item that sent it), with one short line saying what came.
 * Not sent yet: nothing to do, it shows them when it goes. Never sent (nothing was left to do
 * then): this is the day's message, sent now and remembered as it.
 */
async function renderDayUpdate(
  deps: AppDeps,
  item: Readonly<OutboxItem>,
  ctx: RenderContext,
): Promise<RenderResult> {
  const digestId = typeof item.payload.digestId === 'string' ? item.payload.digestId : '';
  const stored = await deps.repos.followUps.digest(digestId);
  const carrier = await ctx.outbox.get(stored?.sentBy ?? digestId);
  if (!carrier) return { cancel: 'no message of the day' };
  if (isActive(carrier)) return { cancel: 'the message is not sent yet and will show them' };
  if (carrier.status === 'failed') return { cancel: 'the message of the day could not be sent' };
  const made = await dayMessage(deps, digestId, item.recipient, ctx);
  if ('cancel' in made) return made;
  if (carrier.status !== 'sent' || !carrier.activityId) {
    await deps.repos.followUps.saveDigest({ ...made.record, sentBy: item.id });
    return cardActivity(made.card);
  }
  const added = typeof item.payload.added === 'number' ? item.payload.added : 0;
  const t = translator(ctx.locale);
  const line =
    added === 1
      ? t('followup.digest.updatedOne')
      : t('followup.digest.updated', { count: String(added) });
  return {
    ...cardActivity(made.card),
    replaces: carrier.activityId,
    followUp: added > 0 ? MessageFactory.text(line) : null,
  };
}
