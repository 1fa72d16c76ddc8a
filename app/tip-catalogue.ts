/**
 * The tip catalogue checked with zod when the bot starts (this module is loaded with the tip
 * use cases): every entry well formed, no id twice, and every catalogue id T001–T139 either a tip
 * or merged into one. A bad entry stops the start with a message naming it.
 */
import { z } from 'zod';
import { STEP_IDS } from '../domain/guide/guide-kinds.js';
import {
  TIP_AUDIENCES,
  TIP_CATALOGUE,
  TIP_ELEMENTS,
  TIP_THEMES,
  type Tip,
} from '../domain/tips/catalogue.js';

export const FIRST_TIP = 1;
export const LAST_TIP = 139;

const tipId = z.string().regex(/^T\d{3}$/, 'a tip id is T and three digits');

const distinct = <T extends string>(values: readonly [T, ...T[]]) =>
  z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, 'listed twice');

const tipSchema = z.strictObject({
  id: tipId,
  element: z.enum(TIP_ELEMENTS),
  audiences: distinct(TIP_AUDIENCES).min(1),
  themes: distinct(TIP_THEMES).min(1),
  guideSteps: distinct(STEP_IDS),
  basics: z.boolean(),
  covers: z.array(tipId),
});

const catalogueSchema = z.array(tipSchema).superRefine((tips, ctx) => {
  const seen = new Map<string, string>();
  for (const tip of tips)
    for (const id of [tip.id, ...tip.covers]) {
      const earlier = seen.get(id);
      if (earlier)
        ctx.addIssue({ code: 'custom', message: `${id} is in ${earlier} and ${tip.id}` });
      seen.set(id, tip.id);
    }
  for (let n = FIRST_TIP; n <= LAST_TIP; n++) {
    const id = `T${String(n).padStart(3, '0')}`;
    if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `${id} is missing` });
  }
});

/** The catalogue, or an error naming every bad entry. */
export function parseTipCatalogue(raw: unknown): Tip[] {
  const parsed = catalogueSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'catalogue'}: ${i.message}`);
  throw new Error(`the tip catalogue is invalid:\n${lines.join('\n')}`);
}

/** The checked catalogue (a bad entry throws when the bot loads this module). */
export const TIPS: readonly Tip[] = parseTipCatalogue(TIP_CATALOGUE);
