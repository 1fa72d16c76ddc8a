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
import { dataOf, type DataRow, type Db } from './db.js';
import { loadSettings, storeVersion } from './org-repository.js';

export function pgStatisticsRepository(db: Db): StatisticsRepository {
  const all = async <T>(table: string) =>
    dataOf((await db.query<DataRow<T>>(`SELECT data FROM ${table} ORDER BY seq`)).rows);
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
