/** The HR cards (bot/hr-cards.ts), for the follow-up routes; the tab's API uses them too. */
export { HR_CARDS } from '../../hr-cards.js';
