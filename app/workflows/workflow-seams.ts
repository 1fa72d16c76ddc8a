/**
 * How people are told about workflows: app/ knows no card or outbox, the bot hands this in.
 * Ids are stable (workflow, step, due date), so telling twice sends once.
 */
import type { WorkflowInstance } from '../../domain/workflows/types.js';

export interface WorkflowNotifier {
  /** The current step became these people's (personal chat). */
  stepOwners(workflow: WorkflowInstance, recipients: readonly string[]): Promise<void>;
  /** A new request HR must take: to the HR intake channel, if one is set. */
  intake(workflow: WorkflowInstance, conversationId: string): Promise<void>;
}

export interface WorkflowOptions {
  notifier?: WorkflowNotifier | null;
  /**
   * A card to one person's personal chat (a launch form asked for in a channel); false when the
   * bot has no personal chat with them yet. Unset: forms are answered where they were asked.
   */
  sendPrivately?: (recipient: string, card: object, id: string) => Promise<boolean>;
  onNotifyError?: (err: unknown) => void;
}
