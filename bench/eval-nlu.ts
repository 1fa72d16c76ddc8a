/**
 * `npm run eval:nlu`: how many of the evaluation phrasings (test/nlu/eval-set.json, kept apart
 * from the training corpus, with typos) are routed to the right intent — per intent and overall,
 * by the classifier alone and with the regular-expression fallback the bot uses when the
 * classifier is not sure. Written to bench/results/nlu.json. A measurement, not a pass/fail.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INTENTS, isCancel, isHelp, smallTalkOf, type IntentName } from '../domain/intents.js';
import { recognizeStatsIntent } from '../domain/statistics/chat-intents.js';
import { parseFollowUpIntent } from '../domain/follow-up/chat-intents.js';
import { parseGuideIntent } from '../domain/guide/guide-intents.js';
import { languageOf } from '../domain/language.js';
import { CONFIDENT, trainClassifier } from '../bot/nlu/classifier.js';
import { loadCorpora } from '../bot/nlu/corpus.js';

const here = import.meta.dirname;
const evalSet = z
  .array(
    z.object({ text: z.string().min(1), locale: z.enum(['da', 'en']), intent: z.enum(INTENTS) }),
  )
  .parse(JSON.parse(readFileSync(path.join(here, '../test/nlu/eval-set.json'), 'utf8')));

/** What the regular expressions alone would route the text to (the bot's fallback). */
function regexIntent(text: string): IntentName | null {
  if (isHelp(text)) return 'help';
  if (isCancel(text)) return 'cancel';
  const small = smallTalkOf(text);
  if (small) return small;
  if (parseGuideIntent(text)) return 'guide';
  const followUp = parseFollowUpIntent(text, '2026-11-23');
  if (followUp?.kind === 'sick' || followUp?.kind === 'register-card') return 'register-sick';
  if (followUp?.kind === 'fit') return 'register-fit';
  if (followUp?.kind === 'plan') return 'plan';
  const stats = recognizeStatsIntent(text);
  return stats ? stats.kind : null;
}

interface Tally {
  total: number;
  classifier: number;
  routed: number;
}

const started = performance.now();
const classifier = await trainClassifier(loadCorpora());
const trainMs = Math.round(performance.now() - started);
const perIntent = new Map<string, Tally>();
const misses: Array<{ text: string; locale: string; expected: string; got: string | null }> = [];
for (const row of evalSet) {
  // As the bot does: the language the text is written in, else the conversation's (the row's).
  const c = await classifier.classify(row.text, languageOf(row.text) ?? row.locale);
  const routed = c.intent ?? regexIntent(row.text);
  const tally = perIntent.get(row.intent) ?? { total: 0, classifier: 0, routed: 0 };
  tally.total++;
  if (c.intent === row.intent) tally.classifier++;
  if (routed === row.intent) tally.routed++;
  else misses.push({ text: row.text, locale: row.locale, expected: row.intent, got: routed });
  perIntent.set(row.intent, tally);
}

const share = (n: number, of: number) => Math.round((1000 * n) / of) / 10;
const all = [...perIntent.values()].reduce(
  (a, t) => ({
    total: a.total + t.total,
    classifier: a.classifier + t.classifier,
    routed: a.routed + t.routed,
  }),
  { total: 0, classifier: 0, routed: 0 },
);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  trainMs,
  confidentAt: CONFIDENT,
  phrasings: all.total,
  overall: {
    classifierPct: share(all.classifier, all.total),
    routedPct: share(all.routed, all.total),
  },
  perIntent: Object.fromEntries(
    [...perIntent].map(([intent, t]) => [
      intent,
      {
        n: t.total,
        classifierPct: share(t.classifier, t.total),
        routedPct: share(t.routed, t.total),
      },
    ]),
  ),
  misses,
};
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results/nlu.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`trained in ${trainMs} ms; ${all.total} phrasings`);
for (const [intent, t] of perIntent)
  console.log(
    `${intent.padEnd(14)} ${String(share(t.routed, t.total)).padStart(5)} %  (${t.routed}/${t.total})`,
  );
console.log(
  `overall: ${result.overall.routedPct} % routed right (classifier alone ${result.overall.classifierPct} %)`,
);
for (const m of misses)
  console.log(`  miss [${m.locale}] ${m.expected} ← "${m.text}" → ${m.got ?? '—'}`);
