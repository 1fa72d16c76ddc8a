/** Helpers for the tip tests over real HTTP: say a text, press a card button, read the card. */
import { execute, message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import type { TestBot } from '../../helpers/test-bot.js';
import { invokeAnswer } from '../follow-up/follow-up-bot.js';

export type Card = {
  body: Array<Record<string, unknown>>;
  actions?: Array<{ type: string; title: string; verb?: string; data: Record<string, unknown> }>;
};

export function tipTalk(bot: TestBot) {
  return {
    /** Sends a text and returns the replies (each card validated). */
    async say(text: string, who: string, locale = 'da-DK') {
      bot.connector.clear();
      await bot.post(message(text, bot.as({ aadObjectId: who }, { locale })));
      const replies = bot.connector.received.map((r) => r.activity);
      const cards = replies.flatMap(
        (r) => (r.attachments as Array<{ content: Card }> | undefined)?.map((a) => a.content) ?? [],
      );
      for (const c of cards) assertValidCard(c);
      return { cards, texts: replies.map((r) => r.text as string | undefined) };
    },
    /** Presses an Action.Execute button; a card answer is validated. */
    async press(data: Record<string, unknown>, who: string, locale = 'da-DK') {
      const verb = String(data.verb);
      const res = await bot.post(execute(verb, data, bot.as({ aadObjectId: who }, { locale })));
      const answer = await invokeAnswer(res);
      if (answer.card) assertValidCard(answer.card);
      return answer as { card: Card | null; text: string | null };
    },
  };
}

/** The texts of a card's TextBlocks, in order. */
export const textsOf = (card: Card | null | undefined): string[] =>
  JSON.stringify(card ?? {})
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)
    ?.map((m) => JSON.parse(m.slice(7)) as string) ?? [];

export const actionNamed = (card: Card | null, title: string) => {
  const action = card?.actions?.find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}"`);
  return action.data;
};
