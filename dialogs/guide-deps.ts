/**
 * What the guide dialog needs from the running bot, as narrow interfaces: dialogs/ never imports
 * bot/. bot/ builds these from its AppDeps (the repositories, the clock, the HR notifier) and
 * says who is acting in a turn (the person found by aadObjectId, and their translator).
 */
import type { TurnContext } from 'botbuilder';
import type { Clock } from '../domain/clock.js';
import type { Person, SickPeriod } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';
import type { AbsenceRepository } from '../data/absence-repository.js';
import type { FollowUpRepository } from '../data/follow-up-repository.js';
import type { GuideRepository } from '../data/guide-repository.js';
import type { AuditRepository, OrgRepository } from '../data/repositories.js';

/** The person acting in this turn and the language they are answered in. */
export interface GuideActor {
  person: Person;
  t: Translator;
}

/** A card rendered in the recipient's own language. */
export type LocalizedCard = (t: Translator) => object;

/** Tells the HR consultant(s) serving a unit (the follow-up feature's HrNotifier fits this). */
export interface GuideHrNotifier {
  /** `requestId` is stable: the notifier sends each one once. */
  notify(unitId: string, card: LocalizedCard, requestId: string, personKey: string): Promise<void>;
}

export interface GuideDialogDeps {
  guides: GuideRepository;
  absence: Pick<AbsenceRepository, 'period' | 'periodsOfPerson'>;
  followUps: Pick<FollowUpRepository, 'planFor' | 'step'>;
  org: Pick<OrgRepository, 'snapshot' | 'employmentsInUnits'>;
  audit: AuditRepository;
  clock: Clock;
  /** Absent: accepted offers are recorded in the guide only. */
  hrNotifier: GuideHrNotifier | null;
  /** Who acts in this turn (bot/: the Turn the dialog host put in turnState). */
  actor(context: TurnContext): GuideActor;
  /**
   * Makes the period's follow-up plan if it has none yet (an imported period the scheduler has
   * not reached), so a step agreed in the guide is never mistaken for the whole plan.
   */
  ensurePlan?(period: SickPeriod, unitId: string): Promise<void>;
  /** A new session id (letters, digits, '-', at most 64 characters). */
  newId(): string;
  /** A failure that must not stop the turn (an HR notice that could not be queued). */
  onError?(err: unknown): void;
}
