import { coreDa } from './messages/core.js';
import { statsDa } from './messages/stats.js';
import { followUpDa } from './messages/followup.js';
import { guideDa } from './messages/guide.js';
import { gateDa } from './messages/gate.js';
import { conversationDa } from './messages/conversation.js';
import { overviewDa } from './messages/overview.js';
import { correctionsDa } from './messages/corrections.js';
import { deputyDa } from './messages/deputy.js';
import { tipCatalogueDa } from './messages/tips-catalogue.js';
import { tipsDa } from './messages/tips.js';
import { workflowsDa } from './messages/workflows.js';
import { workflowsHrDa } from './messages/workflows-hr.js';
import { channelsDa } from './messages/channels.js';
import { tabDa } from './messages/tab.js';

/** Every Danish string. Feature modules in messages/ are spread in here. */
export const da = {
  ...coreDa,
  ...statsDa,
  ...followUpDa,
  ...guideDa,
  ...gateDa,
  ...conversationDa,
  ...overviewDa,
  ...correctionsDa,
  ...deputyDa,
  ...tipCatalogueDa,
  ...tipsDa,
  ...workflowsDa,
  ...workflowsHrDa,
  ...channelsDa,
  ...tabDa,
} as const;

export type MessageKey = keyof typeof da;
