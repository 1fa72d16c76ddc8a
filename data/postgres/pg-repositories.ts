/**
 * Every repository over PostgreSQL. A new repository is one file in this folder (`pgXRepository(db)`)
 * plus one migration creating its table, and one line here.
 */
import type { Repositories, StoreInfo } from '../repositories.js';
import type { Db } from './db.js';
import { pgAbsenceRepository } from './absence-repository.js';
import { pgAuditRepository } from './audit-repository.js';
import { pgChangeLogRepository } from './change-log-repository.js';
import { pgConversationRepository } from './conversation-repository.js';
import { pgDeputyRepository } from './deputy-repository.js';
import { pgDialogStateRepository } from './dialog-state-repository.js';
import { pgFollowUpRepository } from './follow-up-repository.js';
import { pgGuideRepository } from './guide-repository.js';
import { pgOrgRepository } from './org-repository.js';
import { pgSchedulerRepository } from './scheduler-repository.js';
import { pgStatisticsRepository } from './statistics-repository.js';
import { pgSectioned } from './sections.js';
import { lowdbTipRepository } from '../tip-repository.js';
import { lowdbWorkflowRepository } from '../workflow-repository.js';
import { lowdbChannelSubscriptionRepository } from '../subscription-repository.js';

export function createPgRepositories(
  db: Db,
  info: () => StoreInfo,
  now: () => string,
): Repositories {
  return {
    info,
    org: pgOrgRepository(db),
    conversations: pgConversationRepository(db),
    audit: pgAuditRepository(db, now),
    dialogState: pgDialogStateRepository(db),
    absence: pgAbsenceRepository(db, now),
    followUps: pgFollowUpRepository(db),
    guides: pgGuideRepository(db),
    deputies: pgDeputyRepository(db),
    statistics: pgStatisticsRepository(db),
    scheduler: pgSchedulerRepository(db),
    changeLog: pgChangeLogRepository(db),
    // Small sections kept whole: the lowdb rules run on them under a row lock (sections.ts).
    tips: pgSectioned(db, ['tips'], lowdbTipRepository),
    workflows: pgSectioned(db, ['workflows'], lowdbWorkflowRepository),
    channelSubscriptions: pgSectioned(
      db,
      ['channelSubscriptions', 'wellbeingScores'],
      lowdbChannelSubscriptionRepository,
    ),
  };
}
