/** Conversation-guide sessions (owned by the conversation-guide issue). */
import { z } from 'zod';

export const guideSectionSchema = z.array(z.record(z.string(), z.unknown()));
