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
import { dueDigestCard } from '../../cards/due-digest-card.js';
import { digestItemsFor, releaseQueuedCard, type CardAbout } from '../../app/proactive.js';
import type { HrNotifier, LocalizedCard } from '../../app/follow-up-seams.js';
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
      deps.logger.error(
        { outboxId: item.id, kind: item.kind, role: found.role },
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
    digest: async (item, ctx) => {
      const id = typeof item.payload.digestId === 'string' ? item.payload.digestId : '';
      const record = await deps.repos.followUps.digest(id);
      if (!record) return { cancel: 'digest gone' };
      const steps = await Promise.all(record.items.map((i) => deps.repos.followUps.step(i.stepId)));
      if (!steps.some((s) => s && ACTIVE_STATES.has(s.state)))
        return { cancel: 'nothing left to do' };
      const recipient = await deps.repos.org.findPerson(item.recipient);
      const today = ctx.now.toISODate() ?? '';
      const input = { record, recipientName: recipient?.displayName ?? '', today, reason: 'send' };
      const items = await digestItemsFor(deps.repos, input);
      if (items.length === 0) return { cancel: 'recipient may no longer see it' };
      const view = { ...input, id: record.id, audience: record.audience, date: record.date };
      return cardActivity(dueDigestCard({ ...view, items, notice: null }, translator(ctx.locale)));
    },
  };
}
