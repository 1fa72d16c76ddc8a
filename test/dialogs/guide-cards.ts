/** Reading the guide's replies and cards in tests: texts, cards, buttons and their data. */
import type { Activity } from 'botbuilder';

export type Json = Record<string, unknown>;

export const cardsOf = (replies: ReadonlyArray<Partial<Activity>>): Json[] =>
  replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Json));
export const textsOf = (replies: ReadonlyArray<Partial<Activity>>): string[] =>
  replies.flatMap((r) => (typeof r.text === 'string' ? [r.text] : []));

/** Every action's data in a card (root actions and action sets), in order. */
export function actionData(card: unknown): Json[] {
  const out: Json[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const node = v as Json;
    if (
      (node.type === 'Action.Submit' || node.type === 'Action.Execute') &&
      typeof node.data === 'object'
    )
      out.push(node.data as Json);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** The data of the card's button with this verb, with the inputs a leader filled in. */
export function press(card: unknown, verb: string, inputs: Json = {}): Json {
  const data = actionData(card).find((d) => d.verb === verb);
  if (!data)
    throw new Error(
      `no ${verb} button on the card: ${actionData(card)
        .map((d) => String(d.verb))
        .join(', ')}`,
    );
  return { ...data, ...inputs };
}

/** Every text of a card, joined (for "contains" checks). */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const node = v as Json;
    for (const key of ['text', 'title', 'value', 'label'])
      if (typeof node[key] === 'string') out.push(node[key]);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out.join('\n');
}
