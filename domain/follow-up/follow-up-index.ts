/** The follow-up engine's public API (pure: policies, plans, deadlines, due selection, actions). */
export * from './policy-types.js';
export * from './policy-presets.js';
export * from './legal-overlay.js';
export * from './policy-resolve.js';
export * from './step-types.js';
export * from './deadlines.js';
export * from './registration.js';
export * from './plan.js';
export * from './fit.js';
export * from './step-actions.js';
export * from './due.js';
export * from './frequency.js';
export * from './hr-facts.js';
export * from './chat-dates.js';
export * from './chat-intents.js';
export * from './name-match.js';
