/** The API's answers, typed by the server's own view models (type-only: nothing is bundled). */
import type { TabViewer } from '../../app/tab/tab-viewer.js';
import type { HrBoard } from '../../app/tab/hr-board.js';
import type { UnitComparison } from '../../app/overview/compare-units.js';
import type { UnitReport } from '../../domain/statistics/unit-report.js';

export type { HrBoard, TabViewer, UnitReport };

export interface UnitAnswer {
  report: UnitReport;
}

export interface RankingAnswer {
  ranking: UnitComparison | null;
  message?: string;
}

export interface SickNowAnswer {
  today: string;
  rows: {
    name: string;
    unitName: string;
    start: string;
    startText: string;
    day: number;
    partialPercent: number | null;
    overdue: boolean;
    next: {
      id: string;
      version: number;
      title: string;
      dueDate: string;
      dueText: string;
      legal: boolean;
    } | null;
  }[];
}

export interface WorkflowsAnswer {
  filter: 'open' | 'mine';
  today: string;
  items: {
    id: string;
    kind: string;
    kindText: string;
    stepText: string;
    unitName: string;
    employeeName: string | null;
    ownerNames: string[];
    due: string | null;
    dueText: string | null;
    overdue: boolean;
    mine: boolean;
  }[];
}

export interface StepAnswer {
  ok: boolean;
  message: string;
  state: string;
  version: number;
}
