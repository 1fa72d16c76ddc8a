/**
 * Job codes (stillingskoder) → KRL occupational groups for the demo. The codes are made up for
 * the demo; a municipality imports its own with stillingskode_personalegruppe.csv.
 */
import { KRL_GROUPS as G } from '../import/reference-data.js';
import { TECHNICAL_GROUP } from './unit-catalogue.js';

export const DEMO_JOB_CODES: readonly { code: string; occupationalGroup: string }[] = [
  { code: '1310', occupationalGroup: G.sosu },
  { code: '1320', occupationalGroup: G.sosu },
  { code: '1410', occupationalGroup: G.sygeplejerske },
  { code: '6250', occupationalGroup: G.paedagog },
  { code: '6262', occupationalGroup: G.paedagogmedhjaelper },
  { code: '6300', occupationalGroup: G.dagpleje },
  { code: '6400', occupationalGroup: G.socialpaedagog },
  { code: '5100', occupationalGroup: G.laerer },
  { code: '4100', occupationalGroup: G.socialraadgiver },
  { code: '2100', occupationalGroup: G.administration },
  { code: '2200', occupationalGroup: G.akademiker },
  { code: '7100', occupationalGroup: TECHNICAL_GROUP },
];

/** The demo job code of a group (used when the demo is written as CSV). */
export function jobCodeOf(group: string): string {
  return DEMO_JOB_CODES.find((c) => c.occupationalGroup === group)?.code ?? '';
}
