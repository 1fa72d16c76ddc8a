// Child process for store tests: opens the store at argv[2], prints "opened", waits for stdin to
// close (or exits with code 3 printing the refusal). Used to prove the single-writer lock.
import { openStore, StoreOpenError } from '../../data/store.js';
import { emptyStore } from '../../data/defaults.js';

const file = process.argv[2] ?? '';
try {
  const store = await openStore(file, { seed: () => emptyStore(new Date().toISOString()) });
  process.stdout.write('opened\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    void store.close().then(() => process.exit(0));
  });
} catch (err) {
  process.stdout.write(`refused: ${err instanceof StoreOpenError ? err.code : 'other'}\n`);
  process.exit(3);
}
