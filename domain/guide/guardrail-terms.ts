/**
 * The maintained list of Danish and English diagnosis, symptom and treatment words that the
 * guide refuses in free text. Patterns work on NORMALISED text (see guardrail.ts): lower case,
 * æ→ae, ø→oe, å→aa, accents stripped. TOKEN patterns are tried on every word and on every
 * hyphen-joined compound ("stress-sygemeldt" → "stresssygemeldt"); PHRASE patterns on the words
 * joined by single spaces. Danish compounds are caught by containment, with look-arounds for
 * the innocent words that contain a stem: "kræfter" (strength) is not "kræft", "eksempel" is not
 * "eksem", "operationel"/"kooperation" are not "operation", "fangst" is not "angst".
 *
 * Decisions (kept deliberately; change them here and in the test table together):
 * - "stress" in any form is caught ("stresset", "arbejdsstress", "stressful"): it is the most
 *   common thing people write about a person's health. Only "stressfri"/"stress-free" pass.
 * - "sygemeldt", "syg", "sygdom", "rask", "læge", "lægeerklæring", "psykolog", "Tidlig Indsats",
 *   "§ 56", "arbejdsskade" and "barsel" pass: they are the guide's own vocabulary, not details.
 * - "psykisk arbejdsmiljø", "demensafsnit", "socialpsykiatrien", "medicinhåndtering",
 *   "fysioterapeut", "ergoterapeut" pass: workplaces, tasks and job titles in a municipality.
 * - "kronisk" is caught: a § 56 agreement is recorded as a structured offer instead.
 * - English "pain"/"broken" are caught only with a body part ("back pain", "broken leg"), so
 *   "pain point" and "a broken printer" pass.
 */

export type GuardrailHint = 'condition' | 'symptom' | 'treatment' | 'pregnancy' | 'cpr';

export interface GuardrailTerm {
  hint: Exclude<GuardrailHint, 'cpr'>;
  pattern: RegExp;
}

const BODY =
  '(ryg|knae|skulder|nakke|hofte|ankel|fod|haand|haandled|arm|ben|hjerne|mave|tarm|hjerte|lunge|nyre|lever|hud|oeje|oejne|oere|tand|kaebe|knogle|muskel|sene|bryst|underliv|blaere|albue|finger|tae|hals|bihule|menisk|korsbaand)';
const BODY_TROUBLE =
  '(problem|smert|skade|brud|operation|gener|lidelse|sygdom|betaendelse|infektion|pine)';
const EN_BODY =
  '(back|neck|knee|shoulder|hip|ankle|wrist|stomach|chest|head|ear|tooth|joint|muscle|leg|arm|foot)';

