/** A psychologist-referral workflow waiting for HR's decision (repository tests of both stores). */
import type { WorkflowInstance } from '../../domain/workflows/types.js';

const AT = '2026-11-23T08:00:00.000Z';

export const workflow = (id: string): WorkflowInstance => ({
  id,
  kind: 'psychologist',
  unitId: 'HN',
  personKey: 'p-mette',
  sickPeriodId: null,
  state: 'decision',
  version: 1,
  steps: [{ id: 'decision', owners: ['hr'], due: '2026-11-30', doneAt: null, doneBy: null }],
  fields: { workplaceChange: 'Mere sparring' },
  records: [],
  history: [{ at: AT, by: 'leader', action: 'launch', stepId: null, to: 'decision' }],
  launchedBy: 'leader',
  assignee: null,
  createdAt: AT,
  updatedAt: AT,
});
