/** Walking a guide through its cards as a leader would: the answers per kind, and the walk. */
import type { DialogTestClient } from 'botbuilder-testing';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import { start as startFixture, walk } from '../domain/guide/guide-fixtures.js';
import { assertValidCard } from '../helpers/card-validator.js';
import {
  ANNE,
  METTE_PERIOD,
  cardsOf,
  from,
  press,
  send,
  textsOf,
  type GuideHarness,
  type Json,
  type Locale,
} from './guide-harness.js';

/** The id of the guide `storeGuideAt` stores. */
export const ID = 'g-1';

/** Stores an early-conversation guide of Anne's about Mette, walked on to `step`. */
export async function storeGuideAt(h: GuideHarness, step: GuideSession['step']): Promise<void> {
  const s = walk(startFixture('early'), (x) => x.step === step);
  const session: GuideSession = { ...s, id: ID, leaderId: ANNE, sickPeriodId: METTE_PERIOD };
  const saved = await h.repos.guides.save(session, 0);
  if (saved.status !== 'saved') throw new Error(`could not store the guide: ${saved.status}`);
}

/**
 * Resumes the stored guide at its agreements and submits `inputs`, which must be refused: no
 * card follows, the version and the agreements stay as they were. Returns the texts answered.
 */
export async function answerRefused(
  h: GuideHarness,
  inputs: Json,
  locale: Locale,
): Promise<string[]> {
  const client = h.client();
  const resume = { verb: 'guide.resume', sessionId: ID };
  const card = cardsOf(await send(client, from(ANNE, locale, { value: resume })))[0];
  assertValidCard(card);
  const before = h.store.read().guides[0]?.version;
  const replies = await send(
    client,
    from(ANNE, locale, { value: press(card, 'guide.answer', inputs) }),
  );
  if (cardsOf(replies).length > 0) throw new Error('the answer was accepted');
  if (h.store.read().guides[0]?.version !== before) throw new Error('the guide was saved');
  if (h.store.read().guides[0]?.agreements !== null) throw new Error('agreements were stored');
  return textsOf(replies);
}

export interface Progress {
  index: number;
  total: number;
}

/** "Før samtalen · trin 3 af 13" / "Before the conversation · step 3 of 13". */
export function progressOf(card: unknown): Progress | null {
  const m = /(?:trin|step) (\d+) (?:af|of) (\d+)/.exec(JSON.stringify(card));
  return m ? { index: Number(m[1]), total: Number(m[2]) } : null;
}

export const CHECKLIST: Json = {
  decision: 'hold',
  check_purposeTold: 'true',
  check_bisidder: 'true',
};

/** The worked example's meeting as the invitation card's inputs send it. */
export const MEETING: Json = {
  meetingDate: '2026-11-12',
  meetingTime: '10:00',
  durationMinutes: '45',
  form: 'inPerson',
  place: 'Mødelokalet på 1. sal, Solsikken',
  minuteTaker: 'peerLeader',
  guests: '',
  mulighedserklaering: 'true',
};

export interface WalkAnswers {
  checklist?: Json;
  meeting?: Json;
  agreements: Json;
}

export interface WalkResult {
  progress: Progress[];
  /** Texts of the last turn (the completion). */
  finalTexts: string[];
  /** Cards of the last turn: the guide's card turned into the plan. */
  finalCards: Json[];
  cards: Json[];
}

/** The card's own answer button, if it has one (checklist, invitation form, agreements). */
function answerStep(card: Json): string | null {
  try {
    return String(press(card, 'guide.answer').step);
  } catch {
    return null;
  }
}

const hasVerb = (card: Json, verb: string): boolean =>
  JSON.stringify(card).includes(`"verb":"${verb}"`);

function inputsFor(step: string | null, a: WalkAnswers): Json | null {
  if (step === 'checklist') return a.checklist ?? CHECKLIST;
  if (step === 'invitation') return a.meeting ?? MEETING;
  if (step === 'agreements') return a.agreements;
  return null;
}

export interface WalkOptions {
  /** Called before pressing the button of this step index (a leave and restart, say). */
  before?: (index: number, card: Json) => Promise<{ client: DialogTestClient; card: Json } | null>;
}

/** Presses through every card from `first` to the finish, validating every card on the way. */
export async function walkGuide(
  start: { client: DialogTestClient; card: Json },
  who: string,
  locale: Locale,
  answers: WalkAnswers,
  options: WalkOptions = {},
): Promise<WalkResult> {
  let { client, card } = start;
  const progress: Progress[] = [];
  const cards: Json[] = [];
  for (let guard = 0; guard < 40; guard++) {
    assertValidCard(card);
    cards.push(card);
    const p = progressOf(card);
    if (!p) throw new Error('a guide card without progress');
    progress.push(p);
    const swapped = await options.before?.(p.index, card);
    if (swapped) ({ client, card } = swapped);
    const step = answerStep(card);
    const inputs = inputsFor(step, answers);
    const value = inputs
      ? press(card, 'guide.answer', inputs)
      : press(card, hasVerb(card, 'guide.complete') ? 'guide.complete' : 'guide.next');
    const replies = await send(client, from(who, locale, { value }));
    const next = cardsOf(replies)[0];
    if (value.verb === 'guide.complete')
      return { progress, finalTexts: textsOf(replies), finalCards: cardsOf(replies), cards };
    if (!next)
      throw new Error(
        `no card after ${String(value.verb)} at ${p.index}: ${textsOf(replies).join(' | ')}`,
      );
    card = next;
  }
  throw new Error('the guide did not finish');
}
