/**
 * Card verbs of channel subscriptions and a zod schema per payload: stop one, open the settings
 * card (new or to change one), save the settings. Every value is checked again by the use case
 * (app/subscriptions.ts).
 */
import { z } from 'zod';
import { CADENCES } from '../domain/subscriptions/cadence.js';

export const CHANNEL_VERBS = {
  /** Stops one of the channel's subscriptions: { verb, id }. */
  stop: 'channels.stop',
  /** Opens the settings card for one subscription: { verb, id }. */
  edit: 'channels.edit',
  /** Saves the settings card: { verb, id ('' = new), unitId, cadence, day, hour, locale, medPack }. */
  save: 'channels.save',
} as const;

export const CHANNEL_PREFIX = 'channels.';

const id = z.string().trim().min(1).max(200);

/** A card input's number: Teams sends it as a string; empty means "not chosen". */
const chosenInt = (min: number, max: number) =>
  z.preprocess(
    (v) =>
      v === '' || v === undefined || v === null ? null : typeof v === 'string' ? Number(v) : v,
    z.number().int().min(min).max(max).nullable(),
  );

export const channelActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(CHANNEL_VERBS.stop), id }),
  z.object({ verb: z.literal(CHANNEL_VERBS.edit), id }),
  z.object({
    verb: z.literal(CHANNEL_VERBS.save),
    id: z.string().trim().max(200).default(''),
    unitId: id,
    cadence: z.enum(CADENCES),
    day: chosenInt(1, 28),
    hour: chosenInt(0, 23).transform((h) => h ?? 8),
    locale: z.enum(['da', 'en']),
    /** The MED pack toggle: 'true' or 'false' (absent: off). */
    medPack: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  }),
]);
export type ChannelAction = z.infer<typeof channelActionSchema>;

/** The payload as a typed action, or null when it is not a valid channel action. */
export function parseChannelAction(data: unknown): ChannelAction | null {
  const parsed = channelActionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
