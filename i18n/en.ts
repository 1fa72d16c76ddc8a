import { coreEn } from './messages/core.js';
import type { MessageKey } from './da.js';

/** Every English string; a key missing here (or extra) fails to compile. */
export const en: Record<MessageKey, string> = {
  ...coreEn,
};
