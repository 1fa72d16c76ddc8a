/**
 * The statistics answers for one person: which units they may see, and the cards for a unit,
 * a ranking, or the frequent-absence list. Built on the cached statistics index. Figures cover
 * whole months (domain/statistics/period.ts); the frequent-absence list is as of today.
 */
import { isHr, visibleUnits, unitsLedBy } from '../../../domain/access.js';
import {
  StatisticsIndexCache,
  type StatisticsIndex,
} from '../../../domain/statistics/statistics-index.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import type { YearAsked } from '../../../domain/statistics/chat-intents.js';
import { statisticsPeriod, type StatisticsPeriod } from '../../../domain/statistics/period.js';
import { rankUnits, childUnitIds } from '../../../domain/statistics/ranking.js';
import { frequentAbsence } from '../../../domain/triggers.js';
import { statsGuidance } from '../../../domain/tips.js';
import { commonAncestor, matchUnit } from '../../../domain/unit-match.js';
import type { Person, Unit } from '../../../domain/model.js';
import { statsCard } from '../../../cards/stats-card.js';
import { rankingCard } from '../../../cards/ranking-card.js';
import { unitChoiceCard } from '../../../cards/unit-choice-card.js';
import { frequentAbsenceCard } from '../../../cards/frequent-absence-card.js';
import type { Turn } from '../../turn.js';

export type StatsAnswer = { kind: 'cards'; cards: object[] } | { kind: 'text'; text: string };

const caches = new WeakMap<object, StatisticsIndexCache>();

export function statisticsIndex(turn: Turn): StatisticsIndex {
  return indexFor(turn.deps.repos);
}

/** The statistics index of the current data, rebuilt only when the data changed. */
export function indexFor(repos: Pick<Turn['deps']['repos'], 'statistics'>): StatisticsIndex {
  const repo = repos.statistics;
  let cache = caches.get(repo);
  if (!cache) caches.set(repo, (cache = new StatisticsIndexCache()));
  return cache.get(repo.snapshot().version, () => repo.snapshot().data);
}

const viewerOf = (p: Person) => ({ hr: isHr(p), leads: p.leads });
const today = (turn: Turn) => turn.now.toISODate() ?? '';

/** The rolling 12 whole months as of today (the default period of every answer). */
export function currentPeriod(turn: Turn): StatisticsPeriod {
  const period = statisticsPeriod(today(turn));
  return period.ok ? period.value : { asOf: today(turn), year: null };
}

export function unitCard(
  turn: Turn,
  unitId: string,
  period: StatisticsPeriod = currentPeriod(turn),
): StatsAnswer {
  return unitAnswer(turn, unitId, period).answer;
}

/** The unit's card, and whether it shows figures (a ranking below it is pointless otherwise). */
function unitAnswer(
  turn: Turn,
  unitId: string,
  period: StatisticsPeriod,
): { answer: StatsAnswer; figures: boolean } {
  const index = statisticsIndex(turn);
  const report = unitReport(index, unitId, period.asOf, viewerOf(turn.person), {
    staffMixAsTarget: true,
  });
  if (!report.ok) {
    const text = turn.t('stats.unknownUnit', { query: unitId });
    return { answer: { kind: 'text', text }, figures: false };
  }
  const offerFrequent = unitsLedBy(turn.person, index.tree.units).has(unitId);
  const guidance = statsGuidance(report.value.situation);
  const view = { report: report.value, guidance, offerFrequent, year: period.year };
  const figures = !report.value.noData && !report.value.empty;
  return { answer: { kind: 'cards', cards: [statsCard(view, turn.t)] }, figures };
}

function rankingOf(
  turn: Turn,
  scopeName: string,
  unitIds: string[],
  period: StatisticsPeriod,
): object {
  const rows = rankUnits(statisticsIndex(turn), unitIds, period.asOf, viewerOf(turn.person), {
    staffMixAsTarget: true,
  });
  return rankingCard({ scopeName, asOf: period.asOf, rows, year: period.year }, turn.t);
}

/** A unit report, plus a ranking of its sub-units when it has any (a sector chief's view). */
function unitWithChildren(turn: Turn, unit: Unit, period: StatisticsPeriod): StatsAnswer {
  const { answer: first, figures } = unitAnswer(turn, unit.id, period);
  const children = childUnitIds(statisticsIndex(turn), unit.id);
  if (first.kind === 'text' || !figures || children.length === 0) return first;
  return { kind: 'cards', cards: [...first.cards, rankingOf(turn, unit.name, children, period)] };
}

