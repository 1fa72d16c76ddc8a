/**
 * Multi-word patterns, tried on the normalised words joined by single spaces (the same spelling
 * as guardrail-terms.ts): the everyday ways of naming an ailment or a body part that no single
 * word gives away ("ondt i ryggen", "problemer med knæet", "har fået konstateret", "termin i
 * juni"). "døjer med", "lider af" and "suffers from" are caught unless what follows is about the
 * work ("døjer med højt sygefravær", "lider af travlhed").
 */
import type { GuardrailTerm } from './guardrail-terms.js';

/** A Danish body part as written with its article or in the plural ("ryggen", "knæene"). */
const BODY_DA = `(${[
  'ryg(gen)?',
  'knae(et|ene)?',
  'skulder(en)?',
  'skuldre(ne)?',
  'nakke(n)?',
  'hofte(n|r|rne)?',
  'ankel',
  'anklen',
  'ankler(ne)?',
  'fod(en)?',
  'foedder(ne)?',
  'haand(en)?',
  'haender(ne)?',
  'haandled(det|dene)?',
  'arm(en|e|ene)?',
  'ben(et|ene)?',
  'hoved(et)?',
  'mave(n)?',
  'hjerte(t)?',
  'lunge(n|r|rne)?',
  'nyre(n|r|rne)?',
  'oeje(t)?',
  'oejne(ne)?',
  'oere(t|r|rne)?',
  'tand(en)?',
  'taender(ne)?',
  'kaebe(n)?',
  'hals(en)?',
  'albue(n|r|rne)?',
  'finger(en)?',
  'fingre(ne)?',
  'taa(en)?',
  'taeer(ne)?',
  'bryst(et)?',
  'laend(en)?',
  'hjerne(n)?',
  'tarm(en|e|ene)?',
  'blaere(n)?',
  'knogle(n|r|rne)?',
  'muskl(en|er|erne)',
  'sene(n|r|rne)',
  'menisk(en)?',
  'korsbaand(et)?',
  'underliv(et)?',
].join('|')})`;
const OWNER = '(min |mit |mine |sin |sit |sine |hans |hendes |den |det |de |begge |et |en )?';
const EN_BODY =
  '(back|neck|knee|shoulder|hip|ankle|wrist|stomach|chest|head|ear|tooth|joint|muscle|leg|arm|foot)';
/** What may follow "døjer med" / "lider af" / "suffers from" when it is about the work. */
const WORK =
  '((syge)?fravaer\\w*|travlhed|tidspres|arbejdspres|\\w*bemanding|personalemangel|mangel\\w*|manglende|vagtplan\\w*|vikar\\w*|ressource\\w*|it|systemet|opgave\\w*|budget\\w*|planlaegning|besparelse\\w*|omstrukturering\\w*|stoej|indeklima|arbejdsmiljoe\\w*|samarbejde\\w*|konflikt\\w*|absence|workload|understaffing|staff|shortages?|pressure|deadlines?)';

const condition = (pattern: RegExp): GuardrailTerm => ({ hint: 'condition', pattern });
const symptom = (pattern: RegExp): GuardrailTerm => ({ hint: 'symptom', pattern });
const treatment = (pattern: RegExp): GuardrailTerm => ({ hint: 'treatment', pattern });
const pregnancy = (pattern: RegExp): GuardrailTerm => ({ hint: 'pregnancy', pattern });

