/** Figures and months in the reader's language. */
import { num, type Lang, type Tr } from './strings.js';

const MONTHS: Record<Lang, string[]> = {
  da: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `2025-06` → "jun 25". */
export function monthLabel(lang: Lang, month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[lang][Number(m) - 1] ?? m} ${(y ?? '').slice(2)}`;
}

/** `2025-06-30` → "30. jun 2025" / "30 Jun 2025". */
export function dateLabel(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[lang][Number(m) - 1] ?? m;
  return lang === 'da' ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

export const figure = (tr: Tr, v: number | null): string => (v === null ? '–' : num(tr.lang, v));

/** "1,2 over måltal" / "0,4 under måltal" / "På måltal", never by colour alone. */
export function gapText(tr: Tr, gap: number | null): string {
  if (gap === null) return tr('noTarget');
  if (Math.abs(gap) <= 0.05) return tr('gapAt');
  const value = num(tr.lang, Math.abs(gap));
  return gap > 0 ? tr('gapAbove', { value }) : tr('gapBelow', { value });
}

/** above | at | below | none: the heat class, always shown with its text. */
export function gapClass(gap: number | null): string {
  if (gap === null) return 'none';
  if (Math.abs(gap) <= 0.05) return 'at';
  return gap > 0 ? (gap > 1 ? 'above2' : 'above') : 'below';
}
