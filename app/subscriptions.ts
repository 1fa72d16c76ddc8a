/**
 * Channel subscriptions to scheduled absence summaries: subscribe (by text or the settings card),
 * list, change, stop. Only someone who may see the unit's aggregates (domain/access.ts mayAccess,
 * 'unit-aggregates') may subscribe a channel to it, and only in a channel. Bad input — an unknown
 * or foreign unit, a cadence or time that does not parse, a repeat of an existing subscription —
 * gets a message key and changes nothing.
 */
import { mayAccess, visibleUnits } from '../domain/access.js';
import type { Locale, Unit } from '../domain/model.js';
import type { Cadence } from '../domain/subscriptions/cadence.js';
import type { SubscribeFailure, SubscribeRequest } from '../domain/subscriptions/phrases.js';
import {
  DEFAULT_HOUR,
  MED_PACK_CADENCES,
  type ChannelSubscription,
} from '../domain/subscriptions/subscription.js';
import { commonAncestor, matchUnit } from '../domain/unit-match.js';
import type { MessageKey } from '../i18n/index.js';
import { auditAction, type UseCaseContext } from './context.js';

export interface ChannelInfo {
  conversationId: string;
  teamId: string | null;
  channelId: string | null;
}

export interface SubscriptionView {
  id: string;
  unitId: string;
  unitName: string;
  cadence: Cadence;
  day: number | null;
  hour: number;
  locale: Locale;
  /** With the MED pack (well-being and APV figures for the committee). */
  medPack: boolean;
}

export type SubscriptionAnswer =
  | { kind: 'message'; key: MessageKey; params?: Record<string, string> }
  | { kind: 'subscribed'; subscription: SubscriptionView }
  | { kind: 'list'; subscriptions: SubscriptionView[] }
  | {
      kind: 'settings';
      subscriptionId: string | null;
      units: Array<{ id: string; name: string }>;
      current: SubscriptionSettings | null;
    };

/** What the settings card sends (already checked by its zod schema). */
export interface SubscriptionSettings {
  unitId: string;
  cadence: Cadence;
  day: number | null;
  hour: number;
  locale: Locale;
  /** The MED pack (half-yearly or yearly only). */
  medPack?: boolean;
}

const message = (key: MessageKey, params?: Record<string, string>): SubscriptionAnswer => ({
  kind: 'message',
  key,
  params,
});

const FAILURE_KEYS: Readonly<Record<SubscribeFailure, MessageKey>> = {
  noCadence: 'channels.badCadence',
  badTime: 'channels.badTime',
  noUnit: 'channels.noUnit',
};

export const subscribeFailureKey = (reason: SubscribeFailure): MessageKey => FAILURE_KEYS[reason];

function viewOf(sub: ChannelSubscription, units: readonly Unit[]): SubscriptionView {
  const unitName = units.find((u) => u.id === sub.unitId)?.name ?? sub.unitId;
  const { id, unitId, cadence, day, hour, locale } = sub;
  return { id, unitId, unitName, cadence, day, hour, locale, medPack: sub.medPack === true };
}

/** The MED pack only with the committees' rhythm (half-yearly or yearly), by text or card. */
const medPackFits = (s: Pick<SubscriptionSettings, 'cadence' | 'medPack'>): boolean =>
  !s.medPack || MED_PACK_CADENCES.has(s.cadence);

/** A weekly summary's day is a weekday (1–5); the others' a day of the month (1–28). */
const validDay = (s: Pick<SubscriptionSettings, 'cadence' | 'day'>): boolean =>
  s.day === null || (s.day >= 1 && s.day <= (s.cadence === 'weekly' ? 5 : 28));

/** The unit a phrase names among those the person may see (null phrase: the whole municipality). */
function unitNamed(
  ctx: UseCaseContext,
  units: readonly Unit[],
  phrase: string | null,
): Unit | SubscriptionAnswer {
  const visible = visibleUnits(ctx.actor.person, units);
  if (phrase === null) {
    const top = units.find((u) => u.parentId === null);
    return top && visible.has(top.id)
      ? top
      : message('channels.notYourUnit', { unit: top?.name ?? '' });
  }
  const match = matchUnit(
    phrase,
    units.filter((u) => visible.has(u.id)),
  );
  if (match.kind === 'none') {
    const elsewhere = matchUnit(phrase, units).kind !== 'none';
    return message(elsewhere ? 'channels.notYourUnit' : 'channels.unknownUnit', { unit: phrase });
  }
  if (match.kind !== 'several') return match.unit;
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const top =
    match.total === match.candidates.length ? commonAncestor(match.candidates, parents) : null;
  if (top) return top;
  const names = match.candidates.map((u) => u.name).join(', ');
  return message('channels.severalUnits', { unit: phrase, names });
}

/** Whether the actor may put this unit's figures in a channel; a refusal is audited. */
async function mayShow(ctx: UseCaseContext, unitId: string): Promise<boolean> {
  const { persons, units } = await ctx.repos.org.snapshot();
  const request = { kind: 'unit-aggregates' as const, unitId };
  if (mayAccess(ctx.actor.person, persons, units, ctx.audience, request).ok) return true;
  await auditAction(ctx, 'channel.subscribe', null, unitId, 'denied');
  return false;
}

