/** Shared fixtures for the guide tests: a worked example (§ 7a talk with Mette) and helpers. */
import { fixedClock } from '../../../domain/clock.js';
import type { AgreementsInput } from '../../../domain/guide/agreements.js';
import type { GuideKind } from '../../../domain/guide/guide-kinds.js';
import {
  startGuide,
  type GuideContext,
  type GuideSession,
} from '../../../domain/guide/guide-session.js';
import { applyGuideCommand, type GuideCommand } from '../../../domain/guide/guide-transitions.js';
import type { Meeting } from '../../../domain/guide/meeting.js';

export const LEADER = 'aad-leader-anne';
export const OTHER_LEADER = 'aad-leader-bo';
/** Monday 9 November 2026, 09:00 in Copenhagen. */
export const MONDAY = '2026-11-09T09:00:00+01:00';
/** The first sick day of the worked example: Monday 26 October 2026. */
export const SICK_START = '2026-10-26';

export function context(overrides: Partial<GuideContext> = {}): GuideContext {
  return {
    clock: fixedClock(MONDAY),
    actorId: LEADER,
    sickPeriod: { start: SICK_START, end: null },
    weeklyHours: 37,
    ...overrides,
  };
}

export function start(
  kind: GuideKind,
  contactDay: number | null = null,
  ctx = context(),
): GuideSession {
  const result = startGuide(
    {
      id: `guide-${kind}`,
      personKey: 'p-mette',
      sickPeriodId: 'sp-1',
      kind,
      contactDay,
      actorLeadsEmployee: true,
    },
    ctx,
  );
  if (!result.ok) throw new Error(`start failed: ${result.reason}`);
  return result.value;
}

/** Applies a command that must succeed. */
export function apply(session: GuideSession, command: GuideCommand, ctx = context()): GuideSession {
  const result = applyGuideCommand(session, command, ctx);
  if (!result.ok) throw new Error(`${command.type} at ${session.step} failed: ${result.reason}`);
  return result.value;
}

/** The worked example's meeting: Thursday 12 November 2026 at 10:00, 45 minutes. */
export const WORKED_MEETING: Meeting = {
  date: '2026-11-12',
  time: '10:00',
  durationMinutes: 45,
  form: 'inPerson',
  place: 'Mødelokalet på 1. sal, Solsikken',
  minuteTaker: 'peerLeader',
  guests: [],
  mulighedserklaering: true,
};

/** The worked example's agreements, as submitted. */
export const WORKED_AGREEMENTS: AgreementsInput = {
  participants: ['bisidder'],
  expectedDuration: 'fourToEightWeeks',
  partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' },
  adjustments: ['lighterTasks', 'moreBreaks'],
  offers: ['tidligIndsats'],
  tools: ['mulighedserklaering'],
  handleplan: false,
  colleaguesTold: 'employeeTells',
  nextContact: { date: '2026-11-19', form: 'phone' },
  otherAgreement: 'Starter med dagvagter',
};

/** Walks a fresh session of `kind` through every step, answering as it goes, to `until`. */
export function walk(
  session: GuideSession,
  until: (s: GuideSession) => boolean,
  ctx = context(),
): GuideSession {
  let s = session;
  for (let guard = 0; guard < 40 && !until(s); guard++) s = apply(s, commandFor(s), ctx);
  return s;
}

export function commandFor(s: GuideSession): GuideCommand {
  switch (s.step) {
    case 'checklist':
      return {
        type: 'answer',
        answer: {
          step: 'checklist',
          checked: ['purposeTold', 'bisidder', 'tasksCovered'],
          decision: 'hold',
        },
      };
    case 'invitation':
      return { type: 'answer', answer: { step: 'invitation', meeting: WORKED_MEETING } };
    case 'agreements':
      return { type: 'answer', answer: { step: 'agreements', agreements: WORKED_AGREEMENTS } };
    default:
      return { type: 'next', step: s.step };
  }
}
