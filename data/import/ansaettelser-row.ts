/** One row of ansaettelser.csv: columns, SD/Opus aliases and the zod schema. */
import { z } from 'zod';
import type { StoreData } from '../schema.js';
import type { ColumnSpec } from './columns.js';
import {
  oneOf,
  optionalKey,
  optionalDate,
  optionalDecimal,
  presentText,
  requiredDate,
  requiredKey,
  requiredText,
  text,
  yesNo,
} from './fields.js';

type PayForm = StoreData['employments'][number]['payForm'];

// prettier-ignore
export const EMPLOYMENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ansaettelse_id', required: true, aliases: ['AnsættelsesID', 'Ansættelsesnummer', 'Tjenestenummer', 'EmploymentIdentifier', '@id', 'id'] },
  { key: 'medarbejder_ref', aliases: ['medarbejder_id', 'person_ref'] },
  { key: 'navn', aliases: ['Navn', 'displayName', 'medarbejdernavn', 'name'] },
  { key: 'enhed_id', required: true, aliases: ['Afdeling', 'orgUnit', 'DepartmentIdentifier', 'SDafdID'] },
  { key: 'stillingskode', aliases: ['Stillingskode', 'JobPositionIdentifier', 'positionId'] },
  { key: 'stillingsbetegnelse', aliases: ['Stilling', 'JobPositionName', 'EmploymentName', 'position'] },
  { key: 'personalegruppe', aliases: ['Personalegruppe'] },
  { key: 'overenskomst', aliases: ['Overenskomst', 'SalaryAgreementIdentifier'] },
  { key: 'beskaeftigelsesgrad', aliases: ['BESKDEC', 'beskaeftigelsesdecimal', 'OccupationRate'] },
  { key: 'ugentlige_timer', aliases: ['Timer pr. uge', 'numerator'] },
  { key: 'normtimer', aliases: ['denominator'] },
  { key: 'loenform', aliases: ['Lønform', 'Månedslønnet', 'SalariedIndicator'] },
  { key: 'del_kode', aliases: ['DEL', 'Deltidsbeskæftigelseskode'] },
  { key: 'status', aliases: ['Statuskode', 'STAT', 'EmploymentStatusCode'] },
  { key: 'elev', aliases: ['Elev'] },
  { key: 'gyldig_fra', required: true, aliases: ['Startdato', 'START', 'ActivationDate', 'entryDate'] },
  { key: 'gyldig_til', aliases: ['Slutdato', 'SLUT', 'DeactivationDate', 'leaveDate'] },
];

// prettier-ignore
const PAY_FORMS: Record<string, PayForm> = {
  maaned: 'monthly', måned: 'monthly', m: 'monthly', maanedsloen: 'monthly', månedsløn: 'monthly', monthly: 'monthly',
  time: 'hourly', t: 'hourly', timeloen: 'hourly', timeløn: 'hourly', hourly: 'hourly',
  // Månedslønnet / SalariedIndicator: yes = monthly-paid.
  j: 'monthly', ja: 'monthly', true: 'monthly', '1': 'monthly', n: 'hourly', nej: 'hourly', false: 'hourly', '0': 'hourly',
};
/** SD status: 0/1/3/4/5 employed (with or without pay, on leave); 7/8/9/S ended. */
// prettier-ignore
const ACTIVE = { '0': true, '1': true, '3': true, '4': true, '5': true, '7': false, '8': false, '9': false, s: false };

export const employmentRow = z
  .object({
    ansaettelse_id: requiredKey(),
    medarbejder_ref: optionalKey(),
    navn: presentText(),
    enhed_id: requiredText(),
    stillingskode: text(),
    overenskomst: text(),
    personalegruppe: text(),
    beskaeftigelsesgrad: optionalDecimal({ min: 0, max: 2 }),
    ugentlige_timer: optionalDecimal({ min: 0, max: 74 }),
    normtimer: optionalDecimal({ min: 1, max: 74 }),
    loenform: oneOf<PayForm | null>(PAY_FORMS, 'MAANED/TIME', { value: null }),
    del_kode: text(),
    status: oneOf<boolean>(ACTIVE, '0, 1, 3, 4, 5, 7, 8, 9, S', { value: true }),
    elev: yesNo(false),
    gyldig_fra: requiredDate(),
    gyldig_til: optionalDate(true),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string, params: Record<string, string> = {}): void =>
      ctx.addIssue({ code: 'custom', path: [path], message, params });
    if (r.gyldig_til && r.gyldig_til < r.gyldig_fra)
      issue('gyldig_til', 'end_before_start', { start: r.gyldig_fra, end: r.gyldig_til });
    if (r.beskaeftigelsesgrad === null && r.ugentlige_timer === null)
      issue('beskaeftigelsesgrad', 'required');
    if (r.loenform === null && r.del_kode === '') issue('loenform', 'required');
    const rate = rateOf(r);
    if (rate !== null && rate > 2)
      issue('ugentlige_timer', 'out_of_range', {
        value: String(r.ugentlige_timer),
        min: '0',
        max: String(2 * (r.normtimer ?? 37)),
      });
  });
export type EmploymentRow = z.output<typeof employmentRow>;

export function rateOf(r: EmploymentRow): number | null {
  if (r.beskaeftigelsesgrad !== null) return r.beskaeftigelsesgrad;
  if (r.ugentlige_timer === null) return null;
  return Math.round((r.ugentlige_timer / (r.normtimer ?? 37)) * 10000) / 10000;
}

export function payFormOf(r: EmploymentRow): PayForm {
  if (r.loenform !== null) return r.loenform;
  return r.del_kode === '2' || r.del_kode === '6' ? 'hourly' : 'monthly';
}
