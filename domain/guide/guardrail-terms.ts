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
 * - "medicin" alone passes (giving citizens their medicine is a home-care task); "tager medicin",
 *   "hendes medicin", "medicin mod …", "medicineret" are caught. "demens" passes for the same
 *   reason (dementia care is the work). Street names ("Sygehusvej", "Hospitalsvej") and the
 *   municipality's "genoptræningscenter" pass as places; "hospitalet", "sygehuset" do not.
 * - "MS" and "KOL" are caught only after "har"/"fik" ("har KOL"), so "MS Teams" passes.
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
  { hint: 'condition', pattern: /depressi|^depressed$|^deprimer|^nedtrykt/ },
  { hint: 'condition', pattern: /selvmord|suicid/ },
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
  { hint: 'condition', pattern: /gigt|arthritis|rheumat|fibromyalgi|endometrios/ },
  {
    hint: 'condition',
    pattern:
      /^copd$|hjerteflimmer|atrieflimren|fibrillation|hypertension|hypertoni|thyro|immunforsvar/,
  },
  {
    hint: 'condition',
    pattern: /mavesaar|^ulcers?$|nyresten|galdesten|mononukle|kyssesyge|borreli|slagtilfaelde/,
  },
  { hint: 'condition', pattern: /overgangsalder|klimakteri|menopaus|hedeture|hot flush/ },
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
    pattern: /^medicin(eret|ering|eringen|ere)$|^medication|^medicated$|antidepress|^bivirkning/,
  },
  { hint: 'treatment', pattern: /lykkepille|sovepille|smertestillende|painkiller/ },
  {
    hint: 'treatment',
    pattern: /hospital(?!it)|sygehus|skadestue|^indlaeg(ges|gelse|gelsen)$|^psykiater|psychiatri/,
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
    pattern:
      /\bpsykisk\w* (syg|saarbar|ustabil|belast|daarlig|problem|nedbrud|ubalance|svaert|skroebelig|nede)/,
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
  { hint: 'condition', pattern: /\bheart attack\b|\bimmune system\b/ },
  // "har MS", "har KOL"; not "møde med MS Teams"
  { hint: 'condition', pattern: /\b(har|fik|faaet|diagnosticeret med) (ms|kol|sklerose)\b/ },
  { hint: 'condition', pattern: /\b(forhoejet|hoejt|lavt|hoej|lav) (blodtryk|stofskifte)\b/ },
  { hint: 'condition', pattern: /\bnyt? (hofte|knae)\b|\b(hip|knee) replacement\b/ },
  { hint: 'symptom', pattern: /\bsover (daarligt|skidt|ikke om natten)\b|\bside effects?\b/ },
  // "medicin" alone is a task in home care ("giver borgerne medicin"); her own medicine is not
  {
    hint: 'treatment',
    pattern:
      /\b(tager|tog|taget|faar|fik|faaet|paa|ny|nye|sin|sine|hendes|hans|skiftet|skifter|trappes|trappet) (ny |nye |anden )?medicin(en)?\b|\bmedicin(en)? mod\b/,
  },
  { hint: 'symptom', pattern: new RegExp(`\\b(in|chronic|${EN_BODY.slice(1, -1)}) pain\\b`) },
  { hint: 'symptom', pattern: /\b(har )?ondt i\b|\bhar ondt\b/ },
  { hint: 'treatment', pattern: /\bi behandling\b|\b(in|under|receiving) treatment\b/ },
  // "indlagt på/igen" is hospitalised; "indlagt i kalenderen" is put in the calendar
  { hint: 'treatment', pattern: /\bindlagte? (paa|igen)\b|\b(er|blev|bliver|var) indlagt (?!i )/ },
  { hint: 'pregnancy', pattern: /\bspontan abort\b|\bvente(r|de)? (barn|sig)\b/ },
];

/** Innocent compounds that contain a caught stem; checked before the terms. */
export const ALLOWED_TOKENS: readonly RegExp[] = [
  /^stressfr(i|ee)/,
  /^braekjern/,
  /^ergoterapi/,
  /^medicin(haandtering|administration|givning|ansvar)/,
  // street names: "Sygehusvej 12", "Hospitalsvej 3" are addresses of a meeting place
  /^\w+(vej|vejen|gade|gaden|alle|alleen|plads|pladsen|straede|straedet|boulevard)$/,
  // the municipality's own training centre is a workplace
  /^genoptraenings(center|centret|centeret|enhed|enheden|team|teamet|afdeling|afdelingen)$/,
];

/** A Danish CPR number (ddmmyy-xxxx or ten digits). */
export const CPR_PATTERN = /(?<!\d)[0-3]\d[01]\d\d\d-?\d{4}(?!\d)/;
