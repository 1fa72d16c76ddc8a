import { coreEn } from './messages/core.js';
import { statsEn } from './messages/stats.js';
import { followUpEn } from './messages/followup.js';
import { guideEn } from './messages/guide.js';
import { gateEn } from './messages/gate.js';
import { conversationEn } from './messages/conversation.js';
import { overviewEn } from './messages/overview.js';
import { correctionsEn } from './messages/corrections.js';
import { deputyEn } from './messages/deputy.js';
import { tipCatalogueEn } from './messages/tips-catalogue-en.js';
import { tipsEn } from './messages/tips.js';
import { workflowsEn } from './messages/workflows.js';
import { workflowsHrEn } from './messages/workflows-hr.js';
import { channelsEn } from './messages/channels.js';
import { tabEn } from './messages/tab.js';
import type { MessageKey } from './da.js';

/** Every English string; a key missing here (or extra) fails to compile. */
export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...statsEn,
  ...followUpEn,
  ...guideEn,
  ...gateEn,
  ...conversationEn,
  ...overviewEn,
  ...correctionsEn,
  ...deputyEn,
  ...tipCatalogueEn,
  ...tipsEn,
  ...workflowsEn,
  ...workflowsHrEn,
  ...channelsEn,
  ...tabEn,
};
