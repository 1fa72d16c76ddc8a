/**
 * Employees of the demo: one "slot" per position, filled by one person, sometimes replaced
 * (turnover) and sometimes changing hours or unit mid-way (several employment rows with the same
 * personKey and non-overlapping validity). Fixed demo employees are placed by hand.
 */
import type { StoreData } from '../schema.js';
import { endOfMonth, firstOfMonth, isoOf } from './days.js';
import { FIXED_EMPLOYEES, personKeyOf, RATES_FULL_TIME, RATES_PART_TIME } from './demo-staff.js';
import type { Institution, Organisation } from './demo-organisation.js';
import type { NameMaker } from './name-maker.js';
import type { Rng } from './prng.js';
import { APPRENTICE_GROUPS, PART_TIME_GROUPS } from './unit-catalogue.js';
import { KRL_GROUPS } from '../import/reference-data.js';

export type Employment = StoreData['employments'][number];

/** One person of the demo with what the absence generator needs. */
export interface DemoPerson {
  personKey: string;
  group: string;
  female: boolean;
  absenceFactor: number;
  rows: Employment[];
  /** Fixed demo identity: no sick period may be open at as-of. */
  fixed: boolean;
}

export interface Window {
  from: number;
  to: number;
}

export class PeopleGenerator {
  readonly people: DemoPerson[] = [];
  private seq = 0;
  private keySeq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly names: NameMaker,
    private readonly window: Window,
    private readonly org: Organisation,
  ) {}

  /** Fills `headcount` positions in an institution. */
  fill(inst: Institution, headcount: number): void {
    const fixed = FIXED_EMPLOYEES.filter((f) => f.unit === inst.id);
    for (const f of fixed) this.addFixed(inst, f);
    for (let i = fixed.length; i < headcount; i++) this.fillSlot(inst);
  }

  private addFixed(inst: Institution, f: (typeof FIXED_EMPLOYEES)[number]): void {
    const group = KRL_GROUPS.sosu;
    const row: Employment = {
      id: f.id,
      personKey: f.key,
      displayName: f.name,
      unitId: f.unit,
      occupationRate: f.rate,
      occupationalGroup: group,
      payForm: 'monthly',
      apprentice: false,
      validFrom: f.from,
      validTo: null,
    };
    const female = f.name.startsWith('Mette');
    this.people.push({
      personKey: f.key,
      group,
      female,
      absenceFactor: inst.absenceFactor,
      rows: [row],
      fixed: true,
    });
  }

  private fillSlot(inst: Institution): void {
    const group = this.rng.weighted(inst.spec.mix);
    const { from, to } = this.window;
    if (APPRENTICE_GROUPS.has(group) && this.rng.chance(0.03)) {
      const start = firstOfMonth(this.rng.int(to - 700, to - 30));
      this.addPerson(inst, group, start, start + 730, 'apprentice');
      return;
    }
    const hired = this.rng.chance(0.88)
      ? this.rng.int(to - 25 * 365, from - 1)
      : this.rng.int(from, to - 20);
    const start = firstOfMonth(hired);
    const leaves = !inst.fixed && this.rng.chance(0.22);
    const leaveDay = leaves ? endOfMonth(this.rng.int(Math.max(start + 60, from), to - 40)) : null;
    if (leaveDay !== null && leaveDay < to - 40) {
      this.addPerson(inst, group, start, leaveDay, 'regular');
      const next = firstOfMonth(leaveDay + this.rng.int(1, 60));
      if (next <= to) this.addPerson(inst, group, next, null, 'regular');
    } else {
      this.addPerson(inst, group, start, null, 'regular');
    }
  }

  private addPerson(
    inst: Institution,
    group: string,
    start: number,
    end: number | null,
    kind: 'regular' | 'apprentice',
  ): void {
    const female = this.rng.chance(this.names.femaleShare(group));
    const personKey = personKeyOf(++this.keySeq);
    const hourly = kind === 'regular' && PART_TIME_GROUPS.has(group) && this.rng.chance(0.05);
    const first: Employment = {
      id: `XA-${10000 + ++this.seq}`,
      personKey,
      displayName: this.names.next(inst.id, female),
      unitId: this.placeIn(inst, group),
      occupationRate: hourly
        ? round4(this.rng.int(20, 60) / 100)
        : kind === 'apprentice'
          ? 1
          : this.rate(group),
      occupationalGroup: group,
      payForm: hourly ? 'hourly' : 'monthly',
      apprentice: kind === 'apprentice',
      validFrom: isoOf(start),
      validTo: end === null ? null : isoOf(end),
    };
    const rows = this.maybeChange(first, inst, start, end);
    this.people.push({
      personKey,
      group,
      female,
      absenceFactor: inst.absenceFactor,
      rows,
      fixed: false,
    });
  }

  /** 8 % change hours (same employment id, '#2' row) or unit (a new employment id) mid-way. */
  private maybeChange(
    first: Employment,
    inst: Institution,
    start: number,
    end: number | null,
  ): Employment[] {
    const lo = Math.max(start + 90, this.window.from);
    const hi = (end ?? this.window.to) - 60;
    if (inst.fixed || first.apprentice || lo >= hi || !this.rng.chance(0.08)) return [first];
    const change = firstOfMonth(this.rng.int(lo, hi));
    const second: Employment = { ...first, validFrom: isoOf(change) };
    first.validTo = isoOf(change - 1);
    const target = this.otherInstitution(inst);
    if (target && this.rng.chance(0.4)) {
      second.id = `XA-${10000 + ++this.seq}`;
      second.unitId = this.placeIn(target, second.occupationalGroup);
    } else {
      second.id = `${first.id}#2`;
      second.occupationRate = this.rate(first.occupationalGroup, first.occupationRate);
    }
    return [first, second];
  }

  private otherInstitution(inst: Institution): Institution | null {
    const same = this.org.institutions.filter(
      (i) => i.spec === inst.spec && i !== inst && !i.fixed,
    );
    return same.length > 0 ? this.rng.pick(same) : null;
  }

  private placeIn(inst: Institution, group: string): string {
    if (inst.sectionIds.length === 0 || group === KRL_GROUPS.administration) return inst.id;
    return this.rng.pick(inst.sectionIds);
  }

  private rate(group: string, not?: number): number {
    const table = PART_TIME_GROUPS.has(group) ? RATES_PART_TIME : RATES_FULL_TIME;
    for (let i = 0; i < 5; i++) {
      const r = this.rng.weighted(table);
      if (r !== not) return r;
    }
    return not === 1 ? 0.8108 : 1;
  }
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;
