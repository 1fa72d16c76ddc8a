/**
 * Validates an Adaptive Card with the adaptivecards package (UMD bundle: its ESM lib/ cannot be
 * loaded by plain Node), targeting version 1.5, plus the checks the package does not make:
 * root type/version, Action.Execute verbs, input labels and error messages, size under 40 KB,
 * and Teams chart elements (allow-listed with their required properties; their fallback is
 * validated as the card a client without charts would render).
 */
import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';
import { TEAMS_CHART_ELEMENTS } from '../../cards/elements.js';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

type Node = Record<string, unknown>;
const MAX_BYTES = 40 * 1024;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Replaces every Teams chart element by its fallback, collecting chart problems. */
function resolveCharts(value: unknown, problems: string[], path: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => resolveCharts(v, problems, `${path}[${i}]`));
  if (!isNode(value)) return value;
  const type = value.type;
  if (typeof type === 'string' && type in TEAMS_CHART_ELEMENTS) {
    for (const prop of TEAMS_CHART_ELEMENTS[type] ?? []) {
      if (value[prop] === undefined)
        problems.push(`${path}: ${type} lacks required property '${prop}'`);
    }
    if (!isNode(value.fallback)) {
      problems.push(`${path}: ${type} needs a fallback element for clients without charts`);
      return { type: 'TextBlock', text: 'chart' };
    }
    return resolveCharts(value.fallback, problems, `${path}.fallback`);
  }
  const out: Node = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolveCharts(v, problems, `${path}.${k}`);
  return out;
}

function checkNodes(value: unknown, problems: string[], path: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkNodes(v, problems, `${path}[${i}]`));
    return;
  }
  if (!isNode(value)) return;
  const type = value.type;
  if (type === 'Action.Execute' && (typeof value.verb !== 'string' || value.verb === '')) {
    problems.push(`${path}: Action.Execute without verb`);
  }
  if ((type === 'Action.Execute' || type === 'Action.Submit') && isNode(value.data)) {
    const data = value.data;
    const isImBack = isNode(data.msteams);
    if (!isImBack && typeof data.verb !== 'string')
      problems.push(`${path}: action data lacks 'verb'`);
  }
  if (typeof type === 'string' && type.startsWith('Input.')) {
    if (typeof value.label !== 'string' || value.label === '')
      problems.push(`${path}: ${type} without label`);
    if (value.isRequired === true && typeof value.errorMessage !== 'string') {
      problems.push(`${path}: required ${type} without errorMessage`);
    }
  }
  if (type === 'TextBlock' && value.wrap !== true) problems.push(`${path}: TextBlock should wrap`);
  for (const [k, v] of Object.entries(value)) checkNodes(v, problems, `${path}.${k}`);
}

/** Returns the problems found; an empty array means the card is fine. */
export function validateCard(card: unknown): string[] {
  const problems: string[] = [];
  if (!isNode(card) || card.type !== 'AdaptiveCard') return ['root: not an AdaptiveCard'];
  if (card.version !== '1.5')
    problems.push(`root: version must be 1.5, is ${String(card.version)}`);
  if (!Array.isArray(card.body) || card.body.length === 0) problems.push('root: empty body');
  const json = JSON.stringify(card);
  if (Buffer.byteLength(json, 'utf8') > MAX_BYTES)
    problems.push(`root: card is ${json.length} bytes (> 40 KB)`);
  const resolved = resolveCharts(card, problems, 'card');
  checkNodes(resolved, problems, 'card');
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(resolved, ctx);
  for (let i = 0; i < ctx.eventCount; i++) {
    const e = ctx.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  return problems;
}

/** Asserts a card is valid, with a readable message listing every problem. */
export function assertValidCard(card: unknown): void {
  const problems = validateCard(card);
  if (problems.length > 0) throw new Error(`invalid card:\n  ${problems.join('\n  ')}`);
}
