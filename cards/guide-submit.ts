/**
 * Turns a submitted guide value into a domain command with the strict schemas of
 * guide-actions.ts, so the dialog never casts `activity.value`: anything tampered or stale is
 * 'invalidAction', and nothing is changed.
 */
import { z } from 'zod';
import { CHECKLIST_ITEMS, type GuideKind } from '../domain/guide/guide-kinds.js';
import type { GuideAnswer, GuideCommand } from '../domain/guide/guide-transitions.js';
import { fail, ok, type Result } from '../domain/result.js';
import {
  agreementsAnswerSchema,
  GUIDE_INPUTS,
  GUIDE_VERBS,
  guideAnswerSchema,
  guideExportSchema,
  guidePickSchema,
  guideSessionActionSchema,
  guideStartSchema,
  guideStepSchema,
} from './guide-actions.js';

export type GuideSubmit =
  | {
      type: 'start';
      personKey: string;
      sickPeriodId: string | null;
      kind: GuideKind;
      contactDay: number | null;
    }
  | { type: 'command'; sessionId: string; command: GuideCommand }
  /** Cancel the session, then choose the conversation with the same employee again. */
  | { type: 'restart'; sessionId: string }
  | { type: 'pick'; personKey: string }
  | { type: 'export'; sessionId: string; document: 'invitation' | 'minutes' };

function answerOf(data: z.infer<typeof guideAnswerSchema>): GuideAnswer {
  switch (data.step) {
    case 'checklist': {
      const values: Record<string, unknown> = data;
      const on = new Set(Object.entries(values).flatMap(([key, v]) => (v === true ? [key] : [])));
      const checked = CHECKLIST_ITEMS.filter((item) => on.has(GUIDE_INPUTS.check(item)));
      return { step: 'checklist', checked, decision: data.decision ?? 'hold' };
    }
    case 'invitation':
      return {
        step: 'invitation',
        meeting: {
          date: data.meetingDate,
          time: data.meetingTime,
          durationMinutes: data.durationMinutes,
          form: data.form,
          place: data.form === 'phone' ? null : (data.place ?? null),
          minuteTaker: data.minuteTaker,
          guests: data.guests ?? [],
          mulighedserklaering: data.mulighedserklaering ?? false,
        },
      };
    case 'agreements':
      return { step: 'agreements', agreements: agreementsOf(data) };
  }
}

function agreementsOf(
  data: z.infer<typeof agreementsAnswerSchema>,
): Extract<GuideAnswer, { step: 'agreements' }>['agreements'] {
  return {
    participants: data.participants ?? [],
    expectedDuration: data.expectedDuration ?? null,
    partialReturn: data.partialReturn
      ? { hoursPerWeek: data.hoursPerWeek ?? null, start: data.partialStart ?? null }
      : null,
    adjustments: data.adjustments ?? [],
    offers: data.offers ?? [],
    tools: data.tools ?? [],
    handleplan: data.handleplan ?? false,
    colleaguesTold: data.colleaguesTold ?? null,
    nextContact: { date: data.nextContactDate ?? null, form: data.nextContactForm ?? null },
    otherAgreement: data.otherAgreement ?? null,
  };
}

const COMMAND_OF = {
  'guide.leave': 'leave',
  'guide.resume': 'resume',
  'guide.cancel': 'cancel',
} as const;
const STEP_COMMAND_OF = {
  'guide.next': 'next',
  'guide.back': 'back',
  'guide.complete': 'complete',
} as const;

type Parser = (value: unknown) => GuideSubmit | null;

const parseStart: Parser = (value) => {
  const r = guideStartSchema.safeParse(value);
  if (!r.success) return null;
  const { personKey, kind, sickPeriodId, contactDay } = r.data;
  return {
    type: 'start',
    personKey,
    kind,
    sickPeriodId: sickPeriodId ?? null,
    contactDay: contactDay ?? null,
  };
};

const parseStep: Parser = (value) => {
  const r = guideStepSchema.safeParse(value);
  if (!r.success) return null;
  const command: GuideCommand = { type: STEP_COMMAND_OF[r.data.verb], step: r.data.step };
  return { type: 'command', sessionId: r.data.sessionId, command };
};

const parsePlain: Parser = (value) => {
  const r = guideSessionActionSchema.safeParse(value);
  if (!r.success) return null;
  if (r.data.verb === GUIDE_VERBS.restart) return { type: 'restart', sessionId: r.data.sessionId };
  return {
    type: 'command',
    sessionId: r.data.sessionId,
    command: { type: COMMAND_OF[r.data.verb] },
  };
};

const parsePick: Parser = (value) => {
  const r = guidePickSchema.safeParse(value);
  return r.success ? { type: 'pick', personKey: r.data.personKey } : null;
};

const parseExport: Parser = (value) => {
  const r = guideExportSchema.safeParse(value);
  return r.success
    ? { type: 'export', sessionId: r.data.sessionId, document: r.data.document }
    : null;
};

const parseAnswer: Parser = (value) => {
  const r = guideAnswerSchema.safeParse(value);
  if (!r.success) return null;
  return {
    type: 'command',
    sessionId: r.data.sessionId,
    command: { type: 'answer', answer: answerOf(r.data) },
  };
};

const PARSERS: readonly Parser[] = [
  parseStart,
  parseStep,
  parsePlain,
  parsePick,
  parseExport,
  parseAnswer,
];

/** Parses a submitted guide value; anything else (tampered, stale shape) is 'invalidAction'. */
export function parseGuideSubmit(value: unknown): Result<GuideSubmit, 'invalidAction'> {
  for (const parse of PARSERS) {
    const submit = parse(value);
    if (submit) return ok(submit);
  }
  return fail('invalidAction');
}

/** True when the value carries one of the guide's verbs (for routing before parsing). */
const routingSchema = z.looseObject({ verb: z.enum(GUIDE_VERBS) });

export function isGuideVerb(value: unknown): boolean {
  return routingSchema.safeParse(value).success;
}
