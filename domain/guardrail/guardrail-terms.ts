/**
 * The maintained list of Danish and English diagnosis, symptom and treatment words refused in
 * free text. Patterns work on NORMALISED words (normalise.ts, words.ts): lower case, æ→ae, ø→oe,
 * å→aa, accents stripped, look-alikes and stand-in digits read as letters. TOKEN patterns are
 * tried on every word and on every hyphen-joined compound ("stress-sygemeldt" →
 * "stresssygemeldt"); multi-word patterns are in guardrail-phrases.ts. Danish compounds are
 * caught by containment, with look-arounds for the innocent words that contain a stem:
 * "kræfter" (strength) and "bekræfte" (confirm) are not "kræft", "eksempel" is not "eksem",
 * "operationel"/"kooperation" are not "operation", "fangst" is not "angst".
 *
 * Decisions (kept deliberately; change them here and in the test table together):
 * - "stress" in any form is caught ("stresset", "arbejdsstress", "stressful"): it is the most
 *   common thing people write about a person's health. Only "stressfri"/"stress-free" pass.
 * - "sygemeldt", "syg", "sygdom", "rask", "læge", "lægeerklæring", "psykolog", "Tidlig Indsats",
 *   "§ 56", "arbejdsskade", "barsel" and "fødsel" pass: they are the guide's own vocabulary.
 * - "psykisk arbejdsmiljø", "demensafsnit", "socialpsykiatrien", "medicinhåndtering",
 *   "infektionshygiejne", "fysioterapeut", "ergoterapeut", "kiropraktor", "tandlæge" pass:
 *   workplaces, tasks, job titles and health offers in a municipality. Specialists named by a
 *   disease area ("onkolog", "neurolog", "psykiater") are caught.
 * - "kronisk" is caught: a § 56 agreement is recorded as a structured offer instead.
 * - "medicin" alone passes (giving citizens their medicine is a home-care task); "tager medicin",
 *   "hendes medicin", "medicin mod …", "medicineret" are caught. "demens", "insulin" and
 *   "blodsukker" pass for the same reason. Street names ("Sygehusvej", "Hospitalsvej") and the
 *   municipality's "genoptræningscenter" pass as places; "hospitalet", "sygehuset" do not.
 * - "MS" and "KOL" are caught only after "har"/"fik" ("har KOL"), so "MS Teams" passes.
 * - English "pain"/"broken" are caught only with a body part ("back pain", "broken leg"), so
 *   "pain point" and "a broken printer" pass.
 */

export type GuardrailHint = 'condition' | 'symptom' | 'treatment' | 'pregnancy' | 'cpr';
export type TermHint = Exclude<GuardrailHint, 'cpr'>;

export interface GuardrailTerm {
  hint: TermHint;
  pattern: RegExp;
}

const BODY =
  '(ryg|knae|skulder|nakke|hofte|ankel|fod|haand|haandled|(?<!al|f)arm|ben|hjerne|mave|tarm|hjerte|lunge|nyre|lever|hud|oeje|oejne|oere|(?<!s)tand|kaebe|knogle|muskel|sene|bryst|underliv|blaere|albue|finger|tae|hals|bihule|menisk|korsbaand|laend)';
const BODY_TROUBLE =
  '(problem|smert|skade|brud|operation|gener|lidelse|sygdom|betaendelse|infektion|pine|skavank)';

const condition = (pattern: RegExp): GuardrailTerm => ({ hint: 'condition', pattern });
const symptom = (pattern: RegExp): GuardrailTerm => ({ hint: 'symptom', pattern });
const treatment = (pattern: RegExp): GuardrailTerm => ({ hint: 'treatment', pattern });
const pregnancy = (pattern: RegExp): GuardrailTerm => ({ hint: 'pregnancy', pattern });

