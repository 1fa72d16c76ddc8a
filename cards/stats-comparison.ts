/**
 * The comparison section of the stats card: the unit next to similar units, sector, municipality,
 * the national average for its staff mix and its target. Horizontal bars, so every name is shown
 * whole; each bar is named, so colour only helps (the unit blue, the target red). When the window's
 * data is partial, every figure here is too low alike, so the units are still compared with each
 * other, but the target and the national average (whole-year figures) are left out, and a note
 * says from when the data is.
 */
import type { ComparisonFigure } from '../domain/statistics/types.js';
import type { UnitReport } from '../domain/statistics/unit-report.js';
import { escapeMarkdown, unescapeMarkdown, type Translator } from '../i18n/index.js';
import { chartHorizontalBar, facts, text, type CardElement, type ChartColor } from './elements.js';
import { chartLang, chartValue, formatDate, formatDays } from './stats-format.js';

interface Row {
  kind: 'unit' | 'comparison' | 'staffMix' | 'target';
  /** Markdown, names escaped (for the FactSet); the chart takes it unescaped. */
  label: string;
  value: number | null;
  suppressed: boolean;
  wouldReveal?: boolean;
}

function comparisonLabel(c: ComparisonFigure, t: Translator): string {
  switch (c.kind) {
    case 'comparable':
      return t('stats.compare.comparable', { type: c.name, count: String(c.unitCount) });
    case 'sector':
      return t('stats.compare.sector', { name: c.name });
    case 'municipality':
      return t('stats.compare.municipality', { name: c.name });
  }
}

function rows(r: UnitReport, t: Translator): Row[] {
  const out: Row[] = [];
  if (r.figures && r.figures.daysPerFte !== null)
    out.push({
      kind: 'unit',
      label: escapeMarkdown(r.unitName),
      value: r.figures.daysPerFte,
      suppressed: false,
    });
  for (const c of r.comparisons)
    out.push({
      kind: 'comparison',
      label: comparisonLabel(c, t),
      value: c.daysPerFte,
      suppressed: c.suppressed,
      wouldReveal: c.suppressedBy === 'wouldReveal',
    });
  if (r.coverage.window.kind === 'partial') return out;
  if (r.staffMix && !r.target?.computed) {
    const label = t('stats.compare.staffMix', {
      source: r.staffMix.source,
      year: String(r.staffMix.year),
    });
    out.push({ kind: 'staffMix', label, value: r.staffMix.daysPerFte, suppressed: false });
  }
  if (r.target)
    out.push({
      kind: 'target',
      label: t('stats.compare.target'),
      value: r.target.daysPerFte,
      suppressed: false,
    });
  return out;
}

function valueText(row: Row, t: Translator): string {
  if (!row.suppressed) return formatDays(row.value, t);
  return t(row.wouldReveal ? 'stats.compare.wouldReveal' : 'stats.compare.suppressed');
}

const COLORS: Readonly<Record<Row['kind'], ChartColor>> = {
  unit: 'categoricalBlue',
  comparison: 'neutral',
  staffMix: 'categoricalTeal',
  target: 'attention',
};

function partialNote(r: UnitReport, t: Translator): CardElement[] {
  if (r.coverage.window.kind !== 'partial') return [];
  const date = formatDate(r.coverage.window.from, t);
  return [text(t('stats.compare.partial', { date }), { isSubtle: true, size: 'Small' })];
}

export function comparisonSection(r: UnitReport, t: Translator): CardElement[] {
  const all = rows(r, t);
  if (!all.some((row) => row.kind === 'comparison' || row.kind === 'staffMix')) return [];
  const fallback = facts(all.map((row) => [row.label, valueText(row, t)] as const));
  const bars = all.flatMap((row) =>
    row.value === null || row.suppressed
      ? []
      : [{ x: unescapeMarkdown(row.label), y: chartValue(row.value), color: COLORS[row.kind] }],
  );
  const title = text(t('stats.compare.title'), {
    weight: 'Bolder',
    spacing: 'Large',
    separator: true,
  });
  const note = partialNote(r, t);
  if (bars.length < 2) return [title, ...note, fallback];
  const suppressedNotes = all
    .filter((row) => row.suppressed)
    .map((row) => [row.label, valueText(row, t)] as const);
  const chart = chartHorizontalBar({
    title: t('stats.compare.title'),
    data: bars,
    fallback,
    xAxisTitle: t('stats.compare.axis'),
    lang: chartLang(t),
  });
  const hidden = suppressedNotes.length > 0 ? [facts(suppressedNotes)] : [];
  return [title, ...note, chart, ...hidden];
}
