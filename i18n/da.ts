import { coreDa } from './messages/core.js';

/** Every Danish string. Feature modules in messages/ are spread in here. */
export const da = {
  ...coreDa,
} as const;

export type MessageKey = keyof typeof da;
