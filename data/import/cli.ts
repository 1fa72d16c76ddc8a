/**
 * npm run import -- <kind> <file.csv> [--data FILE] [--lang da|en]
 * Validates the whole file first; a file with any bad row changes nothing and every bad row is
 * printed as `file:line: column: what is wrong`. Importing into a missing data file starts an
 * empty (production) store.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/model.js';
import { emptyStore } from '../defaults.js';
import { openStore } from '../store.js';
import { importCsv, IMPORT_KINDS, isImportKind, type ImportSummary } from './import-csv.js';
import { formatRowError } from './import-messages.js';

const DEFAULT_DATA_FILE = '.data/naervaer.json';

// prettier-ignore
const TEXT = {
  da: {
    usage: `Brug: npm run import -- <${IMPORT_KINDS.join('|')}> <fil.csv> [--data FIL] [--lang en]`,
    rejected: (n: number) => `Filen er afvist: ${n} fejl. Intet er ændret i data.`,
    unreadable: (file: string, why: string) => `Filen ${file} kan ikke læses: ${why}`,
    done: (s: ImportSummary) => `Importeret (${s.kind}): ${s.rows} rækker – ${s.created} nye, ${s.updated} ændrede, ${s.unchanged} uændrede, ${s.skipped} sprunget over.`,
  },
  en: {
    usage: `Usage: npm run import -- <${IMPORT_KINDS.join('|')}> <file.csv> [--data FILE] [--lang en]`,
    rejected: (n: number) => `The file is rejected: ${n} ${n === 1 ? 'error' : 'errors'}. Nothing in the data was changed.`,
    unreadable: (file: string, why: string) => `The file ${file} cannot be read: ${why}`,
    done: (s: ImportSummary) => `Imported (${s.kind}): ${s.rows} rows – ${s.created} new, ${s.updated} changed, ${s.unchanged} unchanged, ${s.skipped} skipped.`,
  },
} as const;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang: Locale = values.lang === 'en' ? 'en' : 'da';
  const [kind, file] = positionals;
  if (!kind || !file || !isImportKind(kind) || positionals.length !== 2) {
    console.error(TEXT[lang].usage);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    console.error(TEXT[lang].unreadable(file, err instanceof Error ? err.message : String(err)));
    return 1;
  }
  const now = (): string => new Date().toISOString();
  const store = await openStore(values.data ?? DEFAULT_DATA_FILE, {
    seed: () => emptyStore(now()),
  });
  try {
    const result = importCsv(kind, file, text, store.read(), { now: now() });
    if (!result.ok) {
      for (const error of result.errors) console.error(formatRowError(error, lang));
      console.error(TEXT[lang].rejected(result.errors.length));
      return 1;
    }
    const summary = await store.update((draft) => result.apply(draft));
    console.log(TEXT[lang].done(summary));
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
