/**
 * The well-being tip use cases: the next tip for the reader (their role, their units' situation,
 * the theme or guide step asked, what they were shown), their 👍/👎, the weekly tip's weekday, and
 * HR's tip statistics (counts, never names) with switching a tip off. Tip ids from a card are
 * checked against the catalogue; an unknown one changes nothing.
 */
import { capabilitiesFor } from '../domain/capabilities.js';
import type { StepId } from '../domain/guide/guide-kinds.js';
import type { Role } from '../domain/model.js';
import type { Tip, TipAudience, TipElement, TipTheme } from '../domain/tips/catalogue.js';
import { chooseTip } from '../domain/tips/choose.js';
import type { MessageKey } from '../i18n/index.js';
import { auditAction, todayIn, type UseCaseContext } from './context.js';
import { TIPS } from './tip-catalogue.js';
import { readerSituations } from './tip-situation.js';

/** A leader's first tips are the basics (the store does not know when someone became a leader). */
export const BASICS_FIRST = 3;

export type TipAsked = TipTheme | 'basics' | null;

export interface TipShownView {
  kind: 'tip';
  tipId: string;
  element: TipElement;
  asked: TipAsked;
  step: StepId | null;
  repeat: boolean;
}

export interface TipMessage {
  kind: 'message';
  key: MessageKey;
  params?: Record<string, string>;
}

const message = (key: MessageKey, params?: Record<string, string>): TipMessage => ({
  kind: 'message',
  key,
  params,
});

/** The catalogue's readers a person is among: leaders, HR, and for anyone else the reps' tips. */
export function audiencesOf(roles: readonly Role[]): TipAudience[] {
  const out = new Set<TipAudience>();
  if (roles.includes('leader')) out.add('leader');
  if (roles.includes('hr-consultant') || roles.includes('hr-admin')) out.add('hr');
  if (out.size === 0) for (const a of ['med', 'tr-amr', 'trivselsagent'] as const) out.add(a);
  return [...out];
}

export const tipById = (tipId: string): Tip | null => TIPS.find((t) => t.id === tipId) ?? null;

/** A number that differs per person and per tip asked, so choices vary but repeat in tests. */
export function tipSeed(person: string, count: number, salt = ''): number {
  let h = 2166136261;
  for (const ch of `${person}|${count}|${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Chooses the reader's next tip and records it as shown. */
export async function nextTip(
  ctx: UseCaseContext,
  input: { asked: TipAsked; step: StepId | null },
): Promise<TipShownView | TipMessage> {
  const person = ctx.actor.person.aadObjectId;
  const shown = await ctx.repos.tips.shownTo(person);
  const audiences = audiencesOf(ctx.actor.roles);
  const choice = chooseTip(
    {
      audiences,
      situations: input.asked === null ? await readerSituations(ctx) : [],
      theme: input.asked === 'basics' || input.asked === null ? null : input.asked,
      guideStep: input.step,
      newLeader:
        input.asked === 'basics' ||
        (input.asked === null && audiences.includes('leader') && shown.length < BASICS_FIRST),
      shown,
      disabled: await ctx.repos.tips.disabled(),
      seed: tipSeed(person, shown.length),
    },
    TIPS,
  );
  if (!choice) return message('tips.none');
  const at = ctx.now.toUTC().toISO() ?? '';
  await ctx.repos.tips.recordShown({ person, tipId: choice.tip.id, at, via: 'chat' });
  const { tip, repeat } = choice;
  return { kind: 'tip', tipId: tip.id, element: tip.element, ...input, repeat };
}

/** Keeps the reader's 👍/👎 on a tip; an id not in the catalogue is refused and nothing changes. */
export async function answerTip(
  ctx: UseCaseContext,
  input: { tipId: string; useful: boolean },
): Promise<{ ok: true; tip: Tip } | TipMessage> {
  const tip = tipById(input.tipId);
  if (!tip) return message('tips.unknownTip');
  const at = ctx.now.toUTC().toISO() ?? '';
  await ctx.repos.tips.answer({ person: ctx.actor.person.aadObjectId, ...input, at });
  return { ok: true, tip };
}

/** The weekday of the reader's weekly tip (null: off). */
export async function weeklyTipDay(ctx: UseCaseContext): Promise<number | null> {
  return (await ctx.repos.tips.weeklyOf(ctx.actor.person.aadObjectId))?.weekday ?? null;
}

/** Sets (1–5, Monday–Friday) or stops (null) the reader's weekly tip. */
export async function setWeeklyTip(
  ctx: UseCaseContext,
  weekday: number | null,
): Promise<{ ok: true; weekday: number | null } | TipMessage> {
  if (weekday !== null && !(Number.isInteger(weekday) && weekday >= 1 && weekday <= 5))
    return message('tips.weekly.badDay');
  await ctx.repos.tips.setWeekly(ctx.actor.person.aadObjectId, weekday, todayIn(ctx));
  return { ok: true, weekday };
}

export interface TipStatisticsRow {
  tipId: string;
  shown: number;
  up: number;
  down: number;
  off: boolean;
}

/** Whether the actor's roles include HR's tip statistics (domain/capabilities.ts decides). */
const mayManageTips = (ctx: UseCaseContext): boolean =>
  capabilitiesFor(ctx.actor.roles).available.includes('tipStats');

/** HR: per tip how often shown and how many found it useful or not (counts only). */
export async function tipStatistics(
  ctx: UseCaseContext,
): Promise<{ kind: 'stats'; rows: TipStatisticsRow[] } | TipMessage> {
  if (!mayManageTips(ctx)) return message('tips.stats.hrOnly');
  const disabled = await ctx.repos.tips.disabled();
  const counts = new Map((await ctx.repos.tips.counts()).map((c) => [c.tipId, c]));
  const rows = TIPS.filter((t) => counts.has(t.id) || disabled.has(t.id)).map((t) => ({
    ...(counts.get(t.id) ?? { tipId: t.id, shown: 0, up: 0, down: 0 }),
    off: disabled.has(t.id),
  }));
  return { kind: 'stats', rows };
}

/** HR: switches a tip off (never chosen again) or on again; audited. */
export async function switchTip(
  ctx: UseCaseContext,
  input: { tipId: string; off: boolean },
): Promise<{ ok: true } | TipMessage> {
  if (!mayManageTips(ctx)) return message('tips.stats.hrOnly');
  if (!tipById(input.tipId)) return message('tips.unknownTip');
  const at = ctx.now.toUTC().toISO() ?? '';
  const by = ctx.actor.person.aadObjectId;
  if (await ctx.repos.tips.setDisabled(input.tipId, input.off, by, at))
    await auditAction(
      ctx,
      input.off ? 'tips.switchOff' : 'tips.switchOn',
      null,
      null,
      'allowed',
      input.tipId,
    );
  return { ok: true };
}
