/**
 * The data file on disk: reading it back validated (a file that does not match refuses to
 * open), and the temp file lowdb writes before renaming it over the data file.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { storeSchema, SCHEMA_VERSION, type StoreData } from './schema.js';
import { StoreOpenError } from './store-errors.js';

/** Reads and validates the file; throws StoreOpenError with a readable reason. */
export async function readValidated(file: string): Promise<StoreData> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new StoreOpenError(
      `The data file ${file} is not valid JSON (${(err as Error).message}). Refusing to start; restore it from a backup or move it away.`,
      'corrupt',
    );
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new StoreOpenError(
      `The data file ${file} has schemaVersion ${JSON.stringify(version)}, this build expects ${SCHEMA_VERSION}. Refusing to start.`,
      'schema-mismatch',
    );
  }
  const parsed = storeSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new StoreOpenError(
      `The data file ${file} does not match the schema (${issues}). Refusing to start.`,
      'invalid',
    );
  }
  return parsed.data;
}

export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  for (const name of await readdir(dir)) {
    if (name.startsWith(`.${base}`) && name.endsWith('.tmp'))
      await rm(path.join(dir, name), { force: true });
  }
}

/** Where lowdb (steno) writes before renaming over the data file. */
export function tempFileOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
}