/** Word (and compound) patterns. */
export const TOKEN_TERMS: readonly GuardrailTerm[] = [
  // named conditions and diagnoses
  { hint: 'condition', pattern: /depressi|^depressed$/ },
  { hint: 'condition', pattern: /stress/ },
  { hint: 'condition', pattern: /udbraend|^burnout|^burntout$/ },
  { hint: 'condition', pattern: /^angst|(?<!f)angst(en|ens)?$|^anxiety|^panikanfald/ },
  { hint: 'condition', pattern: /migraen|migrain/ },
  { hint: 'condition', pattern: /kraeft(?!er)|cancer|tumou?r|svulst|leuka?emi/ },
  { hint: 'condition', pattern: /diabet|sukkersyge|epilep|skleros|scleros|parkinson|alzheimer/ },
  {
    hint: 'condition',
    pattern: /astma|asthma|allergi|allerg(y|ic)$|^eksem(et|er)?$|eksem$|eczema/,
  },
  { hint: 'condition', pattern: /gigt|arthritis|rheumat/ },
  {
    hint: 'condition',
    pattern: /^adhd|autis|^ocd$|^ptsd|bipolar|skizofren|schizophren|psykose|psychos|psychotic/,
  },
  { hint: 'condition', pattern: /spiseforstyrr|anoreksi|anorexi|bulimi/ },
  {
    hint: 'condition',
    pattern:
      /hjerneryst|concussion|hjernebloed|blodprop|apopleks|^stroke$|hjerteanfald|hjertestop|infarkt/,
  },
  { hint: 'condition', pattern: /prolaps|iskias|sciatica|herniat|piskesmael|whiplash/ },
  { hint: 'condition', pattern: /covid|corona|influenza|^flu$|^forkoel|infektion|infection/ },
  { hint: 'condition', pattern: /^kronisk|^chronic/ },
  { hint: 'condition', pattern: /^diagnos|lidelse|sammenbrud|nervesammenbrud/ },
  { hint: 'condition', pattern: /alkohol|alcohol|addict|misbrug/ },
  {
    hint: 'condition',
    pattern: /^braek(ke|ket|kede|ker|kes)?$|fraktur|fracture|^injur|sprain|forstuv/,
  },
  { hint: 'condition', pattern: new RegExp(`${BODY}s?${BODY_TROUBLE}`) },
  {
    hint: 'condition',
    pattern:
      /(hjerte|lunge|nyre|lever|hud|tarm|mave|hjerne|stofskifte|muskel|nerve|sinds|psykisk|autoimmun)sygdom/,
  },
  // symptoms
  { hint: 'symptom', pattern: /smert|hovedpine|headache|(back|stomach|tooth|ear)ache$/ },
  { hint: 'symptom', pattern: /kvalme|nausea|opkast|vomit|svimmel|dizz|^feber|^fever/ },
  {
    hint: 'symptom',
    pattern: /traethed|fatigue|udmatte|exhaust|soevnloes|soevnproblem|insomni|sleepless/,
  },
  {
    hint: 'symptom',
    pattern: /hukommelsesproblem|koncentrationsbesvaer|hjertebanken|palpitation|tinnitus|symptom/,
  },
  // treatment
  {
    hint: 'treatment',
    pattern: /^kemo|chemo|straalebehandl|straaleterapi|radiotherap|terapi|therapy/,
  },
  {
    hint: 'treatment',
    pattern:
      /(?<!ko|co)operation(en|er|erne|ens)?$|^opere(re|ret|res|rede)$|surgery|surgical|^kirurg/,
  },
  {
    hint: 'treatment',
    pattern: /^medicin(en|eret|ering|eringen|ere)?$|^medication|^medicated$|antidepress/,
  },
  { hint: 'treatment', pattern: /lykkepille|sovepille|smertestillende|painkiller/ },
  {
    hint: 'treatment',
    pattern: /hospital|sygehus|skadestue|^indlaeg(ges|gelse|gelsen)$|^psykiater|psychiatri/,
  },
  { hint: 'treatment', pattern: /genoptraen|^rehab$|dialys|^(mr|ct)scan|blodproev/ },
  // pregnancy and fertility
  {
    hint: 'pregnancy',
    pattern: /gravid|svangerskab|pregnan|fertilit|^ivf$|insemination|miscarriage/,
  },
  { hint: 'pregnancy', pattern: /^abort(en|er|erne)?$/ },
];

/** Multi-word patterns on the space-joined words. */
export const PHRASE_TERMS: readonly GuardrailTerm[] = [
  {
    hint: 'condition',
    pattern: /\bpsykisk\w* (syg|saarbar|ustabil|belast|daarlig|problem|nedbrud|ubalance)/,
  },
  { hint: 'condition', pattern: /\bmental\w* (health|illness|ill|breakdown|problem|syg|helbred)/ },
  {
    hint: 'condition',
    pattern: /\b(nervous|mental) breakdown\b|\bpanic attacks?\b|\beating disorders?\b/,
  },
  { hint: 'condition', pattern: /\bburn(ed|t)? out\b|\bslipped discs?\b/ },
  {
    hint: 'condition',
    pattern: new RegExp(
      `\\bbroken ${EN_BODY}s?\\b|\\bbroken (bone|rib|collarbone|finger|toe|nose)s?\\b`,
    ),
  },
  { hint: 'condition', pattern: new RegExp(`\\b${EN_BODY} (injury|problems?|surgery)\\b`) },
  { hint: 'condition', pattern: /\bheart attack\b/ },
  { hint: 'symptom', pattern: new RegExp(`\\b(in|chronic|${EN_BODY.slice(1, -1)}) pain\\b`) },
  { hint: 'symptom', pattern: /\b(har )?ondt i\b|\bhar ondt\b/ },
  { hint: 'treatment', pattern: /\bi behandling\b|\b(in|under|receiving) treatment\b/ },
  // "indlagt på/igen" is hospitalised; "indlagt i kalenderen" is put in the calendar
  { hint: 'treatment', pattern: /\bindlagte? (paa|igen)\b|\b(er|blev|bliver|var) indlagt (?!i )/ },
  { hint: 'pregnancy', pattern: /\bspontan abort\b/ },
];

/** Innocent compounds that contain a caught stem; checked before the terms. */
export const ALLOWED_TOKENS: readonly RegExp[] = [
  /^stressfr(i|ee)/,
  /^braekjern/,
  /^ergoterapi/,
  /^medicin(haandtering|administration|givning|ansvar)/,
];

/** A Danish CPR number (ddmmyy-xxxx or ten digits). */
export const CPR_PATTERN = /(?<!\d)[0-3]\d[01]\d\d\d-?\d{4}(?!\d)/;
