/** Why a store refused to open. The bot prints the message and exits non-zero. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    readonly code: 'locked' | 'corrupt' | 'schema-mismatch' | 'invalid',
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export class StoreLockedError extends StoreOpenError {
  constructor(message: string) {
    super(message, 'locked');
  }
}
