/** Every string the tab's pages show, Danish first and English. */
export type Lang = 'da' | 'en';

const da = {
  title: 'Nærvær',
  loading: 'Henter …',
  hello: 'Hej {name}',
  error: 'Noget gik galt: {message}',
  noRole: 'Du har ingen enheder i Nærvær. Kontakt HR, hvis det er forkert.',
  unitsTitle: 'Dine enheder',
  daysPerFte: 'dage pr. fuldtidsansat',
  figureLine: 'De seneste 12 hele måneder ({from} – {to})',
  target: 'Måltal',
  targetLine: 'Måltal {value}',
  noTarget: 'Intet måltal',
  gapAbove: '{value} over måltal',
  gapBelow: '{value} under måltal',
  gapAt: 'På måltal',
  previousYear: 'Et år tidligere: {value}',
  suppressed: 'For få medarbejdere til at vise tal.',
  noData: 'Ingen fraværsdata for perioden.',
  trendTitle: 'Udvikling de seneste 12 måneder',
  trendCaption:
    'Dage pr. fuldtidsansat pr. måned (omregnet til år), sammenlignet med året før og måltallet.',
  month: 'Måned',
  thisYear: 'Denne periode',
  lastYear: 'Året før',
  shortLongTitle: 'Kort og langt fravær',
  shortLongSentence:
    '{short} korte perioder (op til {max} dage) med {shortDays} dage og {long} lange perioder med {longDays} dage.',
  periods: 'Perioder',
  days: 'Dage',
  short: 'Kort',
  long: 'Langt',
  rankingTitle: 'Enhederne sammenlignet med måltal',
  unit: 'Enhed',
  value: 'Dage pr. fuldtidsansat',
  gap: 'Forskel til måltal',
  sickTitle: 'Syge nu',
  sickNone: 'Ingen af dine medarbejdere er syge i dag.',
  name: 'Navn',
  since: 'Syg siden',
  dayOf: 'dag {day}',
  nextStep: 'Næste skridt',
  due: 'Frist',
  overdue: 'Overskredet',
  noStep: 'Intet skridt venter',
  actions: 'Handling',
  done: 'Udført',
  postpone: 'Udskyd',
  postponeTo: 'Udskyd til',
  save: 'Gem',
  hrTitle: 'HR-overblik',
  heatTitle: 'Enheder efter sektor',
  heatCaption:
    'Hver enhed med dage pr. fuldtidsansat og forskel til måltal. Farven gentager teksten.',
  risingTitle: 'Enheder med stigende fravær',
  risingNone: 'Ingen enheder ligger mindst 10 % over samme periode året før.',
  risingRow: '{unit}: {now} mod {before} året før',
  onTimeTitle: 'Opfølgning til tiden (seneste 12 måneder)',
  onTimeNone: 'Ingen afsluttede opfølgningsskridt endnu.',
  onTimeShare: 'Til tiden',
  closedSteps: 'Afsluttede skridt',
  workflowsTitle: 'Åbne forløb',
  workflowsNone: 'Der er ingen åbne forløb.',
  workflowKind: 'Forløb',
  workflowStep: 'Nuværende skridt',
  workflowOwner: 'Ansvarlig',
  configTitle: 'Vælg enhed til fanen',
  configLabel: 'Enhed eller sektor',
  channelNote: 'Fanen viser kun samlede tal, fordi alle i kanalen kan se den.',
  above: 'over',
  below: 'under',
  at: 'på',
};

const en: Record<keyof typeof da, string> = {
  title: 'Nærvær',
  loading: 'Loading …',
  hello: 'Hello {name}',
  error: 'Something went wrong: {message}',
  noRole: 'You have no units in Nærvær. Contact HR if that is wrong.',
  unitsTitle: 'Your units',
  daysPerFte: 'days per full-time employee',
  figureLine: 'The last 12 whole months ({from} – {to})',
  target: 'Target',
  targetLine: 'Target {value}',
  noTarget: 'No target',
  gapAbove: '{value} above target',
  gapBelow: '{value} below target',
  gapAt: 'At target',
  previousYear: 'A year earlier: {value}',
  suppressed: 'Too few employees to show figures.',
  noData: 'No absence data for the period.',
  trendTitle: 'Trend over the last 12 months',
  trendCaption:
    'Days per full-time employee per month (annualised), compared with the year before and the target.',
  month: 'Month',
  thisYear: 'This period',
  lastYear: 'Year before',
  shortLongTitle: 'Short and long absence',
  shortLongSentence:
    '{short} short periods (up to {max} days) with {shortDays} days and {long} long periods with {longDays} days.',
  periods: 'Periods',
  days: 'Days',
  short: 'Short',
  long: 'Long',
  rankingTitle: 'Units compared with their targets',
  unit: 'Unit',
  value: 'Days per full-time employee',
  gap: 'Difference from target',
  sickTitle: 'Sick now',
  sickNone: 'None of your employees is sick today.',
  name: 'Name',
  since: 'Sick since',
  dayOf: 'day {day}',
  nextStep: 'Next step',
  due: 'Due',
  overdue: 'Overdue',
  noStep: 'No step waiting',
  actions: 'Action',
  done: 'Done',
  postpone: 'Postpone',
  postponeTo: 'Postpone to',
  save: 'Save',
  hrTitle: 'HR overview',
  heatTitle: 'Units by sector',
  heatCaption:
    'Each unit with days per full-time employee and difference from target. The colour repeats the text.',
  risingTitle: 'Units with rising absence',
  risingNone: 'No unit is at least 10 % above the same period a year earlier.',
  risingRow: '{unit}: {now} against {before} a year earlier',
  onTimeTitle: 'Follow-up on time (last 12 months)',
  onTimeNone: 'No follow-up steps closed yet.',
  onTimeShare: 'On time',
  closedSteps: 'Closed steps',
  workflowsTitle: 'Open workflows',
  workflowsNone: 'There are no open workflows.',
  workflowKind: 'Workflow',
  workflowStep: 'Current step',
  workflowOwner: 'Owner',
  configTitle: 'Choose the unit for this tab',
  configLabel: 'Unit or sector',
  channelNote: 'This tab shows totals only, because everyone in the channel can see it.',
  above: 'above',
  below: 'below',
  at: 'at',
};

export type StringKey = keyof typeof da;
const TABLES: Record<Lang, Record<StringKey, string>> = { da, en };

export type Tr = ((key: StringKey, params?: Record<string, string | number>) => string) & {
  lang: Lang;
};

export function strings(lang: Lang): Tr {
  const table = TABLES[lang];
  const tr = (key: StringKey, params: Record<string, string | number> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? `{${name}}`));
  return Object.assign(tr, { lang });
}

/** One decimal, the reader's way ("12,3" / "12.3"). */
export function num(lang: Lang, value: number, decimals = 1): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
