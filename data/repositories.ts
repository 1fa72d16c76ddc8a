/**
 * Repository interfaces: async, in domain verbs, so a PostgreSQL store can implement the same
 * verbs later without touching callers. The lowdb implementation is in lowdb-repositories.ts.
 */
import type {
  Employment,
  IsoDate,
  Locale,
  MunicipalitySettings,
  Person,
  Unit,
} from '../domain/model.js';
import type { AuditEntry, ConversationRefRecord, SchedulerState } from './schema.js';
import type { StatisticsData } from '../domain/statistics/types.js';
import type { AbsenceRepository } from './absence-repository.js';
import type { FollowUpRepository } from './follow-up-repository.js';
import type { FollowUpPolicy } from '../domain/follow-up/policy-types.js';
import type { GuideRepository } from './guide-repository.js';
import type { DeputyRepository } from './deputy-repository.js';
import type { ChangeLogRepository } from './change-log-repository.js';
import type { TipRepository } from './tip-repository.js';
import type { WorkflowRepository } from './workflow-repository.js';
import type { ChannelSubscriptionRepository } from './subscription-repository.js';

export interface OrgSnapshot {
  readonly units: readonly Unit[];
  readonly persons: readonly Person[];
  readonly settings: MunicipalitySettings;
  /** The municipality's own policy documents (politik import); absent or empty = presets only. */
  readonly policies?: readonly FollowUpPolicy[];
}

export interface OrgRepository {
  findPerson(aadObjectId: string): Promise<Person | null>;
  /** Units, persons and settings as they are now (read-only). */
  snapshot(): Promise<OrgSnapshot>;
  /** Employments valid on `date` in any of the units. */
  employmentsInUnits(unitIds: ReadonlySet<string>, date: IsoDate): Promise<Employment[]>;
  /** Employments valid on `date` of these persons (by person key), in any unit. */
  employmentsOfPersons(personKeys: ReadonlySet<string>, date: IsoDate): Promise<Employment[]>;
  setPersonLocale(aadObjectId: string, locale: Locale): Promise<void>;
  /** Whether anyone is still known only by UPN (placeholder id), so a Teams look-up may bind them. */
  hasUnboundUpns(): Promise<boolean>;
  /**
   * Binds the person imported by UPN only (placeholder id `upn:<upn>`) to the object id Teams
   * reports for that sign-in name. Returns the bound person, or null when there is no such
   * placeholder or the object id already belongs to someone else (nothing changes then).
   */
  bindUpn(upn: string, aadObjectId: string): Promise<Person | null>;
}

export interface ConversationRepository {
  saveReference(record: ConversationRefRecord): Promise<void>;
  /** The personal-chat reference of a person, for proactive sends. */
  personalReference(aadObjectId: string): Promise<ConversationRefRecord | null>;
  byConversationId(conversationId: string): Promise<ConversationRefRecord | null>;
}

export type NewAuditEntry = Omit<AuditEntry, 'at'> & { at?: string };

export interface AuditRepository {
  record(entry: NewAuditEntry): Promise<void>;
  /** Many entries in one write, all at one instant unless they carry their own (a day's card). */
  recordMany(entries: readonly NewAuditEntry[]): Promise<void>;
  /** Every entry about one data subject (right of access to log entries, CJEU C-579/21). */
  forSubject(subject: string): Promise<AuditEntry[]>;
  /**
   * Retention: removes every entry from before the instant `before` (an ISO instant) and, when
   * any went, records one 'audit.pruned' entry saying how many. Returns how many went. Meant to
   * run once a day with `before` = now − AUDIT_RETENTION_DAYS; one pass over the log.
   */
  prune(before: string): Promise<number>;
  /**
   * A counted entry, so that a burst of one event is one entry rather than one per event: writes
   * `entry` with "; count=<count>" after its detail, or, when that entry (same action, `at` and
   * detail) is already among the last minute's entries, sets its count instead.
   */
  recordCount(entry: CountedAuditEntry, count: number): Promise<void>;
}

export type CountedAuditEntry = Omit<AuditEntry, 'detail'> & { detail: string };

/** Key/value state for botbuilder-dialogs, so dialog state survives a restart. */
export interface DialogStateRepository {
  read(keys: readonly string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
}

/**
 * What the statistics engine reads. `version` changes whenever an input of the figures changes
 * (in any process sharing the store); `load` returns the inputs as they are now.
 */
export interface StatisticsRepository {
  version(): Promise<string>;
  load(): Promise<StatisticsData>;
}

/** The scheduler's progress (survives restarts). */
export interface SchedulerStateRepository {
  get(): Promise<SchedulerState>;
  save(state: SchedulerState): Promise<void>;
}

export interface StoreInfo {
  kind: 'lowdb' | 'postgres';
  schemaVersion: number;
  origin: 'empty' | 'demo' | 'imported';
}

export interface Repositories {
  info(): StoreInfo;
  org: OrgRepository;
  conversations: ConversationRepository;
  audit: AuditRepository;
  dialogState: DialogStateRepository;
  absence: AbsenceRepository;
  followUps: FollowUpRepository;
  guides: GuideRepository;
  deputies: DeputyRepository;
  statistics: StatisticsRepository;
  scheduler: SchedulerStateRepository;
  /** Each person's own undoable changes, and the corrections of sick periods. */
  changeLog: ChangeLogRepository;
  /** Well-being tips: who was shown what, answers, the weekly tip, tips switched off. */
  tips: TipRepository;
  /** HR process workflows (steps, owners, due dates, history) and the HR intake channel. */
  workflows: WorkflowRepository;
  /** Channels' subscriptions to scheduled absence summaries. */
  channelSubscriptions: ChannelSubscriptionRepository;
}
