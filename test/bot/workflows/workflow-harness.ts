/** The real bot over HTTP for the workflow tests: act as a person, read the answered card. */
import { readFileSync } from 'node:fs';
import { execute } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import type { TestBot } from '../../helpers/test-bot.js';
import type { StoreData } from '../../../data/schema.js';

export const HR2 = '00000000-0000-4000-8000-0000000000b2';
/** A shop steward (TR) of Hjemmeplejen Nord, with no other role. */
export const TR = '00000000-0000-4000-8000-0000000000b4';

/** The fixture organisation with a second HR consultant (two may race to take a request). */
export function workflowStore(): StoreData {
  const data = fixtureStore();
  data.persons.push({
    aadObjectId: HR2,
    upn: null,
    displayName: 'Bente Holm',
    leads: [],
    hr: 'consultant',
    hrUnits: [],
    locale: null,
  });
  data.persons.push({
    aadObjectId: TR,
    upn: null,
    displayName: 'Tina Rasmussen',
    leads: [],
    hr: null,
    hrUnits: [],
    locale: null,
    tr: ['HN'],
  });
  return data;
}

export const WHO = {
  leader: IDS.leader,
  chief: IDS.chief,
  hr: IDS.hr,
  hr2: HR2,
  tr: TR,
  other: IDS.otherLeader,
};

export interface Answer {
  card: Record<string, unknown> | null;
  text: string | null;
}

export async function invoke(
  bot: TestBot,
  who: string,
  verb: string,
  data: Record<string, unknown>,
  extra: {
    trigger?: 'automatic';
    conversationType?: 'channel' | 'groupChat';
    locale?: string;
  } = {},
): Promise<Answer> {
  const opts = bot.as(
    { aadObjectId: who },
    {
      ...(extra.locale ? { locale: extra.locale } : {}),
      ...(extra.conversationType
        ? {
            conversationType: extra.conversationType,
            conversationId: `19:${extra.conversationType}`,
          }
        : {}),
    },
  );
  const activity = execute(verb, { verb, ...data }, opts);
  if (extra.trigger) (activity.value as Record<string, unknown>).trigger = extra.trigger;
  const res = await bot.post(activity);
  const body = (await res.json()) as { type?: string; value?: unknown };
  if (body.type === 'application/vnd.microsoft.card.adaptive') {
    assertValidCard(body.value);
    return { card: body.value as Record<string, unknown>, text: null };
  }
  return { card: null, text: typeof body.value === 'string' ? body.value : null };
}

/** Every Action.Execute on the card (inside ShowCards too). */
export function executes(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const node = v as Record<string, unknown>;
    if (node.type === 'Action.Execute') out.push(node);
    for (const [k, child] of Object.entries(node)) if (k !== 'refresh') walk(child);
  };
  walk(card);
  return out;
}

/** The data of the card's act buttons, by action ('complete', 'decline', 'record'). */
export function actButtons(card: unknown): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const a of executes(card)) {
    const data = a.data as Record<string, unknown>;
    if (data.verb === 'workflow.act') out[String(data.action)] = data;
  }
  return out;
}

export const cardText = (card: unknown): string => JSON.stringify(card);

export function storeOf(bot: TestBot): StoreData {
  return JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
}
