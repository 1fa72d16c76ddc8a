/**
 * The example utterances the intent classifier is trained on, kept as data beside this file
 * (corpus/da.json, corpus/en.json) and validated when loaded: a misspelt intent name or an empty
 * list fails at start, not as a silently unreachable intent.
 */
import { z } from 'zod';
import { INTENTS, type IntentName } from '../../domain/intents.js';
import type { Locale } from '../../domain/model.js';
import daJson from './corpus/da.json' with { type: 'json' };
import enJson from './corpus/en.json' with { type: 'json' };

const utterances = z.array(z.string().trim().min(1).max(200)).min(1);

const corpusSchema = z.object({
  locale: z.enum(['da', 'en']),
  intents: z.partialRecord(z.enum(INTENTS), utterances),
});

export interface Corpus {
  locale: Locale;
  intents: Partial<Record<IntentName, string[]>>;
}

/** Parses one language's corpus; throws with zod's message when it is malformed. */
export function parseCorpus(raw: unknown): Corpus {
  return corpusSchema.parse(raw);
}

/** The repository's corpora, Danish first. */
export function loadCorpora(): Corpus[] {
  return [parseCorpus(daJson), parseCorpus(enJson)];
}
