/**
 * Wires proactive delivery for the features: the outbox sender with its renderers ('digest' cards
 * rendered at send time from the stored digest; 'card' items carrying a ready card), the HR
 * notifier of the follow-up feature, and what happens when a leader or an HR consultant cannot be
 * reached.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import { hrConsultantsFor } from '../../domain/access.js';
import { ACTIVE_STATES } from '../../domain/follow-up/step-types.js';
import type { Locale } from '../../domain/model.js';
import { translator, type Translator } from '../../i18n/index.js';
import { card as cardOf, heading, text } from '../../cards/elements.js';
import type { OutboxItem, OutboxRepository } from '../../data/outbox-repository.js';
import type { AppDeps } from '../deps.js';
import { renderDigest } from '../handlers/follow-up/digest-view.js';
import type { HrNotifier, LocalizedCard } from '../handlers/follow-up/hr-notifier.js';
import type { Renderer, RenderResult } from './outbox-sender.js';
import { auditUnits, unreachableCase, whoToTell } from './unreachable.js';

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

/** Enqueues one ready card for a person, rendered in their language; the id makes it exactly-once. */
export async function enqueueCard(
  deps: AppDeps,
  outbox: OutboxRepository,
  id: string,
  recipient: string,
  card: LocalizedCard,
): Promise<void> {
  const t = translator(await localeOf(deps, recipient));
  const now = deps.clock().toUTC().toISO() ?? '';
  await outbox.enqueue([{ id, recipient, kind: 'card', payload: { card: card(t) }, dueAt: now }]);
}

export function outboxHrNotifier(deps: AppDeps, outbox: OutboxRepository): HrNotifier {
  return {
    async notify(unitId, card, requestId) {
      const { persons, units } = await deps.repos.org.snapshot();
      for (const hr of hrConsultantsFor(persons, units, unitId)) {
        await enqueueCard(deps, outbox, `hr:${requestId}:${hr.aadObjectId}`, hr.aadObjectId, card);
      }
    },
    async notifyLeader(aadObjectId, card, requestId) {
      await enqueueCard(deps, outbox, `leader:${requestId}:${aadObjectId}`, aadObjectId, card);
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
  return async (item: Readonly<OutboxItem>): Promise<void> => {
    const found = await unreachableCase(deps, item);
    if (!found) return;
    const { persons, units } = await deps.repos.org.snapshot();
    const recipient = persons.find((p) => p.aadObjectId === item.recipient);
    const tell = recipient
      ? whoToTell(found, recipient, persons, (u) => hrConsultantsFor(persons, units, u))
      : [];
    const role = found.role === 'hr' ? 'hr' : 'leader';
    const name = recipient?.displayName ?? item.recipient;
    for (const person of tell) {
      const id = `unreachable:${item.id}:${person.aadObjectId}`;
      await enqueueCard(deps, outbox, id, person.aadObjectId, (t) =>
        unreachableCard(name, role, t),
      );
    }
    for (const unitId of auditUnits(found, recipient)) {
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
      deps.logger.error(
        { outboxId: item.id, kind: item.kind, role: found.role },
        'unreachable recipient and nobody to tell',
      );
    }
  };
}

export function renderers(deps: AppDeps): Record<string, Renderer> {
  return {
    card: (item) => {
      const card = item.payload.card;
      return Promise.resolve(
        typeof card === 'object' && card !== null
          ? cardActivity(card)
          : { cancel: 'no card in payload' },
      );
    },
    digest: async (item, ctx) => {
      const id = typeof item.payload.digestId === 'string' ? item.payload.digestId : '';
      const record = await deps.repos.followUps.digest(id);
      if (!record) return { cancel: 'digest gone' };
      const steps = await Promise.all(record.items.map((i) => deps.repos.followUps.step(i.stepId)));
      if (!steps.some((s) => s && ACTIVE_STATES.has(s.state)))
        return { cancel: 'nothing left to do' };
      const recipient = await deps.repos.org.findPerson(item.recipient);
      const today = ctx.now.toISODate() ?? '';
      const card = await renderDigest(
        deps,
        { record, recipientName: recipient?.displayName ?? '', today },
        translator(ctx.locale),
      );
      return cardActivity(card);
    },
  };
}