/**
 * No unit named: the person's own scope — the units they lead; for an HR consultant who serves
 * only some units, those; for the rest of HR, the whole municipality.
 */
function ownScope(turn: Turn, units: readonly Unit[], period: StatisticsPeriod): StatsAnswer {
  const byId = new Map(units.map((u) => [u.id, u]));
  const p = turn.person;
  const rootIds = p.leads.length > 0 || p.hr !== 'consultant' ? p.leads : p.hrUnits;
  const roots = rootIds.map((id) => byId.get(id)).filter((u): u is Unit => u !== undefined);
  if (roots.length === 1 && roots[0]) return unitWithChildren(turn, roots[0], period);
  if (roots.length > 1) {
    const ids = roots.map((u) => u.id);
    return {
      kind: 'cards',
      cards: [rankingOf(turn, turn.t('stats.ranking.yourUnits'), ids, period)],
    };
  }
  const top = units.find((u) => u.parentId === null);
  if (isHr(p) && top) return unitWithChildren(turn, top, period);
  return { kind: 'text', text: turn.t('stats.notYourUnit') };
}

/**
 * A unit named in the question, matched forgivingly among the units the person may see. No match
 * there: "not yours" if it names some other unit, else "unknown". Several matches: the one the
 * others lie below (a plejecenter and its afsnit), else a choice — never a guess.
 */
function named(
  turn: Turn,
  units: readonly Unit[],
  phrase: string,
  period: StatisticsPeriod,
): StatsAnswer {
  const visible = visibleUnits(turn.person, units);
  const match = matchUnit(
    phrase,
    units.filter((u) => visible.has(u.id)),
  );
  if (match.kind === 'none') {
    const elsewhere = matchUnit(phrase, units).kind !== 'none';
    const key = elsewhere ? 'stats.notYourUnit' : 'stats.unknownUnit';
    return { kind: 'text', text: turn.t(key, { query: phrase }) };
  }
  if (match.kind !== 'several') return unitWithChildren(turn, match.unit, period);
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const top =
    match.total === match.candidates.length ? commonAncestor(match.candidates, parents) : null;
  if (top) return unitWithChildren(turn, top, period);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const view = match.candidates.map((u) => ({
    id: u.id,
    name: u.name,
    context: u.parentId ? (names.get(u.parentId) ?? null) : null,
  }));
  const choice = { query: phrase, candidates: view, total: match.total, year: period.year };
  return { kind: 'cards', cards: [unitChoiceCard(choice, turn.t)] };
}

/** The period a question asks about ("sidste år" is the calendar year before today's). */
export function periodFor(
  turn: Turn,
  year: YearAsked | number | undefined,
): StatisticsPeriod | { futureYear: number } {
  const asked = year === 'previous' ? turn.now.year - 1 : (year ?? null);
  const period = statisticsPeriod(today(turn), asked);
  if (!period.ok) return { futureYear: asked ?? turn.now.year };
  return period.value;
}

export function statsAnswer(
  turn: Turn,
  phrase: string | null,
  year: YearAsked = null,
): StatsAnswer {
  const period = periodFor(turn, year);
  if ('futureYear' in period)
    return { kind: 'text', text: turn.t('stats.futureYear', { year: String(period.futureYear) }) };
  const units = statisticsIndex(turn).tree.units;
  return phrase ? named(turn, units, phrase, period) : ownScope(turn, units, period);
}

/** The leader's own employees who meet a frequency trigger; every person listed is audited. */
export async function frequentAnswer(turn: Turn, unitId: string | null): Promise<StatsAnswer> {
  const index = statisticsIndex(turn);
  const led = unitsLedBy(turn.person, index.tree.units);
  if (led.size === 0)
    return {
      kind: 'text',
      text: turn.t(isHr(turn.person) ? 'stats.frequentLeadersOnly' : 'stats.notYourUnit'),
    };
  if (unitId !== null && !led.has(unitId))
    return { kind: 'text', text: turn.t('stats.notYourUnit') };
  const roots = unitId !== null ? [unitId] : turn.person.leads;
  const people = frequentAbsence(index, roots, today(turn));
  for (const p of people) {
    await turn.deps.repos.audit.record({
      actor: turn.person.aadObjectId,
      action: 'absence.frequent.read',
      subject: p.personKey,
      unitId: p.unitId,
      outcome: 'allowed',
      detail: null,
    });
  }
  const names = roots.map((id) => index.tree.units.find((u) => u.id === id)?.name ?? id).join(', ');
  return { kind: 'cards', cards: [frequentAbsenceCard({ unitName: names, people }, turn.t)] };
}
