/** A well-being or APV score of a unit (the trivsel import), as stored. */
import { z } from 'zod';

export const wellbeingScoreSchema = z.strictObject({
  unitId: z.string().min(1),
  date: z.iso.date(),
  measure: z.string().min(1).max(200),
  score: z.number().min(0).max(100),
});
