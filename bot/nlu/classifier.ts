/**
 * Intent classification with NLP.js: a small neural classifier per language over stemmed words,
 * with NLP.js's spell check mapping a misspelt word to a known one within one edit. It is
 * trained from the corpus at start (tens of milliseconds) and kept in memory for the process;
 * nothing is saved. It only chooses what a message asks for — names, units, dates and
 * percentages are read by the features' own tested parsers.
 */
import nlpjs from '@nlpjs/nlp';
import langDa from '@nlpjs/lang-da';
import langEn from '@nlpjs/lang-en';
import { isIntentName, type IntentName } from '../../domain/intents.js';
import type { Locale } from '../../domain/model.js';
import { loadCorpora, type Corpus } from './corpus.js';

/** Below this score the classifier's choice is not acted on (the regular expressions decide). */
export const CONFIDENT = 0.7;

const LOCALES: readonly Locale[] = ['da', 'en'];

export interface IntentScore {
  intent: IntentName;
  score: number;
}

export interface Classification {
  /** The intent when the classifier is sure enough; null when it is not. */
  intent: IntentName | null;
  /** The best intent's score, 0–1. */
  score: number;
  /** Every intent with a score above 0, best first (both models' when both were asked). */
  ranked: IntentScore[];
}

export interface IntentClassifier {
  /** Classifies with `locale`'s model, and with the other language's when that one is unsure. */
  classify(text: string, locale: Locale): Promise<Classification>;
}

type Model = InstanceType<typeof nlpjs.Nlp>;

async function train(corpora: readonly Corpus[]): Promise<Model> {
  const nlp = new nlpjs.Nlp({
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    nlu: { useNoneFeature: false },
  });
  nlp.container.use(langDa.LangDa);
  nlp.container.use(langEn.LangEn);
  for (const locale of LOCALES)
    nlp.container.registerConfiguration(`nlu-${locale}`, { log: false, spellCheck: true }, true);
  nlp.addLanguage(corpora.map((c) => c.locale));
  for (const { locale, intents } of corpora)
    for (const [intent, utterances] of Object.entries(intents))
      for (const utterance of utterances ?? []) nlp.addDocument(locale, utterance, intent);
  await nlp.train();
  return nlp;
}

async function scores(model: Model, locale: Locale, text: string): Promise<IntentScore[]> {
  const result = await model.process(locale, text);
  if (result.intent === 'None') return [];
  return (result.classifications ?? [])
    .filter((c): c is IntentScore => isIntentName(c.intent) && c.score > 0)
    .sort((a, b) => b.score - a.score);
}

function merged(first: IntentScore[], second: IntentScore[]): IntentScore[] {
  const best = new Map<IntentName, number>();
  for (const { intent, score } of [...first, ...second])
    best.set(intent, Math.max(score, best.get(intent) ?? 0));
  return [...best].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
}

/** A classifier over the given corpora (tests and the evaluation pass their own or the repo's). */
export async function trainClassifier(corpora: readonly Corpus[]): Promise<IntentClassifier> {
  const model = await train(corpora);
  return {
    async classify(text, locale) {
      const cleaned = text.replace(/[\s\u00a0]+/g, ' ').trim();
      if (cleaned === '') return { intent: null, score: 0, ranked: [] };
      const other = locale === 'da' ? 'en' : 'da';
      const own = await scores(model, locale, cleaned);
      // The other language's model only when this one is unsure: a model given a text in the
      // other language tends to be confidently wrong about it.
      const foreign = (own[0]?.score ?? 0) >= CONFIDENT ? [] : await scores(model, other, cleaned);
      const chosen = (foreign[0]?.score ?? 0) > (own[0]?.score ?? 0) ? foreign[0] : own[0];
      const score = chosen?.score ?? 0;
      const intent = chosen && score >= CONFIDENT ? chosen.intent : null;
      return { intent, score, ranked: merged(own, foreign) };
    },
  };
}

let shared: Promise<IntentClassifier> | null = null;

/** The repository corpus's classifier, trained once per process on first use. */
export function sharedClassifier(): Promise<IntentClassifier> {
  shared ??= trainClassifier(loadCorpora());
  return shared;
}
