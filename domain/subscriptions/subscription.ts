/**
 * A channel's subscription to scheduled absence summaries: which channel, which unit (a sector is a
 * unit with sub-units; the whole municipality is the top unit), how often, on which day and hour,
 * in which language, who made it, and the last period sent (so each period goes out once).
 */
import type { IsoInstant, Locale } from '../model.js';
import type { Cadence } from './cadence.js';

export interface ChannelSubscription {
  id: string;
  /** The channel's conversation id (the stored reference the summary is sent to). */
  conversationId: string;
  teamId: string | null;
  channelId: string | null;
  unitId: string;
  cadence: Cadence;
  /** null: the period's first working day; weekly 1–5 (Monday–Friday); else day 1–28 of its first month. */
  day: number | null;
  /** 0–23, Copenhagen time. */
  hour: number;
  locale: Locale;
  /** aadObjectId of the person who made (or last changed) it; told if the channel is lost. */
  createdBy: string;
  createdAt: IsoInstant;
  /** Summaries are owed from this instant (made, or last changed). */
  since: IsoInstant;
  active: boolean;
  /** The MED committee's pack (half-yearly or yearly): well-being and APV scores beside the figures. */
  medPack?: boolean;
  /** Key of the last period whose summary was queued (see cadence.ts). */
  lastPeriodSent: string | null;
}

export const DEFAULT_HOUR = 8;

/** The same channel, unit and cadence: a second such subscription would repeat the first. */
export function sameSubscription(
  a: Pick<ChannelSubscription, 'conversationId' | 'unitId' | 'cadence'>,
  b: Pick<ChannelSubscription, 'conversationId' | 'unitId' | 'cadence'>,
): boolean {
  return a.conversationId === b.conversationId && a.unitId === b.unitId && a.cadence === b.cadence;
}

/** The MED pack goes with the committees' own rhythm: half-yearly or yearly. */
export const MED_PACK_CADENCES: ReadonlySet<Cadence> = new Set(['halfyearly', 'yearly']);
