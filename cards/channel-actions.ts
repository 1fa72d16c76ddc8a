/**
 * Card verbs of channel subscriptions and a zod schema per payload. Every value is checked again
 * by the use case (app/subscriptions.ts).
 */
import { z } from 'zod';

export const CHANNEL_VERBS = {
  /** Stops one of the channel's subscriptions: { verb, id }. */
  stop: 'channels.stop',
} as const;

export const CHANNEL_PREFIX = 'channels.';

export const channelActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(CHANNEL_VERBS.stop), id: z.string().trim().min(1).max(200) }),
]);
export type ChannelAction = z.infer<typeof channelActionSchema>;

/** The payload as a typed action, or null when it is not a valid channel action. */
export function parseChannelAction(data: unknown): ChannelAction | null {
  const parsed = channelActionSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
