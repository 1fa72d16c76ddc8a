/** Small helpers for the overview tests over real HTTP: ask, the card of a reply, the audit log. */
import { readFileSync } from 'node:fs';
import type { StoreData } from '../../../data/schema.js';
import { fixtureStore } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { message, type ActivityOptions } from '../../helpers/activities.js';
import type { TestBot } from '../../helpers/test-bot.js';

export type Reply = Record<string, unknown>;

/** Sends a message and returns what the bot answered. */
export async function ask(
  bot: TestBot,
  text: string,
  aadObjectId: string,
  extra: Partial<ActivityOptions> = {},
): Promise<Reply[]> {
  bot.connector.clear();
  await bot.post(message(text, bot.as({ aadObjectId }, extra)));
  await new Promise((r) => setTimeout(r, 30));
  return bot.connector.received.map((r) => r.activity);
}

/** The Adaptive Card of a reply, or undefined. */
export const cardOf = (reply: Reply | undefined): unknown =>
  (reply?.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content;

export const stored = (bot: TestBot): StoreData =>
  JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;

export const audits = (bot: TestBot, action: string) =>
  stored(bot).audit.filter((a) => a.action === action);

/**
 * The fixture organisation with Karen's five one-day sick periods this year (a frequent-absence
 * trigger met: 5 periods in 12 months) and Mette Larsen (Hjemmeplejen Syd) sick since 9 November.
 */
export function overviewSeed(): StoreData {
  const d = fixtureStore();
  const tuesdays = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = tuesdays.map((day, i) => importedPeriod(`k${i}`, 'p-karen', day, day));
  d.sickPeriods.push(importedPeriod('m2', 'p-mette2', '2026-11-09', null));
  return d;
}
