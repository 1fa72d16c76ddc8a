/**
 * The statistics answers for one person: which units they may see, and the cards for a unit,
 * a ranking, or the frequent-absence list. Built on the cached statistics index.
 */
import { isHr, visibleUnits, unitsLedBy } from '../../../domain/access.js';
import {
  StatisticsIndexCache,
  type StatisticsIndex,
} from '../../../domain/statistics/statistics-index.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { rankUnits, childUnitIds } from '../../../domain/statistics/ranking.js';
import { frequentAbsence } from '../../../domain/triggers.js';
import { statsGuidance } from '../../../domain/tips.js';
import { matchUnit } from '../../../domain/unit-match.js';
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

export function unitCard(turn: Turn, unitId: string): StatsAnswer {
  const index = statisticsIndex(turn);
  const report = unitReport(index, unitId, today(turn), viewerOf(turn.person), {
    staffMixAsTarget: true,
  });
  if (!report.ok) return { kind: 'text', text: turn.t('stats.unknownUnit', { query: unitId }) };
  const offerFrequent = unitsLedBy(turn.person, index.tree.units).has(unitId);
  return {
    kind: 'cards',
    cards: [
      statsCard(
        { report: report.value, guidance: statsGuidance(report.value.situation), offerFrequent },
        turn.t,
      ),
    ],
  };
}

function rankingOf(turn: Turn, scopeName: string, unitIds: string[]): object {
  const rows = rankUnits(statisticsIndex(turn), unitIds, today(turn), viewerOf(turn.person), {
    staffMixAsTarget: true,
  });
  return rankingCard({ scopeName, asOf: today(turn), rows }, turn.t);
}

/** A unit report, plus a ranking of its sub-units when it has any (a sector chief's view). */
function unitWithChildren(turn: Turn, unit: Unit): StatsAnswer {
  const first = unitCard(turn, unit.id);
  const children = childUnitIds(statisticsIndex(turn), unit.id);
  if (first.kind === 'text' || children.length === 0) return first;
  return { kind: 'cards', cards: [...first.cards, rankingOf(turn, unit.name, children)] };
}

/** No unit named: the person's own scope. */
function ownScope(turn: Turn, units: readonly Unit[]): StatsAnswer {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = turn.person.leads
    .map((id) => byId.get(id))
    .filter((u): u is Unit => u !== undefined);
  if (roots.length === 1 && roots[0]) return unitWithChildren(turn, roots[0]);
  if (roots.length > 1)
    return {
      kind: 'cards',
      cards: [
        rankingOf(
          turn,
          turn.t('stats.ranking.yourUnits'),
          roots.map((u) => u.id),
        ),
      ],
    };
  const top = units.find((u) => u.parentId === null);
  if (isHr(turn.person) && top) return unitWithChildren(turn, top);
  return { kind: 'text', text: turn.t('stats.notYourUnit') };
}

function named(turn: Turn, units: readonly Unit[], phrase: string): StatsAnswer {
  const visible = visibleUnits(turn.person, units);
  const match = matchUnit(phrase, units);
  if (match.kind === 'none')
    return { kind: 'text', text: turn.t('stats.unknownUnit', { query: phrase }) };
  const candidates = match.kind === 'several' ? match.candidates : [match.unit];
  const mine = candidates.filter((u) => visible.has(u.id));
  if (mine.length === 0) return { kind: 'text', text: turn.t('stats.notYourUnit') };
  if (mine.length === 1 && mine[0]) return unitWithChildren(turn, mine[0]);
  const byId = new Map(units.map((u) => [u.id, u.name]));
  const view = mine.map((u) => ({
    id: u.id,
    name: u.name,
    context: u.parentId ? (byId.get(u.parentId) ?? null) : null,
  }));
  return {
    kind: 'cards',
    cards: [unitChoiceCard({ query: phrase, candidates: view, total: view.length }, turn.t)],
  };
}

export function statsAnswer(turn: Turn, phrase: string | null): StatsAnswer {
  const units = statisticsIndex(turn).tree.units;
  return phrase ? named(turn, units, phrase) : ownScope(turn, units);
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
