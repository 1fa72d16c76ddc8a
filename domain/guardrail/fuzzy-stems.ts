/**
 * The core stems whose small misspellings are refused (fuzzy.ts), spelled out (æ→ae, ø→oe,
 * å→aa) like every term list, and each also caught exactly by the term lists. Only stems of six
 * letters or more, and only distinctive ones. Left out, with their usual misspellings written
 * into the term patterns instead: "operation" (operationel, kooperation, operatør), "indlagt"
 * (indlagt i kalenderen), "hovedpine" (hovedpunkt, hovedindgang and every other hoved- word),
 * "allergi" (allermindst, allersidst), "skadestue" (skadeserstatning), "concussion"
 * (concession, conclusion).
 */
import type { TermHint } from './guardrail-terms.js';

export interface CoreStem {
  stem: string;
  hint: TermHint;
}

const stems = (hint: TermHint, words: string): CoreStem[] =>
  words
    .trim()
    .split(/\s+/)
    .map((stem) => ({ stem, hint }));

export const CORE_STEMS: readonly CoreStem[] = [
  ...stems(
    'condition',
    `depression depress deprimeret migraene migraine kraeft cancer diabetes epilepsi epilepsy
     sklerose sclerosis parkinson alzheimer fibromyalgi endometriose leukaemi leukemia diskusprolaps
     prolaps hjernerystelse hjernebloedning blodprop slagtilfaelde hjerteanfald hjerteflimmer
     sukkersyge leddegigt slidgigt psoriasis panikangst udbraendt selvmord spiseforstyrrelse
     anoreksi anorexia bulimi skizofreni schizophrenia psykose psychosis bipolar autisme
     infektion infection influenza bronkitis lungebetaendelse betaendelse whiplash piskesmaeld
     arthritis stress stresset`,
  ),
  ...stems(
    'symptom',
    `headache kvalme nausea svimmel svimmelhed dizziness opkast hjertebanken
     tinnitus traethed udmattet fatigue insomnia soevnloeshed smerte symptom`,
  ),
  ...stems(
    'treatment',
    `kemoterapi chemotherapy straalebehandling fysioterapi physiotherapy psykiater psychiatrist
     antidepressiva antidepressant lykkepille sovepille smertestillende painkiller hospital
     sygehus indlaeggelse opereret surgery genoptraening`,
  ),
  ...stems(
    'pregnancy',
    `graviditet gravid pregnant pregnancy svangerskab miscarriage insemination fertilitet
     fertility kejsersnit`,
  ),
];

/**
 * Ordinary words within reach of a stem: a word that has one of these where the near-miss
 * starts is not a misspelling ("arbejdskraft" is not "kræft", "cancel" is not "cancer"). Found
 * by running every word of a Danish and an English dictionary through the matcher, and from the
 * must-accept table; a word that is itself medical ("kvalm", "infektiøs") is left refused.
 */
export const FUZZY_ALLOWED: readonly string[] = `
  kraft krafft kaeft kraeet kraest cancel chance concern concert canter smart smelt snert smoert
  psykiatri psykoterapeut psykopat psykodel psykogen psykokemi psykotekn psykotest
  fysioterapeut ergoterapeut physiotherapist injektion injection inflection inspektion
  inspection inflation intention induktion induction invention exhaustive udbred udspaend
  kvale kvalt kalme fertilis festivit futilit bekendels betraedels indlaeggen indvaelg
  degressi digressi sukkerlage sukkerske selvmods selvmoed inkamin inseminator skimmel stimmel
  taethed traettede blodproc blodprod decimer depiler deprav depriv deriver svogerskab graved
  gravit lykketal genoptryk hjertebaand hospitant praegnant smergel smurt psykosocial
  sukkersoed inaction incepti inflict inject insert ingesti infest canberra canner influenc
  influent hospitab dinginess dirtiness gravies graving poignancy psychokinesis painful dissemin
  inflect infracti disinfect streg striss streis strew
`
  .trim()
  .split(/\s+/);