export const PHRASE_TERMS: readonly GuardrailTerm[] = [
  condition(
    /\bpsykisk\w* (syg|saarbar|ustabil|belast|daarlig|problem|nedbrud|ubalance|svaert|skroebelig|nede)/,
  ),
  condition(/\bmental\w* (health|illness|ill|breakdown|problem|syg|helbred)/),
  condition(/\b(nervous|mental) breakdown\b|\bpanic attacks?\b|\beating disorders?\b/),
  condition(/\bburn(ed|t)? out\b|\bslipped discs?\b/),
  condition(
    new RegExp(`\\bbroken ${EN_BODY}s?\\b|\\bbroken (bone|rib|collarbone|finger|toe|nose)s?\\b`),
  ),
  condition(new RegExp(`\\b${EN_BODY} (injury|problems?|surgery)\\b`)),
  condition(
    new RegExp(
      `\\b(broke|sprained|twisted|injured|hurt|fractured|dislocated|pulled) (his |her |their |my |a |the |both )?${EN_BODY}s?\\b|\\bbad (back|knees?|hips?|neck|shoulders?)\\b`,
    ),
  ),
  condition(/\bheart attack\b|\bimmune system\b/),
  // "har MS", "har KOL"; not "møde med MS Teams"
  condition(/\b(har|fik|faaet|diagnosticeret med) (ms|kol|sklerose)\b(?! teams)/),
  condition(/\b(forhoejet|hoejt|lavt|hoej|lav|svingende) (blodtryk|stofskifte|blodsukker)\b/),
  condition(/\bnyt? (hofte|knae)\b|\b(hip|knee) replacement\b/),
  condition(/\b(faaet|fik|faar) konstateret\b|\bkonstateret med\b/),
  condition(
    new RegExp(
      `\\b(problem\\w*|besvaer|gener|skavanker|skader?|smerter|knaek|oem|oemme|stiv|stive) (i|med|fra|paa) ${OWNER}${BODY_DA}\\b`,
    ),
  ),
  condition(
    new RegExp(
      `\\b(daarlig|daarlige|daarligt|oemt|stift|skadet|skadede|forstuvet|forvredet|vrikket( om)?( paa)?|slaaet|brud paa|operation i|opereret i) ${OWNER}${BODY_DA}\\b`,
    ),
  ),
  condition(/\b(et |faaet )?hold i (ryggen|nakken|laenden)\b/),
  condition(
    new RegExp(
      `\\b(doej(er|ede|et)?|lid(er|te)|suffer(s|ed|ing)?)( \\w+)? (med|af|from)\\b(?! (\\w+ ){0,2}${WORK}\\b)`,
    ),
  ),
  symptom(/\bsover (daarligt|skidt|ikke om natten)\b|\bside effects?\b|\bkast(er|ede)? op\b/),
  // "medicin" alone is a task in home care ("giver borgerne medicin"); her own medicine is not
  treatment(
    /\b(tager|tog|taget|faar|fik|faaet|paa|ny|nye|sin|sine|hendes|hans|skiftet|skifter|trappes|trappet) (ny |nye |anden )?(medicin(en)?|antibiotika|penicillin|piller(ne)?|insulin|blodfortyndende)\b|\bmedicin(en)? mod\b/,
  ),
  symptom(new RegExp(`\\b(in|chronic|${EN_BODY.slice(1, -1)}) pain\\b`)),
  // "har ondt af" is feeling sorry for someone
  symptom(/\b(har )?ondt i\b|\bhar ondt\b(?! af)/),
  treatment(/\bi behandling\b|\b(in|under|receiving) treatment\b/),
  // "indlagt på/igen" is hospitalised; "indlagt i kalenderen" is put in the calendar
  treatment(/\bindlagte? (paa|igen)\b|\b(er|blev|bliver|var) indlagt (?!i )/),
  treatment(
    /\b(er|var|blev|kom|kommet|ligger|laa|indlagt|indlaegges) (paa|til|ind paa|i) (den )?psykiatri\w*|\bpsykiatrisk (skadestue|indlaeggelse|behandling|udredning)\b/,
  ),
  pregnancy(
    /\bspontan abort\b|\bvente(r|de)? (barn|sig)\b|\b(faar|faa|skal have) (et )?barn\b|\bskal foede\b|\bexpecting (a baby|twins)\b/,
  ),
  pregnancy(
    /\b(har|fik|faar|faaet|hendes|hans|sin|ved|foer|inden) termin(en)?\b|\btermin(en)? (er |var )?(i|den|til|om|omkring|midt|sidst|primo|medio|ultimo|uge|d)\b/,
  ),
];
