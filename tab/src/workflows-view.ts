/**
 * Open workflows (the chat's "åbne forløb"): kind, unit, employee (only where the viewer reads
 * alone — the API leaves the name out otherwise), current step, who holds it and the due date,
 * overdue first. Overdue is said in words, not by colour alone.
 */
import { h, section, table } from './dom.js';
import type { Tr } from './strings.js';
import type { WorkflowsAnswer } from './types.js';

export function workflowsSection(tr: Tr, answer: WorkflowsAnswer): HTMLElement {
  const title = tr('workflowsTitle');
  if (answer.items.length === 0)
    return section('workflows', title, h('p', {}, tr('workflowsNone')));
  const rows = answer.items.map((i) => [
    i.kindText,
    i.unitName,
    i.employeeName ?? '–',
    i.stepText,
    i.ownerNames.join(', ') || '–',
    i.dueText
      ? h(
          'span',
          { class: i.overdue ? 'overdue' : '' },
          i.overdue ? `${tr('overdue')}: ${i.dueText}` : i.dueText,
        )
      : '–',
  ]);
  const head = [
    tr('workflowKind'),
    tr('unit'),
    tr('name'),
    tr('workflowStep'),
    tr('workflowOwner'),
    tr('due'),
  ];
  return section(
    'workflows',
    `${title} (${answer.items.length})`,
    table(title, head, rows, 'workflows'),
  );
}