async function add(
  ctx: UseCaseContext,
  channel: ChannelInfo,
  settings: SubscriptionSettings,
): Promise<SubscriptionAnswer> {
  if (!validDay(settings)) return message('channels.badTime');
  if (!medPackFits(settings)) return message('channels.medCadence');
  const { units } = await ctx.repos.org.snapshot();
  const unitName = units.find((u) => u.id === settings.unitId)?.name ?? settings.unitId;
  if (!(await mayShow(ctx, settings.unitId)))
    return message('channels.notYourUnit', { unit: unitName });
  const at = ctx.now.toUTC().toISO() ?? '';
  const sub: ChannelSubscription = {
    id: `sub-${crypto.randomUUID()}`,
    conversationId: channel.conversationId,
    teamId: channel.teamId,
    channelId: channel.channelId,
    unitId: settings.unitId,
    cadence: settings.cadence,
    day: settings.day,
    hour: settings.hour,
    locale: settings.locale,
    ...(settings.medPack ? { medPack: true } : {}),
    createdBy: ctx.actor.person.aadObjectId,
    createdAt: at,
    since: at,
    active: true,
    lastPeriodSent: null,
  };
  if ((await ctx.repos.channelSubscriptions.add(sub)) === 'duplicate')
    return message('channels.duplicate', { unit: unitName });
  await auditAction(ctx, 'channel.subscribe', null, sub.unitId, 'allowed', sub.cadence);
  return { kind: 'subscribed', subscription: viewOf(sub, units) };
}

/** "abonnér på fravær for Ældre og Sundhed hver måned" in a channel. */
export async function subscribeByText(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
  request: SubscribeRequest,
  locale: Locale,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  const { units } = await ctx.repos.org.snapshot();
  const unit = unitNamed(ctx, units, request.unitPhrase);
  if ('kind' in unit) return unit;
  const { cadence, day, medPack } = request;
  const hour = request.hour ?? DEFAULT_HOUR;
  const settings = { unitId: unit.id, cadence, day, hour, locale, medPack };
  return add(ctx, channel, settings);
}

/** The settings card's "Abonnér" in a channel. */
export async function subscribeBySettings(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
  settings: SubscriptionSettings,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  return add(ctx, channel, settings);
}

/** "abonnementer": the channel's active subscriptions. */
export async function channelSubscriptions(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  const { units } = await ctx.repos.org.snapshot();
  const subs = await ctx.repos.channelSubscriptions.ofChannel(channel.conversationId);
  return { kind: 'list', subscriptions: subs.map((s) => viewOf(s, units)) };
}

/** "Stop" on the list: anyone who may see the unit's figures may stop it. */
export async function stopSubscription(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
  id: string,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  const sub = await ctx.repos.channelSubscriptions.get(id);
  if (!sub || !sub.active || sub.conversationId !== channel.conversationId)
    return message('channels.noSuchSubscription');
  if (!(await mayShow(ctx, sub.unitId)))
    return message('channels.notYourUnit', { unit: sub.unitId });
  await ctx.repos.channelSubscriptions.stop(id);
  await auditAction(ctx, 'channel.unsubscribe', null, sub.unitId, 'allowed', sub.cadence);
  return channelSubscriptions(ctx, channel);
}

/** "Change" on the list: new settings from the settings card; summaries owed from now. */
export async function changeSubscription(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
  id: string,
  settings: SubscriptionSettings,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  if (!validDay(settings)) return message('channels.badTime');
  if (!medPackFits(settings)) return message('channels.medCadence');
  const sub = await ctx.repos.channelSubscriptions.get(id);
  if (!sub || !sub.active || sub.conversationId !== channel.conversationId)
    return message('channels.noSuchSubscription');
  const { units } = await ctx.repos.org.snapshot();
  const unitName = units.find((u) => u.id === settings.unitId)?.name ?? settings.unitId;
  if (!(await mayShow(ctx, sub.unitId)) || !(await mayShow(ctx, settings.unitId)))
    return message('channels.notYourUnit', { unit: unitName });
  const since = ctx.now.toUTC().toISO() ?? '';
  const { unitId, cadence, day, hour, locale } = settings;
  const changed = await ctx.repos.channelSubscriptions.change(id, {
    medPack: settings.medPack === true,
    unitId,
    cadence,
    day,
    hour,
    locale,
    since,
    createdBy: ctx.actor.person.aadObjectId,
    // Period keys of another cadence do not compare; `since` keeps older periods from being owed.
    ...(settings.cadence !== sub.cadence ? { lastPeriodSent: null } : {}),
  });
  if (changed === 'duplicate') return message('channels.duplicate', { unit: unitName });
  if (!changed) return message('channels.noSuchSubscription');
  return { kind: 'subscribed', subscription: viewOf(changed, units) };
}

/** The settings card: new (id null) or for one of the channel's subscriptions. */
export async function subscriptionSettings(
  ctx: UseCaseContext,
  channel: ChannelInfo | null,
  id: string | null,
): Promise<SubscriptionAnswer> {
  if (ctx.audience !== 'channel' || channel === null) return message('channels.onlyInChannel');
  const { units } = await ctx.repos.org.snapshot();
  const visible = visibleUnits(ctx.actor.person, units);
  const shown = units.filter((u) => visible.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
  if (shown.length === 0) return message('channels.noUnits');
  if (id === null) return { kind: 'settings', subscriptionId: null, units: shown, current: null };
  const sub = await ctx.repos.channelSubscriptions.get(id);
  if (!sub || !sub.active || sub.conversationId !== channel.conversationId)
    return message('channels.noSuchSubscription');
  const { unitId, cadence, day, hour, locale } = sub;
  const current = { unitId, cadence, day, hour, locale, medPack: sub.medPack === true };
  return { kind: 'settings', subscriptionId: id, units: shown, current };
}
