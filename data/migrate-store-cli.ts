/**
 * npm run migrate-store -- --from .data/naervaer.json --to postgres://…
 * Moves a lowdb store file into an empty PostgreSQL database and prints the counts it verified.
 */
import { parseArgs } from 'node:util';
import { migrateStore, MigrateRefusedError } from './migrate-store.js';
import { StoreOpenError } from './store-errors.js';

const USAGE = 'npm run migrate-store -- --from .data/naervaer.json --to postgres://user@host/db';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error(`Both --from and --to are needed.\n${USAGE}`);
    return 2;
  }
  try {
    const outcome = await migrateStore(values.from, values.to);
    console.log(
      outcome.status === 'migrated'
        ? `Moved ${values.from} into PostgreSQL; the counts match:`
        : 'The database already holds this store; nothing was changed. Counts:',
    );
    for (const [kind, n] of Object.entries(outcome.counts)) console.log(`  ${kind}: ${n}`);
    return 0;
  } catch (err) {
    if (err instanceof MigrateRefusedError || err instanceof StoreOpenError) {
      console.error(err.message);
      return 3;
    }
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

process.exitCode = await main();