/** Word (and compound) patterns. */
export const TOKEN_TERMS: readonly GuardrailTerm[] = [
  // named conditions and diagnoses
  condition(/depressi|^depress(ed)?$|^deprimer|^nedtrykt/),
  condition(/selvmord|suicid/),
  condition(/(?<!mi|seam|ance)stress/),
  condition(/udbraend|^burnout|^burntout$/),
  condition(/^angst(?!rom)|(?<!f)angst(en|ens)?$|^anxiety|^panikanfald/),
  condition(/migraen|migrain/),
  condition(/(?<!af|be)kraeft(?!er)|cancer|tumou?r|svulst|leuka?emi|lymfom|lymphoma/),
  condition(/diabet|sukkersyge|epilep|skleros|scleros|parkinson|alzheimer/),
  condition(
    /astma(?!ster|teri|n$)|asthma|al+er+gi|al+er+g(y|ic)$|^eksem(et|er)?$|eksem$|eczema|psoriasis/,
  ),
  condition(/(?<!aen)gigt|arthritis|rheumat|fibromyalgi|endometrios/),
  condition(
    /^copd$|hjerteflimmer|atrieflimren|fibrillation|hypertension|hypertoni|thyro|immunforsvar/,
  ),
  condition(/mavesaar|^ulcers?$|nyresten|galdesten|mononukle|kyssesyge|borreli|slagtilfaelde/),
  condition(/overgangsalder|klimakteri|menopaus|hedeture|hot flush/),
  condition(
    /^adhd|(?<![nl])autis|^ocd$|^ptsd|bipolar|skizofren|schizophren|psykose|psychos|psychotic/,
  ),
  condition(/spiseforstyrr|anoreksi|anorexi|bulimi/),
  condition(
    /hjerneryst|concussion|hjernebloed|blodprop|apopleks|^stroke$|hjerteanfald|hjertestop|infarkt/,
  ),
  condition(/anfald|^seizures?$|^epileptic/),
  condition(/prolaps|iskias|sciatica|herniat|piskesmael|whiplash|hekseskud|lumbago/),
  condition(
    /covid|corona(?!tion|do)|influenza|^flu$|^forkoele(t|de|lse|lsen|lser)?$|(?<!des)infe[ck]tion/,
  ),
  condition(/roskildesyge|omgangssyge|bronkitis|bronchitis|pneumoni|pneumonia/),
  condition(/betaendels|^betaendt|inflammation|^inflamed$/),
  condition(/^kronisk|^chronic(?!l)/),
  condition(/^diagnos|lidelse|^(nerve)?sammenbrud/),
  condition(
    /alkohol|alcohol|addict|^misbrug(er|ere|eren|erne|et|s)?$|(stof|narko\w*|pille)misbrug/,
  ),
  condition(
    /^braek(ke|ket|kede|ker|kes)?$|fraktur|fracture|^injur(y|ies|ed)$|sprain|forstuv|forvred/,
  ),
  condition(new RegExp(`${BODY}s?${BODY_TROUBLE}`)),
  condition(
    /(hjerte|lunge|nyre|lever|hud|tarm|mave|hjerne|stofskifte|muskel|nerve|sinds|psykisk|autoimmun)sygdom/,
  ),
  // symptoms
  symptom(/smert|hove?d+pi(n|en)|headache|(back|stomach|tooth|ear)ache$/),
  symptom(/kvalme|nausea|opkast|vomit|svimmel|dizz|^feber|^fever|^besvim|^fainted$/),
  symptom(/traethed|fatigue|udmatte|exhaust(ed|ion)|soevnloes|soevnproblem|insomni|sleepless/),
  symptom(/hukommelsesproblem|koncentrationsbesvaer|hjertebanken|palpitation|tinnitus|symptom/),
  symptom(/^hoste(r|de|t|n)?$|^cough(s|ed|ing)?$/),
  // treatment
  treatment(/^kemo(?!tek|fib|tak)|chemo|straalebehandl|straaleterapi|radiotherap|terapi|therapy/),
  treatment(
    /(?<!ko|co)operation(en|er|erne|ens)?$|^opere(re|ret|res|rede)$|surgery|surgical|^kirurg/,
  ),
  treatment(/^medicin(eret|ering|eringen|ere)$|^medication|^medicated$|antidepress|^bivirkning/),
  treatment(/lykkepille|sovepille|smertestillende|painkiller|antibiotikakur|penicillinkur/),
  treatment(/hospital(?!it)|sygehus|skadestue|^indlaeg(ges|gelse|gelsen)$|^psykiater|psychiatri/),
  treatment(/genoptraen|^rehab$|dialys|^(mr|ct)scan|blodproev|^roentgen|biopsi|mammografi/),
  treatment(/^(onkolog|oncolog|kardiolog|cardiolog|neurolog|reumatolog|gynaekolog|gynecolog)/),
  // pregnancy and fertility
  pregnancy(/gravid|svangerskab|pregnan|fertilit|^ivf$|insemination|miscarriage|kejsersnit/),
  pregnancy(/^abort(en|er|erne)?$|^termins(dato|datoen|dag|dagen)$|plukkeve/),
];

/** Innocent compounds that contain a caught stem; checked before the terms. */
export const ALLOWED_TOKENS: readonly RegExp[] = [
  /^stressfr(i|ee)/,
  /^braekjern/,
  /^ergoterapi/,
  /^medicin(haandtering|administration|givning|ansvar)/,
  /^infektions(hygiejne|forebyggelse)/,
  /^alkohol(politik|fri|frie|frit)/,
  /^symptomatisk/,
  // street names: "Sygehusvej 12", "Hospitalsvej 3" are addresses of a meeting place
  /^\w+(vej|vejen|gade|gaden|alle|alleen|plads|pladsen|straede|straedet|boulevard)$/,
  // the municipality's own training centre is a workplace
  /^genoptraenings(center|centret|centeret|enhed|enheden|team|teamet|afdeling|afdelingen)$/,
];
