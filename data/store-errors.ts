/** Why a store refused to open. The bot prints the message and exits non-zero. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    readonly code: 'locked' | 'corrupt' | 'schema-mismatch' | 'invalid' | 'unreachable',
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

/**
 * A change that could not be saved (disk full, an I/O error, or the store's lock was lost). The
 * change is not in memory either: the store went back to its last saved state, so a later
 * write never saves it by accident. The caller may tell the user to try again.
 */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly reason: 'io' | 'lock-lost',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}
