/** The stored form of a channel subscription (domain/subscriptions/subscription.ts). */
import { z } from 'zod';
import { CADENCES } from '../domain/subscriptions/cadence.js';

const isoInstant = z.iso.datetime({ offset: true });

export const channelSubscriptionSchema = z.strictObject({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  teamId: z.string().nullable(),
  channelId: z.string().nullable(),
  unitId: z.string().min(1),
  cadence: z.enum(CADENCES),
  day: z.number().int().min(1).max(28).nullable(),
  hour: z.number().int().min(0).max(23),
  locale: z.enum(['da', 'en']),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
  since: isoInstant,
  active: z.boolean(),
  medPack: z.boolean().optional(),
  lastPeriodSent: z.string().nullable(),
});
