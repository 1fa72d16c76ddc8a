/**
 * Which absence types count as sickness (docs/statistics.md): own sickness, partial sickness
 * and work injury always; § 56 and pregnancy-related absence by the municipality's switch;
 * a child's sickness and other absence never.
 */
import type { AbsenceType, StatisticsSettings } from '../model.js';

export const ALWAYS_COUNTED: readonly AbsenceType[] = ['SYGDOM', 'DELVIS_SYGDOM', 'ARBEJDSSKADE'];

export function countsAsSickness(
  type: AbsenceType,
  settings: Pick<StatisticsSettings, 'countParagraph56' | 'countPregnancy'>,
): boolean {
  switch (type) {
    case 'SYGDOM':
    case 'DELVIS_SYGDOM':
    case 'ARBEJDSSKADE':
      return true;
    case 'PARAGRAF56':
      return settings.countParagraph56;
    case 'GRAVIDITET':
      return settings.countPregnancy;
    case 'BARN_SYG':
    case 'ANDET':
      return false;
  }
}

/** A type filter for the given settings. */
export function sicknessFilter(
  settings: Pick<StatisticsSettings, 'countParagraph56' | 'countPregnancy'>,
): (type: AbsenceType) => boolean {
  return (type) => countsAsSickness(type, settings);
}

/** The default filter (no switches on). */
export const DEFAULT_SICKNESS_FILTER = sicknessFilter({
  countParagraph56: false,
  countPregnancy: false,
});
