/**
 * botbuilder-dialogs with their state in the store (not in memory), so a leader can leave a
 * flow and come back days later, across restarts. The Turn is put in turnState for the dialogs.
 */
import { ConversationState, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import type { DialogStateRepository } from '../data/repositories.js';
import type { DialogRunner } from './teams-bot.js';
import type { Turn } from './turn.js';

export const TURN_KEY = Symbol('naervaer.turn');

/** The Turn of the current context (set by the dialog host before a dialog runs). */
export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get<Turn | undefined>(TURN_KEY);
  if (!turn) throw new Error('no Turn in turnState');
  return turn;
}

/** botbuilder Storage over the store's dialogState section. */
export class RepositoryStorage implements Storage {
  constructor(private readonly repo: DialogStateRepository) {}
  async read(keys: string[]): Promise<StoreItems> {
    return await this.repo.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    await this.repo.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    await this.repo.delete(keys);
  }
}

export interface DialogHost extends DialogRunner {
  begin(turn: Turn, dialogId: string, options?: object): Promise<void>;
  conversationState: ConversationState;
}

export function createDialogHost(repo: DialogStateRepository, dialogs: Dialog[]): DialogHost {
  const conversationState = new ConversationState(new RepositoryStorage(repo));
  const set = new DialogSet(conversationState.createProperty('dialogState'));
  for (const d of dialogs) set.add(d);

  async function withContext<T>(
    turn: Turn,
    fn: (dc: Awaited<ReturnType<DialogSet['createContext']>>) => Promise<T>,
  ): Promise<T> {
    turn.context.turnState.set(TURN_KEY, turn);
    const dc = await set.createContext(turn.context);
    const result = await fn(dc);
    await conversationState.saveChanges(turn.context);
    return result;
  }

  return {
    conversationState,
    continueActive: (turn) =>
      withContext(turn, async (dc) => {
        if (!dc.activeDialog) return false;
        const result = await dc.continueDialog();
        return result.status !== DialogTurnStatus.empty;
      }),
    cancelAll: (turn) =>
      withContext(turn, async (dc) => {
        if (!dc.activeDialog) return false;
        await dc.cancelAllDialogs();
        return true;
      }),
    begin: (turn, dialogId, options) =>
      withContext(turn, async (dc) => {
        await dc.cancelAllDialogs();
        await dc.beginDialog(dialogId, options);
      }),
  };
}
