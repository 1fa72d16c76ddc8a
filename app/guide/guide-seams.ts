/**
 * What the guide's use cases are given besides the context: how HR is told about an accepted
 * offer, whether a unit is above its absence target (for a plan made on demand), new session ids,
 * and where a failure that must not stop the turn is reported.
 */
import type { ExpectedDuration, Offer, PartialReturn } from '../../domain/guide/agreements.js';
import type { GuideKind } from '../../domain/guide/guide-kinds.js';
import type { IsoDate } from '../../domain/model.js';
import type { FollowUpOptions } from '../follow-up-seams.js';

/** What HR is told about an accepted offer: what they need to act, and nothing about health. */
export interface GuideHrNotice {
  offer: Offer;
  employeeName: string;
  leaderName: string;
  unitName: string;
  agreedOn: IsoDate;
  /** The conversation the offer was agreed in. */
  kind: GuideKind;
  /** First day of the sick period the guide is about; null for frequent absence without one. */
  firstSickDay: IsoDate | null;
  expectedDuration: ExpectedDuration | null;
  partialReturn: PartialReturn | null;
}

/** Tells the HR consultant(s) serving a unit (bot/ renders the notice as a card). */
export interface GuideHrNotifier {
  /** `requestId` is stable: the notifier sends each one once. */
  notify(
    unitId: string,
    notice: GuideHrNotice,
    requestId: string,
    personKey: string,
  ): Promise<void>;
}

export interface GuideSeams {
  /** Absent: accepted offers are recorded in the guide only. */
  hrNotifier: GuideHrNotifier | null;
  /** Decides the 'above-target' steps of a plan made on demand (absent: above target). */
  aboveTarget?: FollowUpOptions['aboveTarget'];
  /** A new session id (letters, digits, '-', at most 64 characters). */
  newId(): string;
  /** A failure that must not stop the turn (an HR notice that could not be queued). */
  onError?(err: unknown): void;
}
