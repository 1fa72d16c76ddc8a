// Child process for the lock tests:
//   node --import tsx store-lock-child.ts <staleMs> <intervalMs> <file> [<file>...]
// Prints "pid <n>" once loaded and reads "start <epoch ms>" from stdin (0: at once). Then it
// opens file i at the millisecond start + i × intervalMs (so that
// children started together open each file at the same instant; a final busy-wait keeps the skew
// to a millisecond or two) with a short lock stale time, printing "<i> opened <lateMs>" or
// "<i> refused: <code> <lateMs>". Then prints "done" and holds the stores it opened until stdin
// closes. A process given one file exits 3 when it is refused, as the bot does.
import { createInterface } from 'node:readline';
import { openStore, StoreOpenError, type Store } from '../../data/store.js';
import { emptyStore } from '../../data/defaults.js';

const [staleArg = '2000', intervalArg = '0', ...files] = process.argv.slice(2);
const staleMs = Number(staleArg);
const intervalMs = Number(intervalArg);

process.stdout.write(`pid ${process.pid}\n`);
const input = createInterface({ input: process.stdin });
const stdinClosed = new Promise<void>((resolve) => input.once('close', resolve));
const startLine = await new Promise<string>((resolve) => input.once('line', resolve));
const startAt = Number(startLine.replace('start ', ''));
const held: Store[] = [];
let refused = 0;
for (const [i, file] of files.entries()) {
  const at = startAt + i * intervalMs;
  // Sleep until just before the mark, then busy-wait: a timer alone is a few ms off.
  if (at - Date.now() > 15) await new Promise((r) => setTimeout(r, at - Date.now() - 10));
  while (Date.now() < at) {
    // The last few milliseconds.
  }
  const late = Date.now() - at;
  try {
    const store = await openStore(file, {
      seed: () => emptyStore(new Date().toISOString()),
      lock: { staleMs, updateMs: Math.max(1000, staleMs / 4) },
    });
    held.push(store);
    process.stdout.write(`${i} opened ${late}\n`);
  } catch (err) {
    refused++;
    const code = err instanceof StoreOpenError ? err.code : String(err);
    process.stdout.write(`${i} refused: ${code} ${late}\n`);
  }
}
if (files.length === 1 && refused === 1) process.exit(3);
process.stdout.write('done\n');
await stdinClosed;
await Promise.all(held.map((s) => s.close()));
process.exit(0);
