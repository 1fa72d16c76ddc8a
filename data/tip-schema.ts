/**
 * The stored part of the well-being tips (the optional `tips` section, so store files written
 * before it still open): which tips each person was shown, their 👍/👎 (one answer per person
 * and tip, the latest kept), the weekly tip's weekday, the weekly tips given, and the tips HR has
 * switched off. HR reads the answers as counts only.
 */
import { z } from 'zod';

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
const tipId = z.string().regex(/^T\d{3}$/);

export const tipShownSchema = z.strictObject({
  person: id,
  tipId,
  at: isoInstant,
  via: z.enum(['chat', 'weekly']),
});

export const tipFeedbackSchema = z.strictObject({
  person: id,
  tipId,
  useful: z.boolean(),
  at: isoInstant,
});

export const weeklyTipSchema = z.strictObject({
  person: id,
  /** 1 = Monday … 5 = Friday (ISO weekday). */
  weekday: z.number().int().min(1).max(5),
  /** The day it was chosen: the first weekly tip comes on a later day. */
  since: isoDate,
});

export const weeklyTipGivenSchema = z.strictObject({
  person: id,
  /** The weekday's date the tip belongs to. */
  date: isoDate,
  tipId,
  /** 'pending' until the day's message is planned; then in the message ('digest') or on its own. */
  via: z.enum(['pending', 'digest', 'card']),
});

export const tipSwitchSchema = z.strictObject({ tipId, by: id, at: isoInstant });

export const tipSectionSchema = z.strictObject({
  shown: z.array(tipShownSchema),
  feedback: z.array(tipFeedbackSchema),
  weekly: z.array(weeklyTipSchema),
  weeklyGiven: z.array(weeklyTipGivenSchema),
  disabled: z.array(tipSwitchSchema),
});

export type TipShown = z.infer<typeof tipShownSchema>;
export type TipFeedback = z.infer<typeof tipFeedbackSchema>;
export type WeeklyTip = z.infer<typeof weeklyTipSchema>;
export type WeeklyTipGiven = z.infer<typeof weeklyTipGivenSchema>;
export type TipSection = z.infer<typeof tipSectionSchema>;
