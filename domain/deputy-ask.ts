/**
 * The deputy asks in chat, Danish and English:
 *   set   "Karen tager over 6.–24. juli", "Karen Olsen er min stedfortræder fra 6. til 24. juli",
 *         "sæt Karen som stedfortræder for Hjemmeplejen Nord uge 30", "Karen covers for me 6–24 July",
 *         "make Karen my deputy next week"
 *   list  "hvem er min stedfortræder?", "stedfortræder", "who is my deputy?"
 *   stop  "stop stedfortræder", "afslut min stedfortræder", "stop my deputy"
 * Only the words: the name, the dates (domain/date-range.ts) and a unit are resolved by the use case.
 */
import { normalizeText } from './intents.js';

export type DeputyAsk =
  | { kind: 'set'; name: string; when: string | null; unit: string | null }
  | { kind: 'list' }
  | { kind: 'stop' };

const SET: readonly RegExp[] = [
  /^(?<name>.+?) (?:tager over|overtager|tager over for mig)(?<rest>(?:\s.*)?)$/iu,
  /^(?<name>.+?) er (?:min )?(?:stedfortræder|afløser)(?: for mig)?(?<rest>(?:\s.*)?)$/iu,
  /^(?<name>.+?) dækker (?:for mig|ind for mig|ind)(?<rest>(?:\s.*)?)$/iu,
  /^(?:sæt|gør|lad) (?<name>.+?) (?:som|til) (?:min )?(?:stedfortræder|afløser)(?<rest>(?:\s.*)?)$/iu,
  /^(?<name>.+?) (?:covers|is covering|will cover) for me(?<rest>(?:\s.*)?)$/iu,
  /^(?<name>.+?) (?:takes|is taking|will take) over(?: for me)?(?<rest>(?:\s.*)?)$/iu,
  /^(?<name>.+?) (?:is|will be) my deputy(?<rest>(?:\s.*)?)$/iu,
  /^(?:make|set) (?<name>.+?) (?:as )?my deputy(?<rest>(?:\s.*)?)$/iu,
];

const LIST = [
  /^(?:hvem er )?(?:min|mine) stedfortrædere?$/,
  /^(?:vis )?(?:min |mine )?stedfortrædere?(?:skab(?:er)?)?$/,
  /^hvem (?:er jeg|dækker jeg) (?:stedfortræder )?for$/,
  /^(?:who is |who's |show )?my deput(?:y|ies)$/,
  /^deput(?:y|ies)$/,
  /^who am i (?:covering|deputy) for$/,
];

const STOP = [
  /^(?:stop|afslut|fjern|annuller|slet|ophæv) (?:min |mit )?stedfortræder(?:en|skab(?:et)?)?$/,
  /^(?:stop|end|cancel|remove) (?:my )?deput(?:y|yship)$/,
];

const NAME_SHAPE = /^[\p{Lu}\p{Ll}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*){0,3}$/u;
const NOT_A_NAME =
  /^(?:jeg|du|han|hun|vi|de|den|det|min|mit|mine|i|hvem|who|i'm|i|he|she|we|they|it|my|someone|nogen)\b/iu;

/** "for Hjemmeplejen Nord", "i Børnehuset Solsikken", "in …": a capitalised unit name. */
const UNIT =
  /(?:^|\s)(?:for|i|på|in|at) (?<unit>\p{Lu}[\p{L}'’-]*(?: (?!fra\b|from\b|til\b|to\b|i\b|in\b|uge\b|week\b|næste\b|next\b)[\p{L}'’-]+){0,4})(?=\s|$)/u;

const MONTH_OR_DAY =
  /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;

function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”,!?]+|[\s"'“”,!?]+$/g, '')
    .trim();
}

/** The unit and the date phrase in what follows the name. */
function restOf(rest: string): { when: string | null; unit: string | null } {
  const unitMatch = UNIT.exec(rest);
  const unitName = unitMatch?.groups?.unit;
  const unit = unitName && !MONTH_OR_DAY.test(unitName) ? unitName : null;
  const left = unit && unitMatch ? rest.replace(unitMatch[0], ' ') : rest;
  const when = left
    .replace(
      /\b(?:mens jeg (?:har ferie|er (?:væk|på ferie|syg))|while i'?m (?:away|on holiday))\b/giu,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.:-]+|[\s,:-]+$/g, '')
    .trim();
  return { when: when === '' ? null : when, unit };
}

/** What a deputy ask asks for, or null when the text is not one. */
export function deputyAsked(text: string): DeputyAsk | null {
  const norm = normalizeText(text);
  if (STOP.some((r) => r.test(norm))) return { kind: 'stop' };
  if (LIST.some((r) => r.test(norm))) return { kind: 'list' };
  const written = clean(text);
  for (const pattern of SET) {
    const m = pattern.exec(written);
    const name = (m?.groups?.name ?? '').trim();
    if (!m || !NAME_SHAPE.test(name) || NOT_A_NAME.test(name)) continue;
    return { kind: 'set', name, ...restOf(m.groups?.rest ?? '') };
  }
  return null;
}
