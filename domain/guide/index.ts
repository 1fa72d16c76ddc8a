/**
 * The sickness-conversation guide's public API. A dialog needs only:
 * `startGuide` → save; on a submit `applyGuideCommand` → save; `guideCardModel` → render;
 * on completion `followUpProposals` → follow-up steps and HR notifications.
 */
export * from './agreements.js';
export * from './documents.js';
export * from './follow-up-proposals.js';
export * from '../guardrail/guardrail.js';
export * from './guide-errors.js';
export * from './guide-kinds.js';
export * from './guide-session.js';
export * from './guide-transitions.js';
export * from './guide-view.js';
export * from './meeting.js';
export { checkFreeText, daysBetween, addCalendarDays } from './checks.js';
export * from './agreed-steps.js';
export * from './guide-intents.js';
export * from './suggest-kind.js';
