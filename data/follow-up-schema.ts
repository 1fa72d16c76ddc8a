/** Follow-up steps per sick period (owned by the follow-up issue). */
import { z } from 'zod';

export const followUpSectionSchema = z.array(z.record(z.string(), z.unknown()));
