/**
 * The seams the lead wires: how HR is told, and whether a unit is above its absence target.
 * The request itself is always stored first (hrRequests), so a notifier that fails or is absent
 * loses nothing: the lead's implementation can enqueue into the outbox with the request's id.
 */
import type { IsoDate } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';

/** A card rendered in the recipient's own language (the lead knows each recipient's locale). */
export type LocalizedCard = (t: Translator) => object;

export interface HrNotifier {
  /**
   * Tells the HR consultant(s) serving the unit about one person (hrConsultantsFor).
   * `requestId` is stable (the hrRequests id): use it to send exactly once.
   */
  notify(unitId: string, card: LocalizedCard, requestId: string, personKey: string): Promise<void>;
  /** Sends HR's answer to the leader who asked (personal chat); `subject` is whom it is about. */
  notifyLeader?(
    aadObjectId: string,
    card: LocalizedCard,
    requestId: string,
    subject: { personKey: string; unitId: string },
  ): Promise<void>;
}

/** Tells a person just named deputy (personal chat, through the outbox, once per deputyship). */
export interface DeputyNotifier {
  named(
    deputyId: string,
    deputyship: {
      id: string;
      leaderName: string;
      deputyName: string;
      unitNames: string[];
      from: IsoDate;
      to: IsoDate;
      inForce: boolean;
    },
  ): Promise<void>;
}

export interface FollowUpOptions {
  /** Absent: requests are stored only (and shown as asked on the cards). */
  hrNotifier?: HrNotifier | null;
  /**
   * Decides Høje-Taastrup's 'above-target' steps (mandatory above target, recommended below).
   * Absent: treated as above target, so no step is silently softened.
   */
  aboveTarget?: (unitId: string, today: IsoDate) => Promise<boolean>;
  /** Absent: a deputy learns of it from their next message only. */
  deputyNotifier?: DeputyNotifier | null;
  /** Logs a notifier failure (the request is stored either way). */
  onNotifyError?: (err: unknown) => void;
}
