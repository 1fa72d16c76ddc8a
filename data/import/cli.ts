/**
 * npm run import -- <kind> <file.csv> [--data FILE] [--lang da|en]
 * npm run import -- politik <file.json> [--data FILE] [--lang da|en]
 * Validates the whole file first; a file with any bad row changes nothing and every bad row is
 * printed as `file:line: column: what is wrong` (a politik document: `file: path: what is wrong`).
 * Importing into a missing data file starts an empty (production) store.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/model.js';
import { emptyStore } from '../defaults.js';
import { openStore, type Store } from '../store.js';
import { importCsv, IMPORT_KINDS, isImportKind, type ImportSummary } from './import-csv.js';
import { formatRowError } from './import-messages.js';
import { importPolitik } from './politik-import.js';
import { formatPolicyIssue } from './politik-messages.js';
import { printable } from './terminal-text.js';

const KINDS = [...IMPORT_KINDS, 'politik'] as const;

type Summary = Pick<ImportSummary, 'created' | 'updated' | 'unchanged' | 'skipped' | 'rows'> & {
  kind: string;
};

const DEFAULT_DATA_FILE = '.data/naervaer.json';

/** Every printed line may quote the file, so control characters and escapes are taken out. */
const say = (line: string): void => console.log(printable(line));
const complain = (line: string): void => console.error(printable(line));

// prettier-ignore
const TEXT = {
  da: {
    usage: `Brug: npm run import -- <${KINDS.join('|')}> <fil.csv|fil.json> [--data FIL] [--lang en]`,
    rejected: (n: number) => `Filen er afvist: ${n} fejl. Intet er ændret i data.`,
    unreadable: (file: string, why: string) => `Filen ${file} kan ikke læses: ${why}`,
    done: (s: Summary) => `Importeret (${s.kind}): ${s.rows} rækker – ${s.created} nye, ${s.updated} ændrede, ${s.unchanged} uændrede, ${s.skipped} sprunget over.`,
  },
  en: {
    usage: `Usage: npm run import -- <${KINDS.join('|')}> <file.csv|file.json> [--data FILE] [--lang en]`,
    rejected: (n: number) => `The file is rejected: ${n} ${n === 1 ? 'error' : 'errors'}. Nothing in the data was changed.`,
    unreadable: (file: string, why: string) => `The file ${file} cannot be read: ${why}`,
    done: (s: Summary) => `Imported (${s.kind}): ${s.rows} rows – ${s.created} new, ${s.updated} changed, ${s.unchanged} unchanged, ${s.skipped} skipped.`,
  },
} as const;

/** politik.json: validated whole, printed as `file: path: what is wrong`, applied in one write. */
async function runPolitik(
  store: Store,
  file: string,
  text: string,
  lang: Locale,
  now: string,
): Promise<number> {
  const result = importPolitik(file, text, store.read(), { now });
  if (!result.ok) {
    for (const issue of result.issues) complain(formatPolicyIssue(issue, lang));
    complain(TEXT[lang].rejected(result.issues.length));
    return 1;
  }
  // The same document again changes nothing, so it is not written either (not even re-ordered).
  const dryRun = result.apply(structuredClone(store.read()));
  const changes = dryRun.created + dryRun.updated > 0;
  const summary = changes ? await store.update((draft) => result.apply(draft)) : dryRun;
  say(TEXT[lang].done(summary));
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang: Locale = values.lang === 'en' ? 'en' : 'da';
  const [kind, file] = positionals;
  const known = kind === 'politik' || (kind !== undefined && isImportKind(kind));
  if (!kind || !file || !known || positionals.length !== 2) {
    complain(TEXT[lang].usage);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    complain(TEXT[lang].unreadable(file, err instanceof Error ? err.message : String(err)));
    return 1;
  }
  const now = (): string => new Date().toISOString();
  const store = await openStore(values.data ?? DEFAULT_DATA_FILE, {
    seed: () => emptyStore(now()),
  });
  try {
    if (kind === 'politik') return await runPolitik(store, file, text, lang, now());
    if (!isImportKind(kind)) return 2;
    const result = importCsv(kind, file, text, store.read(), { now: now() });
    if (!result.ok) {
      for (const error of result.errors) complain(formatRowError(error, lang));
      complain(TEXT[lang].rejected(result.errors.length));
      return 1;
    }
    const summary = await store.update((draft) => result.apply(draft));
    say(TEXT[lang].done(summary));
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
    complain(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
