/**
 * What the statistics engine reads, from PostgreSQL. The version is a counter that triggers bump
 * in the same transaction as any write to an input of the figures, by any instance.
 */
import type { StatisticsRepository } from '../repositories.js';
import type {
  AbsenceDay,
  Employment,
  NationalAverage,
  SickPeriod,
  Target,
  Unit,
} from '../../domain/model.js';
import { dataInPages, type Db } from './db.js';
import { loadSettings, storeVersion } from './org-repository.js';

export function pgStatisticsRepository(db: Db): StatisticsRepository {
  // Through a cursor, a page at a time: the periods of a large municipality are 400,000 rows.
  const all = <T>(table: string) => dataInPages<T>(db, `SELECT data FROM ${table} ORDER BY seq`);
  return {
    version: () => storeVersion(db, 'statistics'),
    load: async () => {
      const [units, employments, sickPeriods, absenceDays, targets, nationalAverages, settings] =
        await Promise.all([
          all<Unit>('units'),
          all<Employment>('employments'),
          all<SickPeriod>('sick_periods'),
          all<AbsenceDay>('absence_days'),
          all<Target>('targets'),
          all<NationalAverage>('national_averages'),
          loadSettings(db),
        ]);
      return { units, employments, sickPeriods, absenceDays, targets, nationalAverages, settings };
    },
  };
}
