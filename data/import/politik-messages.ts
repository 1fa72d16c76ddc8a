/**
 * Problems in a politik.json document and their texts in Danish and English (data/ may not import
 * i18n/, like import-messages.ts). Printed as `file: path: what is wrong`.
 */
import type { Locale } from '../../domain/model.js';

export type PolicyIssueCode =
  | 'json_syntax'
  | 'required'
  | 'wrong_type'
  | 'too_small'
  | 'too_big'
  | 'unknown_value'
  | 'unknown_field'
  | 'key_format'
  | 'duplicate_policy'
  | 'unknown_policy'
  | 'rule';

export interface PolicyIssue {
  file: string;
  /** Where in the document, e.g. `politikker.0.steps.1.day` ('' for the whole file). */
  path: string;
  code: PolicyIssueCode;
  params: Record<string, string>;
}

// prettier-ignore
const DA: Record<PolicyIssueCode, string> = {
  json_syntax: 'filen kan ikke læses som JSON: {detail}',
  required: 'mangler en værdi',
  wrong_type: 'har den forkerte type (forventede {expected})',
  too_small: 'er for lille eller for kort (mindst {min})',
  too_big: 'er for stor eller for lang (højst {max})',
  unknown_value: 'er ikke en gyldig værdi (brug {allowed})',
  unknown_field: 'ukendt felt "{value}" – tjek stavningen',
  key_format: 'skal skrives med små bogstaver, tal og bindestreger, fx "kontakt-dag-3"',
  duplicate_policy: 'politikken "{value}" står to gange i filen',
  unknown_policy: 'politikken "{value}" findes ikke (brug {allowed})',
  rule: '{detail}',
};

// prettier-ignore
const EN: Record<PolicyIssueCode, string> = {
  json_syntax: 'the file cannot be read as JSON: {detail}',
  required: 'is missing a value',
  wrong_type: 'has the wrong type (expected {expected})',
  too_small: 'is too small or too short (at least {min})',
  too_big: 'is too large or too long (at most {max})',
  unknown_value: 'is not a valid value (use {allowed})',
  unknown_field: 'unknown field "{value}" – check the spelling',
  key_format: 'must be lower-case letters, digits and hyphens, e.g. "contact-day-3"',
  duplicate_policy: 'the policy "{value}" appears twice in the file',
  unknown_policy: 'the policy "{value}" does not exist (use {allowed})',
  rule: '{detail}',
};

/** The policy schema's own rule texts (data/policy-schema.ts, in English) in Danish. */
const RULES_DA: ReadonlyArray<[RegExp, string]> = [
  [
    /^a contact-day step has no lead days$/,
    'et trin på en kontaktdag har ingen forvarsel (leadDays skal være 0)',
  ],
  [/^lead days must be fewer than the day$/, 'forvarslet (leadDays) skal være mindre end dagen'],
  [
    /^keepAfterFit needs a duration condition$/,
    'keepAfterFit kræver en varighedsbetingelse (onlyIfAbsenceExceedsDays)',
  ],
  [/^duplicate step key (.+)$/, 'trinnøglen "$1" står to gange i politikken'],
  [
    /^legal steps come from the overlay$/,
    'lovpligtige trin lægges automatisk til – de må ikke stå i politikken',
  ],
  [/^duplicate trigger id$/, 'samme id står på flere frekvensregler'],
];

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}

export function describePolicyIssue(issue: PolicyIssue, lang: Locale): string {
  if (issue.code === 'rule' && lang === 'da') {
    const detail = issue.params.detail ?? '';
    const rule = RULES_DA.find(([re]) => re.test(detail));
    if (rule) return detail.replace(rule[0], rule[1]);
  }
  return fill((lang === 'en' ? EN : DA)[issue.code], issue.params);
}

/** `file: path: what is wrong` (`file: what is wrong` for the whole file). */
export function formatPolicyIssue(issue: PolicyIssue, lang: Locale): string {
  const where = issue.path === '' ? issue.file : `${issue.file}: ${issue.path}`;
  return `${where}: ${describePolicyIssue(issue, lang)}`;
}
