/**
 * The diagnosis guardrail on 2,000 characters of free text, as it runs on every free-text field:
 * an ordinary Danish follow-up note, the same in English, and a text full of evasions (split
 * letters, stand-in digits, look-alikes) that makes every normalisation step work. Prints p50 and
 * p99 in milliseconds and writes bench/results/guardrail.json; never pass/fail on time.
 *
 *   npx tsx bench/guardrail-bench.ts [--runs 2000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { checkHealthText } from '../domain/guardrail/guardrail.js';

const args = parseArgs({ options: { runs: { type: 'string', default: '2000' } } });
const runs = Number(args.values.runs);

const DANISH = [
  'Opfølgning efter samtalen torsdag kl. 10.30 i mødelokale 2.14 på Rådhuset, Sygehusvej 12.',
  'Til stede var Mette, hendes tillidsrepræsentant og jeg som teamleder i hjemmeplejen Øst. Vi',
  'gennemgik vagtplanen for de kommende fire uger og aftalte, at Mette starter med 20 timer om',
  'ugen fordelt på dagvagter mandag til torsdag. Hun kører ikke weekendvagter i perioden, og',
  'hun tager ikke de lange ruter ude på landet. Kørelisten bliver lagt om, så hun har færre',
  'borgere og mere tid ved hver. Medicinhåndtering hos borgeren overtages midlertidigt af en',
  'kollega fra nabogruppen, og forflytninger med lift klares to og to. Planlæggeren Jonas',
  'sørger for, at det står tydeligt i systemet. Mette ønsker selv at fortælle kollegerne, at',
  'hun er tilbage, på personalemødet på mandag; jeg siger blot, at vi glæder os til at se',
  'hende. Hun får en fast makker, Birgitte, de første tre uger, og de holder en kort snak hver',
  'fredag om, hvordan ugen er gået. Vi talte også om efteruddannelse: hun vil gerne på kurset',
  'om velfærdsteknologi i efteråret, og jeg undersøger, om der er plads. Skolen ringede i',
  'øvrigt om forældremødet den 14. oktober; det ligger uden for arbejdstiden, så det er ikke en',
  'del af aftalen. Næste opfølgning bliver om tre uger, samme sted og tid, eller på Teams hvis',
  'det passer bedre. Hvis noget ændrer sig inden da, ringer hun til mig på 12 34 56 78, eller',
  'skriver i chatten. Vi evaluerer løbende og justerer timetallet op, når det giver mening for',
  'hende og for driften. Jeg sender referatet til godkendelse, så hun kan rette eller tilføje,',
  'før det bliver gemt. Til sidst aftalte vi, at hun tager kontakt til HR, hvis hun har',
  'spørgsmål om løn eller ferie, og at jeg orienterer områdelederen om den nye plan.',
  'Demensafsnittet har også spurgt efter afløsere i uge 42, men det tager vi op senere.',
  'Skoleskemaet for lærlingene er ikke påvirket.',
].join(' ');
const ENGLISH = [
  'Follow-up after the meeting on Thursday at 10.30 in room 2.14 at the Town Hall. Present were',
  'Anna, her union representative and me as team leader. We went through the rota for the',
  'coming four weeks and agreed that Anna starts with twenty hours a week spread over day',
  'shifts from Monday to Thursday. She does not work weekend shifts in this period and does not',
  'take the long routes in the countryside. The driving list is rearranged so that she has',
  'fewer citizens and more time with each. Medicine handling is taken over for now by a',
  'colleague from the neighbouring group, and transfers with a hoist are done in pairs. The',
  'planner makes sure it is clear in the system. Anna wants to tell her colleagues herself that',
  'she is back, at the staff meeting on Monday; I will simply say that we look forward to',
  'seeing her. She gets a steady buddy for the first three weeks, and they have a short talk',
  'every Friday about how the week went. We also talked about further training: she would like',
  'to join the course on welfare technology in the autumn, and I will check whether there is a',
  'place. The next follow-up is in three weeks, same place and time, or on Teams if that suits',
  'better. If anything changes before then, she calls me or writes in the chat. We evaluate as',
  'we go and adjust the hours upwards when it makes sense for her and for the service. I will',
  'send the minutes for approval so she can correct or add before they are saved. Finally we',
  'agreed that she contacts HR about pay or holidays and that I tell the area manager about the',
  'new plan. The dementia unit also asked for cover in week 42, but we will take that up later.',
].join(' ');
const EVASIVE = Array.from(
  { length: 60 },
  (_, i) => `m\u00f8de ${i} k l. 1 0. 3 0 p\u0430 r\u00e5dhuset, s/t/r/\u0435/a/m h0ld ok `,
).join('');

const fill = (text: string): string => text.repeat(Math.ceil(2000 / text.length)).slice(0, 2000);

function measure(text: string): { p50: number; p99: number; ok: boolean } {
  for (let i = 0; i < 200; i++) checkHealthText(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkHealthText(text);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number): number =>
    Number((samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0).toFixed(3));
  return { p50: at(0.5), p99: at(0.99), ok: checkHealthText(text).ok };
}

const results = {
  runs,
  danish: measure(fill(DANISH)),
  english: measure(fill(ENGLISH)),
  evasive: measure(fill(EVASIVE)),
};
for (const [name, r] of Object.entries(results)) {
  if (typeof r === 'object') process.stdout.write(`${name}: p50 ${r.p50} ms, p99 ${r.p99} ms\n`);
}
const out = path.join(import.meta.dirname, 'results', 'guardrail.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
